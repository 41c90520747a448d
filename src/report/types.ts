import type { PathStep } from '../model/value.js'
import type { Verdict } from '../rules/types.js'
import type { Severity } from '../severity.js'

export type ResultVerdict = Verdict | 'suppressed'

export interface PlanInfo {
  /** The name results and load balancers refer to: the path as given, unless two plans share it. */
  path: string
  formatVersion: string
  terraformVersion: string | null
  /** Where the plan sits in the repository (see plan/identity.ts); absent in reports of earlier versions. */
  repositoryPath?: string
  /** `sha256:<hex>` of the plan file; absent in reports of earlier versions. */
  digest?: string
}

export interface LoadBalancerInfo {
  address: string
  type: string
  kind: 'application' | 'network' | 'gateway' | 'classic'
  plan: string
  actions: string[]
}

export interface Location {
  file: string
  line: number
}

export interface Suppression {
  /** `inline` (a comment in the .tf source) or `config` (an exemption in .elb-ir.yml). */
  kind: 'inline' | 'config'
  reason: string
  /** Who wrote it: elb-ir, checkov, kics, terrascan, trivy, tfsec, or the configuration file. */
  origin: string
  expires?: string
}

/** One judged (rule, load balancer) or (rule, plan) pair. */
export interface Result {
  ruleId: string
  address: string | null
  plan: string
  verdict: ResultVerdict
  severity: Severity | null
  /** What is wrong, why it matters, and the fix. */
  message: string
  location: Location | null
  // Below: not part of the JSON report's results; used by the other formats and the GitHub layer.
  title: string
  /** What the rule found, without rationale or fix; plan values are quoted (see util/quoted.ts). */
  summary: string
  fix?: string
  lineFix?: string
  /** The resource and attribute at fault (the load balancer's own address when it is at fault). */
  subject: { address: string; attribute: PathStep[] } | null
  /** Stable across runs and wording: rule + address + subject, and the plan's repository path when the report has several plans (report/fingerprint.ts). */
  fingerprint: string
  /** The fingerprint's part that does not depend on the plan; absent when the fingerprint came already tied to its plan. */
  findingKey?: string
  suppression?: Suppression
  /** The location was the attribute itself (not the enclosing block). */
  exactLocation: boolean
  /** Read back from a JSON report: `summary` holds plan values unmarked, so it is escaped as a whole. */
  fromJson?: boolean
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'elb-ir-check'; version: string }
  plans: PlanInfo[]
  loadBalancers: LoadBalancerInfo[]
  results: Result[]
  summary: { error: number; warning: number; notice: number; suppressed: number }
  /** Input problems that did not stop the run (one line each). */
  problems: string[]
  /** Non-fatal remarks (unparseable .tf files, partial plans, suppressions without reasons). */
  warnings: string[]
}

/** Counts of failed results by severity, and of suppressed results. */
export function summarize(results: readonly Pick<Result, 'verdict' | 'severity'>[]): Report['summary'] {
  const summary = { error: 0, warning: 0, notice: 0, suppressed: 0 }
  for (const result of results) {
    if (result.verdict === 'suppressed') summary.suppressed++
    else if (result.verdict === 'fail' && result.severity) summary[result.severity]++
  }
  return summary
}
