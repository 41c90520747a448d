// The load balancer a finding is about, as the model resolved it, and the one-line reasons shared by
// the fixers when there is nothing they may change.
import type { RuleFinding } from '../../check.js'
import type { LoadBalancer } from '../../model/model.js'
import type { FixContext, FixOutcome, SourceEdit } from '../types.js'
import { editableModule, modulePathOf, notEditable } from './references.js'

export function loadBalancerOf(finding: RuleFinding, context: FixContext): LoadBalancer | undefined {
  return context.model.loadBalancers.find((lb) => lb.address === finding.address)
}

export const unfixed = (reason: string): FixOutcome => ({ fixed: false, reason })
export const fixed = (edits: SourceEdit[]): FixOutcome => ({ fixed: true, edits })

/**
 * The load balancer, when its block can be edited (and the logs block the fix writes is not fed by a
 * module input through a `dynamic` block); else the outcome that says why not. A finding without its
 * load balancer in the model cannot happen for a load-balancer rule, but is said plainly.
 */
export function editableLoadBalancer(finding: RuleFinding, context: FixContext, logsBlock?: string): LoadBalancer | FixOutcome {
  const lb = loadBalancerOf(finding, context)
  if (!lb) return unfixed(`${finding.address ?? 'the plan'}: no load balancer of the plan has this address`)
  if (!editableModule(context.model, modulePathOf(lb.instance))) return unfixed(notEditable(lb.instance))
  if (logsBlock && context.model.index.resolveDynamicBlockInput(lb.instance, logsBlock)) {
    return unfixed(`${lb.address} takes \`${logsBlock}\` from its module's input \`${logsBlock}\`: set bucket and enabled = true in the module call`)
  }
  return lb
}

export function isOutcome(value: LoadBalancer | FixOutcome): value is FixOutcome {
  return 'fixed' in value
}
