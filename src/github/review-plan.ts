// The review planner: a pure function from (findings, the PR's diff, our comments already on the PR)
// to what to create, update and clean up. Deduplication, the comment cap and moving findings off the
// diff to the summary are decided here, without any server.

import { severityRank, type Severity } from '../severity.js'
import { findingMarker, readFindingMarker } from './markers.js'

/** A finding that could go on a line of the PR. */
export interface InlineFinding {
  fingerprint: string
  severity: Severity
  /** Relative to the repository root, forward slashes. */
  path: string
  line: number
  /** The comment's text without the marker. */
  body: string
  /**
   * What the PR did to it (absent in reports of earlier versions: treated as brought by the PR). An
   * `existing` finding never gets a review comment: it is debt from before the PR, listed in the summary.
   */
  change?: 'new' | 'regressed' | 'existing'
}

/** A review comment already on the PR (only ours: the caller filters by author). */
export interface ExistingComment {
  id: number
  body: string
  path: string
  line: number | null
  /** Somebody answered it: deleting it would delete their words too. */
  hasReplies: boolean
}

export interface ReviewPlan {
  create: { fingerprint: string; path: string; line: number; body: string }[]
  update: { id: number; fingerprint: string; body: string }[]
  /** Comments of findings that are gone, nobody replied: delete. */
  remove: { id: number; fingerprint: string }[]
  /** Comments of findings that are gone but have replies: keep, marked fixed. */
  markFixed: { id: number; fingerprint: string; body: string }[]
  /** Findings that have (or will have) a live inline comment. */
  inline: Set<string>
  /** Findings on lines outside the diff. */
  outsideDiff: Set<string>
  /** Findings inside the diff that did not fit under the cap. */
  overCap: Set<string>
  /** Existing findings on changed lines: one line each in the summary, never a review comment. */
  touched: Set<string>
}

export interface PlanOptions {
  scope: string
  /** Live inline comments at most (GitHub's secondary limits bite large reviews). */
  maxComments: number
}

export function planReview(findings: readonly InlineFinding[], diff: ReadonlyMap<string, ReadonlySet<number>>, existing: readonly ExistingComment[], options: PlanOptions): ReviewPlan {
  const plan: ReviewPlan = { create: [], update: [], remove: [], markFixed: [], inline: new Set(), outsideDiff: new Set(), overCap: new Set(), touched: new Set() }
  const ours = new Map<string, { comment: ExistingComment; fixed: boolean }>()
  for (const comment of existing) {
    const marker = readFindingMarker(comment.body)
    if (!marker || marker.scope !== options.scope) continue
    if (ours.has(marker.fingerprint)) {
      // A duplicate left by an earlier, interrupted run: one comment per finding.
      if (!comment.hasReplies) plan.remove.push({ id: comment.id, fingerprint: marker.fingerprint })
      continue
    }
    ours.set(marker.fingerprint, { comment, fixed: marker.fixed })
  }

  // Existing debt takes no review comment, so it never fills the cap before what the PR brings. A comment
  // an earlier run left on it goes (unless answered): it is not fixed, so it is not marked so either.
  const current = new Map<string, InlineFinding>()
  const debt = new Set<string>()
  for (const finding of findings) {
    if (finding.change === 'existing') {
      debt.add(finding.fingerprint)
      if (diff.get(finding.path)?.has(finding.line)) plan.touched.add(finding.fingerprint)
    } else if (!current.has(finding.fingerprint)) current.set(finding.fingerprint, finding)
  }

  const candidates: InlineFinding[] = []
  for (const finding of current.values()) {
    const posted = ours.get(finding.fingerprint)
    if (posted) {
      plan.inline.add(finding.fingerprint)
      const body = withMarker(finding.body, options.scope, finding.fingerprint, false)
      if (posted.comment.body !== body) plan.update.push({ id: posted.comment.id, fingerprint: finding.fingerprint, body })
      continue
    }
    if (diff.get(finding.path)?.has(finding.line)) candidates.push(finding)
    else plan.outsideDiff.add(finding.fingerprint)
  }
  candidates.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.path.localeCompare(b.path) || a.line - b.line)
  const room = Math.max(0, options.maxComments - plan.inline.size)
  for (const [i, finding] of candidates.entries()) {
    if (i >= room) {
      plan.overCap.add(finding.fingerprint)
      continue
    }
    plan.inline.add(finding.fingerprint)
    plan.create.push({ fingerprint: finding.fingerprint, path: finding.path, line: finding.line, body: withMarker(finding.body, options.scope, finding.fingerprint, false) })
  }

  for (const [fingerprint, { comment, fixed }] of ours) {
    if (current.has(fingerprint) || fixed) continue
    if (debt.has(fingerprint)) {
      if (!comment.hasReplies) plan.remove.push({ id: comment.id, fingerprint })
      continue
    }
    if (comment.hasReplies) plan.markFixed.push({ id: comment.id, fingerprint, body: fixedBody(comment.body, options.scope, fingerprint) })
    else plan.remove.push({ id: comment.id, fingerprint })
  }
  return plan
}

export function withMarker(body: string, scope: string, fingerprint: string, fixed: boolean): string {
  return `${body.trimEnd()}\n\n${findingMarker({ scope, fingerprint, fixed })}`
}

/** The comment kept for its replies: struck through, marked fixed, so later runs leave it alone. */
function fixedBody(body: string, scope: string, fingerprint: string): string {
  const text = body.replace(/<!-- elb-ir-check:finding [^>]*-->/g, '').trimEnd()
  return withMarker(`✅ **Fixed**: this finding is gone from the latest plan.\n\n<details><summary>Original comment</summary>\n\n${text}\n\n</details>`, scope, fingerprint, true)
}
