import type { Settings } from '../config/settings.js'
import type { LoadBalancer, ModelFacts } from '../model/model.js'
import type { ResourceInstance } from '../model/plan-index.js'
import type { PathStep } from '../model/value.js'
import type { RuleInfo } from '../rule-info.js'

export type Verdict = 'pass' | 'fail' | 'unknown' | 'not-applicable'

/** A rule's metadata, declared beside its logic (the report carries the same description). */
export type RuleMeta = RuleInfo

/** What a rule concluded, and where the fault is. */
export interface Outcome {
  verdict: Verdict
  /** What is wrong (or what was found), in a sentence or two. Values shown must be safe to print. */
  message: string
  /** The resource holding the fault, when not the load balancer itself (a bucket's policy, a listener). */
  target?: ResourceInstance
  /** The attribute at fault inside `target` (or the load balancer); empty for the block. */
  attribute?: PathStep[]
  /** The fix as an HCL snippet. */
  fix?: string
  /** The replacement for the attribute's line, when the fix is one line (for PR suggestions). */
  lineFix?: string
}

export interface RuleContext {
  /** The facts the model resolved from the plan: rules decide over them and never read the plan itself. */
  model: ModelFacts
  settings: Settings
}

export interface LoadBalancerRule {
  scope: 'load-balancer'
  meta: RuleMeta
  check(lb: LoadBalancer, context: RuleContext): Outcome
}

export interface PlanRule {
  scope: 'plan'
  meta: RuleMeta
  check(context: RuleContext): Outcome
}

export type Rule = LoadBalancerRule | PlanRule

export const GUIDE = 'https://aws.github.io/aws-elb-best-practices/security/incident_response/'

export const pass = (message: string, extra: Partial<Outcome> = {}): Outcome => ({ verdict: 'pass', message, ...extra })
export const fail = (message: string, extra: Partial<Outcome> = {}): Outcome => ({ verdict: 'fail', message, ...extra })
export const unknown = (message: string, extra: Partial<Outcome> = {}): Outcome => ({ verdict: 'unknown', message, ...extra })
export const notApplicable = (message: string): Outcome => ({ verdict: 'not-applicable', message })
