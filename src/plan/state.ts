// State as input: judged as it stands. Both shapes become the values part of a plan (`planned_values`),
// with no resource changes and no configuration, so that the model reads them as it reads a plan whose
// resources stay unchanged:
// - `terraform show -json` without a plan file: `{format_version, terraform_version, values}`, whose
//   `values` has the plan's values representation already;
// - a raw state file, version 4 (`terraform.tfstate`, `terraform state pull`): `resources[]` with their
//   `instances[]`, each with `attributes` and `sensitive_attributes` (paths to the values it marks).

import { InputError } from '../errors.js'
import type { JsonObject, JsonValue, ModuleValuesJson, PlanJson, ResourceValuesJson } from './types.js'

const STATE_REMEDY = 'Pass the output of `terraform state pull` or `terraform show -json` (state), or of `terraform show -json <planfile>` (plan)'

/** Whether a parsed document is a raw state file (any version): `version` with `lineage` or `resources`. */
export function isRawState(doc: Record<string, unknown>): boolean {
  return typeof doc.version === 'number' && ('lineage' in doc || 'resources' in doc) && !('format_version' in doc)
}

/** `terraform show -json` of a state: its values as the values of a plan that changes nothing. */
export function stateJsonAsPlan(doc: Record<string, unknown>): Record<string, unknown> {
  const plan: Record<string, unknown> = { format_version: doc.format_version }
  if ('terraform_version' in doc) plan.terraform_version = doc.terraform_version
  // An empty state is `{"format_version":"1.0"}`: nothing to judge, which is a valid answer.
  plan.planned_values = doc.values === undefined ? { root_module: {} } : doc.values
  return plan
}

/**
 * A raw state file (version 4) as a plan that changes nothing. The shape is checked here (the plan's JSON
 * Schema checks the result); a problem names the JSON path, never the value.
 */
export function rawStateAsPlan(doc: Record<string, unknown>, path: string, warnings: string[]): PlanJson {
  if (doc.version !== 4) {
    const version = typeof doc.version === 'number' && Number.isFinite(doc.version) ? String(doc.version) : '?'
    throw new InputError(path, `is a Terraform state file of version ${version}; elb-ir-check reads version 4 (Terraform 0.12 and later)`, 'Run `terraform state pull` or `terraform show -json` with Terraform 0.12 or later')
  }
  const resources = doc.resources ?? []
  if (!Array.isArray(resources)) throw shapeError(path, '/resources', 'must be array')
  const root: ResourceValuesJson[] = []
  const modules = new Map<string, ResourceValuesJson[]>()
  let skipped = 0
  resources.forEach((resource: unknown, r) => {
    if (!isObject(resource)) throw shapeError(path, `/resources/${r}`, 'must be object')
    for (const key of ['mode', 'type', 'name'] as const) if (typeof resource[key] !== 'string') throw shapeError(path, `/resources/${r}/${key}`, 'must be string')
    if (resource.module !== undefined && typeof resource.module !== 'string') throw shapeError(path, `/resources/${r}/module`, 'must be string')
    const instances = resource.instances ?? []
    if (!Array.isArray(instances)) throw shapeError(path, `/resources/${r}/instances`, 'must be array')
    const mode = resource.mode as string
    const type = resource.type as string
    const name = resource.name as string
    const module = (resource.module as string | undefined) ?? ''
    instances.forEach((instance: unknown, i) => {
      if (!isObject(instance)) throw shapeError(path, `/resources/${r}/instances/${i}`, 'must be object')
      // A deposed object is on its way out (create_before_destroy): the current one is judged.
      if (instance.deposed !== undefined) return
      const key = instance.index_key
      if (key !== undefined && key !== null && typeof key !== 'string' && typeof key !== 'number') throw shapeError(path, `/resources/${r}/instances/${i}/index_key`, 'must be string or number')
      if (!isObject(instance.attributes)) {
        // `attributes_flat` (state written before Terraform 0.12, not refreshed since) has no types to read.
        skipped++
        return
      }
      const address = `${module === '' ? '' : `${module}.`}${mode === 'data' ? 'data.' : ''}${type}.${name}${key === undefined || key === null ? '' : formatKey(key)}`
      const values: ResourceValuesJson = { address, mode, type, name, values: instance.attributes as JsonObject }
      if (key !== undefined && key !== null) values.index = key
      const provider = providerName(resource.provider)
      if (provider) values.provider_name = provider
      const sensitive = sensitiveMask(instance.sensitive_attributes, path, `/resources/${r}/instances/${i}/sensitive_attributes`)
      if (sensitive !== undefined) values.sensitive_values = sensitive
      if (module === '') root.push(values)
      else modules.set(module, [...(modules.get(module) ?? []), values])
    })
  })
  if (skipped > 0) warnings.push(`${path}: ${skipped} resource instance(s) hold only pre-0.12 flat attributes and were not judged; refresh the state with Terraform 0.12 or later`)
  // Module instances are listed flat, each with its absolute address: the model reads addresses, not nesting.
  const rootModule: ModuleValuesJson = { resources: root }
  if (modules.size > 0) rootModule.child_modules = [...modules].map(([address, list]) => ({ address, resources: list }))
  const plan: PlanJson = { format_version: '1.0', planned_values: { root_module: rootModule } }
  if (typeof doc.terraform_version === 'string') plan.terraform_version = doc.terraform_version
  return plan
}

/**
 * `sensitive_attributes` as the plan's mask (`true` where a value is sensitive). Each entry is a path of
 * steps: `{"type":"get_attr","value":"password"}` or `{"type":"index","value":{"value":0,"type":"number"}}`.
 * A path of another form marks the whole instance sensitive: a value is never printed on a guess.
 */
function sensitiveMask(paths: unknown, file: string, where: string): JsonValue | undefined {
  if (paths === undefined || paths === null) return undefined
  if (!Array.isArray(paths)) throw shapeError(file, where, 'must be array')
  let mask: JsonValue = {}
  for (const steps of paths) {
    const parsed = Array.isArray(steps) ? steps.map(stepOf) : [undefined]
    if (parsed.length === 0 || parsed.some((s) => s === undefined)) return true
    mask = markPath(mask, parsed as (string | number)[])
    if (mask === true) return true
  }
  return mask
}

function stepOf(step: unknown): string | number | undefined {
  if (!isObject(step)) return undefined
  if (step.type === 'get_attr' && typeof step.value === 'string') return step.value
  if (step.type === 'index') {
    const key = isObject(step.value) ? step.value.value : undefined
    if (typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key) && key >= 0)) return key
  }
  return undefined
}

/** Sets `true` at `steps` in the mask; a number step is an index into a list. */
function markPath(mask: JsonValue, steps: (string | number)[]): JsonValue {
  if (steps.length === 0 || mask === true) return true
  const [step, ...rest] = steps
  if (typeof step === 'number') {
    const list: JsonValue[] = Array.isArray(mask) ? mask : []
    // Lists in masks are short (blocks, a few elements); a huge index is no list we could print anyway.
    if (step > 10_000) return true
    while (list.length <= step) list.push(false)
    list[step] = markPath(list[step], rest)
    return list
  }
  const object: JsonObject = isObject(mask) && !Array.isArray(mask) ? (mask as JsonObject) : {}
  const current = Object.prototype.hasOwnProperty.call(object, step) ? object[step] : {}
  Object.defineProperty(object, step, { value: markPath(current, rest), enumerable: true, writable: true, configurable: true })
  return object
}

/** `provider["registry.terraform.io/hashicorp/aws"].alias` (or under `module.x.`) → `registry.terraform.io/hashicorp/aws`. */
function providerName(provider: unknown): string | undefined {
  if (typeof provider !== 'string') return undefined
  return /provider\["([^"]+)"\]/.exec(provider)?.[1]
}

function formatKey(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`
  return `["${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, '$${')}"]`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function shapeError(file: string, at: string, problem: string): InputError {
  return new InputError(file, `does not have the shape of a Terraform state file: ${at} ${problem}`, STATE_REMEDY)
}
