import type { PathStep } from '../model/value.js'
import type { RuleInfo } from '../rule-info.js'
import type { Severity } from '../severity.js'

export type { RuleInfo }

/** What a rule concluded: `unknown` when it depends on a value known only after apply. */
export type RuleVerdict = 'pass' | 'fail' | 'unknown' | 'not-applicable'
/** A rule's verdict, or `suppressed` when a failing or unknown finding was accepted. */
export type ResultVerdict = RuleVerdict | 'suppressed'

export interface PlanInfo {
  /** The name results and load balancers refer to: the path as given, unless two plans share it. */
  path: string
  formatVersion: string
  terraformVersion: string | null
  /** Where the plan sits in the repository (see plan/identity.ts); absent in reports of earlier versions. */
  repositoryPath?: string
  /** `sha256:<hex>` of the plan file; absent in reports of earlier versions. */
  digest?: string
  /**
   * `plan`, or `state` for a state judged as it stands (no prior world: its findings are all existing
   * debt, none new or resolved). Absent in reports of earlier versions, which read only plans.
   */
  kind?: 'plan' | 'state' | 'source'
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

/** Why a failing or unknown finding is not counted: somebody accepted it, with a reason. */
export interface AppliedSuppression {
  /** `inline` (a comment in the .tf source) or `config` (an exemption in .elb-ir.yml). */
  kind: 'inline' | 'config'
  reason: string
  /** Who wrote it: elb-ir, checkov, kics, terrascan, trivy, tfsec, or the configuration file. */
  origin: string
  expires?: string
  /** The verdict the rule reached before the suppression set it aside. */
  unsuppressedVerdict: 'fail' | 'unknown'
}


/** The resource and attribute at fault (the load balancer's own address when it is at fault). */
export interface Subject {
  address: string
  attribute: PathStep[]
}

/**
 * One judged (rule, load balancer) or (rule, plan) pair, kept in its parts until a format renders it;
 * the JSON report's `message` is composed from them by report/json.ts alone.
 */
export interface Result {
  ruleId: string
  address: string | null
  plan: string
  verdict: ResultVerdict
  severity: Severity | null
  location: Location | null
  /** The location is the attribute itself (not the enclosing block): a line fix may replace that line. */
  exactLocation: boolean
  /** What the rule found, without rationale or fix; plan values are quoted (see util/quoted.ts). */
  summary: string
  /** The fix as an HCL snippet. */
  fix?: string
  /** The replacement for the attribute's line, when the fix is one line (for PR suggestions). */
  lineFix?: string
  subject: Subject | null
  suppression?: AppliedSuppression
  /**
   * What the plan did to a failing, unknown or suppressed finding: `new` (the load balancer is new),
   * `regressed` (the rule passed or did not apply before the plan), `existing` (it failed before too).
   */
  change?: 'new' | 'regressed' | 'existing'
  /** Stable across runs and wording (report/fingerprint.ts); set by the report builder alone. */
  fingerprint: string
}

/** A result before the report builder gave it its fingerprint. */
export type ResultDraft = Omit<Result, 'fingerprint'>

export interface Report {
  schemaVersion: 1
  tool: { name: 'elb-ir-check'; version: string }
  /** The rules that judged the results, in id order. */
  rules: RuleInfo[]
  plans: PlanInfo[]
  loadBalancers: LoadBalancerInfo[]
  results: Result[]
  /** Findings that fail before the plan and pass after it, on load balancers that remain (absent in reports of earlier versions). */
  resolved?: ResolvedResult[]
  /** `new`: fail results whose change is new or regressed; `resolved`: the length of `resolved` (both absent in reports of earlier versions). */
  summary: { error: number; warning: number; notice: number; suppressed: number; new?: number; resolved?: number }
  /** Input problems that did not stop the run (one line each). */
  problems: string[]
  /** Non-fatal remarks (unparseable .tf files, partial plans, suppressions without reasons). */
  warnings: string[]
}

/** A finding the plan fixes: it fails in the world before the plan and passes in the planned one. */
export interface ResolvedResult {
  ruleId: string
  address: string | null
  plan: string
  severity: Severity
}

/** The metadata of the rule behind a result, as the report carries it. */
export function ruleOf(report: Pick<Report, 'rules'>, ruleId: string): RuleInfo | undefined {
  return report.rules.find((rule) => rule.id === ruleId)
}

/** Whether the report judged Terraform sources alone, without a plan (no world before them: every finding new). */
export function sourcesOnly(report: Pick<Report, 'plans'>): boolean {
  return report.plans.length > 0 && report.plans.every((p) => p.kind === 'source')
}
