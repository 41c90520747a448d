// Type constraints of input variables (`list(string)`, `object({ a = optional(number, 1) })`) and the
// conversions Terraform makes to meet them: "80" becomes 80 for a number, a tuple a list, optional
// object attributes are filled with their defaults.

import { EvaluationError } from './errors.js'
import { Evaluator, type Scope } from './evaluate.js'
import { equal, typeName } from './functions/coerce.js'
import { asBool, asNumber, asString, defineKey, OperationError, strip } from './operations.js'
import { lineOf, namedChildren, plainString, unwrap, type Node } from './syntax.js'
import { isObject, isUnknown, mark, unmark, type TfValue } from './value.js'

export type TypeSpec =
  | { kind: 'any' }
  | { kind: 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeSpec }
  | { kind: 'tuple'; elements: TypeSpec[] }
  | { kind: 'object'; attributes: Record<string, { type: TypeSpec; optional: boolean; default?: TfValue }> }

export const ANY: TypeSpec = { kind: 'any' }

const NO_SCOPE: Scope = {
  reference(_root, _steps, line) {
    throw new EvaluationError('a type constraint cannot refer to anything', line)
  }
}

/** Reads a type constraint expression. */
export function parseType(node: Node): TypeSpec {
  const inner = unwrap(node)
  // Bare names, and the quoted names of Terraform 0.11 configurations (`"string"`, `"map"`).
  const name = inner.type === 'variable_expr' ? inner.namedChild(0)!.text : plainString(inner)
  if (name !== null) {
    if (name === 'string' || name === 'number' || name === 'bool') return { kind: name }
    if (name === 'any') return ANY
    // `list`, `map` and `set` alone are collections of any element type.
    if (name === 'list' || name === 'map' || name === 'set') return { kind: name, element: ANY }
    throw new EvaluationError(`Invalid type specification: "${name}" is not a type`, lineOf(node))
  }
  if (inner.type === 'function_call') {
    const name = inner.namedChild(0)!.text
    const argsNode = namedChildren(inner).find((c) => c.type === 'function_arguments')
    const args = argsNode ? namedChildren(argsNode).filter((c) => c.type === 'expression') : []
    if ((name === 'list' || name === 'set' || name === 'map') && args.length === 1) return { kind: name, element: parseType(args[0]) }
    if (name === 'tuple' && args.length === 1) {
      const tuple = unwrap(args[0])
      const items = tuple.type === 'collection_value' ? namedChildren(tuple.namedChild(0)!).filter((c) => c.type === 'expression') : []
      return { kind: 'tuple', elements: items.map(parseType) }
    }
    if (name === 'object' && args.length === 1) {
      const object = unwrap(args[0])
      const attributes: Record<string, { type: TypeSpec; optional: boolean; default?: TfValue }> = {}
      const elements = object.type === 'collection_value' ? namedChildren(object.namedChild(0)!).filter((c) => c.type === 'object_elem') : []
      for (const element of elements) {
        const keyNode = element.childForFieldName('key')!
        const key = unwrap(keyNode).type === 'variable_expr' ? unwrap(keyNode).namedChild(0)!.text : String(new Evaluator(NO_SCOPE).evaluate(keyNode))
        const valueNode = element.childForFieldName('val')!
        const value = unwrap(valueNode)
        if (value.type === 'function_call' && value.namedChild(0)!.text === 'optional') {
          const optArgsNode = namedChildren(value).find((c) => c.type === 'function_arguments')
          const optArgs = optArgsNode ? namedChildren(optArgsNode).filter((c) => c.type === 'expression') : []
          const type = parseType(optArgs[0])
          const entry: { type: TypeSpec; optional: boolean; default?: TfValue } = { type, optional: true }
          if (optArgs[1]) entry.default = new Evaluator(NO_SCOPE).evaluate(optArgs[1])
          defineAttribute(attributes, key, entry)
        } else {
          defineAttribute(attributes, key, { type: parseType(valueNode), optional: false })
        }
      }
      return { kind: 'object', attributes }
    }
  }
  throw new EvaluationError('Invalid type specification', lineOf(node))
}

function defineAttribute<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Converts a value to a type as Terraform does for input variables; throws OperationError when it cannot. */
export function convert(value: TfValue, type: TypeSpec): TfValue {
  const { value: plain, sensitive } = unmark(value)
  if (isUnknown(plain) || plain === null || type.kind === 'any') return value
  return mark(convertPlain(plain, type), sensitive)
}

function convertPlain(value: TfValue, type: TypeSpec): TfValue {
  switch (type.kind) {
    case 'any':
      return value
    case 'string':
      if (Array.isArray(value) || isObject(value)) throw new OperationError(`string required, got ${typeName(value)}`)
      return asString(value)
    case 'number':
      return asNumber(value)
    case 'bool':
      return asBool(value)
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw new OperationError(`${type.kind} of ${describe(type.element)} required, got ${typeName(value)}`)
      const items = value.map((item) => convert(item, type.element))
      return type.kind === 'set' ? asSet(items) : items
    }
    case 'tuple': {
      if (!Array.isArray(value) || value.length !== type.elements.length) throw new OperationError(`tuple of ${type.elements.length} elements required`)
      return value.map((item, i) => convert(item, type.elements[i]))
    }
    case 'map': {
      if (!isObject(value)) throw new OperationError(`map of ${describe(type.element)} required, got ${typeName(value)}`)
      const out: Record<string, TfValue> = {}
      for (const key of Object.keys(value)) defineKey(out, key, convert(value[key], type.element))
      return out
    }
    case 'object': {
      if (!isObject(value)) throw new OperationError(`object required, got ${typeName(value)}`)
      const out: Record<string, TfValue> = {}
      for (const [name, attribute] of Object.entries(type.attributes)) {
        const given = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined
        if (given === undefined || given === null) {
          if (!attribute.optional && given === undefined) throw new OperationError(`attribute "${name}" is required`)
          defineKey(out, name, attribute.default !== undefined ? convert(attribute.default, attribute.type) : null)
          continue
        }
        defineKey(out, name, convert(given, attribute.type))
      }
      return out
    }
  }
}

function describe(type: TypeSpec): string {
  return type.kind === 'list' || type.kind === 'set' || type.kind === 'map' ? `${type.kind} of ${describe(type.element)}` : type.kind
}

/** A set: elements without duplicates, in Terraform's order for primitives (strings sorted, numbers ascending). */
export function asSet(items: TfValue[]): TfValue[] {
  const unique: TfValue[] = []
  for (const item of items) if (!unique.some((u) => equal(strip(u).value, strip(item).value) && !strip(item).unknown)) unique.push(item)
  const primitive = unique.every((u) => typeof u === 'string' || typeof u === 'number' || typeof u === 'boolean')
  if (!primitive) return unique
  return [...unique].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))
}

/** Whether a raw string given for a variable (`-var`, `TF_VAR_`) is taken as it is or parsed as an expression. */
export function takesRawString(type: TypeSpec): boolean {
  return type.kind === 'any' || type.kind === 'string' || type.kind === 'number' || type.kind === 'bool'
}
