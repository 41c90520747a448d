// The one place a report is put together, whether from rules just run, from reports merged, or from a
// JSON report read back: the schema version, the tool, the rules' metadata, the fingerprints, the
// summary and the notes are written here and nowhere else.

import { VERSION } from '../version.js'
import { withFingerprints } from './fingerprint.js'
import type { LoadBalancerInfo, PlanInfo, Report, ResolvedResult, ResultDraft, RuleInfo } from './types.js'

export interface ReportParts {
  /** The rules' metadata; a rule described twice keeps its last description. */
  rules: readonly RuleInfo[]
  plans: PlanInfo[]
  loadBalancers: LoadBalancerInfo[]
  results: readonly ResultDraft[]
  /** Findings the plans fix (none in reports of earlier versions). */
  resolved?: readonly ResolvedResult[]
  problems?: readonly string[]
  warnings?: readonly string[]
  /** The version that judged the results: this one, unless the report is read back from another run. */
  version?: string
}

export function buildReport(parts: ReportParts): Report {
  const rules = [...new Map(parts.rules.map((rule) => [rule.id, rule])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const results = withFingerprints(parts.results, parts.plans)
  return {
    schemaVersion: 1,
    tool: { name: 'elb-ir-check', version: parts.version ?? VERSION },
    rules,
    plans: parts.plans,
    loadBalancers: parts.loadBalancers,
    results,
    resolved: [...(parts.resolved ?? [])],
    summary: summarize(results, parts.resolved?.length ?? 0),
    problems: [...new Set(parts.problems ?? [])],
    warnings: [...new Set(parts.warnings ?? [])]
  }
}

/** Counts of failed results by severity, of suppressed results, of those the plan brings, and of resolved findings. */
function summarize(results: readonly ResultDraft[], resolved: number): Report['summary'] {
  const summary = { error: 0, warning: 0, notice: 0, suppressed: 0, new: 0, resolved }
  for (const result of results) {
    if (result.verdict === 'suppressed') summary.suppressed++
    else if (result.verdict === 'fail' && result.severity) summary[result.severity]++
    if (result.verdict === 'fail' && (result.change === 'new' || result.change === 'regressed')) summary.new++
  }
  return summary
}
