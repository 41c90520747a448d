// ELBIR004: give the log bucket the protections it lacks, and only those: a setting that is off is
// switched on where it stands; a missing resource is added beside the bucket; the TLS-only statement is
// merged into the bucket policy it has.
import type { Bucket, LoadBalancer } from '../../model/model.js'
import { protections, type Gap } from '../../rules/elbir004-access-logs-protected.js'
import type { FixContext, Fixer, SourceEdit } from '../types.js'
import { lifecycle, ownershipControls, publicAccessBlock, retentionDays, versioning, type BucketTarget } from './bucket-blocks.js'
import { requireTls } from './bucket-policy.js'
import { GeneratedBlocks } from './generated.js'
import { hclString } from './hcl.js'
import { blockRef, editableModule, fixName, localReference, modulePathOf, notEditable, providerOf } from './references.js'
import { editableLoadBalancer, fixed, isOutcome, unfixed } from './subject.js'

export const accessLogsProtectedFix: Fixer = {
  ruleId: 'ELBIR004',
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context)
    if (isOutcome(lb)) return lb
    if (lb.logDestination?.kind !== 'in-plan') return unfixed(`${lb.address}: the log bucket is not managed in this plan`)
    const bucket = lb.logDestination.bucket
    if (!editableModule(context.model, modulePathOf(bucket.instance))) return unfixed(notEditable(bucket.instance))
    const generated = new GeneratedBlocks(context)
    const edits: SourceEdit[] = []
    for (const gap of protections(bucket).gaps) {
      const step = close(gap, lb, bucket, context, generated)
      if ('reason' in step) return unfixed(`${lb.address}: ${step.reason}`)
      edits.push(...step.edits)
    }
    return fixed([...generated.edits(), ...edits])
  }
}

type Step = { edits: SourceEdit[] } | { reason: string }

function close(gap: Gap, lb: LoadBalancer, bucket: Bucket, context: FixContext, generated: GeneratedBlocks): Step {
  const modulePath = modulePathOf(bucket.instance)
  const target: BucketTarget = {
    name: fixName(bucket.instance.name, bucket.instance.parsed.index === undefined ? '' : String(bucket.instance.parsed.index)),
    id: `${localReference(bucket.instance)}.id`,
    provider: providerOf(bucket.instance)
  }
  // A resource that exists with a setting off: the setting, where it stands (the rule names it).
  const inPlace = gap.target !== bucket.instance && gap.attribute.length > 0
  const setting = (blockPath: string[], name: string, expression: string): SourceEdit => ({ kind: 'set-attribute', block: blockRef(gap.target), blockPath, name, expression })
  const set = (blockPath: string[], name: string, expression: string): Step => ({ edits: [setting(blockPath, name, expression)] })
  const add = (block: { key: string; text: string }): Step => {
    generated.add(modulePath, block.key, block.text)
    return { edits: [] }
  }
  switch (gap.control) {
    case 'public-access-block':
      if (!inPlace) return add(publicAccessBlock(target))
      return { edits: ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].filter((name) => !isTrue(gap, name)).map((name) => setting([], name, 'true')) }
    case 'versioning':
      if (inPlace) return set(['versioning_configuration'], 'status', hclString('Enabled'))
      // Versioning written inside the bucket (provider v3): switched on there, not doubled by a resource.
      if (bucket.inline.versioning !== undefined) return { edits: [{ kind: 'set-attribute', block: blockRef(bucket.instance), blockPath: ['versioning'], name: 'enabled', expression: 'true' }] }
      return add(versioning(target))
    case 'object-ownership':
      return inPlace ? set(['rule'], 'object_ownership', hclString('BucketOwnerEnforced')) : add(ownershipControls(target))
    case 'retention':
      if (gap.target !== bucket.instance) return { reason: `${gap.target.address} has no rule that expires objects; add \`expiration { days = ${retentionDays(context.settings)} }\` to its rule (a bucket has one lifecycle configuration)` }
      return add(lifecycle(target, retentionDays(context.settings)))
    case 'tls-only':
      return requireTls(context.model, lb, bucket, generated)
  }
}

function isTrue(gap: Gap, name: string): boolean {
  const value = gap.target.attrs.get([name])
  return value.kind !== 'known' || value.value === true
}
