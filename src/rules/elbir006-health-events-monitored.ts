import { fail, GUIDE, notApplicable, pass, unknown, type Outcome, type PlanRule, type RuleContext } from './types.js'
import { quote } from '../util/quoted.js'

/** EventBridge pattern matching lives with the model, which resolves Health coverage once per plan. */
export { coversElbHealth } from '../model/health.js'

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
    const coverage = model.health
    const regions = new Set<string>()
    let regionUnknown = false
    // A rule placed by the same provider configuration as the load balancer is in its region, named or not.
    const sameProvider = new Set<string>()
    for (const lb of lbs) {
      const byProvider = lb.placement === undefined ? undefined : coverage.placements.get(lb.placement)
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
    if (coverage.unknown.length > 0) return unknown(`Whether ${coverage.unknown.map((rule) => quote(rule.address)).join(', ')} match ELB Health events is known only after apply.`, { target: coverage.unknown[0], attribute: ['event_pattern'] })
    const where = missing.length > 0 ? ` in ${missing.map(quote).join(', ')}` : ''
    const notes = coverage.untargeted.map((rule) => ` ${quote(rule.address)} matches the events but has no aws_cloudwatch_event_target, so nobody is told.`).join('')
    return fail(`No EventBridge or User Notifications rule routes AWS Health events for ELB to a target${where}.${notes}`, {
      target: coverage.untargeted[0],
      attribute: coverage.untargeted[0] ? [] : undefined,
      fix: `resource "aws_cloudwatch_event_rule" "elb_health" {\n  name = "elb-health-events"\n  event_pattern = jsonencode({\n    source        = ["aws.health"]\n    "detail-type" = ["AWS Health Event"]\n    detail        = { service = ["ELASTICLOADBALANCING"] }\n  })\n}\n\nresource "aws_cloudwatch_event_target" "elb_health" {\n  rule = aws_cloudwatch_event_rule.elb_health.name\n  arn  = aws_sns_topic.incident_response.arn\n}`
    })
  }
}
