// ELBIR006: route AWS Health events about ELB to people in every region that has load balancers
// (EventBridge delivers Health events only in the region of the rule). All of it goes into the root
// module, where the providers are configured: per region an EventBridge rule on the provider that
// places that region (a new provider alias when none does) and an SNS topic as its target. A rule that
// matches already but has no target gets only the target.
import type { RuleFinding } from '../../check.js'
import type { LoadBalancer, PlanModel } from '../../model/model.js'
import type { ResourceInstance } from '../../model/plan-index.js'
import { policyStatements } from '../../model/policy.js'
import type { FixContext, Fixer } from '../types.js'
import { GeneratedBlocks } from './generated.js'
import { attribute, blank, comment, hclString, list, nested, renderBlock, valueOf, type BodyItem } from './hcl.js'
import { accountTerm, fixName, localReference } from './references.js'
import { fixed, unfixed } from './subject.js'

const ROOT: string[] = []
const EVENTS_SERVICE = 'events.amazonaws.com'

/** Where one rule must be: a region (or, when the plan does not name it, a provider configuration) and how to reach it. */
interface Place {
  /** `eu_west_1`, or the provider's alias: the suffix of the names. */
  suffix: string
  region: string | undefined
  /** The provider argument, undefined for the default provider. */
  provider: string | undefined
  /** A provider block to add, when no configuration of the root places this region. */
  providerBlock?: string
  lb: LoadBalancer
}

export const healthEventsMonitoredFix: Fixer = {
  ruleId: 'ELBIR006',
  fix(_finding: RuleFinding, context: FixContext) {
    const { model } = context
    const places = uncovered(model)
    if ('reason' in places) return unfixed(places.reason)
    if (places.length === 0) return unfixed('every region with load balancers already has a rule with a target; nothing to add')
    const generated = new GeneratedBlocks(context)
    for (const place of places) {
      if (place.providerBlock) generated.add(ROOT, `provider.aws.${place.suffix}`, place.providerBlock)
      const topic = reusableTopic(model, place) ?? newTopic(model, place, generated)
      const existing = model.health.untargeted.find((rule) => rule.parsed.modules.length === 0 && placeOf(model, rule) === place.region)
      const rule = existing ? localReference(existing) : newRule(place, generated)
      const name = fixName('health', place.suffix)
      generated.add(ROOT, `aws_cloudwatch_event_target.${name}`, renderBlock('resource', ['aws_cloudwatch_event_target', name], [...providerArgument(place), attribute('rule', `${rule}.name`), attribute('arn', `${topic}.arn`)]))
    }
    return fixed(generated.edits())
  }
}

/** The regions (or provider configurations) whose load balancers no rule covers, in the order of the load balancers. */
function uncovered(model: PlanModel): Place[] | { reason: string } {
  const coverage = model.health
  const places = new Map<string, Place>()
  for (const lb of model.loadBalancers) {
    if (lb.region && lb.region !== 'unknown') {
      if (!coverage.regions.has(lb.region) && !places.has(lb.region)) places.set(lb.region, placeForRegion(model, lb.region, lb))
      continue
    }
    if (lb.placement !== undefined && coverage.placements.has(lb.placement)) continue
    // The region is not known: the rule goes where the load balancer is, through its provider.
    if (lb.placement === undefined || lb.placement.includes(':')) return { reason: `the region of ${lb.address} is not known and its provider is not one of the root module; add an EventBridge rule on aws.health for ELASTICLOADBALANCING in its region` }
    if (!places.has(lb.placement)) places.set(lb.placement, { suffix: lb.placement === 'aws' ? 'default' : lb.placement.slice('aws.'.length), region: undefined, provider: lb.placement === 'aws' ? undefined : lb.placement, lb })
  }
  return [...places.values()]
}

/** The root's provider configuration for a region: one whose region is that constant, else a new alias. */
function placeForRegion(model: PlanModel, region: string, lb: LoadBalancer): Place {
  const suffix = region.replace(/-/g, '_')
  const keys = [...model.index.providerConfig.entries()].filter(([key, config]) => !key.includes(':') && (config.name ?? 'aws') === 'aws' && constantRegion(config.expressions?.region) === region).map(([key]) => key)
  const key = keys.includes('aws') ? 'aws' : keys[0]
  if (key !== undefined) return { suffix, region, provider: key === 'aws' ? undefined : key, lb }
  const providerBlock = renderBlock('provider', ['aws'], [attribute('alias', hclString(suffix)), attribute('region', hclString(region))])
  return { suffix, region, provider: `aws.${suffix}`, providerBlock, lb }
}

function constantRegion(expression: unknown): string | undefined {
  const value = (expression as { constant_value?: unknown } | undefined)?.constant_value
  return typeof value === 'string' ? value : undefined
}

function placeOf(model: PlanModel, instance: ResourceInstance): string | undefined {
  const region = model.index.region(instance)
  return region === 'unknown' ? undefined : region
}

const providerArgument = (place: Place): BodyItem[] => (place.provider ? [attribute('provider', place.provider)] : [])

/**
 * A topic of the root module in the region that EventBridge may already publish to (its policy grants
 * events.amazonaws.com sns:Publish) and that is not encrypted (a KMS key would need its own grant).
 */
function reusableTopic(model: PlanModel, place: Place): string | undefined {
  if (place.region === undefined) return undefined
  const policies = model.index.ofType('aws_sns_topic_policy')
  const topic = model.index.ofType('aws_sns_topic').find((candidate) => {
    if (candidate.parsed.modules.length > 0 || placeOf(model, candidate) !== place.region) return false
    if (candidate.attrs.get(['kms_master_key_id']).kind !== 'absent') return false
    const holders = [candidate, ...policies.filter((policy) => model.index.resolveAttribute(policy, ['arn']).targets.includes(candidate))]
    return holders.some((holder) => grantsEventBridge(model, holder))
  })
  return topic ? localReference(topic) : undefined
}

function grantsEventBridge(model: PlanModel, holder: ResourceInstance): boolean {
  const statements = policyStatements(model.index, holder)
  if (!Array.isArray(statements)) return false
  return statements.some((s) => s.effect === 'Allow' && s.principals.some((p) => p.type === 'Service' && p.ids !== 'unknown' && p.ids.includes(EVENTS_SERVICE)) && s.actions !== 'unknown' && s.actions.some((a) => a.toLowerCase() === 'sns:publish' || a === '*'))
}

/** A topic for the region, whose policy keeps the owner's rights and lets EventBridge publish. */
function newTopic(model: PlanModel, place: Place, generated: GeneratedBlocks): string {
  const name = fixName('health', place.suffix)
  const topic = `aws_sns_topic.${name}`
  const owner = valueOf(accountTerm(model, place.lb, ROOT, generated))
  generated.add(ROOT, topic, renderBlock('resource', ['aws_sns_topic', name], [comment('Subscribe the incident responders (email, chat, ticketing) to this topic.'), ...providerArgument(place), attribute('name', hclString('elb-ir-health-events'))]))
  const statement = (sid: string, actions: string[], principal: BodyItem, extra: BodyItem[]) =>
    nested('statement', [attribute('sid', hclString(sid)), attribute('actions', list(actions.map(hclString))), attribute('resources', list([`${topic}.arn`])), blank, principal, ...extra.flatMap((item) => [blank, item])])
  const principals = (type: string, id: string) => nested('principals', [attribute('type', hclString(type)), attribute('identifiers', list([hclString(id)]))])
  const ownerActions = ['SNS:Subscribe', 'SNS:Publish', 'SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:ListSubscriptionsByTopic', 'SNS:Receive']
  const document = renderBlock('data', ['aws_iam_policy_document', name], [
    statement('ElbIrTopicOwner', ownerActions, principals('AWS', '*'), [nested('condition', [attribute('test', hclString('StringEquals')), attribute('variable', hclString('AWS:SourceOwner')), attribute('values', list([owner]))])]),
    blank,
    statement('ElbIrEventBridgePublish', ['sns:Publish'], principals('Service', EVENTS_SERVICE), [])
  ])
  generated.add(ROOT, `data.aws_iam_policy_document.${name}`, document)
  generated.add(ROOT, `aws_sns_topic_policy.${name}`, renderBlock('resource', ['aws_sns_topic_policy', name], [...providerArgument(place), attribute('arn', `${topic}.arn`), attribute('policy', `data.aws_iam_policy_document.${name}.json`)]))
  return topic
}

/** The rule, with the pattern ELBIR006 documents: AWS Health events of the ELASTICLOADBALANCING service. */
function newRule(place: Place, generated: GeneratedBlocks): string {
  const name = fixName('health', place.suffix)
  const pattern = ['jsonencode({', '  source        = ["aws.health"]', '  "detail-type" = ["AWS Health Event"]', '  detail        = { service = ["ELASTICLOADBALANCING"] }', '})'].join('\n')
  const body = [
    ...providerArgument(place),
    attribute('name', hclString('elb-ir-health-events')),
    attribute('description', hclString('AWS Health events about Elastic Load Balancing')),
    attribute('event_pattern', pattern)
  ]
  generated.add(ROOT, `aws_cloudwatch_event_rule.${name}`, renderBlock('resource', ['aws_cloudwatch_event_rule', name], body))
  return `aws_cloudwatch_event_rule.${name}`
}
