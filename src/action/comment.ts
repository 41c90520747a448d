// The pull request's comments: whether to comment at all, the exchange with GitHub (bounded in time),
// and what the log and the job summary say about how it went. The review planner and the client live in
// github/; this is the action's side of that seam.

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createGitHubApi, type GitHubApi } from '../github/client.js'
import { readEvent, type PullRequestTarget } from '../github/event.js'
import { publish, type PublishOutcome } from '../github/publish.js'
import { markdownText, plainLine } from '../report/escape.js'
import type { Report } from '../report/types.js'
import type { ActionInputs } from './inputs.js'
import type { ActionIO } from './io.js'
import type { Links } from './links.js'

const FORK_NOTICE =
  'This pull request comes from a fork, so the workflow token is read-only and cannot comment. All findings are in the annotations and the job summary. To get review comments on fork pull requests, use the fork-safe pattern: plan in a `pull_request` workflow, upload plan.json as an artifact, and run elb-ir-check in a `workflow_run` workflow (docs/examples/fork-safe).'

// Sources need no plan, so no second workflow: the annotations and the job summary already carry everything.
const SOURCES_FORK_NOTICE =
  'This pull request comes from a fork, so the workflow token is read-only and cannot comment. All findings are in the annotations and the job summary, which fork pull requests allow. Set `comment: off` to judge the sources of fork pull requests without trying to comment (docs/examples/fork-pr-sources.yml).'

export interface CommentContext {
  /** Tells this check's comments apart from another check's on the same PR. */
  scope: string
  workspace: string
  workingRel: string
  links: Links
  /** Markdown under the summary comment's report. */
  summaryFooter?: string
  /** What the run judged: plans, or the sources without a plan (which fork pull requests can judge in one workflow). */
  judged: 'plans' | 'sources'
}

/** Comments on the PR (or, in a dry run, what they would be). Returns null when nothing was tried. */
export async function comment(io: ActionIO, inputs: ActionInputs, report: Report, context: CommentContext): Promise<PublishOutcome | null> {
  if (inputs.comment === 'off') return null
  const env = io.env
  const event = readEvent(env)
  if (!event.target) {
    io.info(`No pull request comments: ${plainLine(event.reason)}. Annotations, the job summary and the outputs are written as usual.`)
    return null
  }
  const target = event.target
  const timeoutMs = Number(env.ELB_IR_HTTP_TIMEOUT_MS) || 30_000
  const retryBaseMs = Number(env.ELB_IR_RETRY_BASE_MS) || 1000
  let api: GitHubApi | null = null
  if (inputs.token) {
    api = await createGitHubApi({ token: inputs.token, owner: target.owner, repo: target.repo, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', timeoutMs, retryBaseMs, log: (line) => io.info(plainLine(line)) })
  }
  const publishInput = {
    report,
    mode: inputs.comment,
    failOn: inputs.failOn,
    target,
    scope: context.scope,
    api,
    dryRun: inputs.dryRun,
    sourceLine: sourceLineReader(context.workspace),
    runUrl: context.links.runUrl,
    fileUrl: context.links.blobUrl?.(target.headSha),
    workingDirectory: context.workingRel,
    summaryFooter: context.summaryFooter,
    log: (line: string) => io.info(plainLine(line)),
    retryDelayMs: retryBaseMs,
    settleMs: timeoutMs
  }
  // The whole exchange with GitHub is bounded: a stalled API must not hold the required check.
  const deadlineMs = Number(env.ELB_IR_PUBLISH_TIMEOUT_MS) || 5 * 60_000
  let outcome = await withDeadline(publish(publishInput), deadlineMs)
  if (inputs.dryRun && outcome.status === 'degraded') {
    // A dry run reads the PR only to be precise; without it, it shows what it would post anyway.
    io.info(`Dry run: the pull request could not be read (${plainLine(outcome.reason ?? '')}); showing every located finding as if it were on a changed line.`)
    outcome = await publish({ ...publishInput, api: null })
  }
  if (outcome.status === 'dry-run') printDryRun(io, outcome, target)
  else if (outcome.status === 'degraded') {
    if (outcome.httpStatus === 403 || outcome.httpStatus === 401) io.notice(refusalNotice(target, outcome, context.judged), { title: 'elb-ir-check: no pull request comments' })
    else io.warning(`No pull request comments: ${plainLine(outcome.reason ?? 'unknown')}. All findings are in the annotations and the job summary.`, { title: 'elb-ir-check' })
  } else {
    io.info(`Pull request #${target.number}: ${outcome.created} review comments posted, ${outcome.updated} updated, ${outcome.removed} removed; summary comment ${outcome.summary}.`)
  }
  return outcome
}

/** The line the job summary ends with: what happened on the pull request. */
export function outcomeLine(outcome: PublishOutcome): string {
  switch (outcome.status) {
    case 'dry-run':
      return `_Dry run: nothing was posted to the pull request (${outcome.wouldPost?.comments.length ?? 0} review comments would be)._`
    case 'degraded':
      return `_No pull request comments: ${outcome.reason ? markdownText(outcome.reason) : 'unknown reason'}. Every finding is listed above._`
    default:
      return `_Pull request: ${outcome.created} review comments posted, ${outcome.updated} updated, ${outcome.removed} removed; summary comment ${outcome.summary}._`
  }
}

/** Why GitHub refused the token, and what to do: a fork's read-only token, or a job without the permission. */
function refusalNotice(target: PullRequestTarget, outcome: PublishOutcome, judged: CommentContext['judged']): string {
  if (target.fromFork) return judged === 'sources' ? SOURCES_FORK_NOTICE : FORK_NOTICE
  const why = plainLine(outcome.reason ?? '')
  const forForks = judged === 'sources' ? 'set `comment: off` (docs/examples/fork-pr-sources.yml)' : 'see the fork-safe pattern (docs/examples/fork-safe)'
  return outcome.httpStatus === 401
    ? `GitHub refused the token (${why}); no comments were posted. All findings are in the annotations and the job summary. Check the \`github-token\` input.`
    : `The token may not comment on this pull request (${why}). All findings are in the annotations and the job summary. Give the job \`permissions: pull-requests: write\`; for pull requests from forks, ${forForks}.`
}

async function withDeadline(work: Promise<PublishOutcome>, ms: number): Promise<PublishOutcome> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<PublishOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'degraded', reason: `GitHub did not finish answering within ${Math.round(ms / 1000)} s`, inline: new Set(), created: 0, updated: 0, removed: 0, summary: 'none' }), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

/** Prints what a dry run would post; user text is fenced off from the runner's command parser. */
function printDryRun(io: ActionIO, outcome: PublishOutcome, target: PullRequestTarget): void {
  const would = outcome.wouldPost
  if (!would) return
  const token = createHash('sha256').update(String(Math.random()) + Date.now()).digest('hex').slice(0, 24)
  io.startGroup(`elb-ir-check dry run: ${would.comments.length} review comments and the summary comment for pull request #${target.number} (nothing is posted)`)
  io.info(`::stop-commands::${token}`)
  for (const c of would.comments) io.info(`--- review comment on ${c.path}:${c.line}\n${c.body}\n`)
  if (would.updates + would.removals > 0) io.info(`--- ${would.updates} earlier comments would be updated, ${would.removals} removed`)
  io.info(would.summary ? `--- summary comment (the job summary has the same report)\n${would.summary}` : '--- no summary comment')
  io.info(`::${token}::`)
  io.endGroup()
}

/** Reads lines of repository files (for suggestions), never outside the repository. */
function sourceLineReader(workspace: string): (file: string, line: number) => string | null {
  const cache = new Map<string, string[] | null>()
  return (file, line) => {
    const abs = path.resolve(workspace, file)
    if (!abs.startsWith(workspace + path.sep)) return null
    if (!cache.has(abs)) {
      try {
        cache.set(abs, readFileSync(abs, 'utf8').split(/\r?\n/))
      } catch {
        cache.set(abs, null)
      }
    }
    return cache.get(abs)?.[line - 1] ?? null
  }
}
