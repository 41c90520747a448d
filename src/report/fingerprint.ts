// A finding's fingerprint: what lets SARIF, PR comments and later runs recognise the same finding again.
// One recipe for `check`, `merge` and the action, so that a finding keeps its fingerprint whichever of them
// built the report.

import { createHash } from 'node:crypto'
import type { PathStep } from '../model/value.js'
import type { Report } from './types.js'

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20)

/**
 * What identifies a finding within one plan: the rule, the load balancer (none for plan-wide rules) and the
 * resource and attribute at fault. Not the wording, not the line, and not where the plan file sits, so a
 * re-run on another runner, or with the plan written elsewhere, finds its findings again.
 */
export function findingKey(ruleId: string, address: string | null, subject: { address: string; attribute: readonly PathStep[] } | null): string {
  const subjectKey = subject ? `${subject.address}#${subject.attribute.join('.')}` : ''
  return hash(`${ruleId}\u0000${address ?? ''}\u0000${subjectKey}`)
}

/**
 * The fingerprint of a finding in a report of several plans: its key with the plan's repository path, so
 * the same load balancer in two plans of one configuration (prod, staging) gives two findings. The path,
 * not the content: a changed plan at the same place keeps its fingerprints.
 */
export function planFingerprint(key: string, repositoryPath: string): string {
  return hash(`${key}\u0000plan\u0000${repositoryPath}`)
}

/**
 * Sets every result's fingerprint for the plans the report holds: the finding's key when it holds one
 * plan, the key with the plan's repository path when it holds several. Results without a key (read from
 * a report of several plans) keep the fingerprint they came with, which is already the plan's.
 */
export function assignFingerprints(report: Report): void {
  const identityOf = new Map(report.plans.map((p) => [p.path, p.repositoryPath ?? p.path]))
  const several = new Set(identityOf.values()).size > 1
  for (const result of report.results) {
    if (result.findingKey === undefined) continue
    result.fingerprint = several ? planFingerprint(result.findingKey, identityOf.get(result.plan) ?? result.plan) : result.findingKey
  }
}
