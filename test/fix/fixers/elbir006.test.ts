// ELBIR006's fixer: per uncovered region an EventBridge rule on aws.health for ELB, through the root's
// provider for that region, with an SNS topic EventBridge may publish to.
import { describe, expect, it } from 'vitest'
import { coversElbHealth } from '../../../src/model/health.js'
import { blocksOf, editsOf, fixAll } from './harness.js'

describe('ELBIR006 fixer', () => {
  it('covers the region of a load balancer, in the root module, with a pattern the rule accepts', () => {
    const edits = editsOf(fixAll('ELBIR006/fail-cloudtrail-pattern'), 'ELBIR006')
    expect(edits.every((e) => e.kind === 'add-blocks' && e.modulePath.length === 0)).toBe(true)
    const blocks = blocksOf(edits)
    expect(blocks.get('|aws_cloudwatch_event_rule.elb_ir_health_eu_west_1')).toContain('"detail-type" = ["AWS Health Event"]')
    expect(coversElbHealth({ source: ['aws.health'], 'detail-type': ['AWS Health Event'], detail: { service: ['ELASTICLOADBALANCING'] } })).toBe(true)
    expect(blocks.get('|aws_cloudwatch_event_target.elb_ir_health_eu_west_1')).toContain('arn  = aws_sns_topic.elb_ir_health_eu_west_1.arn')
    expect(blocks.get('|data.aws_iam_policy_document.elb_ir_health_eu_west_1')).toContain('identifiers = ["events.amazonaws.com"]')
  })

  it('uses the root provider that places the uncovered region', () => {
    const blocks = blocksOf(editsOf(fixAll('ELBIR006/fail-two-regions-one-covered'), 'ELBIR006'))
    expect(blocks.get('|aws_cloudwatch_event_rule.elb_ir_health_us_east_1')).toContain('provider    = aws.us_east_1')
    expect([...blocks.keys()].some((key) => key.includes('eu_west_1'))).toBe(false)
    expect([...blocks.keys()].some((key) => key.startsWith('|provider.'))).toBe(false)
  })

  it('gives a rule that matches but tells nobody a target, rather than a second rule', () => {
    const blocks = blocksOf(editsOf(fixAll('ELBIR006/fail-rule-without-target'), 'ELBIR006'))
    expect(blocks.get('|aws_cloudwatch_event_target.elb_ir_health_eu_west_1')).toContain('rule = aws_cloudwatch_event_rule.health_elb.name')
    expect([...blocks.keys()].some((key) => key.includes('aws_cloudwatch_event_rule.'))).toBe(false)
  })
})
