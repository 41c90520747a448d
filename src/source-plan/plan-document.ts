// The plan-shaped document of a source folder: every instance of the resource types the model reads,
// in every module instance, with its planned values, as `terraform show -json` gives the plan of
// sources never applied: nothing in a prior world, every resource created (so the rules judge what a
// first apply does, its ordering included; the report shows sources' `actions` as `[]`). Data sources
// read while planning go to prior_state, those known only after apply to resource_changes.

import type { ModuleValuesJson, PlanJson, ResourceChangeJson, ResourceValuesJson } from '../plan/types.js'
import { RELEVANT_TYPES } from '../model/relevant-types.js'
import { EvaluationError } from '../terraform-lang/errors.js'
import { toJson } from '../terraform-lang/json.js'
import { keyText } from '../terraform-lang/references.js'
import type { JsonValue } from '../plan/types.js'
import { InputError } from '../errors.js'
import { buildConfiguration } from './configuration.js'
import { localDataSource } from './data-sources.js'
import type { Loader } from './loader.js'
import { CycleError, type ModuleInstance, type ResourceInstanceRef } from './module-instance.js'

const PROVIDER_NAME = 'registry.terraform.io/hashicorp/aws'

/**
 * Runs `f`; a configuration error becomes a problem line starting with its file and line (`where`, the
 * block's, when the error does not say), and that part is not judged. Never throws for bad sources.
 */
function guarded<T>(loader: Loader, what: string, where: string, fallback: T, f: () => T): T {
  try {
    return f()
  } catch (error) {
    if (loader.reportedBefore(error)) return fallback
    if (error instanceof CycleError) loader.problem(`${error.file}:${error.line}: ${error.message}; ${what} is not judged. Break the cycle`)
    else if (error instanceof EvaluationError) loader.problem(`${error.file === undefined ? where : `${error.file}:${error.line}`}: ${error.message}; ${what} is not judged. Fix the expression (\`terraform validate\` shows the error)`)
    else if (error instanceof InputError) loader.problem(`${error.file}: ${error.problem}; ${what} is not judged. ${error.remedy}`)
    else if (error instanceof RangeError) loader.problem(`${where}: the expressions of ${what} nest too deeply to evaluate; it is not judged. Simplify them`)
    else throw error
    return fallback
  }
}

function hasUnknown(shape: JsonValue): boolean {
  if (shape === true) return true
  if (Array.isArray(shape)) return shape.some(hasUnknown)
  if (shape !== null && typeof shape === 'object') return Object.values(shape).some(hasUnknown)
  return false
}

interface Collected {
  planned: ModuleValuesJson
  prior: ModuleValuesJson
  changes: ResourceChangeJson[]
}

function addInstance(loader: Loader, module: ModuleInstance, instance: ResourceInstanceRef, into: Collected): void {
  const local = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`
  const address = `${module.address ? `${module.address}.` : ''}${local}${instance.key === undefined ? '' : keyText(instance.key)}`
  const value = guarded(loader, address, `${instance.block.file}:${instance.block.line}`, undefined, () => module.instanceValue(instance))
  if (value === undefined) return
  const json = toJson(value)
  const identity = { address, mode: instance.mode, type: instance.type, name: instance.name, ...(instance.key === undefined ? {} : { index: instance.key }), provider_name: PROVIDER_NAME }
  const values: ResourceValuesJson = { ...identity, values: json.value as never, sensitive_values: json.sensitive === false ? {} : json.sensitive }
  const unknown = hasUnknown(json.unknown)
  if (instance.mode === 'data' && localDataSource(instance.type) && !unknown) {
    into.prior.resources!.push(values)
    return
  }
  into.planned.resources!.push(values)
  into.changes.push({
    ...identity,
    ...(module.address ? { module_address: module.address } : {}),
    change: {
      actions: instance.mode === 'data' ? ['read'] : ['create'],
      before: null,
      after: json.value,
      after_unknown: json.unknown === false ? {} : json.unknown,
      before_sensitive: false,
      after_sensitive: json.sensitive === false ? {} : json.sensitive
    }
  })
}

function collectModule(loader: Loader, module: ModuleInstance, into: Collected): void {
  for (const block of module.source.resources.values()) {
    const mode = block.type === 'data' ? 'data' : 'managed'
    const [type, name] = block.labels
    if (!RELEVANT_TYPES.has(type)) continue
    const what = `${module.address ? `${module.address}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}`
    const instances = guarded(loader, what, `${block.file}:${block.line}`, [] as ResourceInstanceRef[] | 'unknown', () => module.resourceInstances(mode, type, name))
    if (instances === 'unknown') {
      loader.warn(`${block.file}:${block.line}: the count or for_each of ${what} is known only after apply; its instances are not judged`)
      continue
    }
    for (const instance of instances) addInstance(loader, module, instance, into)
  }
  for (const [name, call] of module.source.moduleCalls) {
    const what = `${module.address ? `${module.address}.` : ''}module.${name}`
    const instances = guarded(loader, what, `${call.file}:${call.line}`, null, () => module.moduleInstances(name))
    if (instances === 'unknown') {
      loader.warn(`${call.file}:${call.line}: the count or for_each of ${what} is known only after apply; its resources are not judged`)
      continue
    }
    for (const child of instances?.values() ?? []) {
      const planned: ModuleValuesJson = { address: child.address, resources: [], child_modules: [] }
      const prior: ModuleValuesJson = { address: child.address, resources: [], child_modules: [] }
      collectModule(loader, child, { planned, prior, changes: into.changes })
      into.planned.child_modules!.push(planned)
      into.prior.child_modules!.push(prior)
    }
  }
}

/** Drops empty lists, as Terraform omits them. */
function tidy(module: ModuleValuesJson): ModuleValuesJson {
  const children = (module.child_modules ?? []).map(tidy).filter((c) => (c.resources?.length ?? 0) > 0 || (c.child_modules?.length ?? 0) > 0)
  const out: ModuleValuesJson = {}
  if (module.address) out.address = module.address
  if (module.resources?.length) out.resources = module.resources
  if (children.length) out.child_modules = children
  return out
}

export function buildPlanDocument(loader: Loader, root: ModuleInstance, keep?: ReadonlySet<string>): PlanJson {
  const collected: Collected = { planned: { resources: [], child_modules: [] }, prior: { resources: [], child_modules: [] }, changes: [] }
  collectModule(loader, root, collected)
  const variables: Record<string, { value: JsonValue }> = {}
  for (const name of root.source.variables.keys()) {
    const value = guarded(loader, `var.${name}`, `${root.source.variables.get(name)!.file}:${root.source.variables.get(name)!.line}`, undefined, () => root.variable(name, 0))
    if (value === undefined) continue
    const json = toJson(value)
    if (!hasUnknown(json.unknown)) Object.defineProperty(variables, name, { value: { value: json.value }, enumerable: true, writable: true, configurable: true })
  }
  const configuration = guarded(loader, 'the configuration', '.', undefined, () => buildConfiguration(loader, root, keep))
  return {
    format_version: '1.2',
    variables,
    planned_values: { root_module: tidy(collected.planned) },
    resource_changes: collected.changes,
    prior_state: { format_version: '1.0', values: { root_module: tidy(collected.prior) } },
    ...(configuration ? { configuration } : {})
  }
}
