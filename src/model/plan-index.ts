import type {
  ConfigResourceJson,
  ExpressionJson,
  ExpressionsJson,
  JsonValue,
  ModuleCallJson,
  ModuleConfigJson,
  ModuleValuesJson,
  PlanJson,
  ProviderConfigJson,
  ResourceChangeJson,
  ResourceValuesJson
} from '../plan/types.js'
import type { ModuleTree } from './module-tree.js'
import { formatKey, formatModuleInstance, parseAddress, type ModuleStep, type ParsedAddress } from './address.js'
import { RELEVANT_TYPES } from './relevant-types.js'
import { Attributes, type PathStep } from './value.js'

/** One resource instance the plan leaves in place after apply (created, updated, replaced or unchanged). */
export interface ResourceInstance {
  address: string
  parsed: ParsedAddress
  /** `module.a["k"].module.b`, or "" at the root. */
  moduleInstance: string
  mode: 'managed' | 'data'
  type: string
  name: string
  actions: string[]
  attrs: Attributes
  /** The resource block in the configuration, when the plan has one. */
  config: ConfigResourceJson | undefined
}

export interface Resolved {
  targets: ResourceInstance[]
  /** Known constants the reference chain ends in (a module input given as a literal, a root variable). */
  constants: JsonValue[]
  /** Some part of the chain could not be followed (locals, functions, registry modules without config). */
  unresolved: boolean
  /** The chain passed through a variable declared sensitive: constants must not be printed. */
  sensitive?: boolean
}

export interface ResolveOptions {
  /** Follow `each.value` in a module call's inputs to the call's for_each collection (an over-approximation). */
  expandEach?: boolean
}

const MAX_DEPTH = 24
const pathKey = (modules: readonly { name: string }[]) => modules.map((m) => m.name).join('\u0000')

/**
 * The plan's resource instances joined with their configuration, and the means to follow references
 * between them (across modules, through module inputs and outputs, over count/for_each instances).
 */
export class PlanIndex {
  readonly instances: ResourceInstance[] = []
  readonly byAddress = new Map<string, ResourceInstance>()
  readonly deleted = new Set<string>()
  private readonly byTypeMap = new Map<string, ResourceInstance[]>()
  private readonly byBlock = new Map<string, ResourceInstance[]>()
  /** Instances by exact module instance and block: `module.a["k"]|managed.aws_lb.web`. */
  private readonly byModuleBlock = new Map<string, ResourceInstance[]>()
  /** Module paths (names joined) whose instances carry keys (count or for_each on the module call). */
  private readonly keyedModulePaths = new Set<string>()
  private readonly referrerCache = new Map<string, Map<ResourceInstance, ResourceInstance[]>>()
  private readonly byKnownId = new Map<string, ResourceInstance>()
  private readonly seenModuleInstances = new Set<string>()
  private readonly moduleConfigs = new Map<string, ModuleConfigJson>()
  private readonly moduleCalls = new Map<string, ModuleCallJson>()
  private readonly configResources = new Map<string, ConfigResourceJson>()
  readonly providerConfig = new Map<string, ProviderConfigJson>()
  readonly variables = new Map<string, { value?: JsonValue }>()
  readonly moduleTree: ModuleTree
  private currentRegions: Map<ProviderConfigJson, string> | undefined
  /** Instances by each module call path they lie under (names only, `a.b`), built on first need. */
  private underModuleCalls: Map<string, ResourceInstance[]> | undefined

  constructor(readonly plan: PlanJson) {
    const root = plan.configuration?.root_module
    this.moduleTree = { source: '.', calls: {} }
    if (root) this.indexModuleConfig([], root, this.moduleTree)
    for (const [key, value] of Object.entries(plan.configuration?.provider_config ?? {})) this.providerConfig.set(key, value)
    for (const [key, value] of Object.entries(plan.variables ?? {})) this.variables.set(key, value)
    this.indexInstances()
  }

  private indexModuleConfig(path: string[], module: ModuleConfigJson, tree: ModuleTree): void {
    const key = path.join('\u0000')
    this.moduleConfigs.set(key, module)
    for (const resource of module.resources ?? []) {
      const mode = resource.mode === 'data' ? 'data' : 'managed'
      // Keyed by the block's address (`data.aws_x.y`), which is what instance addresses are made of.
      const local = parseResourceRef(resource.address)
      const name = local && local.type === resource.type ? local.name : resource.name
      this.configResources.set(`${key}|${mode}.${resource.type}.${name}`, resource)
    }
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      const childPath = [...path, name]
      this.moduleCalls.set(childPath.join('\u0000'), call)
      const childTree: ModuleTree = { source: call.source ?? '', calls: {} }
      // Module names come from the plan: define, never assign (a module `__proto__` must stay a key).
      Object.defineProperty(tree.calls, name, { value: childTree, enumerable: true, writable: true, configurable: true })
      if (call.module) this.indexModuleConfig(childPath, call.module, childTree)
    }
  }

  private indexInstances(): void {
    const seen = new Set<string>()
    // An address given twice (a hand-edited or concatenated plan) is one instance, its last entry, as a
    // key given twice in JSON is: two verdicts of a rule on one address would share a fingerprint.
    const changes = new Map<string, ResourceChangeJson>()
    for (const rc of this.plan.resource_changes ?? []) if (!rc.deposed) changes.set(rc.address, rc)
    for (const rc of changes.values()) {
      const actions = rc.change.actions
      seen.add(rc.address)
      if (actions.includes('delete') && !actions.includes('create')) {
        this.deleted.add(rc.address)
        continue
      }
      if (actions.length > 0 && actions.every((a) => a === 'forget')) continue
      let after = rc.change.after
      let sensitive = rc.change.after_sensitive
      // Terraform 1.0–1.1 sometimes print a no-op with `after: null`: the object is unchanged.
      if ((after === null || after === undefined) && rc.change.before && !actions.includes('create')) {
        after = rc.change.before
        sensitive = rc.change.before_sensitive
      }
      this.add(rc.address, rc.mode, actions, new Attributes(after ?? {}, rc.change.after_unknown, sensitive))
    }
    const walk = (root: ModuleValuesJson | undefined, actions: string[], dataOnly: boolean) => {
      const found = new Map<string, ResourceValuesJson>()
      const collect = (module: ModuleValuesJson | undefined) => {
        if (!module) return
        for (const r of module.resources ?? []) if (!dataOnly || r.mode === 'data') found.set(r.address, r)
        for (const child of module.child_modules ?? []) collect(child)
      }
      collect(root)
      for (const r of found.values()) {
        if (seen.has(r.address) || this.deleted.has(r.address)) continue
        seen.add(r.address)
        this.add(r.address, r.mode, actions, new Attributes(r.values ?? {}, undefined, r.sensitive_values))
      }
    }
    walk(this.plan.planned_values?.root_module, ['no-op'], false)
    // Data sources read while planning live only in prior_state. (Its managed resources are the state
    // before the plan: Terraform 0.12 even prints child-module ones without their module prefix.)
    walk(this.plan.prior_state?.values?.root_module, ['read'], true)
  }

  private add(address: string, mode: string | undefined, actions: string[], attrs: Attributes): void {
    const parsed = parseAddress(address)
    if (!parsed) return
    const resolvedMode = mode === 'data' || parsed.mode === 'data' ? 'data' : 'managed'
    const modulePathKey = pathKey(parsed.modules)
    const moduleInstance = parsed.modules.length === 0 ? '' : address.slice(0, address.length - resourcePartLength(parsed) - 1)
    const instance: ResourceInstance = {
      address,
      parsed,
      moduleInstance,
      mode: resolvedMode,
      type: parsed.type,
      name: parsed.name,
      actions,
      attrs,
      config: this.configResources.get(`${modulePathKey}|${resolvedMode}.${parsed.type}.${parsed.name}`)
    }
    this.instances.push(instance)
    this.byAddress.set(address, instance)
    let list = this.byTypeMap.get(parsed.type)
    if (!list) this.byTypeMap.set(parsed.type, (list = []))
    list.push(instance)
    const blockKey = `${modulePathKey}|${resolvedMode}.${parsed.type}.${parsed.name}`
    let block = this.byBlock.get(blockKey)
    if (!block) this.byBlock.set(blockKey, (block = []))
    block.push(instance)
    const moduleBlockKey = `${instance.moduleInstance}|${resolvedMode}.${parsed.type}.${parsed.name}`
    let exact = this.byModuleBlock.get(moduleBlockKey)
    if (!exact) this.byModuleBlock.set(moduleBlockKey, (exact = []))
    exact.push(instance)
    if (parsed.modules.length > 0 && !this.seenModuleInstances.has(moduleInstance)) {
      this.seenModuleInstances.add(moduleInstance)
      for (let i = 0; i < parsed.modules.length; i++) if (parsed.modules[i].key !== undefined) this.keyedModulePaths.add(pathKey(parsed.modules.slice(0, i + 1)))
    }
    for (const attribute of ['arn', 'id']) {
      const value = attrs.get([attribute])
      if (value.kind === 'known' && typeof value.value === 'string' && value.value) this.byKnownId.set(value.value, instance)
    }
  }

  ofType(...types: string[]): ResourceInstance[] {
    return types.flatMap((t) => (t.startsWith('data.') ? [] : (this.byTypeMap.get(t) ?? []).filter((r) => r.mode === 'managed')))
  }

  dataOfType(type: string): ResourceInstance[] {
    return (this.byTypeMap.get(type) ?? []).filter((r) => r.mode === 'data')
  }

  /** The configuration expression at `path` of an instance's block (`["access_logs", 0, "bucket"]`). */
  expression(instance: ResourceInstance, path: PathStep[]): ExpressionJson | undefined {
    return expressionAt(instance.config?.expressions, path)
  }

  /**
   * What feeds a block the configuration writes as `dynamic`: the plan's configuration leaves such blocks
   * out entirely. Modules feed them from an input of the block's own name (`access_logs = { bucket = ... }`
   * for `dynamic "access_logs" { for_each = [var.access_logs] ... }`), so that input is followed, through
   * wrapper modules' for_each collections too. Undefined when the block is written statically, or the
   * instance's module declares no such input.
   */
  resolveDynamicBlockInput(instance: ResourceInstance, block: string, options: ResolveOptions = { expandEach: true }): Resolved | undefined {
    const modules = instance.parsed.modules
    if (!instance.config || modules.length === 0 || isConfigured(instance.config.expressions, [block])) return undefined
    if (!ownValue(this.moduleConfigs.get(pathKey(modules))?.variables, block)) return undefined
    const out: Resolved = { targets: [], constants: [], unresolved: false }
    this.resolveReference(modules, `var.${block}`, instance, 0, out, options)
    out.targets = [...new Set(out.targets)]
    return out
  }

  /**
   * What the hidden parts of an instance's configuration may be made of: its `for_each`/`count` collection
   * (a module's `listeners` map) and the inputs feeding its `dynamic` blocks. An over-approximation, for
   * telling whether a block known only after apply can be there at all.
   */
  feeders(instance: ResourceInstance, options: ResolveOptions = {}): ResourceInstance[] {
    const out: Resolved = { targets: [], constants: [], unresolved: false }
    const config = instance.config
    if (!config) return []
    for (const expression of [config.for_each_expression, config.count_expression]) {
      if (expression) merge(out, this.resolveExpression(instance.parsed.modules, expression, instance, 0, options))
    }
    for (const name of Object.keys(this.moduleConfigs.get(pathKey(instance.parsed.modules))?.variables ?? {})) {
      const fed = this.resolveDynamicBlockInput(instance, name, options)
      if (fed) merge(out, fed)
    }
    return [...new Set(out.targets)]
  }

  /** Follows the references of an instance's expression at `path` to the instances they name. */
  resolveAttribute(instance: ResourceInstance, path: PathStep[]): Resolved {
    const expression = this.expression(instance, path)
    if (!expression) return { targets: [], constants: [], unresolved: instance.config === undefined }
    return this.resolveExpression(instance.parsed.modules, expression, instance)
  }

  resolveExpression(modules: ModuleStep[], expression: ExpressionJson, from?: ResourceInstance, depth = 0, options: ResolveOptions = {}): Resolved {
    const result: Resolved = { targets: [], constants: [], unresolved: false }
    // The loader validates the plan down to `expressions`, not inside: an expression may be any JSON.
    if (expression === null || typeof expression !== 'object' || Array.isArray(expression)) {
      result.unresolved = true
      return result
    }
    if ('constant_value' in expression) {
      result.constants.push(expression.constant_value ?? null)
      return result
    }
    const refs = Array.isArray(expression.references) ? expression.references.filter((ref) => typeof ref === 'string') : []
    if (refs.length === 0) {
      result.unresolved = true
      return result
    }
    for (const ref of rootReferences(refs)) this.resolveReference(modules, ref, from, depth, result, options)
    result.targets = [...new Set(result.targets)]
    return result
  }

  private resolveReference(modules: ModuleStep[], ref: string, from: ResourceInstance | undefined, depth: number, out: Resolved, options: ResolveOptions = {}): void {
    if (depth > MAX_DEPTH) {
      out.unresolved = true
      return
    }
    if (ref.startsWith('count.') || ref.startsWith('path.') || ref.startsWith('terraform.')) return
    if (ref.startsWith('local.') || ref.startsWith('each.') || ref.startsWith('self.')) {
      out.unresolved = true
      return
    }
    if (ref.startsWith('var.')) {
      const name = ref.slice(4).split(/[.[]/)[0]
      if (ownValue(this.moduleConfigs.get(pathKey(modules))?.variables, name)?.sensitive) out.sensitive = true
      if (modules.length === 0) {
        const variable = this.variables.get(name)
        if (variable && 'value' in variable) out.constants.push(variable.value ?? null)
        else out.unresolved = true
        return
      }
      const call = this.moduleCalls.get(pathKey(modules))
      const input = ownValue(call?.expressions, name) as ExpressionJson | undefined
      if (input && !Array.isArray(input)) {
        const inner = this.resolveExpression(modules.slice(0, -1), input, undefined, depth + 1, options)
        merge(out, inner)
        // `each.value.x` in the input of a call with for_each comes from the call's for_each collection.
        if (options.expandEach && call?.for_each_expression && referencesOf(input).some((r) => r.startsWith('each.'))) {
          merge(out, this.resolveExpression(modules.slice(0, -1), call.for_each_expression, undefined, depth + 1, options))
        }
        return
      }
      const declared = ownValue(this.moduleConfigs.get(pathKey(modules))?.variables, name)
      if (declared && 'default' in declared) out.constants.push(declared.default ?? null)
      else out.unresolved = true
      return
    }
    if (ref.startsWith('module.')) {
      const parsed = parseModuleOutputRef(ref)
      if (!parsed) {
        out.unresolved = true
        return
      }
      const childModules = [...modules, { name: parsed.module, key: parsed.key }]
      const childConfig = this.moduleConfigs.get(pathKey(childModules))
      const output = parsed.output ? ownValue(childConfig?.outputs, parsed.output) : undefined
      if (!output?.expression) {
        out.unresolved = true
        return
      }
      // Without a key the reference spans every instance of the module call.
      merge(out, this.resolveExpression(childModules, output.expression, undefined, depth + 1, options))
      return
    }
    const target = parseResourceRef(ref)
    // Resources the model does not read are opaque, whether or not the loader kept them.
    if (!target || !RELEVANT_TYPES.has(target.type)) {
      out.unresolved = true
      return
    }
    const inModule = this.instancesOf(modules, target)
    let matches = inModule
    if (target.index !== undefined) matches = inModule.filter((c) => c.parsed.index === target.index)
    else if (inModule.length > 1 && from?.parsed.index !== undefined) {
      // `aws_s3_bucket.logs[count.index]` is printed without the index: pair instances by key.
      const paired = inModule.filter((c) => c.parsed.index === from.parsed.index)
      if (paired.length > 0) matches = paired
    }
    if (matches.length === 0) {
      // A resource that is not in the plan (deleted, or config-only) cannot be followed.
      if (!this.byBlock.has(`${pathKey(modules)}|${target.mode}.${target.type}.${target.name}`) && !this.hasConfigResource(modules, target)) out.unresolved = true
      return
    }
    out.targets.push(...matches)
  }

  /** Instances of a block in a module instance; a module step without a key on a keyed call spans every instance. */
  private instancesOf(modules: ModuleStep[], target: { mode: string; type: string; name: string }): ResourceInstance[] {
    const wildcard = modules.some((step, i) => step.key === undefined && this.keyedModulePaths.has(pathKey(modules.slice(0, i + 1))))
    if (!wildcard) return this.byModuleBlock.get(`${formatModuleInstance(modules)}|${target.mode}.${target.type}.${target.name}`) ?? []
    const candidates = this.byBlock.get(`${pathKey(modules)}|${target.mode}.${target.type}.${target.name}`) ?? []
    return candidates.filter((c) => sameModuleInstance(c.parsed.modules, modules))
  }

  /**
   * Instances of `types` whose attribute at `path` refers to `target`, by reference or by an equal known
   * ARN or id. Built once per (types, path) for the whole plan, so that asking for every load balancer
   * costs one pass over the referring resources.
   */
  referrersOf(types: string[], path: PathStep[], target: ResourceInstance): ResourceInstance[] {
    const key = `${types.join(',')}#${path.join('.')}`
    let reverse = this.referrerCache.get(key)
    if (!reverse) {
      reverse = new Map()
      for (const candidate of this.ofType(...types)) {
        const targets = new Set(this.resolveAttribute(candidate, path).targets)
        const value = candidate.attrs.get(path)
        if (value.kind === 'known' && typeof value.value === 'string') {
          const byValue = this.byKnownId.get(value.value)
          if (byValue) targets.add(byValue)
        }
        for (const t of targets) {
          const list = reverse.get(t) ?? []
          list.push(candidate)
          reverse.set(t, list)
        }
      }
      this.referrerCache.set(key, reverse)
    }
    return reverse.get(target) ?? []
  }

  /** Instances of `types` whose attribute at `path` is unknown and cannot be traced: they may refer to anything. */
  untraceable(types: string[], path: PathStep[]): ResourceInstance[] {
    return this.ofType(...types).filter((candidate) => {
      if (candidate.attrs.get(path).kind !== 'unknown') return false
      const resolved = this.resolveAttribute(candidate, path)
      return resolved.targets.length === 0 && resolved.unresolved
    })
  }

  private hasConfigResource(modules: ModuleStep[], target: { mode: string; type: string; name: string }): boolean {
    return this.configResources.has(`${pathKey(modules)}|${target.mode}.${target.type}.${target.name}`)
  }

  /** Everything an instance's configuration refers to, anywhere in its block, plus `depends_on`. */
  dependencies(instance: ResourceInstance): Resolved {
    const out: Resolved = { targets: [], constants: [], unresolved: false }
    const config = instance.config
    if (!config) return out
    const refs = new Set<string>()
    collectReferences(config.expressions, refs)
    for (const ref of rootReferences([...refs])) this.resolveReference(instance.parsed.modules, ref, instance, 0, out)
    for (const dep of config.depends_on ?? []) this.resolveDependsOn(instance.parsed.modules, dep, instance, out)
    // A `dynamic` block's references are missing from the configuration: what feeds it orders the instance too.
    for (const name of Object.keys(this.moduleConfigs.get(pathKey(instance.parsed.modules))?.variables ?? {})) {
      if (instance.attrs.get([name]).kind === 'absent') continue
      const fed = this.resolveDynamicBlockInput(instance, name)
      if (fed) out.targets.push(...fed.targets)
    }
    // `depends_on` on the module calls that contain the instance orders it too.
    for (let depth = instance.parsed.modules.length; depth > 0; depth--) {
      const modules = instance.parsed.modules.slice(0, depth)
      const call = this.moduleCalls.get(pathKey(modules))
      for (const dep of call?.depends_on ?? []) this.resolveDependsOn(modules.slice(0, -1), dep, undefined, out)
    }
    out.targets = [...new Set(out.targets)]
    return out
  }

  /** A `depends_on` entry: a resource, or a whole module call, which orders after everything in it. */
  private resolveDependsOn(modules: ModuleStep[], dep: string, from: ResourceInstance | undefined, out: Resolved): void {
    const call = parseModuleOutputRef(dep)
    if (!call || call.output !== undefined) {
      this.resolveReference(modules, dep, from, 0, out)
      return
    }
    const inside = [...modules, { name: call.module, key: call.key }]
    for (const candidate of this.instancesUnder(inside)) {
      if (sameModuleInstance(candidate.parsed.modules.slice(0, inside.length), inside)) out.targets.push(candidate)
    }
  }

  /**
   * The instances inside a module call path (keys aside). Indexed once, since every load balancer in a
   * module whose call has `depends_on` asks: a scan of all instances each time grew with plan size squared.
   */
  private instancesUnder(modules: ModuleStep[]): ResourceInstance[] {
    if (!this.underModuleCalls) {
      this.underModuleCalls = new Map()
      for (const instance of this.instances) {
        let key = ''
        for (const step of instance.parsed.modules) {
          key = key === '' ? step.name : `${key}.${step.name}`
          const list = this.underModuleCalls.get(key)
          if (list) list.push(instance)
          else this.underModuleCalls.set(key, [instance])
        }
      }
    }
    return this.underModuleCalls.get(modules.map((step) => step.name).join('.')) ?? []
  }

  /** The region a resource is managed in: its own `region` argument, else its provider's. */
  region(instance: ResourceInstance): string | 'unknown' | undefined {
    const own = instance.attrs.get(['region'])
    if (own.kind === 'known' && typeof own.value === 'string' && own.value) return own.value
    if (own.kind === 'unknown' && instance.config?.expressions?.region) return 'unknown'
    const provider = this.providerFor(instance)
    const expression = provider?.expressions?.region as ExpressionJson | undefined
    if (!expression) return undefined
    const resolved = this.resolveExpression([], expression)
    const value = resolved.constants.find((c) => typeof c === 'string')
    if (typeof value === 'string') return value
    const current = this.currentRegionOf(provider)
    if (current) return current
    return resolved.unresolved || resolved.targets.length > 0 ? 'unknown' : undefined
  }

  /**
   * The region a provider configuration stands for, when its `region` is an expression the plan does not
   * evaluate (`region = local.region`): Terraform reads `data "aws_region" "current" {}` while planning,
   * so any such data source of the same provider configuration names it.
   */
  private currentRegionOf(provider: ProviderConfigJson | undefined): string | undefined {
    if (!provider) return undefined
    if (!this.currentRegions) {
      this.currentRegions = new Map()
      for (const data of this.dataOfType('aws_region')) {
        const expressions = data.config?.expressions ?? {}
        // A data source asking for another region (`name`, `region`, `endpoint`, `id`) says nothing of its provider's.
        if (['name', 'region', 'endpoint', 'id'].some((argument) => isConfigured(expressions, [argument]))) continue
        const name = data.attrs.get(['region']).kind === 'known' ? data.attrs.get(['region']) : data.attrs.get(['name'])
        const config = this.providerFor(data)
        if (config && name.kind === 'known' && typeof name.value === 'string' && name.value) this.currentRegions.set(config, name.value)
      }
    }
    return this.currentRegions.get(provider)
  }

  /**
   * Which provider configuration places an instance: two instances placed by one configuration are in one
   * region, even when the plan does not say which.
   */
  placement(instance: ResourceInstance): ProviderConfigJson | undefined {
    if (instance.config?.expressions?.region) return undefined
    return this.providerFor(instance)
  }

  providerFor(instance: ResourceInstance): ProviderConfigJson | undefined {
    const key = instance.config?.provider_config_key
    if (!key) return this.providerConfig.get('aws')
    const direct = this.providerConfig.get(key)
    if (direct?.expressions) return direct
    // `module.x:aws` names a provider the module inherits: the root's configuration applies.
    const local = key.includes(':') ? key.slice(key.lastIndexOf(':') + 1) : key
    return this.providerConfig.get(local) ?? direct
  }

  /** The account a provider assumes a role in, when its configuration says so. */
  assumedAccount(instance: ResourceInstance): string | 'unknown' | undefined {
    const provider = this.providerFor(instance)
    const assume = provider?.expressions?.assume_role
    const block = Array.isArray(assume) ? (assume[0] as ExpressionsJson | undefined) : undefined
    const roleArn = block?.role_arn as ExpressionJson | undefined
    if (!roleArn) return undefined
    const resolved = this.resolveExpression([], roleArn)
    const arn = resolved.constants.find((c) => typeof c === 'string')
    if (typeof arn === 'string') return /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1] ?? 'unknown'
    return 'unknown'
  }
}

function referencesOf(expression: ExpressionJson): string[] {
  const refs = (expression as { references?: unknown }).references
  return Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string') : []
}

/** From Terraform's list of references (every traversal prefix) keep the most specific of each object. */
function rootReferences(refs: string[]): string[] {
  const sorted = [...new Set(refs)].sort((a, b) => b.length - a.length)
  const kept: string[] = []
  for (const ref of sorted) if (!kept.some((k) => k.startsWith(ref + '.') || k.startsWith(ref + '['))) kept.push(ref)
  return kept
}

const KEY = String.raw`(?:\[(\d+|"(?:[^"\\]|\\.)*")\])?`
const MODULE_OUTPUT_REF = new RegExp(String.raw`^module\.([^.[]+)` + KEY + String.raw`(?:\.([^.[]+))?`)
const RESOURCE_REF = new RegExp(String.raw`^(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)` + KEY)

function parseKey(raw: string | undefined): string | number | undefined {
  if (raw === undefined) return undefined
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : Number(raw)
}

function parseModuleOutputRef(ref: string): { module: string; key?: string | number; output?: string } | null {
  const match = MODULE_OUTPUT_REF.exec(ref)
  return match ? { module: match[1], key: parseKey(match[2]), output: match[3] } : null
}

function parseResourceRef(ref: string): { mode: 'managed' | 'data'; type: string; name: string; index?: string | number } | null {
  const match = RESOURCE_REF.exec(ref)
  if (!match) return null
  return { mode: match[1] ? 'data' : 'managed', type: match[2], name: match[3], index: parseKey(match[4]) }
}

function sameModuleInstance(actual: ModuleStep[], wanted: ModuleStep[]): boolean {
  if (actual.length !== wanted.length) return false
  for (let i = 0; i < actual.length; i++) {
    if (actual[i].name !== wanted[i].name) return false
    if (wanted[i].key !== undefined && actual[i].key !== wanted[i].key) return false
  }
  return true
}

/** Length of `data.type.name[key]` at the end of an address, as Terraform prints it. */
function resourcePartLength(parsed: ParsedAddress): number {
  return (parsed.mode === 'data' ? 5 : 0) + parsed.type.length + 1 + parsed.name.length + (parsed.index === undefined ? 0 : formatKey(parsed.index).length)
}

/** A property the object itself has (plan keys such as `__proto__` never reach the prototype). */
function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

function merge(into: Resolved, from: Resolved): void {
  into.targets.push(...from.targets)
  into.constants.push(...from.constants)
  if (from.unresolved) into.unresolved = true
  if (from.sensitive) into.sensitive = true
}

export function expressionAt(expressions: ExpressionsJson | undefined, path: PathStep[]): ExpressionJson | undefined {
  let node: unknown = expressions
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined
    // A map attribute (`tags`, `parameters`) is one expression: the path ends inside it.
    if (!Array.isArray(node) && ('references' in node || 'constant_value' in node)) return node as ExpressionJson
    if (Array.isArray(node)) node = typeof step === 'number' ? node[step] : undefined
    else node = typeof step === 'string' && Object.prototype.hasOwnProperty.call(node, step) ? (node as Record<string, unknown>)[step] : undefined
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined
  const expression = node as ExpressionJson
  return 'constant_value' in expression || 'references' in expression || Object.keys(expression).length === 0 ? expression : undefined
}

/** True when the configuration writes anything at `path` (an attribute or a block). */
export function isConfigured(expressions: ExpressionsJson | undefined, path: PathStep[]): boolean {
  let node: unknown = expressions
  for (const step of path) {
    if (node === null || typeof node !== 'object') return false
    if (Array.isArray(node)) node = typeof step === 'number' ? node[step] : undefined
    else node = typeof step === 'string' && Object.prototype.hasOwnProperty.call(node, step) ? (node as Record<string, unknown>)[step] : undefined
  }
  return node !== undefined && !(Array.isArray(node) && node.length === 0)
}

/** Walks with a stack of its own, not by recursion: expressions nest as deep as the plan says. */
function collectReferences(root: unknown, into: Set<string>): void {
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item)
      continue
    }
    const record = node as Record<string, unknown>
    if (Array.isArray(record.references) && record.references.every((r) => typeof r === 'string')) {
      for (const ref of record.references as string[]) into.add(ref)
      continue
    }
    for (const value of Object.values(record)) stack.push(value)
  }
}
