import { compileEventBridgeWildcard, wildcardMatches } from '../util/glob.js'
import type { PlanIndex, ResourceInstance } from './plan-index.js'
import { knownString } from './value.js'

/** Where AWS Health events about ELB reach people, as the plan sets it up. */
export interface HealthCoverage {
  /** Region → the address of the resource that routes ELB Health events there to a target. */
  regions: Map<string, string>
  /** Provider placement (see LoadBalancer.placement) → the rule that covers its region, for regions the plan does not name. */
  placements: Map<string, string>
  /** Set when something covers every region (a managed notification association for AWS Health). */
  everywhere?: string
  /** Rules whose event pattern (EventBridge) or regions (User Notifications) are known only after apply. */
  unknown: ResourceInstance[]
  /** EventBridge rules that match ELB Health events but have no target, so nobody is told. */
  untargeted: ResourceInstance[]
}

/**
 * Every EventBridge rule (with a target), User Notifications rule and managed notification association
 * of the plan that routes AWS Health events for ELB. `placementOf` names the provider configuration that
 * places a resource, so that a rule and a load balancer of one configuration count as one region.
 */
export function healthCoverage(index: PlanIndex, placementOf: (instance: ResourceInstance) => string | undefined): HealthCoverage {
  const coverage: HealthCoverage = { regions: new Map(), placements: new Map(), unknown: [], untargeted: [] }
  // Targets name their rule by reference, or by its name when both are known.
  const targetsByRuleName = new Map<string, ResourceInstance[]>()
  for (const target of index.ofType('aws_cloudwatch_event_target')) {
    const name = knownString(target.attrs.get(['rule']))
    if (name !== undefined) targetsByRuleName.set(name, [...(targetsByRuleName.get(name) ?? []), target])
  }
  for (const rule of index.ofType('aws_cloudwatch_event_rule')) {
    const region = index.region(rule)
    const state = knownString(rule.attrs.get(['state']))
    if (state === 'DISABLED' || rule.attrs.get(['is_enabled']).kind === 'known' && (rule.attrs.get(['is_enabled']) as { value: unknown }).value === false) continue
    const pattern = rule.attrs.get(['event_pattern'])
    if (pattern.kind === 'unknown') {
      coverage.unknown.push(rule)
      continue
    }
    const text = knownString(pattern)
    if (!text) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      continue
    }
    if (!coversElbHealth(parsed)) continue
    const ruleName = knownString(rule.attrs.get(['name']))
    const targets = [...index.referrersOf(['aws_cloudwatch_event_target'], ['rule'], rule), ...(ruleName !== undefined ? (targetsByRuleName.get(ruleName) ?? []) : [])]
    if (targets.length === 0) {
      coverage.untargeted.push(rule)
      continue
    }
    const placement = placementOf(rule)
    if (region && region !== 'unknown') coverage.regions.set(region, rule.address)
    else if (placement !== undefined) coverage.placements.set(placement, rule.address)
  }
  for (const rule of index.ofType('aws_notifications_event_rule')) {
    if (knownString(rule.attrs.get(['source'])) !== 'aws.health') continue
    const regions = rule.attrs.get(['regions'])
    if (regions.kind === 'unknown') coverage.unknown.push(rule)
    else if (regions.kind === 'known' && Array.isArray(regions.value)) {
      for (const region of regions.value) if (typeof region === 'string') coverage.regions.set(region, rule.address)
    }
  }
  for (const association of index.ofType('aws_notifications_managed_notification_account_contact_association', 'aws_notifications_managed_notification_additional_channel_association')) {
    const arn = knownString(association.attrs.get(['managed_notification_arn'])) ?? knownString(association.attrs.get(['managed_notification_configuration_arn']))
    if (arn?.includes('AWS-Health')) coverage.everywhere = association.address
  }
  return coverage
}

type PatternValue = unknown[]

/** EventBridge matching: does the pattern let ELB events of AWS Health through? */
export function coversElbHealth(pattern: unknown): boolean {
  if (!pattern || typeof pattern !== 'object' || Array.isArray(pattern)) return false
  const p = pattern as Record<string, unknown>
  if (!allows(p.source, 'aws.health')) return false
  if (!allows(p['detail-type'], 'AWS Health Event')) return false
  const detail = p.detail
  if (detail && typeof detail === 'object' && !Array.isArray(detail)) {
    const d = detail as Record<string, unknown>
    if (!allows(d.service, 'ELASTICLOADBALANCING')) return false
    if (d.eventTypeCategory !== undefined && !['issue', 'scheduledChange', 'accountNotification'].some((c) => allows(d.eventTypeCategory, c))) return false
  }
  return true
}

/** A field absent from the pattern matches anything; a list matches when one of its matchers does. */
function allows(field: unknown, value: string): boolean {
  if (field === undefined) return true
  if (!Array.isArray(field)) return false
  return (field as PatternValue).some((matcher) => matches(matcher, value))
}

/** EventBridge `wildcard`, matched without a regex (a plan's pattern must not be able to hang the check). */
function eventBridgeWildcardMatches(value: string, wildcard: string): boolean {
  const pattern = compileEventBridgeWildcard(wildcard)
  return pattern !== null && wildcardMatches(value, pattern)
}

function matches(matcher: unknown, value: string): boolean {
  if (typeof matcher === 'string') return matcher === value
  if (!matcher || typeof matcher !== 'object') return false
  const m = matcher as Record<string, unknown>
  if (typeof m.prefix === 'string') return value.startsWith(m.prefix)
  if (typeof m.suffix === 'string') return value.endsWith(m.suffix)
  if (typeof m['equals-ignore-case'] === 'string') return value.toLowerCase() === (m['equals-ignore-case'] as string).toLowerCase()
  if (typeof m.wildcard === 'string') return eventBridgeWildcardMatches(value, m.wildcard)
  if (m.exists === true) return true
  if ('anything-but' in m) {
    const but = m['anything-but']
    if (Array.isArray(but)) return !but.includes(value)
    if (typeof but === 'string') return but !== value
    if (but && typeof but === 'object' && typeof (but as { prefix?: unknown }).prefix === 'string') return !value.startsWith((but as { prefix: string }).prefix)
    if (but && typeof but === 'object' && typeof (but as { wildcard?: unknown }).wildcard === 'string') {
      const pattern = compileEventBridgeWildcard((but as { wildcard: string }).wildcard)
      return pattern !== null && !wildcardMatches(value, pattern)
    }
    return false
  }
  return false
}
