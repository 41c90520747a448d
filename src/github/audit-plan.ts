// The audit-issue planner: a pure function from (the current report's issue body, whether anything fails,
// the repository's issues) to the one step to take on the audit issue. Which issue is ours, when to
// close, reopen or leave it, and when a write would change nothing are decided here, without any server.

import type { Issue } from './client.js'
import { isAuditIssueOf } from './markers.js'

/** What the run found, as far as the audit issue is concerned. */
export interface AuditFacts {
  scope: string
  /** The token's login: an issue opened by anybody else is not ours, whatever its body says. */
  login: string
  /** The body the issue should have now. */
  body: string
  /** A finding fails the step at its fail level. */
  failing: boolean
  /**
   * Every input was read and judged. When not (a plan missing or unreadable), the report is partial and
   * cannot say that nothing fails, so the issue is left as it is.
   */
  judged: boolean
}

export type AuditStep =
  | { kind: 'create'; body: string }
  | { kind: 'edit'; number: number; body: string }
  | { kind: 'reopen'; number: number; body: string }
  /** Closed with a comment; `body` is null when the body is already the current one. */
  | { kind: 'close'; number: number; body: string | null }
  | { kind: 'none'; number: number | null; why: 'unchanged' | 'clean' | 'closed' | 'not-judged' }

/** Text after this line changes on every run (the run's link): it does not count as a change. */
export const RUN_FOOTER = '<!-- elb-ir-check:audit-run -->'

/** The part of a body that counts when deciding whether to edit: everything before the run footer. */
export function auditContent(body: string): string {
  const at = body.lastIndexOf(`\n${RUN_FOOTER}`)
  return (at < 0 ? body : body.slice(0, at)).trimEnd()
}

/** Our audit issue among the repository's: the oldest open one, else the most recently opened closed one. */
export function ownAuditIssue(issues: readonly Issue[], scope: string, login: string): Issue | null {
  const ours = issues.filter((issue) => !issue.pullRequest && issue.user === login && isAuditIssueOf(issue.body, scope))
  const open = ours.filter((issue) => issue.state === 'open').sort((a, b) => a.number - b.number)
  if (open.length > 0) return open[0]
  return ours.sort((a, b) => b.number - a.number)[0] ?? null
}

export function planAuditIssue(facts: AuditFacts, issues: readonly Issue[]): AuditStep {
  const issue = ownAuditIssue(issues, facts.scope, facts.login)
  if (!facts.judged) return { kind: 'none', number: issue?.number ?? null, why: 'not-judged' }
  const changed = issue !== null && auditContent(issue.body) !== auditContent(facts.body)
  if (facts.failing) {
    if (issue === null) return { kind: 'create', body: facts.body }
    if (issue.state === 'closed') return { kind: 'reopen', number: issue.number, body: facts.body }
    return changed ? { kind: 'edit', number: issue.number, body: facts.body } : { kind: 'none', number: issue.number, why: 'unchanged' }
  }
  if (issue === null) return { kind: 'none', number: null, why: 'clean' }
  if (issue.state === 'closed') return { kind: 'none', number: issue.number, why: 'closed' }
  return { kind: 'close', number: issue.number, body: changed ? facts.body : null }
}
