// The resources that make an S3 bucket a fit home for access logs (ELBIR002, ELBIR004): each is a
// separate resource of provider v4+, named after the bucket, written beside it in its module.
import type { Settings } from '../../config/settings.js'
import { attribute, blank, hclString, list, nested, renderBlock, type BodyItem } from './hcl.js'

/** How long logs are kept when the configuration does not say (`retentionDays`). */
export const DEFAULT_RETENTION_DAYS = 365

export function retentionDays(settings: Settings): number {
  return settings.retentionDays ?? DEFAULT_RETENTION_DAYS
}

/** The bucket a resource configures: its id, through the provider of the bucket. */
export interface BucketTarget {
  /** The name the new resources take (`elb_ir_logs`). */
  name: string
  /** The bucket's id as an expression of its module (`aws_s3_bucket.logs.id`). */
  id: string
  provider: string | undefined
}

function resource(type: string, target: BucketTarget, body: BodyItem[]): { key: string; text: string } {
  const head = [...(target.provider ? [attribute('provider', target.provider)] : []), attribute('bucket', target.id)]
  const rest = body.length > 0 && body[0].kind === 'block' ? [blank, ...body] : body
  return { key: `${type}.${target.name}`, text: renderBlock('resource', [type, target.name], [...head, ...rest]) }
}

export function publicAccessBlock(target: BucketTarget) {
  return resource('aws_s3_bucket_public_access_block', target, ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map((name) => attribute(name, 'true')))
}

/** ACLs off: the bucket owner owns every log object, whoever delivered it. */
export function ownershipControls(target: BucketTarget) {
  return resource('aws_s3_bucket_ownership_controls', target, [nested('rule', [attribute('object_ownership', hclString('BucketOwnerEnforced'))])])
}

/** Overwritten or deleted log objects stay recoverable. */
export function versioning(target: BucketTarget) {
  return resource('aws_s3_bucket_versioning', target, [nested('versioning_configuration', [attribute('status', hclString('Enabled'))])])
}

/** SSE-S3: the one encryption every kind of load balancer can write to. */
export function sseS3(target: BucketTarget) {
  const byDefault = nested('apply_server_side_encryption_by_default', [attribute('sse_algorithm', hclString('AES256'))])
  return resource('aws_s3_bucket_server_side_encryption_configuration', target, [nested('rule', [byDefault])])
}

/** Logs, and their old versions, expire after the retention period. */
export function lifecycle(target: BucketTarget, days: number) {
  const rule = nested('rule', [
    attribute('id', hclString('elb-ir-log-retention')),
    attribute('status', hclString('Enabled')),
    blank,
    nested('filter', []),
    blank,
    nested('expiration', [attribute('days', String(days))]),
    blank,
    nested('noncurrent_version_expiration', [attribute('noncurrent_days', String(days))])
  ])
  return resource('aws_s3_bucket_lifecycle_configuration', target, [rule])
}

/** The bucket policy, after the public access block (S3 refuses concurrent changes to one bucket). */
export function bucketPolicy(target: BucketTarget, document: string, after: string[]) {
  const body: BodyItem[] = [attribute('policy', `${document}.json`)]
  if (after.length > 0) body.push(blank, attribute('depends_on', list(after)))
  return resource('aws_s3_bucket_policy', target, body)
}
