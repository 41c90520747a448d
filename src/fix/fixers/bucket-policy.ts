// The policy of an existing log bucket: the statements delivery (ELBIR002) and protection (ELBIR004)
// need, merged into the policy it has, or a new policy with both when it has none.
import type { Bucket, LoadBalancer, PlanModel } from '../../model/model.js'
import { knownString } from '../../model/value.js'
import type { SourceEdit } from '../types.js'
import { bucketPolicy } from './bucket-blocks.js'
import type { GeneratedBlocks } from './generated.js'
import { attribute, renderBlock, type TemplatePart } from './hcl.js'
import { extendPolicy, spaced, type Extended } from './policy-merge.js'
import { accountTerm, blockAddress, editableModule, fixName, localReference, modulePathOf, notEditable, partitionOf, partitionTerm, printable, providerOf, regionTerm, sameModule } from './references.js'
import { deliveryStatements, tlsOnlyStatement, type DeliveryTarget } from './statements.js'

/** The bucket's ARN as the module at `modulePath` can name it: by reference in its own module, else by its known name. */
export function bucketArn(lb: LoadBalancer, bucket: Bucket, modulePath: string[]): TemplatePart | undefined {
  if (sameModule(modulePathOf(bucket.instance), modulePath)) return { expression: `${localReference(bucket.instance)}.arn` }
  const name = printable(bucket.name)
  const region = lb.region && lb.region !== 'unknown' ? lb.region : undefined
  return name ? `arn:${region ? partitionOf(region) : 'aws'}:s3:::${name}` : undefined
}

/**
 * What the delivery statements name, written in the module at `modulePath`. `prefix` is the prefix the
 * load balancer will write under (after the fix); left out, the plan's prefix.
 */
export function deliveryTarget(model: PlanModel, lb: LoadBalancer, bucket: Bucket, modulePath: string[], generated: GeneratedBlocks, prefix?: string | null): DeliveryTarget | undefined {
  const arn = bucketArn(lb, bucket, modulePath)
  if (!arn) return undefined
  const planned = lb.logPrefix.value
  const current = planned.kind === 'absent' ? '' : planned.kind === 'known' && !planned.sensitive ? (knownString(planned) ?? null) : null
  const chosen = prefix === undefined ? current : prefix
  return {
    bucketArn: arn,
    prefix: chosen === '' ? undefined : chosen,
    account: accountTerm(model, lb, modulePath, generated),
    region: regionTerm(lb, modulePath, generated),
    partition: partitionTerm(lb, modulePath, generated)
  }
}

/** Grants the load balancer's delivery principal s3:PutObject, merged into the bucket's policy or in a new one. */
export function grantDelivery(model: PlanModel, lb: LoadBalancer, bucket: Bucket, generated: GeneratedBlocks, prefix?: string | null): Extended {
  const existing = bucket.policies[0]
  if (!existing) return newPolicy(model, lb, bucket, generated, prefix)
  const target = deliveryTarget(model, lb, bucket, modulePathOf(existing.holder), generated, prefix)
  if (!target) return { reason: `the ARN of ${bucket.instance.address} cannot be named from ${existing.holder.address}` }
  return extendPolicy(model, generated, { holder: existing.holder, attribute: existing.attribute, purpose: `delivery_${lb.instance.name}`, statements: deliveryStatements(lb, target) })
}

/**
 * Denies requests without TLS in the bucket's aws_s3_bucket_policy (ELBIR004 reads only those), merged
 * into it, or in a new policy that also grants delivery.
 */
export function requireTls(model: PlanModel, lb: LoadBalancer, bucket: Bucket, generated: GeneratedBlocks): Extended {
  const existing = bucket.policies.find((policy) => !policy.inline)
  if (!existing) {
    if (bucket.policies.length > 0) return { reason: `the policy of ${bucket.instance.address} is written inside the bucket; move it to an aws_s3_bucket_policy, which the fix can extend` }
    return newPolicy(model, lb, bucket, generated)
  }
  const arn = bucketArn(lb, bucket, modulePathOf(existing.holder))
  if (!arn) return { reason: `the ARN of ${bucket.instance.address} cannot be named from ${existing.holder.address}` }
  return extendPolicy(model, generated, { holder: existing.holder, attribute: existing.attribute, purpose: 'tls_only', statements: [tlsOnlyStatement(arn)] })
}

/**
 * A policy for a bucket that has none: delivery for the load balancer and TLS only, beside the bucket.
 * The load balancer waits for it when it is created in the same run (ELBIR002 asks for the order).
 */
function newPolicy(model: PlanModel, lb: LoadBalancer, bucket: Bucket, generated: GeneratedBlocks, prefix?: string | null): Extended {
  const modulePath = modulePathOf(bucket.instance)
  if (!editableModule(model, modulePath)) return { reason: notEditable(bucket.instance) }
  const target = deliveryTarget(model, lb, bucket, modulePath, generated, prefix)
  if (!target) return { reason: `${bucket.instance.address} cannot be named` }
  const provider = providerOf(bucket.instance)
  const name = fixName(bucket.instance.name, bucket.instance.parsed.index === undefined ? '' : String(bucket.instance.parsed.index))
  const document = `data.aws_iam_policy_document.${name}`
  generated.add(modulePath, document, renderBlock('data', ['aws_iam_policy_document', name], spaced([...(provider ? [attribute('provider', provider)] : []), ...deliveryStatements(lb, target), tlsOnlyStatement(target.bucketArn)])))
  const pab = bucket.companions.get('aws_s3_bucket_public_access_block')?.find((block) => sameModule(modulePathOf(block), modulePath))
  const policy = bucketPolicy({ name, id: `${localReference(bucket.instance)}.id`, provider }, document, pab ? [blockAddress(pab)] : [])
  generated.add(modulePath, policy.key, policy.text)
  const edits: SourceEdit[] = []
  if (lb.instance.actions.includes('create')) {
    if (!sameModule(modulePathOf(lb.instance), modulePath)) return { reason: `${lb.address} cannot wait for the new policy of ${bucket.instance.address} in another module; add depends_on to the module call` }
    edits.push({ kind: 'add-depends-on', block: { modulePath, mode: 'managed', type: lb.instance.type, name: lb.instance.name }, references: [policy.key] })
  }
  return { edits }
}
