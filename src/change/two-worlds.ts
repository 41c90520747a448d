// A plan holds two worlds: the one before it (the state it starts from) and the one it plans. Every rule
// is judged on both, by the same model and the same rules, so that each finding says what the change did
// to it (new, regressed, existing) and the findings the change fixes are listed (resolved).

import { buildModel, type PlanModel } from '../model/model.js'
import type { LoadedPlan } from '../plan/load.js'
import type { PlanJson, ResourceChangeJson } from '../plan/types.js'
import type { Severity } from '../severity.js'

export type Change = 'new' | 'regressed' | 'existing'

/** What one rule concluded on one load balancer (address) or on the plan (null), in either world. */
export interface WorldFinding {
  rule: { id: string }
  severity: Severity
  address: string | null
  outcome: { verdict: 'pass' | 'fail' | 'unknown' | 'not-applicable' }
}

export interface ResolvedFinding {
  ruleId: string
  address: string | null
  severity: Severity
}

export interface ChangeJudgement {
  /** The change of a failing, unknown (or later suppressed) finding of the planned world; undefined for the others. */
  changeOf(finding: WorldFinding): Change | undefined
  /** Findings that fail before the plan and pass after it, on load balancers that remain. */
  resolved: ResolvedFinding[]
}

/**
 * The world before the plan as a plan of its own that changes nothing: every resource Terraform had in
 * state, with the values it had (`change.before`, which Terraform copies from prior_state and which the
 * pruned and streamed readings of a plan keep), under the same configuration. Data sources stay those
 * read while planning. Null when nothing existed before the plan.
 */
export function priorWorldPlan(plan: PlanJson): PlanJson | null {
  const existing: ResourceChangeJson[] = []
  for (const rc of plan.resource_changes ?? []) {
    if (rc.deposed || rc.mode === 'data' || rc.change.before === null || rc.change.before === undefined) continue
    const { before, before_sensitive } = rc.change
    existing.push({ ...rc, change: { actions: ['no-op'], before, after: before, after_unknown: {}, before_sensitive, after_sensitive: before_sensitive } })
  }
  if (existing.length === 0) return null
  return { ...plan, resource_changes: existing, planned_values: { outputs: plan.planned_values?.outputs } }
}

/**
 * Judges the prior world with `judge` (every rule, as for the planned world) and compares: `new` when
 * the load balancer was not there before the plan (for plan-wide rules: no load balancer of the plan
 * was), `existing` when the rule failed or was unknown before, `regressed` when it passed or did not apply.
 */
export function judgeChange(plan: LoadedPlan, planned: PlanModel, findings: readonly WorldFinding[], judge: (model: PlanModel) => WorldFinding[]): ChangeJudgement {
  // A state is judged as it stands: what it holds is there already, and nothing is changed or fixed.
  if (plan.kind === 'state') return { changeOf: (finding) => (isFinding(finding) ? 'existing' : undefined), resolved: [] }
  // Sources have no world before them, as a plan with nothing applied: every finding is new, nothing resolved.
  if (plan.kind === 'source') return { changeOf: (finding) => (isFinding(finding) ? 'new' : undefined), resolved: [] }
  const priorJson = priorWorldPlan(plan.json)
  if (!priorJson) return { changeOf: (finding) => (isFinding(finding) ? 'new' : undefined), resolved: [] }
  // A plan that changes none of the resources the model reads (they are all no-op) has one world twice.
  const unchanged = (plan.json.resource_changes ?? []).every((rc) => rc.change.actions.every((action) => action === 'no-op'))
  const prior = unchanged ? planned : buildModel({ ...plan, json: priorJson })
  const priorLoadBalancers = new Set(prior.loadBalancers.map((lb) => lb.address))
  const anyLoadBalancerBefore = planned.loadBalancers.some((lb) => priorLoadBalancers.has(lb.address))
  const before = new Map<string, WorldFinding>()
  for (const finding of unchanged ? findings : judge(prior)) before.set(keyOf(finding), finding)
  const changeOf = (finding: WorldFinding): Change | undefined => {
    if (!isFinding(finding)) return undefined
    const existedBefore = finding.address === null ? anyLoadBalancerBefore : priorLoadBalancers.has(finding.address)
    if (!existedBefore) return 'new'
    const was = before.get(keyOf(finding))?.outcome.verdict
    return was === 'fail' || was === 'unknown' ? 'existing' : 'regressed'
  }
  const resolved: ResolvedFinding[] = []
  for (const finding of findings) {
    if (finding.outcome.verdict !== 'pass') continue
    if (before.get(keyOf(finding))?.outcome.verdict === 'fail') resolved.push({ ruleId: finding.rule.id, address: finding.address, severity: finding.severity })
  }
  return { changeOf, resolved }
}

const isFinding = (finding: WorldFinding) => finding.outcome.verdict === 'fail' || finding.outcome.verdict === 'unknown'
const keyOf = (finding: WorldFinding) => `${finding.rule.id}\u0000${finding.address ?? ''}`
