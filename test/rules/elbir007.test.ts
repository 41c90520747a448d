// ELBIR007 over facts built by hand: Shield engagement, without a plan.
import { describe, expect, it } from 'vitest'
import { awsEngagementReady } from '../../src/rules/elbir007-aws-engagement-ready.js'
import { context, instance, known, loadBalancer, seen, UNKNOWN } from './facts.js'

const rule = awsEngagementReady
const lbs = [loadBalancer('aws_lb.web', null)]
const engagement = instance('aws_shield_proactive_engagement.this')

describe('ELBIR007 aws-engagement-ready, from model facts', () => {
  it('passes with proactive engagement enabled, or with the SRT granted access', () => {
    expect(seen(rule.check(context({ loadBalancers: lbs, shield: { proactive: [{ resource: engagement, enabled: known(true) }], drtAccess: [] } })))).toEqual({
      verdict: 'pass',
      message: 'Shield Advanced proactive engagement is enabled (`aws_shield_proactive_engagement.this`): the Shield Response Team contacts your emergency contacts.'
    })
    const drt = instance('aws_shield_drt_access_role_arn_association.srt')
    expect(seen(rule.check(context({ loadBalancers: lbs, shield: { proactive: [], drtAccess: [drt] } })))).toEqual({ verdict: 'pass', message: 'The Shield Response Team is granted access (`aws_shield_drt_access_role_arn_association.srt`).' })
  })

  it('is unknown while `enabled` is known only after apply, blaming it; fails when nothing engages AWS', () => {
    expect(seen(rule.check(context({ loadBalancers: lbs, shield: { proactive: [{ resource: engagement, enabled: UNKNOWN }], drtAccess: [] } })))).toEqual({
      verdict: 'unknown',
      message: 'Whether Shield proactive engagement is enabled (`aws_shield_proactive_engagement.this`) is known only after apply.',
      target: 'aws_shield_proactive_engagement.this',
      attribute: ['enabled']
    })
    expect(rule.check(context({ loadBalancers: lbs, shield: { proactive: [{ resource: engagement, enabled: known(false) }], drtAccess: [] } })).verdict).toBe('fail')
  })
})
