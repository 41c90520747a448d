// Where a load balancer that writes no logs yet should write them: the Log Archive bucket the
// configuration names, else a new bucket beside the load balancer with everything delivery (ELBIR002)
// and protection (ELBIR004) ask for. ELBIR001, ELBIR002 (a bucket in the wrong region) and ELBIR009 share
// it, and being deterministic, two of them in one run plan the same blocks once.
import type { Settings } from '../../config/settings.js'
import type { LoadBalancer, PlanModel } from '../../model/model.js'
import { bucketPolicy, lifecycle, ownershipControls, publicAccessBlock, retentionDays, sseS3, versioning, type BucketTarget } from './bucket-blocks.js'
import type { GeneratedBlocks } from './generated.js'
import { attribute, hclString, renderBlock, type TemplatePart } from './hcl.js'
import { accountTerm, fixName, modulePathOf, partitionTerm, printable, providerOf, regionTerm } from './references.js'
import { deliveryStatements, tlsOnlyStatement } from './statements.js'
import { spaced } from './policy-merge.js'

export interface LogBucket {
  /** The value of `access_logs.bucket`. */
  bucket: TemplatePart
  /** The prefix to write under, when the bucket is shared. */
  prefix?: string
  /** The bucket policy the load balancer must wait for (an address in its module). */
  policy?: string
  /** A bucket of this load balancer alone, its logs at the root: its policy grants exactly that. */
  dedicated: boolean
}

const GLOB = /[*?]/

/**
 * The configured Log Archive bucket for the load balancer: a name without wildcards, the one naming its
 * region when several do. None when the configuration names no bucket literally, or several and none
 * for this region.
 */
export function logArchiveBucket(lb: LoadBalancer, settings: Settings): string | undefined {
  const literal = settings.logArchive.buckets.filter((name) => !GLOB.test(name))
  const region = lb.region && lb.region !== 'unknown' ? lb.region : undefined
  const regional = region ? literal.filter((name) => name.includes(region)) : []
  if (regional.length > 0) return regional[0]
  return literal.length === 1 ? literal[0] : undefined
}

export function logBucketFor(model: PlanModel, settings: Settings, lb: LoadBalancer, generated: GeneratedBlocks): LogBucket {
  const archive = logArchiveBucket(lb, settings)
  if (archive) return { bucket: archive, prefix: sharedPrefix(lb), dedicated: false }
  return newLogBucket(model, settings, lb, generated)
}

/** In a shared bucket, the load balancer's own folder: its name, when one block makes one load balancer. */
function sharedPrefix(lb: LoadBalancer): string | undefined {
  if (lb.instance.parsed.index !== undefined || lb.instance.parsed.modules.some((step) => step.key !== undefined)) return undefined
  return printable(lb.instance.attrs.get(['name'])) ?? lb.instance.name
}

/**
 * A bucket of the load balancer's own, in its module and through its provider (so in its region), its
 * logs at the root. `bucket_prefix` gives a globally unique name, also per instance of a module called
 * with count or for_each.
 */
export function newLogBucket(model: PlanModel, settings: Settings, lb: LoadBalancer, generated: GeneratedBlocks): LogBucket {
  const modulePath = modulePathOf(lb.instance)
  const provider = providerOf(lb.instance)
  const name = fixName(lb.instance.name, 'logs')
  const bucket = `aws_s3_bucket.${name}`
  const target: BucketTarget = { name, id: `${bucket}.id`, provider }
  const bucketBody = [...(provider ? [attribute('provider', provider)] : []), attribute('bucket_prefix', hclString(`${name.replace(/_/g, '-').slice(0, 30)}-`))]
  generated.add(modulePath, bucket, renderBlock('resource', ['aws_s3_bucket', name], bucketBody))
  const days = retentionDays(settings)
  const parts = [publicAccessBlock(target), ownershipControls(target), versioning(target), sseS3(target), lifecycle(target, days)]
  for (const part of parts) generated.add(modulePath, part.key, part.text)
  const delivery = {
    bucketArn: { expression: `${bucket}.arn` },
    prefix: undefined,
    account: accountTerm(model, lb, modulePath, generated),
    region: regionTerm(lb, modulePath, generated),
    partition: partitionTerm(lb, modulePath, generated)
  }
  const document = `data.aws_iam_policy_document.${name}`
  const statements = [...deliveryStatements(lb, delivery), tlsOnlyStatement(delivery.bucketArn)]
  generated.add(modulePath, document, renderBlock('data', ['aws_iam_policy_document', name], spaced([...(provider ? [attribute('provider', provider)] : []), ...statements])))
  const policy = bucketPolicy(target, document, [`aws_s3_bucket_public_access_block.${name}`])
  generated.add(modulePath, policy.key, policy.text)
  return { bucket: { expression: `${bucket}.id` }, policy: policy.key, dedicated: true }
}
