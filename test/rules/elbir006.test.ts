// ELBIR006 over facts built by hand: where Health events reach people, against where the load balancers are.
import { describe, expect, it } from 'vitest'
import { healthEventsMonitored } from '../../src/rules/elbir006-health-events-monitored.js'
import { context, instance, loadBalancer, seen } from './facts.js'

const rule = healthEventsMonitored
const inIreland = loadBalancer('aws_lb.web', null, { region: 'eu-west-1' })
const inVirginia = loadBalancer('aws_lb.api', null, { region: 'us-east-1' })
const healthRule = instance('aws_cloudwatch_event_rule.health_elb')

describe('ELBIR006 health-events-monitored, from model facts', () => {
  it('is not applicable to a plan without load balancers', () => {
    expect(seen(rule.check(context()))).toEqual({ verdict: 'not-applicable', message: 'The plan has no load balancer.' })
  })

  it('passes when every load balancer region has a rule with a target, and names the rules', () => {
    const outcome = rule.check(context({ loadBalancers: [inIreland], health: { regions: new Map([['eu-west-1', healthRule.address]]), placements: new Map(), unknown: [], untargeted: [] } }))
    expect(seen(outcome)).toEqual({ verdict: 'pass', message: 'ELB events from AWS Health are routed to a target in `eu-west-1` (`aws_cloudwatch_event_rule.health_elb`).' })
  })

  it('fails for the region left uncovered, naming it, with no resource to blame', () => {
    const outcome = rule.check(context({ loadBalancers: [inIreland, inVirginia], health: { regions: new Map([['eu-west-1', healthRule.address]]), placements: new Map(), unknown: [], untargeted: [] } }))
    expect(seen(outcome)).toEqual({ verdict: 'fail', message: 'No EventBridge or User Notifications rule routes AWS Health events for ELB to a target in `us-east-1`.' })
    expect(outcome.fix).toContain('resource "aws_cloudwatch_event_rule" "elb_health"')
  })

  it('blames a matching rule that has no target, and says why', () => {
    const outcome = rule.check(context({ loadBalancers: [inIreland], health: { regions: new Map(), placements: new Map(), unknown: [], untargeted: [healthRule] } }))
    expect(seen(outcome)).toEqual({
      verdict: 'fail',
      message: 'No EventBridge or User Notifications rule routes AWS Health events for ELB to a target in `eu-west-1`. `aws_cloudwatch_event_rule.health_elb` matches the events but has no aws_cloudwatch_event_target, so nobody is told.',
      target: 'aws_cloudwatch_event_rule.health_elb',
      attribute: []
    })
  })

  it('is unknown when a rule pattern is known only after apply, blaming its event_pattern', () => {
    const outcome = rule.check(context({ loadBalancers: [inIreland], health: { regions: new Map(), placements: new Map(), unknown: [healthRule], untargeted: [] } }))
    expect(seen(outcome)).toEqual({ verdict: 'unknown', message: 'Whether `aws_cloudwatch_event_rule.health_elb` match ELB Health events is known only after apply.', target: 'aws_cloudwatch_event_rule.health_elb', attribute: ['event_pattern'] })
  })

  it('counts a rule placed by the same provider configuration when the region is not named', () => {
    const unnamed = loadBalancer('aws_lb.web', null, { region: undefined, placement: 'aws.ireland' })
    const covered = context({ loadBalancers: [unnamed], health: { regions: new Map(), placements: new Map([['aws.ireland', healthRule.address]]), unknown: [], untargeted: [] } })
    expect(seen(rule.check(covered))).toEqual({ verdict: 'pass', message: 'ELB events from AWS Health are routed to a target in the region of every load balancer (`aws_cloudwatch_event_rule.health_elb`).' })
    const otherProvider = context({ loadBalancers: [{ ...unnamed, placement: 'aws.virginia' }], health: { regions: new Map(), placements: new Map([['aws.ireland', healthRule.address]]), unknown: [], untargeted: [] } })
    expect(rule.check(otherProvider).verdict).toBe('fail')
  })

  it('passes with a managed notification that covers every region, or a declared organization-wide monitor', () => {
    const everywhere = rule.check(context({ loadBalancers: [inVirginia], health: { regions: new Map(), placements: new Map(), everywhere: 'aws_notifications_managed_notification_account_contact_association.health', unknown: [], untargeted: [] } }))
    expect(seen(everywhere)).toEqual({ verdict: 'pass', message: 'AWS Health events reach people in every region (`aws_notifications_managed_notification_account_contact_association.health`).' })
    const declared = rule.check(context({ loadBalancers: [inVirginia] }, { organizationHealthMonitoring: 'Org Health → PagerDuty' }))
    expect(seen(declared)).toEqual({ verdict: 'pass', message: 'AWS Health is monitored organization-wide: `Org Health → PagerDuty` (declared in the configuration).' })
  })
})
