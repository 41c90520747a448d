import type { PlanIndex, ResourceInstance } from './plan-index.js'
import { policyStatements, type Statement } from './policy.js'
import type { BucketCompanionType } from './relevant-types.js'
import type { Attributes, PathStep, Value } from './value.js'

/** An S3 bucket the plan manages, with the separate resources that configure it and what they resolve to. */
export interface Bucket {
  instance: ResourceInstance
  name: Value
  companions: Map<BucketCompanionType, ResourceInstance[]>
  /** Its own `region` argument, else its provider's; 'unknown' until apply; undefined when nothing says. */
  region: string | 'unknown' | undefined
  /** The configuration writes `region` on the bucket itself (else the region comes from its provider). */
  regionWritten: boolean
  /** The account its provider assumes a role in, when the provider says so. */
  account: string | 'unknown' | undefined
  /** Its default encryption: the aws_s3_bucket_server_side_encryption_configuration resources, else the inline block. */
  encryption: EncryptionSetting[]
  /** Its bucket policies: the aws_s3_bucket_policy resources first, then the bucket's own `policy`. */
  policies: PolicyDocument[]
  /** Protections written inside aws_s3_bucket itself (provider v3 style). */
  inline: InlineProtections
}

export interface EncryptionSetting {
  /** The resource holding the setting, and the path to its `apply_server_side_encryption_by_default` block. */
  holder: ResourceInstance
  path: PathStep[]
  algorithm: Value
  kmsKey: Value
  /** The configuration writes `kms_master_key_id` (it may still be known only after apply). */
  kmsKeyWritten: boolean
  /** The customer managed key of this plan that `kms_master_key_id` names, when it names exactly one. */
  customerKey: KmsKey | undefined
}

export interface KmsKey {
  instance: ResourceInstance
  /** aws_kms_key_policy resources for the key, then the key's own `policy` when written; none means the default key policy. */
  policies: PolicyDocument[]
}

/** A policy attribute of a resource, and its statements (null when the attribute is not set). */
export interface PolicyDocument {
  holder: ResourceInstance
  attribute: string
  statements: Statement[] | 'unknown' | null
  /** The policy is written inside the bucket (or key) itself, not in a separate policy resource. */
  inline: boolean
}

export interface InlineProtections {
  /** `versioning { enabled }` when the configuration writes a versioning block; undefined otherwise. */
  versioning: Value | undefined
  /** `lifecycle_rule` blocks when the configuration writes them ([] otherwise). */
  lifecycleRules: Attributes[] | 'unknown'
}

const SSE_PATH: PathStep[] = ['rule', 0, 'apply_server_side_encryption_by_default', 0]

/** Whether an instance's configuration block writes an argument or block (the plan alone cannot tell defaults apart). */
export function writes(instance: ResourceInstance, name: string): boolean {
  return Boolean(instance.config?.expressions?.[name])
}

/**
 * A bucket of the plan, whose facts are resolved from the plan the first time a rule reads them and then
 * kept: a bucket no rule looks at costs nothing. Companions are attached by the model after creation.
 * (A class: its getters live once on the prototype, so a plan with thousands of buckets stays cheap.)
 */
export class PlanBucket implements Bucket {
  readonly name: Value
  readonly companions = new Map<BucketCompanionType, ResourceInstance[]>()
  private cache: Partial<Pick<Bucket, 'region' | 'account' | 'encryption' | 'policies' | 'inline'>> = {}

  constructor(
    private readonly index: PlanIndex,
    readonly instance: ResourceInstance
  ) {
    this.name = instance.attrs.string(['bucket'])
  }

  get regionWritten(): boolean {
    return writes(this.instance, 'region')
  }

  get region(): string | 'unknown' | undefined {
    return 'region' in this.cache ? this.cache.region : (this.cache.region = this.index.region(this.instance))
  }

  get account(): string | 'unknown' | undefined {
    return 'account' in this.cache ? this.cache.account : (this.cache.account = this.index.assumedAccount(this.instance))
  }

  get inline(): InlineProtections {
    return (this.cache.inline ??= {
      versioning: writes(this.instance, 'versioning') ? this.instance.attrs.get(['versioning', 0, 'enabled']) : undefined,
      lifecycleRules: writes(this.instance, 'lifecycle_rule') ? this.instance.attrs.blocks(['lifecycle_rule']) : []
    })
  }

  get policies(): PolicyDocument[] {
    return (this.cache.policies ??= [
      ...this.companionsOf('aws_s3_bucket_policy').map((holder) => policyDocument(this.index, holder, 'policy', false)),
      ...(writes(this.instance, 'policy') ? [policyDocument(this.index, this.instance, 'policy', true)] : [])
    ])
  }

  get encryption(): EncryptionSetting[] {
    if (this.cache.encryption) return this.cache.encryption
    const settings = this.companionsOf('aws_s3_bucket_server_side_encryption_configuration').map((holder) => encryptionSetting(this.index, holder, SSE_PATH))
    // Provider v3 style: the configuration inside aws_s3_bucket. Without either, S3 applies SSE-S3 by default.
    if (settings.length === 0 && writes(this.instance, 'server_side_encryption_configuration')) {
      settings.push(encryptionSetting(this.index, this.instance, ['server_side_encryption_configuration', 0, ...SSE_PATH]))
    }
    return (this.cache.encryption = settings)
  }

  private companionsOf(type: BucketCompanionType): ResourceInstance[] {
    return this.companions.get(type) ?? []
  }
}

function encryptionSetting(index: PlanIndex, holder: ResourceInstance, path: PathStep[]): EncryptionSetting {
  return new PlanEncryptionSetting(index, holder, path)
}

class PlanEncryptionSetting implements EncryptionSetting {
  readonly algorithm: Value
  readonly kmsKey: Value
  readonly kmsKeyWritten: boolean
  private resolved: { key: KmsKey | undefined } | undefined

  constructor(
    private readonly index: PlanIndex,
    readonly holder: ResourceInstance,
    readonly path: PathStep[]
  ) {
    this.algorithm = holder.attrs.get([...path, 'sse_algorithm'])
    this.kmsKey = holder.attrs.get([...path, 'kms_master_key_id'])
    this.kmsKeyWritten = index.expression(holder, [...path, 'kms_master_key_id']) !== undefined
  }

  get customerKey(): KmsKey | undefined {
    this.resolved ??= { key: resolveCustomerKey(this.index, this.holder, [...this.path, 'kms_master_key_id']) }
    return this.resolved.key
  }
}

function resolveCustomerKey(index: PlanIndex, holder: ResourceInstance, keyPath: PathStep[]): KmsKey | undefined {
  const keys = index.resolveAttribute(holder, keyPath).targets.filter((t) => t.type === 'aws_kms_key')
  if (keys.length !== 1) return undefined
  const [key] = keys
  const policies = index.referrersOf(['aws_kms_key_policy'], ['key_id'], key).map((p) => policyDocument(index, p, 'policy', false))
  if (writes(key, 'policy')) policies.push(policyDocument(index, key, 'policy', true))
  return { instance: key, policies }
}

function policyDocument(index: PlanIndex, holder: ResourceInstance, attribute: string, inline: boolean): PolicyDocument {
  return new PlanPolicyDocument(index, holder, attribute, inline)
}

class PlanPolicyDocument implements PolicyDocument {
  private parsed: { statements: Statement[] | 'unknown' | null } | undefined

  constructor(
    private readonly index: PlanIndex,
    readonly holder: ResourceInstance,
    readonly attribute: string,
    readonly inline: boolean
  ) {}

  get statements(): Statement[] | 'unknown' | null {
    this.parsed ??= { statements: policyStatements(this.index, this.holder, this.attribute) }
    return this.parsed.statements
  }
}
