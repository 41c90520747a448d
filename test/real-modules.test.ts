// Public modules as people use them (terraform-aws-modules, cloudposse, trussworks and others), planned
// by Terraform from their own examples (see each folder's SOURCE.md). The verdicts follow the AWS facts
// in the reference (aws-elb-facts.md): the ELB account of eu-west-1 is 156460612806 (A.4); NLB logs need
// `delivery.logs.amazonaws.com` (A.3); the bucket must be in the load balancer's region with SSE-S3 or,
// for NLB, a customer managed key (A.3); EventBridge delivers Health events in the rule's region only.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { lacks, REAL_MODULES } from './helpers/shared.js'
import { messageOf } from './helpers/report.js'

const MODULES = REAL_MODULES.path

type Verdicts = Record<string, string>
interface Expected {
  /** address (or `plan`) → rule → verdict */
  verdicts: Record<string, Verdicts>
  /** rule → text its plan-wide message must hold */
  messages?: Record<string, string>
}

const EXPECTED: Record<string, Expected> = {
  // terraform-aws-modules/alb v9 feeds `dynamic "access_logs"` from `access_logs = { bucket =
  // module.log_bucket.s3_bucket_id }`; s3-bucket merges its ELB and log-delivery policies with
  // `source_policy_documents`, and its output names the bucket through the policy (so the policy comes
  // first). The provider's region is `local.region`; the module's `data "aws_region" "current"` names it.
  'tam-alb-v9-complete-alb': {
    verdicts: {
      'module.alb.aws_lb.this[0]': { ELBIR001: 'pass', ELBIR002: 'pass', ELBIR003: 'fail', ELBIR004: 'fail', ELBIR005: 'fail', ELBIR009: 'not-applicable' },
      plan: { ELBIR006: 'fail' }
    },
    messages: { ELBIR006: '`eu-west-1`' }
  },
  'tam-alb-v9-complete-nlb': {
    verdicts: {
      'module.nlb.aws_lb.this[0]': { ELBIR001: 'pass', ELBIR002: 'pass', ELBIR003: 'fail', ELBIR004: 'fail', ELBIR008: 'pass' },
      plan: { ELBIR006: 'fail' }
    },
    messages: { ELBIR006: '`eu-west-1`' }
  },
  // The HTTPS listener's `dynamic "mutual_authentication"` is known only after apply; it is fed the
  // trust store, which AWS attaches only to a listener that verifies client certificates. Connection
  // logs are on.
  'tam-alb-v9-mutual-auth-alb': {
    verdicts: { 'module.alb.aws_lb.this[0]': { ELBIR001: 'pass', ELBIR002: 'pass', ELBIR003: 'fail', ELBIR009: 'pass' } }
  },
  'tam-alb-v9-readme-usage': {
    verdicts: {
      'module.alb.aws_lb.this[0]': { ELBIR001: 'pass', ELBIR002: 'not-applicable', ELBIR003: 'pass' },
      'module.nlb.aws_lb.this[0]': { ELBIR001: 'pass', ELBIR002: 'not-applicable', ELBIR008: 'pass' }
    }
  },
  // terraform-aws-modules/elb: a classic ELB in a nested module, `dynamic "access_logs"` fed through
  // two modules' `access_logs` inputs.
  'tam-elb-complete': {
    verdicts: { 'module.elb.module.elb.aws_elb.this[0]': { ELBIR001: 'pass', ELBIR002: 'pass', ELBIR003: 'fail', ELBIR004: 'fail' } }
  },
  // Three ALB v9 modules, one through the module's wrapper (for_each over `items`), all logging to one
  // s3-bucket v4 bucket whose output does not pass through the policy; the module calls
  // `depends_on = [module.log_bucket]`, which orders them after the policy. The EKS Karpenter module's
  // Health rule is in the same provider, so the same region.
  'tam-platform-karpenter': {
    verdicts: {
      'module.public_alb.aws_lb.this[0]': { ELBIR002: 'pass', ELBIR004: 'pass' },
      'module.partner_nlb.aws_lb.this[0]': { ELBIR002: 'pass', ELBIR004: 'pass', ELBIR008: 'pass' },
      'module.internal_lbs.module.wrapper["mqtt"].aws_lb.this[0]': { ELBIR002: 'pass', ELBIR008: 'fail' },
      'module.internal_lbs.module.wrapper["admin"].aws_lb.this[0]': { ELBIR001: 'fail' },
      plan: { ELBIR006: 'pass' }
    }
  },
  // v8 of the module writes no access_logs unless asked: the examples leave them off.
  'tam-alb-v8-complete-alb': { verdicts: { 'module.alb.aws_lb.this[0]': { ELBIR001: 'fail' } } },
  // cloudposse's Health module ships EC2 rules only: ELB events reach nobody.
  'cloudposse-alb-health-events': { verdicts: { plan: { ELBIR006: 'fail' } }, messages: { ELBIR006: '`us-east-2`' } },
  'justtrack-alb-glue': {
    verdicts: { 'module.alb.module.alb.aws_lb.this[0]': { ELBIR001: 'pass', ELBIR002: 'not-applicable', ELBIR005: 'pass' } }
  },
  // The bucket is chosen inside the module's `dynamic "access_logs"` from its own inner module (no input
  // of the block's name feeds it): the plan does not show which bucket it is.
  'cn-terraform-ecs-alb-complete': { verdicts: { 'module.load_balancer.aws_lb.lb': { ELBIR001: 'pass', ELBIR002: 'unknown' } } },
  'moj-loadbalancer-unit-test': { verdicts: { 'module.lb_access_logs_enabled.aws_lb.loadbalancer': { ELBIR001: 'pass', ELBIR002: 'unknown' } } }
}

describe.skipIf(lacks(REAL_MODULES, 'real public modules'))('real public modules', () => {
  it.each(Object.entries(EXPECTED))('%s', async (folder, expected) => {
    const plan = parsePlanBytes(readFileSync(join(MODULES, folder, 'plan.json')), `${folder}/plan.json`)
    const report = await checkPlans([plan])
    for (const [address, verdicts] of Object.entries(expected.verdicts)) {
      for (const [ruleId, verdict] of Object.entries(verdicts)) {
        const result = report.results.find((r) => r.ruleId === ruleId && r.address === (address === 'plan' ? null : address))
        expect({ address, ruleId, verdict: result?.verdict, message: result && messageOf(report, result).split('\n')[0] }).toMatchObject({ address, ruleId, verdict })
      }
    }
    for (const [ruleId, text] of Object.entries(expected.messages ?? {})) {
      const result = report.results.find((r) => r.ruleId === ruleId)
      expect(result && messageOf(report, result)).toContain(text)
    }
  })
})
