// Carries out the review plan on the PR: one review (event COMMENT) with the new inline comments,
// updates and clean-up of earlier ones, and the one summary comment. Never throws for an HTTP failure:
// it degrades, and says why, because the findings are already in the annotations and the job summary.

import { ruleOf, type Report } from '../report/types.js'
import type { Severity } from '../severity.js'
import { GitHubError, type GitHubApi, type NewReviewComment } from './client.js'
import { inlineCommentBody, summaryCommentBody } from './comments.js'
import { diffLines } from './diff.js'
import type { PullRequestTarget } from './event.js'
import { isSummaryOf, readFindingMarker, reviewMarker } from './markers.js'
import { planReview, type ExistingComment, type InlineFinding, type ReviewPlan } from './review-plan.js'

export const MAX_INLINE_COMMENTS = 30
/** Who writes comments made with GITHUB_TOKEN (an installation token cannot read its own login). */
export const ACTIONS_BOT = 'github-actions[bot]'

export interface PublishInput {
  /** Locations relative to the repository root. */
  report: Report
  mode: 'review' | 'summary'
  target: PullRequestTarget
  /** Keeps the comments of one working directory apart from another's (a monorepo matrix). */
  scope: string
  /** Null in a dry run without a token: plan as if every located finding were on a changed line. */
  api: GitHubApi | null
  dryRun: boolean
  /** The text of a line of a file in the repository, for suggestions. */
  sourceLine: (path: string, line: number) => string | null
  runUrl?: string
  fileUrl?: (file: string, line: number) => string
  workingDirectory?: string
  /** The gate: with `all`, the summary does not call existing findings non-blocking. */
  failOn?: 'new' | 'all'
  /** Markdown under the summary comment's report (how to apply the fix patch). */
  summaryFooter?: string
  log: (line: string) => void
  /** Base of the wait before a create is tried again (1000 ms in production). */
  retryDelayMs?: number
  /**
   * How long a request that timed out may still take to be carried out (one attempt's time limit):
   * after a timeout, the publisher waits this long before looking whether it arrived.
   */
  settleMs?: number
}

export interface PublishOutcome {
  status: 'posted' | 'dry-run' | 'degraded'
  /** Why comments could not be (all) posted. */
  reason?: string
  /** HTTP status behind a degradation (403 for a fork's read-only token). */
  httpStatus?: number
  inline: Set<string>
  created: number
  updated: number
  removed: number
  summary: 'created' | 'updated' | 'unchanged' | 'none'
  /** What a dry run would post. */
  wouldPost?: { comments: NewReviewComment[]; summary: string | null; updates: number; removals: number }
}

export async function publish(input: PublishInput): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { status: input.dryRun ? 'dry-run' : 'posted', inline: new Set(), created: 0, updated: 0, removed: 0, summary: 'none' }
  const { api, target } = input
  try {
    // Reads: what is on the PR already, and which lines its diff has.
    let login = ACTIONS_BOT
    let existing: ExistingComment[] = []
    let diff: Map<string, Set<number>> | null = null
    let summaries: { id: number; body: string }[] = []
    if (api) {
      if (target.mustVerifyHead) {
        const pull = await api.pull(target.number)
        if (pull.headSha !== target.headSha) {
          return degrade(outcome, `pull request #${target.number} is at ${pull.headSha.slice(0, 12)}, not at the commit this run checked (${target.headSha.slice(0, 12)}); nothing is posted`)
        }
      }
      login = (await api.login()) ?? ACTIONS_BOT
      if (input.mode === 'review') diff = diffLines(await api.pullFiles(target.number))
      // Summary mode reads the review comments too: inline comments of an earlier review-mode run go.
      const comments = await api.reviewComments(target.number)
      const replied = new Set(comments.map((c) => c.inReplyTo).filter((id): id is number => id !== null))
      existing = comments.filter((c) => c.user === login && c.inReplyTo === null).map((c) => ({ id: c.id, body: c.body, path: c.path, line: c.line, hasReplies: replied.has(c.id) }))
      summaries = (await api.issueComments(target.number)).filter((c) => c.user === login && isSummaryOf(c.body, input.scope))
    }

    const findings = inlineFindings(input)
    const everyLine = new Map<string, Set<number>>()
    if (!diff) for (const f of findings) everyLine.set(f.path, new Set([...(everyLine.get(f.path) ?? []), f.line]))
    const plan: ReviewPlan =
      input.mode === 'review'
        ? planReview(findings, diff ?? everyLine, existing, { scope: input.scope, maxComments: MAX_INLINE_COMMENTS })
        : { create: [], update: [], remove: ownInlineComments(existing, input.scope), markFixed: [], inline: new Set(), outsideDiff: new Set(), overCap: new Set(), touched: new Set() }
    const notes: string[] = []
    if (plan.overCap.size > 0) notes.push(`${plan.overCap.size} more finding${plan.overCap.size === 1 ? '' : 's'} on changed lines ${plan.overCap.size === 1 ? 'is' : 'are'} listed below instead of as review comments (at most ${MAX_INLINE_COMMENTS} review comments per pull request).`)

    if (input.dryRun) {
      const summary = summaryCommentBody(input.report, summaryOptions(input, plan, notes))
      outcome.inline = plan.inline
      outcome.wouldPost = { comments: plan.create.map(toNewComment), summary, updates: plan.update.length + plan.markFixed.length, removals: plan.remove.length }
      return outcome
    }
    if (!api) return degrade(outcome, 'no GitHub token')

    // The review: new inline comments, all in one review.
    if (plan.create.length > 0) {
      const refused = await postReview(api, input, plan, login)
      for (const fingerprint of refused) plan.inline.delete(fingerprint)
      outcome.created = plan.create.length - refused.size
      if (refused.size > 0) notes.push(`GitHub refused ${refused.size} review comment${refused.size === 1 ? '' : 's'} (the line${refused.size === 1 ? ' is' : 's are'} no longer in the diff); ${refused.size === 1 ? 'it is' : 'they are'} listed below.`)
    }
    for (const change of [...plan.update, ...plan.markFixed]) {
      try {
        await api.updateReviewComment(change.id, change.body)
        outcome.updated++
      } catch (error) {
        // Deleted by somebody meanwhile: the finding goes to the summary instead.
        if (!(error instanceof GitHubError) || error.status !== 404) throw error
        plan.inline.delete(change.fingerprint)
      }
    }
    for (const stale of plan.remove) {
      try {
        await api.deleteReviewComment(stale.id)
        outcome.removed++
      } catch (error) {
        if (!(error instanceof GitHubError) || error.status !== 404) throw error
      }
    }
    outcome.inline = plan.inline

    // The summary comment, updated in place.
    const body = summaryCommentBody(input.report, summaryOptions(input, plan, notes))
    const [current] = summaries
    if (current) {
      if (current.body === body) outcome.summary = 'unchanged'
      else {
        await api.updateIssueComment(current.id, body)
        outcome.summary = 'updated'
      }
    } else if (input.report.loadBalancers.length > 0 || input.report.results.some((r) => r.verdict === 'fail') || input.report.problems.length > 0) {
      const ownSummary = async () => (await api.issueComments(target.number)).find((c) => c.user === login && isSummaryOf(c.body, input.scope))
      const created = await createOnce(input, () => api.createIssueComment(target.number, body), async () => (await ownSummary()) !== undefined)
      outcome.summary = 'created'
      if (created === 'arrived') {
        const arrived = await ownSummary()
        if (arrived && arrived.body !== body) await api.updateIssueComment(arrived.id, body)
      }
    }
    return outcome
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error
    return degrade(outcome, error.message, error.status)
  }
}

/** Our inline comments in this scope that nobody answered: in summary mode they all go. */
function ownInlineComments(existing: readonly ExistingComment[], scope: string): ReviewPlan['remove'] {
  return existing.flatMap((c) => {
    const marker = readFindingMarker(c.body)
    return marker && marker.scope === scope && !c.hasReplies ? [{ id: c.id, fingerprint: marker.fingerprint }] : []
  })
}

/** Findings that can sit on a line: failed checks with a file and line. */
function inlineFindings(input: PublishInput): InlineFinding[] {
  const findings: InlineFinding[] = []
  for (const result of input.report.results) {
    if (result.verdict !== 'fail' || !result.location || !result.severity) continue
    const { file, line } = result.location
    findings.push({ fingerprint: result.fingerprint, severity: result.severity as Severity, path: file, line, change: result.change, body: inlineCommentBody(result, ruleOf(input.report, result.ruleId), input.sourceLine(file, line)) })
  }
  return findings
}

function summaryOptions(input: PublishInput, plan: ReviewPlan, notes: string[]) {
  return { scope: input.scope, inline: plan.inline, touched: plan.touched, failOn: input.failOn, runUrl: input.runUrl, fileUrl: input.fileUrl, workingDirectory: input.workingDirectory, notes, footer: input.summaryFooter }
}

function toNewComment(c: { path: string; line: number; body: string }): NewReviewComment {
  return { path: c.path, line: c.line, side: 'RIGHT', body: c.body }
}

/**
 * Posts the review. GitHub rejects a whole review (422) when one comment is off the diff, and does not
 * say which. Most often the PR moved on (a push) since its files were read: the files are read again and
 * comments on lines that left the diff are dropped. If GitHub still refuses, each half is tried as a
 * pending review (deleted again at once) to find the comments it refuses. Returns their fingerprints.
 */
async function postReview(api: GitHubApi, input: PublishInput, plan: ReviewPlan, login: string): Promise<Set<string>> {
  const { number, headSha } = input.target
  const body = `${reviewMarker(input.scope)}\n**elb-ir-check**: ${plan.create.length} finding${plan.create.length === 1 ? '' : 's'} on the changed lines. The summary comment has the full report.`
  // A review is created whole or not at all: one of its comments on the PR means it arrived.
  const post = (comments: typeof plan.create) =>
    createOnce(
      input,
      () => api.createReview(number, { commitId: headSha, body, event: 'COMMENT', comments: comments.map(toNewComment) }),
      async () => {
        const fingerprints = new Set(comments.map((c) => c.fingerprint))
        return (await api.reviewComments(number)).some((c) => {
          const marker = c.user === login ? readFindingMarker(c.body) : null
          return marker !== null && marker.scope === input.scope && fingerprints.has(marker.fingerprint)
        })
      }
    )
  const refusedBy422 = async (comments: typeof plan.create): Promise<boolean> => {
    try {
      await post(comments)
      return false
    } catch (error) {
      if (!(error instanceof GitHubError) || error.status !== 422) throw error
      return true
    }
  }
  if (!(await refusedBy422(plan.create))) return new Set()

  input.log('GitHub refused the review (422); reading the pull request files again')
  const refused = new Set<string>()
  const fresh = diffLines(await api.pullFiles(number))
  const stillInDiff = plan.create.filter((c) => fresh.get(c.path)?.has(c.line) ?? false)
  for (const c of plan.create) if (!stillInDiff.includes(c)) refused.add(c.fingerprint)
  if (stillInDiff.length === 0 || (refused.size > 0 && !(await refusedBy422(stillInDiff)))) return refused

  input.log('GitHub still refuses the review; finding the comments it does not take')
  const accepted: typeof plan.create = []
  const probe = async (batch: typeof plan.create): Promise<void> => {
    try {
      const pending = await api.createReview(number, { commitId: headSha, body: '', comments: batch.map(toNewComment) })
      await api.deletePendingReview(number, pending.id)
      accepted.push(...batch)
    } catch (error) {
      if (!(error instanceof GitHubError) || error.status !== 422) throw error
      if (batch.length === 1) refused.add(batch[0].fingerprint)
      else {
        const half = Math.ceil(batch.length / 2)
        await probe(batch.slice(0, half))
        await probe(batch.slice(half))
      }
    }
  }
  await probe(stillInDiff)
  if (accepted.length > 0 && (await refusedBy422(accepted))) for (const c of accepted) refused.add(c.fingerprint)
  return refused
}

/** How creating is tried again: the waits, and where to say so. */
export type CreateRetry = Pick<PublishInput, 'retryDelayMs' | 'settleMs' | 'log'>

/** A dropped connection, a timeout or a 5xx: the request may or may not have been carried out. */
function isTransient(error: unknown): boolean {
  return error instanceof GitHubError && (error.status === 0 || error.status >= 500)
}

/**
 * Creates something once. A create that failed in transit is tried again (three tries in all) only
 * after looking whether it arrived anyway, so a slow or dropped answer never makes a duplicate.
 */
export async function createOnce<T>(input: CreateRetry, create: () => Promise<T>, arrived: () => Promise<boolean>): Promise<T | 'arrived'> {
  const base = input.retryDelayMs ?? 1000
  for (let attempt = 1; ; attempt++) {
    try {
      return await create()
    } catch (error) {
      if (!isTransient(error) || attempt >= 3) throw error
      input.log(`${error instanceof Error ? error.message : 'GitHub did not answer'}; looking whether it arrived before trying again`)
      // A 5xx or a dropped connection has ended the request: a short pause lets GitHub finish writing.
      // A request that timed out may still be running, so only then is its whole time limit waited.
      const pause = base * attempt
      await new Promise((resolve) => setTimeout(resolve, error instanceof GitHubError && error.timedOut ? Math.max(pause, input.settleMs ?? 0) : pause))
      if (await arrived()) return 'arrived'
    }
  }
}

function degrade(outcome: PublishOutcome, reason: string, httpStatus?: number): PublishOutcome {
  return { ...outcome, status: 'degraded', reason, httpStatus }
}
