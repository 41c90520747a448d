// Model objects built by hand, with no plan: rule tests state the facts and read the verdict.
import { defaultSettings, type Settings } from '../../src/config/settings.js'
import { parseAddress } from '../../src/model/address.js'
import type { Bucket, LoadBalancer, ModelFacts, PolicyDocument } from '../../src/model/model.js'
import type { ResourceInstance } from '../../src/model/plan-index.js'
import { parsePolicyJson } from '../../src/model/policy.js'
import type { BucketCompanionType } from '../../src/model/relevant-types.js'
import { ABSENT, Attributes, UNKNOWN, type Value } from '../../src/model/value.js'
import { unquote } from '../../src/util/quoted.js'
import type { JsonValue } from '../../src/plan/types.js'
import type { Outcome, RuleContext } from '../../src/rules/types.js'

/** A resource instance with planned values; `unknown` marks values known only after apply, as the plan's after_unknown does. */
export function instance(address: string, values: Record<string, JsonValue> = {}, unknown: Record<string, JsonValue> = {}, actions = ['create']): ResourceInstance {
  const parsed = parseAddress(address)
  if (!parsed) throw new Error(`not an address: ${address}`)
  const moduleInstance = parsed.modules.length === 0 ? '' : address.slice(0, address.lastIndexOf(`.${parsed.type}.`))
  return { address, parsed, moduleInstance, mode: parsed.mode, type: parsed.type, name: parsed.name, actions, attrs: new Attributes(values, unknown, undefined), config: undefined }
}

export const known = (value: JsonValue): Value => ({ kind: 'known', value, sensitive: false })
export { ABSENT, UNKNOWN }

/** A bucket policy document with the statements of a policy JSON (or 'unknown'). */
export function policy(holder: ResourceInstance, document: object | 'unknown', inline = false): PolicyDocument {
  return { holder, attribute: 'policy', inline, statements: document === 'unknown' ? 'unknown' : parsePolicyJson(JSON.stringify(document)) }
}

export function bucket(address: string, name: string, facts: Partial<Bucket> = {}, companions: Partial<Record<BucketCompanionType, ResourceInstance[]>> = {}): Bucket {
  return {
    instance: instance(address, { bucket: name }),
    name: known(name),
    companions: new Map(Object.entries(companions) as [BucketCompanionType, ResourceInstance[]][]),
    region: 'eu-west-1',
    regionWritten: false,
    account: undefined,
    encryption: [],
    policies: [],
    inline: { versioning: undefined, lifecycleRules: [] },
    ...facts
  }
}

/** An Application Load Balancer logging to `logBucket` (or with logs off when it is null). */
export function loadBalancer(address: string, logBucket: Bucket | null, facts: Partial<LoadBalancer> = {}): LoadBalancer {
  const lbInstance = instance(address, { load_balancer_type: facts.kind ?? 'application' })
  const block = logBucket ? new Attributes({ bucket: logBucket.instance.address, enabled: true, prefix: '' }, undefined, undefined) : null
  return {
    instance: lbInstance,
    address,
    kind: 'application',
    accessLogsBlock: block,
    s3Logging: logBucket ? 'yes' : 'no',
    vendedAccessLogs: [],
    logDestination: logBucket ? { kind: 'in-plan', bucket: logBucket, name: logBucket.name } : null,
    listeners: [],
    untracedListeners: [],
    untracedVendedSources: [],
    region: 'eu-west-1',
    mutualTls: [],
    logPrefix: { value: ABSENT, references: [] },
    placement: undefined,
    account: undefined,
    dependencies: [],
    ...facts
  }
}

export function facts(given: Partial<ModelFacts> = {}): ModelFacts {
  return {
    loadBalancers: [],
    buckets: [],
    health: { regions: new Map(), placements: new Map(), unknown: [], untargeted: [] },
    analysisReaders: [],
    shield: { proactive: [], drtAccess: [] },
    ...given
  }
}

export function context(model: Partial<ModelFacts> = {}, settings: Partial<Settings> = {}): RuleContext {
  return { model: facts(model), settings: { ...defaultSettings(), ...settings } }
}

/** The outcome as a reader sees it: plan values between backticks, the resource blamed by address. */
export function seen(outcome: Outcome): { verdict: string; message: string; target?: string; attribute?: (string | number)[]; lineFix?: string } {
  const view: ReturnType<typeof seen> = { verdict: outcome.verdict, message: unquote(outcome.message) }
  if (outcome.target) view.target = outcome.target.address
  if (outcome.attribute) view.attribute = outcome.attribute
  if (outcome.lineFix) view.lineFix = outcome.lineFix
  return view
}
