// The facts the model resolves once per plan, from plans Terraform made: what the rules decide over.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildModel, type PlanModel } from '../src/model/model.js'
import { parsePlanBytes } from '../src/plan/load.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rules')
const modelOf = (fixture: string): PlanModel => buildModel(parsePlanBytes(readFileSync(join(FIXTURES, fixture, 'plan.json')), 'plan.json'))
const bucketOf = (model: PlanModel, address: string) => model.buckets.find((b) => b.instance.address === address)!

describe('facts of a bucket', () => {
  it('its region, and whether the bucket itself says it', () => {
    const bucket = bucketOf(modelOf('ELBIR002/fail-other-region'), 'aws_s3_bucket.logs')
    expect({ region: bucket.region, regionWritten: bucket.regionWritten }).toEqual({ region: 'us-east-1', regionWritten: false })
  })

  it('the account its provider assumes a role in', () => {
    const model = modelOf('ELBIR003/pass-assume-role-provider')
    expect(model.loadBalancers[0].logDestination).toMatchObject({ kind: 'in-plan' })
    const destination = model.loadBalancers[0].logDestination
    expect(destination?.kind === 'in-plan' ? destination.bucket.account : null).toBe('999988887777')
    expect(model.loadBalancers[0].account).toBeUndefined()
  })

  it('its encryption, and the customer managed key with its key policies', () => {
    const aesless = bucketOf(modelOf('ELBIR002/fail-alb-sse-kms'), 'aws_s3_bucket.logs')
    expect(aesless.encryption.map((e) => ({ holder: e.holder.address, algorithm: e.algorithm }))).toEqual([
      { holder: 'aws_s3_bucket_server_side_encryption_configuration.logs', algorithm: { kind: 'known', value: 'aws:kms', sensitive: false } }
    ])
    const [setting] = bucketOf(modelOf('ELBIR002/fail-nlb-kms-key-default-policy'), 'aws_s3_bucket.logs').encryption
    expect({ key: setting.customerKey?.instance.address, policies: setting.customerKey?.policies.length }).toEqual({ key: 'aws_kms_key.logs', policies: 0 })
  })

  it('its policies with their statements, the aws_s3_bucket_policy resources first', () => {
    const bucket = bucketOf(modelOf('ELBIR004/fail-no-tls-deny'), 'aws_s3_bucket.logs')
    expect(bucket.policies.map((p) => ({ holder: p.holder.address, inline: p.inline }))).toEqual([{ holder: 'aws_s3_bucket_policy.logs', inline: false }])
    const statements = bucket.policies[0].statements
    expect(Array.isArray(statements) && statements.map((s) => [s.effect, s.actions])).toEqual([['Allow', ['s3:PutObject']]])
  })
})

describe('facts of a load balancer', () => {
  it('its log prefix, with the references the configuration builds it from', () => {
    const [lb] = modelOf('ELBIR004/fail-no-tls-deny').loadBalancers
    expect(lb.logPrefix).toEqual({ value: { kind: 'known', value: 'web', sensitive: false }, references: ['local.log_prefix'] })
  })

  it('what it depends on', () => {
    const [lb] = modelOf('ELBIR004/fail-no-tls-deny').loadBalancers
    expect(lb.dependencies.map((d) => d.address)).toContain('aws_s3_bucket_policy.logs')
    const [unordered] = modelOf('ELBIR002/fail-no-ordering').loadBalancers
    expect(unordered.dependencies.map((d) => d.address)).not.toContain('aws_s3_bucket_policy.logs')
  })
})

describe('facts of the plan', () => {
  it('Health coverage by region, and by provider placement when the region is an expression', () => {
    expect(modelOf('ELBIR006/pass-health-elb-pattern').health.regions.size).toBeGreaterThan(0)
    const local = modelOf('ELBIR006/pass-provider-region-local')
    expect(local.health.regions.size).toBe(0)
    expect(local.loadBalancers[0].placement).toBe('aws')
    expect([...local.health.placements.keys()]).toEqual(['aws'])
    const untargeted = modelOf('ELBIR006/fail-rule-without-target').health
    expect(untargeted.untargeted.map((r) => r.address)).toEqual(['aws_cloudwatch_event_rule.health_elb'])
    expect(modelOf('ELBIR006/unknown-pattern').health.unknown.map((r) => r.address)).toEqual(['aws_cloudwatch_event_rule.health_web'])
  })

  it('analysis readers with the locations they name', () => {
    const readers = modelOf('ELBIR005/pass-glue-table').analysisReaders
    expect(readers.map((r) => [r.resource.address, r.locations.map((l) => l.path.join('.'))])).toEqual([
      ['aws_glue_catalog_table.web_alb_logs', ['storage_descriptor.0.location', 'parameters.storage.location.template']]
    ])
    expect(readers[0].locations[0].value).toMatchObject({ kind: 'known', value: expect.stringMatching(/^s3:\/\/.+\/AWSLogs\/444455556666\/elasticloadbalancing\/eu-west-1\/$/) })
  })

  it('Shield engagement', () => {
    const shield = modelOf('ELBIR007/unknown-proactive-enabled').shield
    expect(shield.proactive.map((p) => [p.resource.address, p.enabled.kind])).toEqual([['aws_shield_proactive_engagement.this', 'unknown']])
    expect(modelOf('ELBIR007/pass-drt-access-role').shield.drtAccess).toHaveLength(1)
  })
})
