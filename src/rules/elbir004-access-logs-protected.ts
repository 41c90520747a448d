import type { Bucket, LoadBalancer } from '../model/model.js'
import type { ResourceInstance } from '../model/plan-index.js'
import { formatKey } from '../model/address.js'
import type { PathStep } from '../model/value.js'
import { bucketLabel, unlessLogsToS3 } from './helpers.js'
import { fail, GUIDE, notApplicable, pass, unknown, type LoadBalancerRule, type Outcome } from './types.js'

/** Which protection a gap is about: the fix of each is its own (src/fix/fixers/). */
export type Protection = 'public-access-block' | 'versioning' | 'tls-only' | 'object-ownership' | 'retention'

export interface Gap {
  control: Protection
  message: string
  target: ResourceInstance
  attribute: PathStep[]
  fix: string
  lineFix?: string
}

const PUBLIC_ACCESS_SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']

export const accessLogsProtected: LoadBalancerRule = {
  scope: 'load-balancer',
  meta: {
    id: 'ELBIR004',
    name: 'access-logs-protected',
    title: 'Protect the confidentiality and integrity of access logs',
    practice: 'sec16',
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: 'warning',
    rationale:
      'Access logs hold client addresses and request paths; an attacker who can read, overwrite or delete them can hide their tracks, and logs without retention are gone before an investigation starts.',
    remediation:
      'Give the log bucket a public access block with all four settings true, versioning (or object lock), a policy that denies requests without TLS, BucketOwnerEnforced object ownership and a lifecycle rule that keeps logs for the retention period.'
  },
  check(lb: LoadBalancer): Outcome {
    const skip = unlessLogsToS3(lb)
    if (skip) return skip
    const destination = lb.logDestination
    if (!destination || destination.kind === 'unknown') return unknown('The log bucket is known only after apply.', { attribute: ['access_logs', 0, 'bucket'] })
    if (destination.kind === 'outside-plan') return notApplicable(`The log bucket ${bucketLabel(destination)} is managed outside this plan; its protections are checked where it is managed.`)
    const { gaps, unknowns } = protections(destination.bucket)
    const label = bucketLabel(destination)
    if (gaps.length > 0) {
      return fail(`${label} lacks ${missingControls(gaps.map((g) => g.message))}.`, {
        target: gaps[0].target,
        attribute: gaps[0].attribute,
        fix: gaps.map((g) => g.fix).join('\n\n'),
        lineFix: gaps.length === 1 ? gaps[0].lineFix : undefined
      })
    }
    if (unknowns.length > 0) return unknown(`${label}: ${unknowns.join(', ')} known only after apply.`)
    return pass(`${label} blocks public access, keeps versions, requires TLS, enforces bucket ownership and expires logs by a lifecycle rule.`)
  }
}

/** The protections a log bucket lacks, and those known only after apply. */
export function protections(bucket: Bucket): { gaps: Gap[]; unknowns: string[] } {
  const gaps: Gap[] = []
  const unknowns: string[] = []
  const bucketRef = bucketReference(bucket.instance)
  const ref = `${bucketRef}.id`
  const companions = (type: Parameters<Bucket['companions']['get']>[0]) => bucket.companions.get(type) ?? []

  // Public access block: all four settings.
  const blocks = companions('aws_s3_bucket_public_access_block')
  const pabFix = `resource "aws_s3_bucket_public_access_block" "${bucket.instance.name}" {\n  bucket                  = ${ref}\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}`
  if (blocks.length === 0) gaps.push({ control: 'public-access-block', message: 'a public access block', target: bucket.instance, attribute: [], fix: pabFix })
  else {
    const pab = blocks[0]
    const off = PUBLIC_ACCESS_SETTINGS.filter((s) => pab.attrs.get([s]).kind === 'known' && (pab.attrs.get([s]) as { value: unknown }).value !== true)
    const unsure = PUBLIC_ACCESS_SETTINGS.filter((s) => pab.attrs.get([s]).kind === 'unknown')
    if (off.length > 0) gaps.push({ control: 'public-access-block', message: `a full public access block (${off.join(', ')} not true)`, target: pab, attribute: [off[0]], fix: pabFix, lineFix: `${off[0]} = true` })
    else if (unsure.length > 0) unknowns.push('the public access block')
  }

  // Versioning or object lock keeps overwritten or deleted logs recoverable.
  const versioning = companions('aws_s3_bucket_versioning')
  const lock = companions('aws_s3_bucket_object_lock_configuration')
  const lockEnabled = bucket.instance.attrs.get(['object_lock_enabled'])
  const versioningFix = `resource "aws_s3_bucket_versioning" "${bucket.instance.name}" {\n  bucket = ${ref}\n  versioning_configuration {\n    status = "Enabled"\n  }\n}`
  if (lock.length === 0 && !(lockEnabled.kind === 'known' && lockEnabled.value === true)) {
    if (versioning.length === 0) {
      const inline = bucket.inline.versioning
      if (inline?.kind === 'unknown') unknowns.push('versioning')
      else if (!(inline?.kind === 'known' && inline.value === true)) gaps.push({ control: 'versioning', message: 'versioning or object lock', target: bucket.instance, attribute: [], fix: versioningFix })
    } else {
      const status = versioning[0].attrs.get(['versioning_configuration', 0, 'status'])
      if (status.kind === 'unknown') unknowns.push('versioning')
      else if (!(status.kind === 'known' && status.value === 'Enabled')) {
        gaps.push({ control: 'versioning', message: 'versioning (it is not Enabled)', target: versioning[0], attribute: ['versioning_configuration', 0, 'status'], fix: versioningFix, lineFix: 'status = "Enabled"' })
      }
    }
  }

  // A policy statement that denies requests without TLS, in an aws_s3_bucket_policy.
  const documents = bucket.policies.filter((policy) => !policy.inline)
  const policies = documents.map((policy) => policy.holder)
  let tls: boolean | 'unknown' = false
  for (const { statements } of documents) {
    if (statements === 'unknown') tls = tls === true ? true : 'unknown'
    else if ((statements ?? []).some((s) => s.effect === 'Deny' && s.conditions.some((c) => c.variable.toLowerCase() === 'aws:securetransport' && c.values !== 'unknown' && c.values.includes('false')))) tls = true
  }
  const tlsFix = `statement {\n  sid     = "DenyInsecureTransport"\n  effect  = "Deny"\n  actions = ["s3:*"]\n  resources = [${bucketRef}.arn, "\${${bucketRef}.arn}/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "Bool"\n    variable = "aws:SecureTransport"\n    values   = ["false"]\n  }\n}`
  if (tls === 'unknown') unknowns.push('the TLS-only policy')
  else if (!tls) gaps.push({ control: 'tls-only', message: 'a policy statement that denies requests without TLS (aws:SecureTransport = false)', target: policies[0] ?? bucket.instance, attribute: policies[0] ? ['policy'] : [], fix: tlsFix })

  // BucketOwnerEnforced: ACLs off, the Log Archive account owns every object.
  const ownership = companions('aws_s3_bucket_ownership_controls')
  const ownershipFix = `resource "aws_s3_bucket_ownership_controls" "${bucket.instance.name}" {\n  bucket = ${ref}\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}`
  if (ownership.length === 0) gaps.push({ control: 'object-ownership', message: 'BucketOwnerEnforced object ownership', target: bucket.instance, attribute: [], fix: ownershipFix })
  else {
    const mode = ownership[0].attrs.get(['rule', 0, 'object_ownership'])
    if (mode.kind === 'unknown') unknowns.push('object ownership')
    else if (!(mode.kind === 'known' && mode.value === 'BucketOwnerEnforced')) {
      gaps.push({ control: 'object-ownership', message: 'BucketOwnerEnforced object ownership', target: ownership[0], attribute: ['rule', 0, 'object_ownership'], fix: ownershipFix, lineFix: 'object_ownership = "BucketOwnerEnforced"' })
    }
  }

  // Retention: a lifecycle rule that expires objects.
  const lifecycle = companions('aws_s3_bucket_lifecycle_configuration')
  const lifecycleFix = `resource "aws_s3_bucket_lifecycle_configuration" "${bucket.instance.name}" {\n  bucket = ${ref}\n  rule {\n    id     = "retention"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n  }\n}`
  let retention: boolean | 'unknown' = false
  for (const resource of lifecycle) {
    const rules = resource.attrs.blocks(['rule'])
    if (rules === 'unknown') retention = retention === true ? true : 'unknown'
    else if (rules.some((r) => r.get(['status']).kind === 'known' && (r.get(['status']) as { value: unknown }).value === 'Enabled' && (hasBlock(r.blocks(['expiration'])) || hasBlock(r.blocks(['noncurrent_version_expiration']))))) retention = true
  }
  const inlineRules = bucket.inline.lifecycleRules
  if (inlineRules !== 'unknown' && inlineRules.some((r) => r.get(['enabled']).kind === 'known' && hasBlock(r.blocks(['expiration'])))) retention = true
  if (retention === 'unknown') unknowns.push('the lifecycle rules')
  else if (!retention) gaps.push({ control: 'retention', message: 'a lifecycle rule that expires logs after the retention period', target: lifecycle[0] ?? bucket.instance, attribute: lifecycle[0] ? ['rule'] : [], fix: lifecycleFix })

  return { gaps, unknowns }
}

/**
 * The bucket as the fix must reference it: the address inside its own module (the fix goes into that
 * module's files), with the instance key of a counted or for_each bucket.
 */
function bucketReference(bucket: ResourceInstance): string {
  return `aws_s3_bucket.${bucket.name}${bucket.parsed.index === undefined ? '' : formatKey(bucket.parsed.index)}`
}

function hasBlock(blocks: ReturnType<ResourceInstance['attrs']['blocks']>): boolean {
  return blocks === 'unknown' || blocks.length > 0
}

const COUNTS = ['', 'one', 'two', 'three', 'four', 'five', 'six']

/** "X", "two controls: X, and Y", "three controls: X, Y, and Z" (a control can hold "or", so always the comma). */
function missingControls(controls: string[]): string {
  if (controls.length === 1) return controls[0]
  const list = `${controls.slice(0, -1).join(', ')}, and ${controls[controls.length - 1]}`
  return `${COUNTS[controls.length] ?? controls.length} controls: ${list}`
}
