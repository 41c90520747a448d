import type { LoadedPlan } from '../plan/load.js'
import type { ProviderConfigJson } from '../plan/types.js'
import { analysisReaders, expressionReferences, type AnalysisReader } from './analysis.js'
import { PlanBucket, type Bucket } from './bucket.js'
import { healthCoverage, type HealthCoverage } from './health.js'
import { isConfigured, PlanIndex, type Resolved, type ResourceInstance } from './plan-index.js'
import { BUCKET_COMPANION_TYPES, type BucketCompanionType } from './relevant-types.js'
import { ABSENT, knownString, UNKNOWN, valueText, type Attributes, type PathStep, type Value } from './value.js'

export { BUCKET_COMPANION_TYPES, type BucketCompanionType }
export type { AnalysisReader, ReaderLocation } from './analysis.js'
export type { Bucket, EncryptionSetting, InlineProtections, KmsKey, PolicyDocument } from './bucket.js'
export type { HealthCoverage } from './health.js'

export type LoadBalancerKind = 'application' | 'network' | 'gateway' | 'classic'


/** Where a load balancer's access logs go, as far as the plan tells. */
export type LogDestination =
  | { kind: 'in-plan'; bucket: Bucket; name: Value }
  | { kind: 'outside-plan'; name: string; sensitive: boolean }
  | { kind: 'unknown' }

export type Tristate = 'yes' | 'no' | 'unknown'

export interface VendedDelivery {
  source: ResourceInstance
  logType: string
  /** What the deliveries of this source write to. */
  destinations: ('cloudwatch' | 's3' | 'firehose' | 'unknown')[]
}

export interface LoadBalancer {
  instance: ResourceInstance
  address: string
  kind: LoadBalancerKind
  /** The `access_logs` block: null when there is none. */
  accessLogsBlock: Attributes | null | 'unknown'
  /** Whether S3 access logging is switched on by the block (provider defaults applied). */
  s3Logging: Tristate
  /** CloudWatch vended deliveries of this load balancer's access logs. */
  vendedAccessLogs: VendedDelivery[]
  /** The log bucket, when S3 logging is or may be on. */
  logDestination: LogDestination | null
  listeners: ResourceInstance[]
  /** Listeners whose load balancer is known only after apply and cannot be traced (plans without configuration). */
  untracedListeners: ResourceInstance[]
  /** Vended access-log sources whose resource is known only after apply and cannot be traced. */
  untracedVendedSources: ResourceInstance[]
  region: string | 'unknown' | undefined
  /** Listeners that verify, or may verify, client certificates, with their mutual TLS mode. */
  mutualTls: { listener: ResourceInstance; mode: Value }[]
  /** The access-log prefix (`prefix`, or `bucket_prefix` on aws_elb): unknown when the block is. */
  logPrefix: { value: Value; references: string[] }
  /** The provider configuration that places it (see HealthCoverage.placements); undefined when its own `region` does. */
  placement: string | undefined
  /** The account its provider assumes a role in, when the provider says so. */
  account: string | 'unknown' | undefined
  /** Everything it depends on: what its configuration refers to, `depends_on`, and its modules' `depends_on`. */
  dependencies: ResourceInstance[]
}

/** Shield Advanced settings that bring the Shield Response Team in during an incident. */
export interface ShieldEngagement {
  proactive: { resource: ResourceInstance; enabled: Value }[]
  drtAccess: ResourceInstance[]
}

/** What the rules decide over: the facts resolved from one plan, without the plan itself. */
export interface ModelFacts {
  loadBalancers: LoadBalancer[]
  buckets: Bucket[]
  /** Where AWS Health events for ELB reach people. */
  health: HealthCoverage
  /** Glue tables, crawlers and Athena queries, with the locations they read. */
  analysisReaders: AnalysisReader[]
  shield: ShieldEngagement
}

export interface PlanModel extends ModelFacts {
  plan: LoadedPlan
  index: PlanIndex
}

const LB_TYPES = ['aws_lb', 'aws_alb', 'aws_elb']
const LISTENER_TYPES = ['aws_lb_listener', 'aws_alb_listener']
const ACCESS_LOG_TYPES = new Set(['ALB_ACCESS_LOGS', 'NLB_ACCESS_LOGS'])

/** The plan's buckets, found by instance or by known name. */
export class Buckets {
  readonly all: Bucket[]
  private readonly byInstance = new Map<ResourceInstance, Bucket>()
  private readonly byName = new Map<string, Bucket[]>()

  constructor(index: PlanIndex) {
    this.all = index.ofType('aws_s3_bucket').map((instance) => new PlanBucket(index, instance))
    for (const bucket of this.all) {
      this.byInstance.set(bucket.instance, bucket)
      const name = knownString(bucket.name)
      if (name !== undefined) this.byName.set(name, [...(this.byName.get(name) ?? []), bucket])
    }
  }

  of(instance: ResourceInstance): Bucket | undefined {
    return this.byInstance.get(instance)
  }

  named(name: string): Bucket[] {
    return this.byName.get(name) ?? []
  }
}

export function buildModel(plan: LoadedPlan): PlanModel {
  const index = new PlanIndex(plan.json)
  const buckets = new Buckets(index)
  for (const type of BUCKET_COMPANION_TYPES) {
    for (const companion of index.ofType(type)) {
      for (const bucket of bucketsNamedBy(index, buckets, companion, ['bucket'])) {
        const list = bucket.companions.get(type) ?? []
        list.push(companion)
        bucket.companions.set(type, list)
      }
    }
  }
  // Resources that cannot be traced to any load balancer are the same for all of them: found once.
  const untraced = {
    listeners: index.untraceable(LISTENER_TYPES, ['load_balancer_arn']),
    vendedSources: index.untraceable(['aws_cloudwatch_log_delivery_source'], ['resource_arn']).filter((s) => {
      const type = s.attrs.get(['log_type'])
      return type.kind === 'unknown' || (type.kind === 'known' && ACCESS_LOG_TYPES.has(valueText(type.value)))
    })
  }
  const placementOf = placements(index)
  const loadBalancers = index.ofType(...LB_TYPES).map((instance) => describeLoadBalancer(index, buckets, untraced, placementOf, instance))
  for (const lb of loadBalancers) lb.mutualTls = mutualTlsListeners(index, lb.listeners)
  return new ResolvedModel(plan, index, loadBalancers, buckets.all, placementOf)
}

/**
 * The model of one plan. Plan-wide facts are resolved when a rule first asks (a disabled rule costs
 * nothing), then kept. Lazy facts live in classes, whose getters sit once on the prototype: object
 * literals with getters cost V8 far more to build and to collect, and a plan has thousands of buckets.
 */
class ResolvedModel implements PlanModel {
  private readonly cache: Partial<Pick<PlanModel, 'health' | 'analysisReaders' | 'shield'>> = {}

  constructor(
    readonly plan: LoadedPlan,
    readonly index: PlanIndex,
    readonly loadBalancers: LoadBalancer[],
    readonly buckets: Bucket[],
    private readonly placementOf: (instance: ResourceInstance) => string | undefined
  ) {}

  get health(): HealthCoverage {
    return (this.cache.health ??= healthCoverage(this.index, this.placementOf))
  }

  get analysisReaders(): AnalysisReader[] {
    return (this.cache.analysisReaders ??= analysisReaders(this.index))
  }

  get shield(): ShieldEngagement {
    return (this.cache.shield ??= {
      proactive: this.index.ofType('aws_shield_proactive_engagement').map((resource) => ({ resource, enabled: resource.attrs.get(['enabled']) })),
      drtAccess: this.index.ofType('aws_shield_drt_access_role_arn_association')
    })
  }
}

/** A load balancer whose dependencies are followed the first time a rule asks (it is costly in large plans). */
class Dependent {
  private followed: ResourceInstance[] | undefined

  constructor(
    private readonly index: PlanIndex,
    readonly instance: ResourceInstance
  ) {}

  get dependencies(): ResourceInstance[] {
    return (this.followed ??= this.index.dependencies(this.instance).targets)
  }
}

/**
 * Names the provider configuration that places an instance (by its key in the plan's provider_config):
 * two instances placed by one configuration are in one region, even when the plan does not say which.
 */
function placements(index: PlanIndex): (instance: ResourceInstance) => string | undefined {
  const keys = new Map<ProviderConfigJson, string>()
  for (const [key, config] of index.providerConfig) if (!keys.has(config)) keys.set(config, key)
  return (instance) => {
    const config = index.placement(instance)
    return config === undefined ? undefined : keys.get(config)
  }
}

function describeLoadBalancer(
  index: PlanIndex,
  buckets: Buckets,
  untraced: { listeners: ResourceInstance[]; vendedSources: ResourceInstance[] },
  placementOf: (instance: ResourceInstance) => string | undefined,
  instance: ResourceInstance
): LoadBalancer {
  const kind = loadBalancerKind(instance)
  const accessLogsBlock = instance.attrs.block(['access_logs'])
  const s3Logging = s3LoggingState(instance.type, accessLogsBlock)
  const prefixPath = ['access_logs', 0, kind === 'classic' ? 'bucket_prefix' : 'prefix']
  return Object.assign(new Dependent(index, instance), {
    address: instance.address,
    kind,
    accessLogsBlock,
    s3Logging,
    vendedAccessLogs: vendedDeliveries(index, instance).filter((d) => ACCESS_LOG_TYPES.has(d.logType)),
    logDestination: s3Logging === 'no' ? null : logDestination(index, buckets, instance),
    listeners: index.referrersOf(LISTENER_TYPES, ['load_balancer_arn'], instance),
    untracedListeners: untraced.listeners,
    untracedVendedSources: untraced.vendedSources,
    region: index.region(instance),
    mutualTls: [],
    logPrefix: {
      value: accessLogsBlock === 'unknown' ? UNKNOWN : accessLogsBlock ? accessLogsBlock.get(prefixPath.slice(2)) : ABSENT,
      references: expressionReferences(index, instance, prefixPath)
    },
    placement: placementOf(instance),
    account: index.assumedAccount(instance)
  })
}

/**
 * `mutual_authentication` is computed when not configured (mode `off`), so an unknown block alone says
 * nothing. It counts when the configuration writes it; when the plan gives a mode other than `off` (a
 * `dynamic` block, left out of the plan's configuration); or when it is known only after apply in an
 * HTTPS listener fed a trust store: AWS attaches a trust store only to a listener that verifies client
 * certificates. A trust store reached only through a wrapper module's whole for_each collection may
 * belong to another item: the mode is then unknown.
 */
function mutualTlsListeners(index: PlanIndex, listeners: ResourceInstance[]): { listener: ResourceInstance; mode: Value }[] {
  const found: { listener: ResourceInstance; mode: Value }[] = []
  for (const listener of listeners) {
    const planned = listener.attrs.get(['mutual_authentication', 0, 'mode'])
    if (listener.config === undefined || isConfigured(listener.config.expressions, ['mutual_authentication'])) {
      found.push({ listener, mode: planned })
      continue
    }
    if (planned.kind === 'known' && typeof planned.value === 'string' && planned.value !== 'off') {
      found.push({ listener, mode: planned })
      continue
    }
    if (listener.attrs.get(['mutual_authentication']).kind !== 'unknown') continue
    const protocol = knownString(listener.attrs.get(['protocol']))
    if (protocol !== undefined && protocol !== 'HTTPS') continue
    const trustStore = (targets: ResourceInstance[]) => targets.some((t) => t.type === 'aws_lb_trust_store')
    if (trustStore(index.feeders(listener))) found.push({ listener, mode: { kind: 'known', value: 'verify', sensitive: false } })
    else if (trustStore(index.feeders(listener, { expandEach: true }))) found.push({ listener, mode: UNKNOWN })
  }
  return found
}

function loadBalancerKind(instance: ResourceInstance): LoadBalancerKind {
  if (instance.type === 'aws_elb') return 'classic'
  const type = knownString(instance.attrs.get(['load_balancer_type']))
  if (type === 'network' || type === 'gateway') return type
  if (type === undefined) {
    const constant = instance.config?.expressions?.load_balancer_type
    const value = constant && !Array.isArray(constant) ? (constant as { constant_value?: unknown }).constant_value : undefined
    if (value === 'network' || value === 'gateway') return value
  }
  return 'application'
}

/** `aws_lb` defaults `enabled` to false, even with a bucket; `aws_elb` defaults it to true. */
function s3LoggingState(type: string, block: Attributes | null | 'unknown'): Tristate {
  if (block === 'unknown') return 'unknown'
  if (block === null) return 'no'
  const enabled = block.get(['enabled'])
  if (enabled.kind === 'unknown') return 'unknown'
  const on = enabled.kind === 'absent' ? type === 'aws_elb' : enabled.value === true
  if (!on) return 'no'
  const bucket = block.get(['bucket'])
  if (bucket.kind === 'unknown') return 'yes'
  return bucket.kind === 'known' && bucket.value !== '' ? 'yes' : 'no'
}

function logDestination(index: PlanIndex, buckets: Buckets, lb: ResourceInstance): LogDestination {
  const found = bucketsNamedBy(index, buckets, lb, ['access_logs', 0, 'bucket'])
  const name = lb.attrs.string(['access_logs', 0, 'bucket'])
  if (found.length === 1) return { kind: 'in-plan', bucket: found[0], name }
  if (found.length > 1) return { kind: 'unknown' }
  if (name.kind === 'known' && typeof name.value === 'string') return { kind: 'outside-plan', name: name.value, sensitive: name.sensitive }
  const resolved = index.resolveAttribute(lb, ['access_logs', 0, 'bucket'])
  const constant = resolved.constants.find((c): c is string => typeof c === 'string')
  if (constant && !resolved.unresolved && resolved.targets.length === 0) return { kind: 'outside-plan', name: constant, sensitive: resolved.sensitive === true }
  const fromData = resolved.targets.find((t) => t.mode === 'data')
  const dataName = fromData ? knownString(fromData.attrs.get(['bucket'])) ?? knownString(fromData.attrs.get(['id'])) : undefined
  if (dataName) return { kind: 'outside-plan', name: dataName, sensitive: false }
  const fed = bucketsFeedingDynamicBlock(index, buckets, lb, 'access_logs')
  if (fed.length === 1) return { kind: 'in-plan', bucket: fed[0], name }
  return { kind: 'unknown' }
}

/**
 * The managed buckets that the module input feeding a `dynamic` block refers to (terraform-aws-modules/alb:
 * `access_logs = { bucket = module.log_bucket.s3_bucket_id }`). Only the buckets of that one input count,
 * and a bucket whose name is known must be the one the plan gives the block when that is known too.
 */
function bucketsFeedingDynamicBlock(index: PlanIndex, buckets: Buckets, from: ResourceInstance, block: string): Bucket[] {
  const resolved = index.resolveDynamicBlockInput(from, block)
  if (!resolved) return []
  const result = new Set<Bucket>()
  for (const target of resolved.targets) {
    const bucket = buckets.of(target)
    if (bucket) result.add(bucket)
    else if (target.type.startsWith('aws_s3_bucket_')) for (const b of bucketsNamedBy(index, buckets, target, ['bucket'])) result.add(b)
  }
  const planned = knownString(from.attrs.get([block, 0, 'bucket']))
  return [...result].filter((bucket) => planned === undefined || knownString(bucket.name) === undefined || knownString(bucket.name) === planned)
}

/** The managed buckets an attribute names: by reference, or by the bucket name when it is known. */
export function bucketsNamedBy(index: PlanIndex, buckets: Buckets, from: ResourceInstance, path: PathStep[]): Bucket[] {
  const resolved = index.resolveAttribute(from, path)
  const result = new Set<Bucket>()
  for (const target of resolved.targets) {
    const bucket = buckets.of(target)
    if (bucket) result.add(bucket)
    else if (target.type.startsWith('aws_s3_bucket_') && target !== from) {
      for (const b of bucketsNamedBy(index, buckets, target, ['bucket'])) result.add(b)
    }
  }
  if (result.size === 0) {
    const name = knownString(from.attrs.get(path)) ?? constantString(resolved)
    if (name) for (const bucket of buckets.named(name)) result.add(bucket)
  }
  return [...result]
}

function constantString(resolved: Resolved): string | undefined {
  return resolved.constants.find((c): c is string => typeof c === 'string')
}

/** What an attribute refers to, limited to some resource types. */
export function referenced(index: PlanIndex, from: ResourceInstance, path: PathStep[], types: string[]): ResourceInstance[] {
  return index.resolveAttribute(from, path).targets.filter((t) => types.includes(t.type))
}

function vendedDeliveries(index: PlanIndex, lb: ResourceInstance): VendedDelivery[] {
  return index.referrersOf(['aws_cloudwatch_log_delivery_source'], ['resource_arn'], lb).map((source) => {
    const logType = knownString(source.attrs.get(['log_type'])) ?? 'unknown'
    const sourceName = knownString(source.attrs.get(['name']))
    const deliveries = index.ofType('aws_cloudwatch_log_delivery').filter((delivery) => {
      if (index.resolveAttribute(delivery, ['delivery_source_name']).targets.includes(source)) return true
      return sourceName !== undefined && knownString(delivery.attrs.get(['delivery_source_name'])) === sourceName
    })
    const destinations = deliveries.flatMap((delivery) => {
      const targets = referenced(index, delivery, ['delivery_destination_arn'], ['aws_cloudwatch_log_delivery_destination'])
      if (targets.length === 0) return ['unknown' as const]
      return targets.map((destination) => {
        const resource = index.resolveAttribute(destination, ['delivery_destination_configuration', 0, 'destination_resource_arn']).targets[0]
        const arn = knownString(destination.attrs.get(['delivery_destination_configuration', 0, 'destination_resource_arn'])) ?? ''
        if (resource?.type === 'aws_cloudwatch_log_group' || arn.startsWith('arn:aws:logs:')) return 'cloudwatch' as const
        if (resource?.type === 'aws_s3_bucket' || arn.startsWith('arn:aws:s3:')) return 's3' as const
        if (resource?.type === 'aws_kinesis_firehose_delivery_stream' || arn.includes(':firehose:')) return 'firehose' as const
        return 'unknown' as const
      })
    })
    return { source, logType, destinations }
  })
}
