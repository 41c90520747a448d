// Hidden markers that let a later run find its own comments again: never visible text, which people
// and other tools reword (a heading change must not make every comment post twice).

import { createHash } from 'node:crypto'

const PREFIX = 'elb-ir-check'

/**
 * Which check a comment belongs to, from what identifies the check in the repository and never from
 * where files sit on the runner: the working directory (relative to the repository root), the plan
 * inputs as the repository knows them, and the optional `id` input. Without an `id` the text hashed is
 * what earlier versions hashed for repository-relative plans, so their comments are found again.
 */
export function commentScope(workingDirectory: string, plans: readonly string[], id = ''): string {
  // Plan inputs are non-empty lines, so an empty line cannot be confused with one.
  const text = `${workingDirectory}\n${plans.join('\n')}${id === '' ? '' : `\n\nid ${id}`}`
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}

export interface FindingMarker {
  scope: string
  fingerprint: string
  /** Set once the finding is gone and the comment was kept because somebody replied to it. */
  fixed: boolean
}

export function summaryMarker(scope: string): string {
  return `<!-- ${PREFIX}:summary scope=${scope} -->`
}

/** The audit issue of a check, kept outside pull requests: scoped like the summary comment. */
export function auditIssueMarker(scope: string): string {
  return `<!-- ${PREFIX}:audit scope=${scope} -->`
}

/** Ours: the audit marker opens the body (a quote of it further down is somebody else's text). */
export function isAuditIssueOf(body: string | null | undefined, scope: string): boolean {
  return typeof body === 'string' && body.startsWith(auditIssueMarker(scope))
}

export function reviewMarker(scope: string): string {
  return `<!-- ${PREFIX}:review scope=${scope} -->`
}

export function findingMarker(marker: FindingMarker): string {
  return `<!-- ${PREFIX}:finding scope=${marker.scope} fp=${marker.fingerprint}${marker.fixed ? ' fixed' : ''} -->`
}

/** Ours: the summary marker opens the body (a quote of it further down is somebody else's text). */
export function isSummaryOf(body: string | null | undefined, scope: string): boolean {
  return typeof body === 'string' && body.startsWith(summaryMarker(scope))
}

export function readFindingMarker(body: string | null | undefined): FindingMarker | null {
  if (typeof body !== 'string') return null
  // Ours ends the body: any marker-like text before it came with the finding's text.
  const match = /<!-- elb-ir-check:finding scope=([0-9a-f]+) fp=([0-9a-f]+)( fixed)? -->\s*$/.exec(body)
  return match ? { scope: match[1], fingerprint: match[2], fixed: match[3] !== undefined } : null
}
