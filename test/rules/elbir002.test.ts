// ELBIR002 over facts built by hand: a log bucket's region, encryption, policy and ordering, with no plan.
import { describe, expect, it } from 'vitest'
import type { Bucket, EncryptionSetting } from '../../src/model/model.js'
import { accessLogsDeliverable } from '../../src/rules/elbir002-access-logs-deliverable.js'
import { Attributes } from '../../src/model/value.js'
import { bucket, context, instance, known, loadBalancer, policy, seen } from './facts.js'

const rule = accessLogsDeliverable
const LABEL = '`acme-logs` (`aws_s3_bucket.logs`)'
const policyResource = instance('aws_s3_bucket_policy.logs')
const grant = (principal: object) => ({ Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Principal: principal, Resource: 'arn:aws:s3:::acme-logs/*' }] })
const elbAccountPolicy = policy(policyResource, grant({ AWS: 'arn:aws:iam::156460612806:root' }))
const deliveryServicePolicy = policy(policyResource, grant({ Service: 'delivery.logs.amazonaws.com' }))
const logBucket = (facts: Partial<Bucket> = {}) => bucket('aws_s3_bucket.logs', 'acme-logs', { policies: [elbAccountPolicy], ...facts })

function encryption(algorithm: string, kmsKey = ''): EncryptionSetting {
  const holder = instance('aws_s3_bucket_server_side_encryption_configuration.logs')
  return { holder, path: ['rule', 0, 'apply_server_side_encryption_by_default', 0], algorithm: known(algorithm), kmsKey: known(kmsKey), kmsKeyWritten: kmsKey !== '', customerKey: undefined }
}

describe('ELBIR002 access-logs-deliverable, from model facts', () => {
  it('passes for a bucket in the same region, SSE-S3 by default, that grants the regional ELB account', () => {
    const lb = loadBalancer('aws_lb.web', logBucket())
    expect(seen(rule.check(lb, context()))).toEqual({ verdict: 'pass', message: `${LABEL} is in the same region, uses a supported encryption and grants the right principal.` })
  })

  it('fails for a bucket in another region, blaming its name, or its own region argument when written', () => {
    const away = logBucket({ region: 'us-east-1' })
    const outcome = rule.check(loadBalancer('aws_lb.web', away), context())
    expect(seen(outcome)).toEqual({
      verdict: 'fail',
      message: `Logs cannot be delivered to ${LABEL}: the bucket is in \`us-east-1\` but the load balancer is in \`eu-west-1\`; ELB writes access logs only to a bucket in its own region.`,
      target: 'aws_s3_bucket.logs',
      attribute: ['bucket']
    })
    expect(outcome.fix).toContain('provider = aws.eu_west_1')
    expect(rule.check(loadBalancer('aws_lb.web', { ...away, regionWritten: true }), context()).attribute).toEqual(['region'])
  })

  it('is unknown while the bucket region is known only after apply', () => {
    const outcome = rule.check(loadBalancer('aws_lb.web', logBucket({ region: 'unknown' })), context())
    expect(seen(outcome)).toEqual({ verdict: 'unknown', message: `Delivery to ${LABEL} depends on values known only after apply: the region of the bucket or the load balancer.` })
  })

  it('fails an ALB whose bucket uses SSE-KMS, with the one-line fix on sse_algorithm', () => {
    const outcome = rule.check(loadBalancer('aws_lb.web', logBucket({ encryption: [encryption('aws:kms')] })), context())
    expect(seen(outcome)).toMatchObject({
      verdict: 'fail',
      target: 'aws_s3_bucket_server_side_encryption_configuration.logs',
      attribute: ['rule', 0, 'apply_server_side_encryption_by_default', 0, 'sse_algorithm'],
      lineFix: 'sse_algorithm = "AES256"'
    })
    expect(unquoteMessage(outcome.message)).toContain('the bucket is encrypted with `aws:kms`; Application Load Balancers support only SSE-S3')
  })

  it('fails an NLB whose bucket uses the AWS managed key, and judges a customer managed key by its key policy', () => {
    const nlbBucket = logBucket({ policies: [deliveryServicePolicy], encryption: [encryption('aws:kms')] })
    const managed = rule.check(loadBalancer('aws_lb.edge', nlbBucket, { kind: 'network' }), context())
    expect(seen(managed)).toMatchObject({ verdict: 'fail', attribute: ['rule', 0, 'apply_server_side_encryption_by_default', 0, 'sse_algorithm'] })
    expect(unquoteMessage(managed.message)).toContain('the bucket uses SSE-KMS with the AWS managed key aws/s3 (no kms_master_key_id)')

    const key = instance('aws_kms_key.logs')
    const keyPolicy = policy(key, { Statement: [{ Effect: 'Allow', Action: 'kms:*', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Resource: '*' }] }, true)
    const customer = { ...encryption('aws:kms', 'arn:aws:kms:eu-west-1:444455556666:key/1'), customerKey: { instance: key, policies: [keyPolicy] } }
    const withoutDelivery = rule.check(loadBalancer('aws_lb.edge', logBucket({ policies: [deliveryServicePolicy], encryption: [customer] }), { kind: 'network' }), context())
    expect(seen(withoutDelivery)).toMatchObject({ verdict: 'fail', target: 'aws_kms_key.logs', attribute: ['policy'] })
    expect(unquoteMessage(withoutDelivery.message)).toContain("the bucket's KMS key `aws_kms_key.logs` has a key policy that does not let delivery.logs.amazonaws.com use it")

    const granting = policy(key, { Statement: [{ Effect: 'Allow', Action: 'kms:GenerateDataKey*', Principal: { Service: 'delivery.logs.amazonaws.com' }, Resource: '*' }] }, true)
    const good = { ...customer, customerKey: { instance: key, policies: [granting] } }
    expect(rule.check(loadBalancer('aws_lb.edge', logBucket({ policies: [deliveryServicePolicy], encryption: [good] }), { kind: 'network' }), context()).verdict).toBe('pass')
  })

  it('fails a bucket without a policy, blaming the bucket, and an NLB whose policy grants only the ELB account', () => {
    const none = rule.check(loadBalancer('aws_lb.web', logBucket({ policies: [] })), context())
    expect(seen(none)).toEqual({
      verdict: 'fail',
      message: `Logs cannot be delivered to ${LABEL}: the bucket has no bucket policy, so ELB cannot write to it; it needs s3:PutObject for the ELB account 156460612806 of \`eu-west-1\` or the service logdelivery.elasticloadbalancing.amazonaws.com.`,
      target: 'aws_s3_bucket.logs',
      attribute: []
    })
    const wrongPrincipal = rule.check(loadBalancer('aws_lb.edge', logBucket(), { kind: 'network' }), context())
    expect(seen(wrongPrincipal)).toEqual({
      verdict: 'fail',
      message: `Logs cannot be delivered to ${LABEL}: the bucket policy does not grant s3:PutObject to the service delivery.logs.amazonaws.com (NLB) (it grants \`arn:aws:iam::156460612806:root\`, which Application and Classic Load Balancers use).`,
      target: 'aws_s3_bucket_policy.logs',
      attribute: ['policy']
    })
  })

  it('is unknown while the policy statements are known only after apply', () => {
    const outcome = rule.check(loadBalancer('aws_lb.web', logBucket({ policies: [policy(policyResource, 'unknown')] })), context())
    expect(seen(outcome)).toEqual({ verdict: 'unknown', message: `Delivery to ${LABEL} depends on values known only after apply: the bucket policy.` })
  })

  it('fails a new load balancer that does not depend on the new bucket policy, with a depends_on fix', () => {
    const withPolicy = logBucket()
    withPolicy.companions.set('aws_s3_bucket_policy', [policyResource])
    const unordered = rule.check(loadBalancer('aws_lb.web', withPolicy), context())
    expect(seen(unordered)).toEqual({
      verdict: 'fail',
      message: `Logs cannot be delivered to ${LABEL}: the load balancer does not depend on \`aws_s3_bucket_policy.logs\`, so Terraform may create it first; ELB then checks the bucket, finds no permission, and the apply fails.`,
      attribute: []
    })
    expect(unordered.fix).toBe('depends_on = [aws_s3_bucket_policy.logs]')
    expect(rule.check(loadBalancer('aws_lb.web', withPolicy, { dependencies: [policyResource] }), context()).verdict).toBe('pass')
  })

  it('judges the prefix even when the bucket is known only after apply', () => {
    const unknownBucket = loadBalancer('aws_lb.web', null, { s3Logging: 'yes', logDestination: { kind: 'unknown' }, accessLogsBlock: null })
    expect(seen(rule.check(unknownBucket, context()))).toEqual({ verdict: 'unknown', message: 'The log bucket is known only after apply and cannot be matched to a bucket in the plan.', attribute: ['access_logs', 0, 'bucket'] })
    const awsLogsPrefix = { ...unknownBucket, accessLogsBlock: new Attributes({ enabled: true, prefix: 'AWSLogs/web' }, undefined, undefined) }
    expect(seen(rule.check(awsLogsPrefix, context()))).toEqual({
      verdict: 'fail',
      message: 'Logs cannot be delivered to the log bucket: the prefix `AWSLogs/web` contains "AWSLogs", which ELB refuses (it adds AWSLogs/<account-id>/ itself).',
      attribute: ['access_logs', 0, 'prefix'],
      lineFix: 'prefix = "web"'
    })
  })
})

function unquoteMessage(message: string): string {
  return seen({ verdict: 'fail', message }).message
}
