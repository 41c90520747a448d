// A resource instance's planned values, as Terraform plans them from the configuration: what the block
// writes (nested blocks as lists, `dynamic` blocks expanded), then what the provider adds: its defaults,
// `[]` for nested blocks left out, and unknown for computed attributes the configuration does not set.

import { EvaluationError } from '../terraform-lang/errors.js'
import { iterationEntries, type Evaluator } from '../terraform-lang/evaluate.js'
import { defineKey } from '../terraform-lang/operations.js'
import { fromJson } from '../terraform-lang/json.js'
import { isObject, isUnknown, mark, unmark, UNKNOWN, type TfObject, type TfValue } from '../terraform-lang/value.js'
import { computeDataSource, localDataSource } from './data-sources.js'
import type { ModuleInstance, ResourceInstanceRef } from './module-instance.js'
import type { Block } from './module-source.js'
import { resourceSchema, type BlockSchema } from './provider-schema.js'

/** Arguments of every resource block that are Terraform's, not the provider's. */
export const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection'])

/** Deepest nesting of `dynamic` blocks followed. */
const MAX_BLOCK_DEPTH = 32

/**
 * The attributes and nested blocks a body writes, evaluated. Nested blocks of one type become a list of
 * objects in source order (static and `dynamic` alike); a `dynamic` block over an unknown collection
 * makes the whole list unknown.
 */
export function evaluateBody(module: ModuleInstance, block: Block, evaluator: Evaluator, schema?: BlockSchema, depth = 0): TfObject {
  if (depth > MAX_BLOCK_DEPTH) throw new EvaluationError('nested blocks nest too deeply to evaluate', block.line, block.file)
  const out: TfObject = {}
  for (const [name, attribute] of block.attributes) {
    if (depth === 0 && META_ARGUMENTS.has(name)) continue
    defineKey(out, name, module.evaluateAttribute(attribute, evaluator))
  }
  const lists = new Map<string, TfValue[] | typeof UNKNOWN>()
  for (const nested of block.blocks) {
    if (depth === 0 && META_ARGUMENTS.has(nested.type)) continue
    const type = nested.type === 'dynamic' ? nested.labels[0] : nested.type
    if (type === undefined) continue
    const nestedSchema = schema?.b?.[type]
    const list = lists.get(type) ?? []
    if (!Array.isArray(list)) continue
    if (nested.type !== 'dynamic') {
      list.push(evaluateBody(module, nested, evaluator, nestedSchema, depth + 1))
      lists.set(type, list)
      continue
    }
    const items = expandDynamic(module, nested, evaluator, nestedSchema, depth)
    lists.set(type, Array.isArray(items) ? [...list, ...items] : UNKNOWN)
  }
  for (const [type, list] of lists) {
    const nesting = schema?.b?.[type]?.n
    if (Array.isArray(list) && (nesting === 'single' || nesting === 'group')) defineKey(out, type, list[0] ?? null)
    else defineKey(out, type, list)
  }
  return out
}

function expandDynamic(module: ModuleInstance, dynamic: Block, evaluator: Evaluator, schema: BlockSchema | undefined, depth: number): TfValue[] | typeof UNKNOWN {
  const forEach = dynamic.attributes.get('for_each')
  if (!forEach) throw new EvaluationError('Missing required argument: a dynamic block needs "for_each"', dynamic.line, dynamic.file)
  const iteratorAttribute = dynamic.attributes.get('iterator')
  const iterator = iteratorAttribute ? iteratorAttribute.expr.text.trim() : dynamic.labels[0]
  const content = dynamic.blocks.find((b) => b.type === 'content')
  const { value, sensitive } = unmark(module.evaluateAttribute(forEach, evaluator))
  if (isUnknown(value)) return UNKNOWN
  if (value === null) throw new EvaluationError('Invalid dynamic for_each value: cannot use a null value in for_each', forEach.line, forEach.file)
  const items: TfValue[] = []
  for (const [key, element] of iterationEntries(value, forEach.line)) {
    const scope = evaluator.with({ [iterator]: { key: mark(key, sensitive), value: mark(element, sensitive) } })
    items.push(content ? evaluateBody(module, content, scope, schema, depth + 1) : {})
  }
  return items
}

/** What the provider adds to a body it knows the schema of: defaults, `[]` blocks, unknown computed attributes. */
function fill(body: TfObject, schema: BlockSchema, defaults: Record<string, unknown>, prefix: string): TfObject {
  const out: TfObject = { ...body }
  for (const name of schema.c ?? []) if (!Object.prototype.hasOwnProperty.call(out, name) || out[name] === null) defineKey(out, name, UNKNOWN)
  for (const [path, value] of Object.entries(defaults)) {
    if (!path.startsWith(prefix)) continue
    const name = path.slice(prefix.length)
    if (name.includes('.')) continue
    if (!Object.prototype.hasOwnProperty.call(out, name) || out[name] === null) defineKey(out, name, fromJson(value as never))
  }
  for (const [name, nested] of Object.entries(schema.b ?? {})) {
    const given = Object.prototype.hasOwnProperty.call(out, name) ? out[name] : undefined
    if (given === undefined) {
      const computed = prefix === '' && (schema.cb ?? []).includes(name)
      defineKey(out, name, computed ? UNKNOWN : nested.n === 'single' || nested.n === 'group' ? null : [])
      continue
    }
    const { value, sensitive } = unmark(given)
    if (Array.isArray(value)) defineKey(out, name, mark(value.map((item) => (isObject(item) ? fill(item, nested, defaults, `${prefix}${name}.`) : item)), sensitive))
    else if (isObject(value)) defineKey(out, name, mark(fill(value, nested, defaults, `${prefix}${name}.`), sensitive))
  }
  return out
}

/** The planned values of one resource instance. */
export function plannedValues(module: ModuleInstance, instance: ResourceInstanceRef): TfValue {
  const schema = resourceSchema(instance.mode, instance.type)
  const body = evaluateBody(module, instance.block, module.instanceEvaluator(instance), schema)
  if (instance.mode === 'data' && localDataSource(instance.type)) return computeDataSource(module, instance, body, schema)
  if (!schema) return body
  const filled = fill(body, schema, schema.d ?? {}, '')
  // A data source that calls AWS is read only at apply here: everything it does not echo is unknown.
  return filled
}
