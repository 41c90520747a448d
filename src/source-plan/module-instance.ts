// One instance of a module (the root, or `module.a["k"].module.b`): the scope its expressions are
// evaluated in. Variables, locals, outputs, module calls and resources are evaluated when first asked
// for and kept; a value asked for while it is being computed is a cycle, reported with its chain.

import path from 'node:path'
import { EvaluationError } from '../terraform-lang/errors.js'
import { Evaluator, iterationEntries, type Scope, type Step } from '../terraform-lang/evaluate.js'
import { OperationError } from '../terraform-lang/operations.js'
import { keyText } from '../terraform-lang/references.js'
import { applyStep } from '../terraform-lang/traversal.js'
import { convert, parseType, ANY, type TypeSpec } from '../terraform-lang/types.js'
import { isObject, isUnknown, mark, unmark, UNKNOWN, type TfObject, type TfValue } from '../terraform-lang/value.js'
import type { Attribute, Block, ModuleSource } from './module-source.js'
import type { Loader } from './loader.js'
import { evaluateBody, META_ARGUMENTS, plannedValues } from './resource-values.js'
import { localDataSource } from './data-sources.js'

export type InstanceKey = string | number | undefined

/** How a resource or module call expands: one instance, `count` instances, `for_each` instances, or unknown. */
export type Expansion =
  | { kind: 'single' }
  | { kind: 'count'; keys: number[] }
  | { kind: 'each'; entries: [string, TfValue][] }
  | { kind: 'unknown' }

/** A cycle between values: Terraform refuses the configuration. */
export class CycleError extends Error {
  constructor(
    readonly chain: string[],
    readonly file: string,
    readonly line: number
  ) {
    super(`Cycle: ${chain.join(' → ')}`)
  }
}

/** More instances than are evaluated from sources (a count or for_each this large is judged from a plan). */
export const MAX_INSTANCES = 10000

export interface ResourceInstanceRef {
  module: ModuleInstance
  block: Block
  mode: 'managed' | 'data'
  type: string
  name: string
  key: InstanceKey
  /** `each.value` of a for_each instance. */
  eachValue?: TfValue
}

const NONE = Symbol('not computed')

export class ModuleInstance implements Scope {
  readonly evaluator: Evaluator
  /** `module.a["k"].module.b`, or "" at the root. */
  readonly address: string
  private readonly memo = new Map<string, TfValue | typeof NONE>()
  private readonly expansions = new Map<string, Expansion>()
  private readonly children = new Map<string, Map<string, ModuleInstance> | null>()

  constructor(
    readonly loader: Loader,
    readonly source: ModuleSource,
    readonly names: { name: string; key: InstanceKey }[],
    readonly parent: ModuleInstance | undefined,
    /** The module call block that made this instance, and its `each`/`count` symbols. */
    readonly call: { block: Block; symbols: Record<string, TfValue> } | undefined
  ) {
    this.evaluator = new Evaluator(this)
    this.address = names.map((n) => `module.${n.name}${n.key === undefined ? '' : keyText(n.key)}`).join('.')
  }

  /** `module.a.module.b` without keys: the path of the module's configuration. */
  get configPath(): string {
    return this.names.map((n) => `module.${n.name}`).join('.')
  }

  /** Evaluates once, naming the cycle when the value is asked for while it is computed. */
  private once(key: string, where: { file: string; line: number }, compute: () => TfValue): TfValue {
    const known = this.memo.get(key)
    if (known === NONE) {
      const chain = this.loader.stack.slice(this.loader.stack.indexOf(`${this.address}|${key}`)).map((k) => k.split('|')[1])
      throw new CycleError([...chain, key], where.file, where.line)
    }
    if (known !== undefined) return known
    this.memo.set(key, NONE)
    this.loader.stack.push(`${this.address}|${key}`)
    if (this.loader.stack.length > this.loader.maxDepth) {
      this.memo.delete(key)
      this.loader.stack.pop()
      throw new EvaluationError('references nest too deeply to evaluate', where.line, where.file)
    }
    try {
      const value = compute()
      this.memo.set(key, value)
      return value
    } catch (error) {
      this.memo.delete(key)
      throw error
    } finally {
      this.loader.stack.pop()
    }
  }

  /** Evaluates an attribute's expression here, naming its file in any error. */
  evaluateAttribute(attribute: Attribute, evaluator: Evaluator = this.evaluator): TfValue {
    try {
      return evaluator.evaluate(attribute.expr)
    } catch (error) {
      if (error instanceof EvaluationError && error.file === undefined) error.file = attribute.file
      throw error
    }
  }

  reference(root: string, steps: Step[], line: number): { value: TfValue; consumed: number } {
    const attr = (i: number) => (steps[i]?.kind === 'attr' ? (steps[i] as { name: string }).name : undefined)
    switch (root) {
      case 'var': {
        const name = attr(0)
        if (name === undefined) throw new EvaluationError('Invalid reference: "var" must be followed by a variable name', line)
        return { value: this.variable(name, line), consumed: 1 }
      }
      case 'local': {
        const name = attr(0)
        if (name === undefined) throw new EvaluationError('Invalid reference: "local" must be followed by a name', line)
        return { value: this.local(name, line), consumed: 1 }
      }
      case 'module':
        return this.moduleReference(steps, line)
      case 'path': {
        const name = attr(0)
        if (name === 'module') return { value: this.source.rel, consumed: 1 }
        if (name === 'root') return { value: '.', consumed: 1 }
        if (name === 'cwd') return { value: this.loader.root, consumed: 1 }
        throw new EvaluationError(`Invalid "path" attribute "${name}"`, line)
      }
      case 'terraform': {
        if (attr(0) === 'workspace') return { value: this.loader.workspace, consumed: 1 }
        throw new EvaluationError('Invalid "terraform" attribute', line)
      }
      case 'count':
      case 'each':
      case 'self':
        throw new EvaluationError(`Invalid reference: "${root}" cannot be used in this context`, line)
      case 'data': {
        const type = attr(0)
        const name = attr(1)
        if (type === undefined || name === undefined) throw new EvaluationError('Invalid reference: "data" must be followed by a type and a name', line)
        const result = this.resourceReference('data', type, name, steps.slice(2), line)
        return { value: result.value, consumed: 2 + result.consumed }
      }
      default: {
        const name = attr(0)
        if (name === undefined) throw new EvaluationError(`Invalid reference: "${root}" must be followed by a name`, line)
        const result = this.resourceReference('managed', root, name, steps.slice(1), line)
        return { value: result.value, consumed: 1 + result.consumed }
      }
    }
  }

  // --- variables, locals, outputs ---------------------------------------------------------------

  variable(name: string, line: number): TfValue {
    const block = this.source.variables.get(name)
    if (!block) throw new EvaluationError(`Reference to undeclared input variable "${name}"`, line)
    return this.once(`var.${name}`, block, () => {
      const type = this.variableType(block)
      const nullable = block.attributes.get('nullable')
      const defaultAttribute = block.attributes.get('default')
      const defaultValue = () => (defaultAttribute ? this.constant(defaultAttribute) : null)
      let value: TfValue
      if (this.parent === undefined) {
        const given = this.loader.rootValue(name, type)
        if (given !== undefined) value = given
        else if (defaultAttribute) value = defaultValue()
        else {
          this.loader.warn(`${block.file}:${block.line}: var.${name} has no value (no default, tfvars, TF_VAR_${name} or --var); what depends on it is unknown`)
          value = UNKNOWN
        }
      } else {
        const argument = this.call!.block.attributes.get(name)
        if (argument) value = this.parent.evaluateAttribute(argument, this.parent.evaluator.with(this.call!.symbols))
        else if (defaultAttribute) value = defaultValue()
        else throw new EvaluationError(`Missing required argument: the module call has no value for "${name}"`, this.call!.block.line, this.call!.block.file)
      }
      if (unmark(value).value === null && nullable && this.constant(nullable) === false) value = defaultValue()
      try {
        value = convert(value, type)
      } catch (error) {
        if (error instanceof OperationError) throw new EvaluationError(`Invalid value for variable "${name}": ${error.message}`, block.line, block.file)
        throw error
      }
      const sensitive = block.attributes.get('sensitive')
      return sensitive && this.constant(sensitive) === true ? mark(value) : value
    })
  }

  variableType(block: Block): TypeSpec {
    const type = block.attributes.get('type')
    if (!type) return ANY
    try {
      return parseType(type.expr)
    } catch (error) {
      if (error instanceof EvaluationError) error.file ??= type.file
      throw error
    }
  }

  /** A value written as a constant (a default, `sensitive = true`). */
  constant(attribute: Attribute): TfValue {
    return this.evaluateAttribute(attribute)
  }

  local(name: string, line: number): TfValue {
    const attribute = this.source.locals.get(name)
    if (!attribute) throw new EvaluationError(`Reference to undeclared local value "${name}"`, line)
    return this.once(`local.${name}`, attribute, () => this.evaluateAttribute(attribute))
  }

  output(name: string, line: number): TfValue {
    const block = this.source.outputs.get(name)
    if (!block) throw new EvaluationError(`Unsupported attribute: this module has no output "${name}"`, line)
    return this.once(`output.${name}`, block, () => {
      const value = block.attributes.get('value')
      if (!value) return null
      const result = this.evaluateAttribute(value)
      const sensitive = block.attributes.get('sensitive')
      return sensitive && this.constant(sensitive) === true ? mark(result) : result
    })
  }

  /** Every output, as `module.x` gives them. */
  outputs(line: number): TfObject {
    const out: TfObject = {}
    for (const name of this.source.outputs.keys()) Object.defineProperty(out, name, { value: this.output(name, line), enumerable: true, writable: true, configurable: true })
    return out
  }

  // --- expansion ---------------------------------------------------------------------------------

  /** How a block with `count` or `for_each` expands here. */
  expansion(key: string, block: Block): Expansion {
    const known = this.expansions.get(key)
    if (known) return known
    const result = this.expand(block)
    this.expansions.set(key, result)
    return result
  }

  private expand(block: Block): Expansion {
    const count = block.attributes.get('count')
    const forEach = block.attributes.get('for_each')
    const where = `${block.file}:${block.line}`
    if (count) {
      const { value } = unmark(this.once(`count@${block.file}:${block.line}`, count, () => this.evaluateAttribute(count)))
      if (isUnknown(value)) return { kind: 'unknown' }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new EvaluationError('Invalid count argument: a whole number of 0 or more is required', count.line, count.file)
      if (value > MAX_INSTANCES) {
        this.loader.warn(`${where}: count is ${value}, more than the ${MAX_INSTANCES} instances evaluated from sources; its instances are not judged (judge a plan instead)`)
        return { kind: 'unknown' }
      }
      return { kind: 'count', keys: Array.from({ length: value }, (_, i) => i) }
    }
    if (forEach) {
      const { value } = unmark(this.once(`for_each@${block.file}:${block.line}`, forEach, () => this.evaluateAttribute(forEach)))
      if (isUnknown(value)) return { kind: 'unknown' }
      if (value === null) throw new EvaluationError('Invalid for_each argument: the given "for_each" argument value is null', forEach.line, forEach.file)
      let entries: [string, TfValue][]
      if (Array.isArray(value)) {
        if (value.some((v) => isUnknown(unmark(v).value))) return { kind: 'unknown' }
        if (!value.every((v) => typeof unmark(v).value === 'string')) throw new EvaluationError('Invalid for_each argument: the "for_each" argument must be a map, or set of strings', forEach.line, forEach.file)
        entries = [...new Set(value.map((v) => unmark(v).value as string))].sort().map((k) => [k, k])
      } else if (isObject(value)) {
        entries = iterationEntries(value, forEach.line).map(([k, v]) => [k as string, v])
      } else {
        throw new EvaluationError('Invalid for_each argument: the "for_each" argument must be a map, or set of strings', forEach.line, forEach.file)
      }
      if (entries.length > MAX_INSTANCES) {
        this.loader.warn(`${where}: for_each has ${entries.length} elements, more than the ${MAX_INSTANCES} instances evaluated from sources; its instances are not judged (judge a plan instead)`)
        return { kind: 'unknown' }
      }
      return { kind: 'each', entries }
    }
    return { kind: 'single' }
  }

  // --- module calls ------------------------------------------------------------------------------

  /** The instances of a module call, by key text (`""` for a call without count/for_each); null when not loaded. */
  moduleInstances(name: string): Map<string, ModuleInstance> | null | 'unknown' {
    const block = this.source.moduleCalls.get(name)
    if (!block) return null
    const expansion = this.expansion(`module.${name}`, block)
    if (expansion.kind === 'unknown') return 'unknown'
    if (this.children.has(name)) return this.children.get(name) ?? null
    const source = this.loader.childModule(this, name, block)
    let instances: Map<string, ModuleInstance> | null = null
    if (source) {
      instances = new Map()
      const make = (key: InstanceKey, symbols: Record<string, TfValue>) =>
        new ModuleInstance(this.loader, source, [...this.names, { name, key }], this, { block, symbols })
      if (expansion.kind === 'single') instances.set('', make(undefined, {}))
      else if (expansion.kind === 'count') for (const i of expansion.keys) instances.set(keyText(i), make(i, { count: { index: i } }))
      else for (const [k, v] of expansion.entries) instances.set(keyText(k), make(k, { each: { key: k, value: v } }))
    }
    this.children.set(name, instances)
    return instances
  }

  private moduleReference(steps: Step[], line: number): { value: TfValue; consumed: number } {
    const name = steps[0]?.kind === 'attr' ? steps[0].name : undefined
    if (name === undefined) throw new EvaluationError('Invalid reference: "module" must be followed by a module name', line)
    const block = this.source.moduleCalls.get(name)
    if (!block) throw new EvaluationError(`Reference to undeclared module "${name}"`, line)
    const instances = this.moduleInstances(name)
    if (instances === null || instances === 'unknown') return { value: UNKNOWN, consumed: steps.length }
    const keyed = block.attributes.has('count') || block.attributes.has('for_each')
    if (!keyed) {
      const instance = instances.get('')!
      const output = steps[1]?.kind === 'attr' ? steps[1].name : undefined
      if (output !== undefined) return { value: instance.output(output, line), consumed: 2 }
      return { value: instance.outputs(line), consumed: 1 }
    }
    const index = steps[1]
    if (index?.kind === 'index' && !isUnknown(unmark(index.key).value)) {
      const key = unmark(index.key).value
      const instance = instances.get(keyText(typeof key === 'number' ? key : String(key)))
      if (!instance) throw new EvaluationError(`Invalid index: module.${name} has no instance ${keyText(typeof key === 'number' ? key : String(key))}`, line)
      const output = steps[2]?.kind === 'attr' ? steps[2].name : undefined
      if (output !== undefined) return { value: instance.output(output, line), consumed: 3 }
      return { value: instance.outputs(line), consumed: 2 }
    }
    // The whole call: a list (count) or a map (for_each) of instances.
    const expansion = this.expansion(`module.${name}`, block)
    if (expansion.kind === 'count') return { value: [...instances.values()].map((i) => i.outputs(line)), consumed: 1 }
    const out: TfObject = {}
    for (const [k, instance] of instances) Object.defineProperty(out, JSON.parse(k.slice(1, -1)) as string, { value: instance.outputs(line), enumerable: true, writable: true, configurable: true })
    return { value: out, consumed: 1 }
  }

  // --- resources ---------------------------------------------------------------------------------

  /** The instances of a resource block here (none while its count/for_each is unknown). */
  resourceInstances(mode: 'managed' | 'data', type: string, name: string): ResourceInstanceRef[] | 'unknown' {
    const block = this.source.resources.get(`${mode}.${type}.${name}`)
    if (!block) return []
    const expansion = this.expansion(`${mode}.${type}.${name}`, block)
    const base = { module: this as ModuleInstance, block, mode, type, name }
    switch (expansion.kind) {
      case 'unknown':
        return 'unknown'
      case 'single':
        return [{ ...base, key: undefined }]
      case 'count':
        return expansion.keys.map((key) => ({ ...base, key }))
      case 'each':
        return expansion.entries.map(([key, eachValue]) => ({ ...base, key, eachValue }))
    }
  }

  private resourceReference(mode: 'managed' | 'data', type: string, name: string, steps: Step[], line: number): { value: TfValue; consumed: number } {
    const block = this.source.resources.get(`${mode}.${type}.${name}`)
    if (!block) throw new EvaluationError(`Reference to undeclared resource: ${mode === 'data' ? 'data.' : ''}${type}.${name} is not declared in ${this.address || 'the root module'}`, line)
    const instances = this.resourceInstances(mode, type, name)
    if (instances === 'unknown') return { value: UNKNOWN, consumed: steps.length }
    const keyed = block.attributes.has('count') || block.attributes.has('for_each')
    if (!keyed) return this.instanceReference(instances[0], steps, line, 0)
    const index = steps[0]
    if (index?.kind === 'index') {
      const key = unmark(index.key)
      if (isUnknown(key.value)) return { value: UNKNOWN, consumed: steps.length }
      const wanted = block.attributes.has('count') ? key.value : typeof key.value === 'number' ? String(key.value) : key.value
      const instance = instances.find((i) => i.key === wanted)
      if (!instance) throw new EvaluationError(`Invalid index: ${type}.${name} has no instance ${keyText(typeof wanted === 'number' ? wanted : String(wanted))}`, line)
      return this.instanceReference(instance, steps, line, 1)
    }
    if (block.attributes.has('count')) return { value: instances.map((i) => this.instanceValue(i)), consumed: 0 }
    const out: TfObject = {}
    for (const instance of instances) Object.defineProperty(out, String(instance.key), { value: this.instanceValue(instance), enumerable: true, writable: true, configurable: true })
    return { value: out, consumed: 0 }
  }

  private instanceReference(instance: ResourceInstanceRef, steps: Step[], line: number, at: number): { value: TfValue; consumed: number } {
    const step = steps[at]
    if (step?.kind === 'attr') return { value: this.instanceAttribute(instance, step.name), consumed: at + 1 }
    return { value: this.instanceValue(instance), consumed: at }
  }

  /** The evaluator of a resource instance's body: with `count.index` or `each.key`/`each.value`. */
  instanceEvaluator(instance: ResourceInstanceRef): Evaluator {
    if (instance.eachValue !== undefined) return this.evaluator.with({ each: { key: instance.key as string, value: instance.eachValue } })
    if (typeof instance.key === 'number') return this.evaluator.with({ count: { index: instance.key } })
    return this.evaluator
  }

  private instanceName(instance: ResourceInstanceRef): string {
    return `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}${instance.key === undefined ? '' : keyText(instance.key)}`
  }

  /** One attribute of an instance: evaluated alone when the configuration writes it. */
  instanceAttribute(instance: ResourceInstanceRef, attribute: string): TfValue {
    const local = instance.mode === 'data' && localDataSource(instance.type)
    const written = !META_ARGUMENTS.has(attribute) && (instance.block.attributes.has(attribute) || instance.block.blocks.some((b) => b.type === attribute || (b.type === 'dynamic' && b.labels[0] === attribute)))
    if (local || !written) {
      const value = this.instanceValue(instance)
      if (isObject(value) && Object.prototype.hasOwnProperty.call(value, attribute)) return value[attribute]
      if (isUnknown(value)) return UNKNOWN
      // Attributes of resource types whose schema is not carried are known only after apply.
      return UNKNOWN
    }
    return this.once(`${this.instanceName(instance)}.${attribute}`, instance.block, () => {
      const attr = instance.block.attributes.get(attribute)
      if (attr) return this.evaluateAttribute(attr, this.instanceEvaluator(instance))
      const body = evaluateBody(this, { ...instance.block, attributes: new Map(), blocks: instance.block.blocks.filter((b) => b.type === attribute || (b.type === 'dynamic' && b.labels[0] === attribute)) }, this.instanceEvaluator(instance))
      return applyStep(body, { kind: 'attr', name: attribute })
    })
  }

  /** The whole instance, as its planned values (computed attributes unknown). */
  instanceValue(instance: ResourceInstanceRef): TfValue {
    return this.once(this.instanceName(instance), instance.block, () => plannedValues(this, instance))
  }
}

/** The folder of a local module source, relative to its caller. */
export function localModuleDir(callerDir: string, source: string): string {
  return path.resolve(callerDir, source)
}
