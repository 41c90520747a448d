// A finding's fingerprint: what lets SARIF, GitLab, PR comment markers and later runs recognise the same
// finding again. The one recipe: the report builder alone calls it, for `check`, `merge` and the action
// alike, so a finding keeps its fingerprint whichever of them built the report.

import { createHash } from 'node:crypto'
import type { PlanInfo, Result, ResultDraft } from './types.js'

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20)

/**
 * What identifies a finding within one plan: the rule, the load balancer (none for plan-wide rules) and the
 * resource and attribute at fault. Not the wording, not the line, and not where the plan file sits, so a
 * re-run on another runner, or with the plan written elsewhere, finds its findings again.
 */
export function findingKey(result: Pick<ResultDraft, 'ruleId' | 'address' | 'subject'>): string {
  const subjectKey = result.subject ? `${result.subject.address}#${result.subject.attribute.join('.')}` : ''
  return hash(`${result.ruleId}\u0000${result.address ?? ''}\u0000${subjectKey}`)
}

/**
 * The fingerprint of a finding in a report of several plans: its key with the plan's repository path, so
 * the same load balancer in two plans of one configuration (prod, staging) gives two findings. The path,
 * not the content: a changed plan at the same place keeps its fingerprints.
 */
function planFingerprint(key: string, repositoryPath: string): string {
  return hash(`${key}\u0000plan\u0000${repositoryPath}`)
}

/**
 * Every result with its fingerprint, for the plans its report holds: the finding's key when the report
 * holds one plan, the key with the plan's repository path when it holds several.
 */
export function withFingerprints(results: readonly ResultDraft[], plans: readonly PlanInfo[]): Result[] {
  const identityOf = new Map(plans.map((p) => [p.path, p.repositoryPath ?? p.path]))
  const several = new Set(identityOf.values()).size > 1
  return results.map((result) => {
    const key = findingKey(result)
    return { ...result, fingerprint: several ? planFingerprint(key, identityOf.get(result.plan) ?? result.plan) : key }
  })
}
