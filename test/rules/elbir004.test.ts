// ELBIR004 over facts built by hand: the log bucket's companions, policies and inline settings.
import { describe, expect, it } from 'vitest'
import type { Bucket } from '../../src/model/model.js'
import { accessLogsProtected } from '../../src/rules/elbir004-access-logs-protected.js'
import { bucket, context, instance, known, loadBalancer, policy, seen } from './facts.js'

const rule = accessLogsProtected
const DENY_PLAIN_HTTP = { Statement: [{ Effect: 'Deny', Action: 's3:*', Principal: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }

/** A log bucket with every protection, named and placed as given. */
function protectedBucket(address: string, facts: Partial<Bucket> = {}): Bucket {
  const prefix = address.slice(0, address.lastIndexOf('aws_s3_bucket.'))
  const companion = (type: string, values: Record<string, unknown>) => instance(`${prefix}${type}.logs`, values as never)
  const policyResource = companion('aws_s3_bucket_policy', {})
  return bucket(address, 'acme-logs', { policies: [policy(policyResource, DENY_PLAIN_HTTP)], ...facts }, {
    aws_s3_bucket_public_access_block: [companion('aws_s3_bucket_public_access_block', { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true })],
    aws_s3_bucket_versioning: [companion('aws_s3_bucket_versioning', { versioning_configuration: [{ status: 'Enabled' }] })],
    aws_s3_bucket_policy: [policyResource],
    aws_s3_bucket_ownership_controls: [companion('aws_s3_bucket_ownership_controls', { rule: [{ object_ownership: 'BucketOwnerEnforced' }] })],
    aws_s3_bucket_lifecycle_configuration: [companion('aws_s3_bucket_lifecycle_configuration', { rule: [{ status: 'Enabled', expiration: [{ days: 400 }] }] })]
  })
}

describe('ELBIR004 access-logs-protected, from model facts', () => {
  it('passes a bucket with every protection', () => {
    const outcome = rule.check(loadBalancer('aws_lb.web', protectedBucket('aws_s3_bucket.logs')), context())
    expect(seen(outcome)).toEqual({ verdict: 'pass', message: '`acme-logs` (`aws_s3_bucket.logs`) blocks public access, keeps versions, requires TLS, enforces bucket ownership and expires logs by a lifecycle rule.' })
  })

  it('fails without a TLS-only statement, and the fix names the bucket as its own module writes it', () => {
    const cases = [
      ['aws_s3_bucket.alb_logs', 'aws_s3_bucket.alb_logs'],
      ['module.edge.aws_s3_bucket.access_logs', 'aws_s3_bucket.access_logs'],
      ['module.site["eu"].aws_s3_bucket.logs[0]', 'aws_s3_bucket.logs[0]']
    ]
    for (const [address, reference] of cases) {
      const withoutTls = protectedBucket(address)
      withoutTls.policies = [policy(withoutTls.policies[0].holder, { Statement: [] })]
      const outcome = rule.check(loadBalancer('aws_lb.web', withoutTls), context())
      expect(seen(outcome), address).toMatchObject({ verdict: 'fail', target: withoutTls.policies[0].holder.address, attribute: ['policy'] })
      expect(outcome.message, address).toContain('lacks a policy statement that denies requests without TLS (aws:SecureTransport = false).')
      expect(outcome.fix, address).toContain(`resources = [${reference}.arn, "\${${reference}.arn}/*"]`)
      expect(outcome.fix, address).not.toContain('aws_s3_bucket.logs.arn')
    }
  })

  it('ignores a TLS statement in the bucket\'s inline policy, as before (only aws_s3_bucket_policy counts)', () => {
    const inlineOnly = protectedBucket('aws_s3_bucket.logs')
    inlineOnly.policies = [policy(inlineOnly.policies[0].holder, { Statement: [] }), policy(inlineOnly.instance, DENY_PLAIN_HTTP, true)]
    expect(rule.check(loadBalancer('aws_lb.web', inlineOnly), context()).verdict).toBe('fail')
  })

  it('takes versioning and lifecycle rules written inside aws_s3_bucket', () => {
    const inline = protectedBucket('aws_s3_bucket.logs', { inline: { versioning: known(true), lifecycleRules: [] } })
    inline.companions.delete('aws_s3_bucket_versioning')
    expect(rule.check(loadBalancer('aws_lb.web', inline), context()).verdict).toBe('pass')
    const off = { ...inline, inline: { versioning: known(false), lifecycleRules: [] } }
    const outcome = rule.check(loadBalancer('aws_lb.web', off), context())
    expect(seen(outcome)).toMatchObject({ verdict: 'fail', message: '`acme-logs` (`aws_s3_bucket.logs`) lacks versioning or object lock.', target: 'aws_s3_bucket.logs', attribute: [] })
  })

  it('blames the setting that is off, with its line fix', () => {
    const partial = protectedBucket('aws_s3_bucket.logs')
    partial.companions.set('aws_s3_bucket_public_access_block', [instance('aws_s3_bucket_public_access_block.logs', { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: false })])
    expect(seen(rule.check(loadBalancer('aws_lb.web', partial), context()))).toEqual({
      verdict: 'fail',
      message: '`acme-logs` (`aws_s3_bucket.logs`) lacks a full public access block (restrict_public_buckets not true).',
      target: 'aws_s3_bucket_public_access_block.logs',
      attribute: ['restrict_public_buckets'],
      lineFix: 'restrict_public_buckets = true'
    })
  })
})
