import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatKey, formatModuleInstance, parseAddress } from '../src/model/address.js'
import { buildModel } from '../src/model/model.js'
import { policyStatements } from '../src/model/policy.js'
import { Attributes } from '../src/model/value.js'
import { classifyPlan, parsePlanBytes } from '../src/plan/load.js'

describe('Terraform addresses', () => {
  it('splits on the grammar, not on dots, keeping keys with dots, quotes and brackets', () => {
    const address = 'module.apps["api.v1"].module.logs[0].aws_s3_bucket.this["a \\"b\\" [c].d"]'
    const parsed = parseAddress(address)
    expect(parsed).toEqual({
      modules: [
        { name: 'apps', key: 'api.v1' },
        { name: 'logs', key: 0 }
      ],
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'this',
      index: 'a "b" [c].d'
    })
    expect(formatModuleInstance(parsed!.modules)).toBe('module.apps["api.v1"].module.logs[0]')
    expect(formatKey(parsed!.index!)).toBe('["a \\"b\\" [c].d"]')
  })

  it('reads data sources and rejects what is not an address', () => {
    expect(parseAddress('module.eks.data.aws_eks_addon_version.this["coredns"]')).toMatchObject({ mode: 'data', type: 'aws_eks_addon_version', index: 'coredns' })
    expect(parseAddress('aws_lb')).toBeNull()
    expect(parseAddress('module.x')).toBeNull()
    expect(parseAddress('aws_lb.web["unterminated]')).toBeNull()
  })
})

describe('planned values', () => {
  it('tell known, unknown-until-apply, absent and sensitive apart', () => {
    const attrs = new Attributes(
      { access_logs: [{ bucket: 'logs', enabled: true }], name: 'web', password: 'hunter2', subnets: [null, 'subnet-1'] },
      { access_logs: [{}], arn: true, subnets: [true, false] },
      { password: true }
    )
    expect(attrs.get(['access_logs', 0, 'enabled'])).toEqual({ kind: 'known', value: true, sensitive: false })
    expect(attrs.get(['arn'])).toEqual({ kind: 'unknown' })
    expect(attrs.get(['subnets', 0])).toEqual({ kind: 'unknown' })
    expect(attrs.get(['subnets', 1])).toMatchObject({ kind: 'known', value: 'subnet-1' })
    expect(attrs.get(['tags'])).toEqual({ kind: 'absent' })
    expect(attrs.get(['password'])).toMatchObject({ kind: 'known', sensitive: true })
    expect(attrs.block(['connection_logs'])).toBeNull()
    expect(new Attributes({}, { access_logs: true }, undefined).block(['access_logs'])).toBe('unknown')
  })

  it('do not let plan keys reach Object.prototype', () => {
    const attrs = new Attributes(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'), {}, {})
    expect(attrs.get(['polluted'])).toEqual({ kind: 'absent' })
    expect(attrs.get(['__proto__', 'polluted'])).toMatchObject({ kind: 'known', value: true })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('the model of a plan', () => {
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'rules')

  it('follows a module for_each input to each instance, keys with dots included', () => {
    const plan = parsePlanBytes(readFileSync(join(fixtures, 'ELBIR001', 'fail-module-for-each-mixed', 'plan.json')), 'plan.json')
    const model = buildModel(plan)
    const addresses = model.loadBalancers.map((lb) => lb.address)
    expect(addresses.some((a) => a.includes('["api.v1"]'))).toBe(true)
    expect(new Set(model.loadBalancers.map((lb) => lb.s3Logging))).toEqual(new Set(['yes', 'no']))
  })

  it('links an ALB to its log bucket, the bucket to its policy, and the LB to its region', () => {
    const plan = parsePlanBytes(readFileSync(join(fixtures, 'ELBIR002', 'pass-alb-elb-account', 'plan.json')), 'plan.json')
    const model = buildModel(plan)
    const lb = model.loadBalancers[0]
    expect(lb.logDestination?.kind).toBe('in-plan')
    if (lb.logDestination?.kind !== 'in-plan') return
    expect(lb.logDestination.bucket.companions.get('aws_s3_bucket_policy')?.length).toBe(1)
    expect(lb.region).toBe('eu-west-1')
  })

  it('merges a policy document from its source and override documents, replacing statements by sid', () => {
    const plan = parsePlanBytes(readFileSync(join(fixtures, 'ELBIR002', 'pass-override-policy-documents', 'plan.json')), 'plan.json')
    const model = buildModel(plan)
    const destination = model.loadBalancers[0].logDestination
    if (destination?.kind !== 'in-plan') throw new Error('the log bucket is in the plan')
    const statements = policyStatements(model.index, destination.bucket.companions.get('aws_s3_bucket_policy')![0])
    if (statements === 'unknown' || statements === null) throw new Error('the statements are known')
    // Sources: the ELB account grant and `LogDelivery` (delivery.logs); the override's `LogDelivery`
    // (the TLS deny) takes the place of the source statement with that sid.
    expect(statements.map((s) => [s.sid, s.effect, s.principals[0]?.ids])).toEqual([
      ['AllowELBAccessLogDelivery', 'Allow', ['arn:aws:iam::156460612806:root']],
      ['LogDelivery', 'Deny', ['*']]
    ])
  })

  it('places a load balancer by its module\'s dynamic block input and its provider\'s data "aws_region"', () => {
    const plan = parsePlanBytes(readFileSync(join(fixtures, 'ELBIR002', 'pass-module-dynamic-access-logs', 'plan.json')), 'plan.json')
    const lb = buildModel(plan).loadBalancers[0]
    expect(lb.logDestination?.kind === 'in-plan' && lb.logDestination.bucket.instance.address).toBe('module.log_bucket.aws_s3_bucket.this')
    const local = buildModel(parsePlanBytes(readFileSync(join(fixtures, 'ELBIR006', 'pass-region-from-data-aws-region', 'plan.json')), 'plan.json'))
    expect(local.loadBalancers[0].region).toBe('eu-west-1')
  })

  it('does not judge load balancers the plan destroys', () => {
    const plan = classifyPlan(
      {
        format_version: '1.2',
        resource_changes: [
          { address: 'aws_lb.old', mode: 'managed', type: 'aws_lb', name: 'old', change: { actions: ['delete'], before: { access_logs: [] }, after: null } },
          { address: 'aws_lb.kept', mode: 'managed', type: 'aws_lb', name: 'kept', change: { actions: ['no-op'], before: { access_logs: [] }, after: null, after_unknown: {} } }
        ]
      },
      'plan.json'
    )
    const model = buildModel(plan)
    expect(model.loadBalancers.map((lb) => lb.address)).toEqual(['aws_lb.kept'])
    // Terraform 1.0/1.1 print some no-ops with `after: null`: the object is the `before`.
    expect(model.loadBalancers[0].s3Logging).toBe('no')
  })
})
