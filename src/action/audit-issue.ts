// The audit issue outside pull requests (schedule, workflow_dispatch, push): whether to keep it at all,
// the exchange with GitHub (bounded in time), and what the log and the job summary say about how it went.
// The planner and the client live in github/; this is the action's side of that seam.

import { createHash } from 'node:crypto'
import { closingComment, keepAuditIssue, type AuditOutcome } from '../github/audit-issue.js'
import { createGitHubApi, type GitHubApi } from '../github/client.js'
import { isPullRequestRun, readEvent, readRepository } from '../github/event.js'
import { markdownText, plainLine } from '../report/escape.js'
import { gate } from '../report/gate.js'
import type { Report } from '../report/types.js'
import type { ActionInputs } from './inputs.js'
import type { ActionIO } from './io.js'
import type { Links } from './links.js'

export interface AuditContext {
  /** Scoped like the PR comments: another working directory, plan list or `id` keeps another issue. */
  scope: string
  workingRel: string
  links: Links
  /** Input problems: the report is partial, so the issue is left as it is. */
  problems: number
}

/** Keeps the audit issue when asked to and the run is not a pull request's. Returns null when nothing was tried. */
export async function auditIssue(io: ActionIO, inputs: ActionInputs, report: Report, context: AuditContext): Promise<AuditOutcome | null> {
  if (!inputs.auditIssue) return null
  const env = io.env
  const event = readEvent(env)
  if (isPullRequestRun(event)) {
    io.info('audit-issue: this run belongs to a pull request, so no audit issue is kept (it is kept on schedule, workflow_dispatch and push runs).')
    return null
  }
  const repository = readRepository(env)
  if (!repository) {
    io.warning('audit-issue: GITHUB_REPOSITORY is not set, so the audit issue is not kept. All findings are in the annotations and the job summary.', { title: 'elb-ir-check' })
    return null
  }
  const timeoutMs = Number(env.ELB_IR_HTTP_TIMEOUT_MS) || 30_000
  const retryBaseMs = Number(env.ELB_IR_RETRY_BASE_MS) || 1000
  let api: GitHubApi | null = null
  if (inputs.token) {
    api = await createGitHubApi({ ...repository, token: inputs.token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', timeoutMs, retryBaseMs, log: (line) => io.info(plainLine(line)) })
  }
  // Links to files follow the branch the audit ran on, so that they read the same on every run.
  const ref = env.GITHUB_REF_NAME || env.GITHUB_SHA
  const input = {
    report,
    failLevel: inputs.failLevel,
    judged: context.problems === 0,
    scope: context.scope,
    api,
    dryRun: inputs.dryRun,
    runUrl: context.links.runUrl,
    fileUrl: ref ? context.links.blobUrl?.(ref) : undefined,
    workingDirectory: context.workingRel,
    id: inputs.id,
    log: (line: string) => io.info(plainLine(line)),
    retryDelayMs: retryBaseMs,
    settleMs: timeoutMs
  }
  const deadlineMs = Number(env.ELB_IR_PUBLISH_TIMEOUT_MS) || 5 * 60_000
  let outcome = await withDeadline(keepAuditIssue(input), deadlineMs, (reason) => ({ status: 'degraded', step: null, number: null, failing: auditFailing(report, inputs), reason }))
  if (inputs.dryRun && outcome.status === 'degraded') {
    io.info(`Dry run: the issues could not be read (${plainLine(outcome.reason ?? '')}); showing what would be done if the repository had no audit issue yet.`)
    outcome = await keepAuditIssue({ ...input, api: null })
  }
  if (outcome.status === 'degraded') {
    if (outcome.httpStatus === 403 || outcome.httpStatus === 401) io.notice(refusalNotice(outcome), { title: 'elb-ir-check: no audit issue' })
    else io.warning(`audit-issue: the audit issue could not be kept: ${plainLine(outcome.reason ?? 'unknown')}. All findings are in the annotations and the job summary.`, { title: 'elb-ir-check' })
  } else if (outcome.status === 'dry-run') printDryRun(io, outcome, input)
  else io.info(`audit-issue: ${plainLine(describe(outcome))}`)
  return outcome
}

/** The line the job summary ends with: what happened to the audit issue. */
export function auditOutcomeLine(outcome: AuditOutcome): string {
  if (outcome.status === 'degraded') return `_No audit issue: ${outcome.reason ? markdownText(outcome.reason) : 'unknown reason'}. Every finding is listed above._`
  // Our own words and numbers only: nothing to escape.
  return `_Audit issue: ${describe(outcome)}_`
}

/** What was done (or, in a dry run, would be), in one sentence. */
function describe(outcome: AuditOutcome): string {
  const step = outcome.step
  const issue = outcome.number === null ? 'the audit issue' : `issue #${outcome.number}`
  const would = outcome.status === 'dry-run' ? 'would be ' : ''
  const done = outcome.status === 'dry-run' ? 'Dry run, nothing was written: ' : ''
  switch (step?.kind) {
    case 'create':
      return `${done}${outcome.status === 'dry-run' ? 'an audit issue would be opened' : `opened ${issue}`} (${outcome.failing} failing).`
    case 'edit':
      return `${done}${issue} ${would}updated (${outcome.failing} failing).`
    case 'reopen':
      return `${done}${issue} ${would}reopened: findings fail again (${outcome.failing} failing).`
    case 'close':
      return `${done}${issue} ${would}closed with a comment: nothing fails any more.`
    case 'none':
      switch (step.why) {
        case 'unchanged':
          return `${issue} is up to date; nothing written.`
        case 'clean':
          return 'nothing fails and there is no audit issue; nothing written.'
        case 'closed':
          return `nothing fails and ${issue} is closed; nothing written.`
        default:
          return `input problems (see the errors above): ${outcome.number === null ? 'no audit issue is opened' : `${issue} is left as it is`}, since a partial report cannot say what fails.`
      }
    default:
      return 'nothing done.'
  }
}

function refusalNotice(outcome: AuditOutcome): string {
  const why = plainLine(outcome.reason ?? '')
  return outcome.httpStatus === 401
    ? `GitHub refused the token (${why}); the audit issue was not kept. All findings are in the annotations and the job summary. Check the \`github-token\` input.`
    : `The token may not write issues (${why}); the audit issue was not kept. All findings are in the annotations and the job summary. Give the job \`permissions: issues: write\`.`
}

async function withDeadline(work: Promise<AuditOutcome>, ms: number, late: (reason: string) => AuditOutcome): Promise<AuditOutcome> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<AuditOutcome>((resolve) => {
    timer = setTimeout(() => resolve(late(`GitHub did not finish answering within ${Math.round(ms / 1000)} s`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Prints what a dry run would write; user text is fenced off from the runner's command parser. */
function printDryRun(io: ActionIO, outcome: AuditOutcome, input: { failLevel: ActionInputs['failLevel']; runUrl?: string }): void {
  const step = outcome.step
  io.info(`audit-issue: ${plainLine(describe(outcome))}`)
  if (!step || step.kind === 'none') return
  const token = createHash('sha256').update(String(Math.random()) + Date.now()).digest('hex').slice(0, 24)
  io.startGroup(`elb-ir-check dry run: the audit issue (nothing is written)`)
  io.info(`::stop-commands::${token}`)
  if (step.kind === 'close') io.info(`--- closing comment on issue #${step.number}\n${closingComment(input.failLevel, input.runUrl)}`)
  if (step.body !== null) io.info(`--- issue body\n${step.body}`)
  io.info(`::${token}::`)
  io.endGroup()
}

/**
 * The audit is of the estate, not of a change: every finding at `fail-level` keeps the issue open,
 * whatever `fail-on` says (the gate with `all`).
 */
function auditFailing(report: Report, inputs: Pick<ActionInputs, 'failLevel'>): number {
  return gate(report, inputs.failLevel, 'all').blocking.length
}
