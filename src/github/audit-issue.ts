// Keeps the audit issue outside pull requests: its body (the readiness matrix and the findings, as the
// job summary shows them, shortened to fit an issue), and the exchange with GitHub that carries out the
// planner's step. Never throws for an HTTP failure: it degrades and says why, because the findings are
// already in the annotations and the job summary.

import { markdownCode } from '../report/escape.js'
import { gate } from '../report/gate.js'
import { formatMarkdown } from '../report/markdown.js'
import type { Report } from '../report/types.js'
import type { FailLevel } from '../severity.js'
import { planAuditIssue, RUN_FOOTER, type AuditStep } from './audit-plan.js'
import { GitHubError, type GitHubApi } from './client.js'
import { MAX_COMMENT_LENGTH } from './comments.js'
import { auditIssueMarker, isAuditIssueOf } from './markers.js'
import { ACTIONS_BOT, createOnce, type CreateRetry } from './publish.js'

export interface AuditIssueInput extends CreateRetry {
  /** Locations relative to the repository root. */
  report: Report
  failLevel: FailLevel
  /** Every input was read and judged; when not, the issue is left as it is. */
  judged: boolean
  /** Scoped like the PR comments: two checks (working directory, plans, `id`) keep two issues. */
  scope: string
  /** Null in a dry run without a token: planned as if the repository had no audit issue yet. */
  api: GitHubApi | null
  dryRun: boolean
  runUrl?: string
  fileUrl?: (file: string, line: number) => string
  workingDirectory?: string
  id?: string
}

export interface AuditOutcome {
  status: 'done' | 'dry-run' | 'degraded'
  /** The step taken (or, in a dry run, the one that would be). */
  step: AuditStep | null
  /** The issue's number once known. */
  number: number | null
  /** Findings at or above the fail level. */
  failing: number
  reason?: string
  httpStatus?: number
}

/** The findings that fail at the fail level, whatever the change did: an audit judges the estate. */
export function failingFindings(report: Report, failLevel: FailLevel): number {
  return gate(report, failLevel, 'all').blocking.length
}

export function auditIssueTitle(workingDirectory: string | undefined, id: string | undefined): string {
  const where = workingDirectory && workingDirectory !== '.' ? ` in ${workingDirectory}` : ''
  const title = `ELB incident-response readiness${where}${id ? ` (${id})` : ''}: findings to fix`
  // GitHub refuses titles over 256 characters; the issue is found by its marker, never by its title.
  return [...title].length <= 256 ? title : `${[...title].slice(0, 255).join('')}…`
}

/**
 * Marker first (so it is found again), what the issue is for, then the report. The link to the run goes
 * last, after the run footer: a run that changes nothing else does not edit the issue.
 */
export function auditIssueBody(report: Report, options: Pick<AuditIssueInput, 'scope' | 'failLevel' | 'runUrl' | 'fileUrl' | 'workingDirectory'>): string {
  const failing = failingFindings(report, options.failLevel)
  const where = options.workingDirectory && options.workingDirectory !== '.' ? `Terraform in ${markdownCode(options.workingDirectory)}\n\n` : ''
  const status =
    failing > 0
      ? `> **${failing} finding${failing === 1 ? '' : 's'} at or above fail-level \`${options.failLevel}\`.**`
      : `> **Nothing fails at fail-level \`${options.failLevel}\`.**`
  const about = '> elb-ir-check keeps this issue: it edits it on every audit run, closes it when nothing fails and reopens it when something fails again.'
  const head = `${auditIssueMarker(options.scope)}\n${where}${status}\n>\n${about}\n\n`
  const footer = `\n${RUN_FOOTER}\n<sub>${options.runUrl ? `Last changed by [this workflow run](${options.runUrl}).` : 'Last changed by an elb-ir-check run.'}</sub>\n`
  // The report without the run's link, so that it is the same text on every run with the same findings.
  const markdown = formatMarkdown(report, { view: 'estate', fileUrl: options.fileUrl, maxLength: MAX_COMMENT_LENGTH - head.length - footer.length - 100 })
  return `${head}${markdown.trimEnd()}\n${footer}`
}

export function closingComment(failLevel: FailLevel, runUrl: string | undefined): string {
  return `✅ Nothing fails at fail-level \`${failLevel}\` any more${runUrl ? ` ([workflow run](${runUrl}))` : ''}. Closing; elb-ir-check reopens this issue when a finding fails again.`
}

/** Reads the repository's issues, plans, and carries out the step. */
export async function keepAuditIssue(input: AuditIssueInput): Promise<AuditOutcome> {
  const failing = failingFindings(input.report, input.failLevel)
  const body = auditIssueBody(input.report, input)
  const outcome: AuditOutcome = { status: input.dryRun ? 'dry-run' : 'done', step: null, number: null, failing }
  const { api } = input
  try {
    const login = api ? ((await api.login()) ?? ACTIONS_BOT) : ACTIONS_BOT
    const issues = api ? await api.issues(login) : []
    const step = planAuditIssue({ scope: input.scope, login, body, failing: failing > 0, judged: input.judged }, issues)
    outcome.step = step
    outcome.number = step.kind === 'create' ? null : step.number
    if (input.dryRun) return outcome
    if (!api) return { ...outcome, status: 'degraded', reason: 'no GitHub token' }

    switch (step.kind) {
      case 'create': {
        const title = auditIssueTitle(input.workingDirectory, input.id)
        const ownIssue = async () => (await api.issues(login)).find((i) => !i.pullRequest && i.user === login && i.state === 'open' && isAuditIssueOf(i.body, input.scope))
        const created = await createOnce(input, () => api.createIssue(title, step.body), async () => (await ownIssue()) !== undefined)
        outcome.number = created === 'arrived' ? ((await ownIssue())?.number ?? null) : created.number
        break
      }
      case 'edit':
        await api.updateIssue(step.number, { body: step.body })
        break
      case 'reopen':
        await api.updateIssue(step.number, { body: step.body, state: 'open', stateReason: 'reopened' })
        break
      case 'close':
        // The comment first: an issue closed without it would not say why.
        await api.commentOnIssue(step.number, closingComment(input.failLevel, input.runUrl))
        await api.updateIssue(step.number, { ...(step.body === null ? {} : { body: step.body }), state: 'closed', stateReason: 'completed' })
        break
      case 'none':
        break
    }
    return outcome
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error
    return { ...outcome, status: 'degraded', reason: error.message, httpStatus: error.status }
  }
}
