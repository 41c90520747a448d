import type { PlanIndex, ResourceInstance } from '../model/plan-index.js'
import type { ProviderConfigJson } from '../plan/types.js'
import { knownString } from '../model/value.js'
import { fail, GUIDE, notApplicable, pass, unknown, type Outcome, type PlanRule, type RuleContext } from './types.js'
import { quote } from '../util/quoted.js'
import { compileEventBridgeWildcard, wildcardMatches } from '../util/glob.js'

type PatternValue = unknown[]

export const healthEventsMonitored: PlanRule = {
  scope: 'plan',
  meta: {
    id: 'ELBIR006',
    name: 'health-events-monitored',
    title: 'Monitor ELB events using AWS Health',
    practice: 'sec17',
    helpUri: `${GUIDE}#events`,
    defaultSeverity: 'warning',
    rationale:
      'AWS tells customers about ELB issues, scheduled changes and security notifications through AWS Health; without a rule that routes those events to people, they are missed while an incident unfolds. EventBridge delivers Health events only in the region where the rule exists.',
    remediation:
      'In every region with load balancers, add an EventBridge rule with the pattern {"source":["aws.health"],"detail-type":["AWS Health Event"],"detail":{"service":["ELASTICLOADBALANCING"]}} and a target (SNS, chat, ticketing), or an AWS User Notifications rule on aws.health; if Health is monitored organization-wide, declare it as `organizationHealthMonitoring` in `.elb-ir.yml`.'
  },
  check({ model, settings }: RuleContext): Outcome {
    const lbs = model.loadBalancers
    if (lbs.length === 0) return notApplicable('The plan has no load balancer.')
    if (settings.organizationHealthMonitoring) return pass(`AWS Health is monitored organization-wide: ${quote(settings.organizationHealthMonitoring)} (declared in the configuration).`)
    const coverage = healthCoverage(model.index)
    const regions = new Set<string>()
    let regionUnknown = false
    // A rule placed by the same provider configuration as the load balancer is in its region, named or not.
    const sameProvider = new Set<string>()
    for (const lb of lbs) {
      const byProvider = coverage.placements.get(model.index.placement(lb.instance))
      if (lb.region && lb.region !== 'unknown') regions.add(lb.region)
      else if (byProvider) sameProvider.add(byProvider)
      else regionUnknown = true
    }
    if (coverage.everywhere) return pass(`AWS Health events reach people in every region (${quote(coverage.everywhere)}).`)
    const missing = [...regions].filter((r) => !coverage.regions.has(r))
    const covered = [...regions].filter((r) => coverage.regions.has(r))
    if (missing.length === 0 && !(regionUnknown && covered.length === 0 && sameProvider.size === 0)) {
      const rules = [...new Set([...covered.map((r) => coverage.regions.get(r) ?? ''), ...sameProvider])]
      return pass(`ELB events from AWS Health are routed to a target in ${covered.map(quote).join(', ') || 'the region of every load balancer'} (${rules.map(quote).join(', ')}).`)
    }
    if (coverage.unknown.length > 0) return unknown(`Whether ${coverage.unknown.map(quote).join(', ')} match ELB Health events is known only after apply.`, { target: coverage.unknownInstances[0], attribute: ['event_pattern'] })
    const where = missing.length > 0 ? ` in ${missing.map(quote).join(', ')}` : ''
    const notes = coverage.notes.length > 0 ? ` ${coverage.notes.join(' ')}` : ''
    return fail(`No EventBridge or User Notifications rule routes AWS Health events for ELB to a target${where}.${notes}`, {
      target: coverage.noteInstances[0],
      attribute: coverage.noteInstances[0] ? [] : undefined,
      fix: `resource "aws_cloudwatch_event_rule" "elb_health" {\n  name = "elb-health-events"\n  event_pattern = jsonencode({\n    source        = ["aws.health"]\n    "detail-type" = ["AWS Health Event"]\n    detail        = { service = ["ELASTICLOADBALANCING"] }\n  })\n}\n\nresource "aws_cloudwatch_event_target" "elb_health" {\n  rule = aws_cloudwatch_event_rule.elb_health.name\n  arn  = aws_sns_topic.incident_response.arn\n}`
    })
  }
}

interface Coverage {
  /** Region → the resource that covers it. */
  regions: Map<string, string>
  /** Provider configuration → the rule that covers its region, for regions the plan does not name. */
  placements: Map<ProviderConfigJson | undefined, string>
  /** Set when something covers every region (a managed notification association). */
  everywhere?: string
  unknown: string[]
  unknownInstances: ResourceInstance[]
  notes: string[]
  noteInstances: ResourceInstance[]
}

function healthCoverage(index: PlanIndex): Coverage {
  const coverage: Coverage = { regions: new Map(), placements: new Map(), unknown: [], unknownInstances: [], notes: [], noteInstances: [] }
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
      coverage.unknown.push(rule.address)
      coverage.unknownInstances.push(rule)
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
      coverage.notes.push(`${quote(rule.address)} matches the events but has no aws_cloudwatch_event_target, so nobody is told.`)
      coverage.noteInstances.push(rule)
      continue
    }
    if (region && region !== 'unknown') coverage.regions.set(region, rule.address)
    else if (index.placement(rule)) coverage.placements.set(index.placement(rule), rule.address)
  }
  for (const rule of index.ofType('aws_notifications_event_rule')) {
    if (knownString(rule.attrs.get(['source'])) !== 'aws.health') continue
    const regions = rule.attrs.get(['regions'])
    if (regions.kind === 'unknown') {
      coverage.unknown.push(rule.address)
      coverage.unknownInstances.push(rule)
    } else if (regions.kind === 'known' && Array.isArray(regions.value)) {
      for (const region of regions.value) if (typeof region === 'string') coverage.regions.set(region, rule.address)
    }
  }
  for (const association of index.ofType('aws_notifications_managed_notification_account_contact_association', 'aws_notifications_managed_notification_additional_channel_association')) {
    const arn = knownString(association.attrs.get(['managed_notification_arn'])) ?? knownString(association.attrs.get(['managed_notification_configuration_arn']))
    if (arn?.includes('AWS-Health')) coverage.everywhere = association.address
  }
  return coverage
}

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
