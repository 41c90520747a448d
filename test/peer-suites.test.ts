// Other scanners' own test inputs for the access-logging rule, planned by Terraform. The peers disagree
// on these; the verdicts below follow the AWS facts (aws_lb defaults `enabled` to false, aws_elb to
// true, gateway LBs have no access logs, NLBs log only TLS listeners, an empty plan list is no block).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { PEER_PLANS, lacks } from './helpers/shared.js'

const PEERS = PEER_PLANS.path
const noPeerPlans = lacks(PEER_PLANS, "peer scanners' test plans")

const EXPECTED: Record<string, Record<string, Partial<Record<'ELBIR001' | 'ELBIR002' | 'ELBIR008', string>>>> = {
  '_matrix': {
    'aws_lb.alb_block_no_enabled': { ELBIR001: 'fail' },
    'aws_lb.alb_enabled_false': { ELBIR001: 'fail' },
    'aws_lb.alb_enabled_true': { ELBIR001: 'pass' },
    'aws_lb.alb_enabled_var': { ELBIR001: 'pass' },
    'aws_lb.alb_no_block': { ELBIR001: 'fail' },
    'aws_lb.gwlb_no_block': { ELBIR001: 'not-applicable', ELBIR008: 'not-applicable' },
    'aws_lb.implicit_type_no_block': { ELBIR001: 'fail' },
    'aws_lb.nlb_enabled_true_tcp_only': { ELBIR001: 'pass', ELBIR008: 'fail' },
    'aws_lb.nlb_enabled_true_tls': { ELBIR001: 'pass', ELBIR008: 'pass' },
    'aws_lb.nlb_no_block': { ELBIR001: 'fail', ELBIR008: 'not-applicable' },
    'aws_alb.alias_enabled_true': { ELBIR001: 'pass' },
    'aws_alb.alias_no_block': { ELBIR001: 'fail' },
    'aws_elb.block_no_enabled': { ELBIR001: 'pass' },
    'aws_elb.enabled_false': { ELBIR001: 'fail' },
    'aws_elb.enabled_true': { ELBIR001: 'pass' },
    'aws_elb.enabled_var': { ELBIR001: 'fail' },
    'aws_elb.no_block': { ELBIR001: 'fail' }
  },
  'checkov/CKV_AWS_91': {
    'aws_lb.default': { ELBIR001: 'fail' },
    'aws_lb.disabled': { ELBIR001: 'fail' },
    'aws_lb.enabled': { ELBIR001: 'pass', ELBIR008: 'fail' },
    'aws_lb.gateway': { ELBIR001: 'not-applicable' },
    'aws_lb.only_bucket': { ELBIR001: 'fail' },
    'aws_alb.default': { ELBIR001: 'fail' },
    'aws_alb.disabled': { ELBIR001: 'fail' },
    'aws_alb.enabled': { ELBIR001: 'pass' },
    'aws_alb.only_bucket': { ELBIR001: 'fail' }
  },
  // Checkov passes these, but the bucket has no policy: ELB cannot write and the apply fails.
  'checkov/CKV_AWS_92/test_success_elb_1': { 'aws_elb.test': { ELBIR001: 'pass', ELBIR002: 'fail' } },
  'checkov/CKV_AWS_92/test_success_elb_2': { 'aws_elb.test': { ELBIR001: 'pass', ELBIR002: 'fail' } },
  // Checkov's plan mode passes an empty access_logs list (a false negative); it is no block at all.
  'checkov/CKV_AWS_92/test_failure_elb_1': { 'aws_elb.test': { ELBIR001: 'fail' } },
  'checkov/CKV_AWS_92/test_failure_elb_2': { 'aws_elb.test': { ELBIR001: 'fail' } },
  'cdk-nag/ELBLoggingEnabled/Compliance': {
    'aws_lb.rALB': { ELBIR001: 'pass', ELBIR002: 'fail' },
    'aws_lb.rNLB': { ELBIR001: 'pass', ELBIR002: 'fail', ELBIR008: 'fail' },
    'aws_elb.rELB': { ELBIR001: 'pass' }
  },
  'cdk-nag/ELBLoggingEnabled/Noncompliance_1': { 'aws_elb.rELB': { ELBIR001: 'fail' } },
  'cdk-nag/ELBLoggingEnabled/Noncompliance_2': { 'aws_lb.rALB': { ELBIR001: 'fail' } },
  'kics/elb_access_logging_disabled/positive1': { 'aws_elb.postive1': { ELBIR001: 'fail' } },
  'kics/elb_access_logging_disabled/positive2': { 'aws_elb.postive2': { ELBIR001: 'fail' } },
  'kics/elb_access_logging_disabled/positive3': { 'module.elb_http.module.elb.aws_elb.this[0]': { ELBIR001: 'fail' } },
  'kics/elb_access_logging_disabled/positive4': { 'module.elb_http.module.elb.aws_elb.this[0]': { ELBIR001: 'fail' } },
  'kics/elb_access_logging_disabled/negative1': { 'aws_elb.negative1': { ELBIR001: 'pass' } },
  'kics/elb_access_logging_disabled/negative2': { 'aws_elb.negative2': { ELBIR001: 'pass' } },
  'kics/elb_access_logging_disabled/negative3': { 'module.elb_http.module.elb.aws_elb.this[0]': { ELBIR001: 'pass' } },
  'kics/elb_access_logging_disabled/negative4': { 'module.elb_http.module.elb.aws_elb.this[0]': { ELBIR001: 'pass' } },
  'kics/elbv2_lb_access_log_disabled/positive1': { 'aws_lb.test': { ELBIR001: 'fail' } },
  'kics/elbv2_lb_access_log_disabled/positive2': { 'aws_lb.test': { ELBIR001: 'fail' } },
  'sonar-iac/S6258': {
    'aws_lb.block_without_enabled': { ELBIR001: 'fail' },
    'aws_lb.explicit_false': { ELBIR001: 'fail' },
    'aws_lb.no_block': { ELBIR001: 'fail' },
    'aws_elb.block_without_enabled': { ELBIR001: 'pass' },
    'aws_elb.explicit_false': { ELBIR001: 'fail' },
    'aws_elb.no_block': { ELBIR001: 'fail' }
  }
}

describe.skipIf(noPeerPlans)("peer scanners' test plans", () => {
  it.each(Object.entries(EXPECTED))('%s', async (folder, expected) => {
    const plan = parsePlanBytes(readFileSync(join(PEERS, folder, 'plan.json')), `${folder}/plan.json`)
    const report = await checkPlans([plan])
    expect(report.loadBalancers.map((lb) => lb.address).sort()).toEqual(Object.keys(expected).sort())
    for (const [address, verdicts] of Object.entries(expected)) {
      for (const [ruleId, verdict] of Object.entries(verdicts)) {
        expect({ address, ruleId, verdict: report.results.find((r) => r.address === address && r.ruleId === ruleId)?.verdict }).toEqual({ address, ruleId, verdict })
      }
    }
  })
})
