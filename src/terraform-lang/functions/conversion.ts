// Type conversions (tostring, tonumber, tobool, tolist, toset, tomap) and the functions about the
// sensitive mark (sensitive, nonsensitive, issensitive).
import { isObject, isSensitive, isUnknown, mark, unmark, type TfObject, type TfValue } from '../value.js'
import { primitiveText, typeName, unify } from './coerce.js'
import { asSet } from './collections.js'
import { invalid, type FunctionFamily, type FunctionSpec } from './define.js'
import { parseNumber } from './number-text.js'

const cannot = (value: TfValue, target: string): never => invalid('v', `cannot convert ${typeName(value)} to ${target}.`)

/** A conversion function: null and unknown pass through, as Terraform's to* functions do. */
function converter(convert: (value: TfValue) => TfValue, elementMarks = false): FunctionSpec {
  return { params: ['v'], allowUnknown: true, elementMarks, impl: ([v]) => (v === null || isUnknown(v) ? v : convert(v)) }
}

function toNumber(value: TfValue): number {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return cannot(value, 'number')
  return parseNumber(value) ?? invalid('v', `cannot convert ${JSON.stringify(value)} to number; given string must be a decimal representation of a number.`)
}

function toBool(value: TfValue): boolean {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  if (typeof value === 'string') return invalid('v', `cannot convert ${JSON.stringify(value)} to bool; only the strings "true" or "false" are allowed.`)
  return cannot(value, 'bool')
}

function toList(value: TfValue): TfValue[] {
  if (!Array.isArray(value)) return cannot(value, 'list of any single type')
  return unify(value) ?? cannot(value, 'list of any single type')
}

function toMap(value: TfValue): TfObject {
  if (!isObject(value)) return cannot(value, 'map of any single type')
  const keys = Object.keys(value)
  const unified = unify(keys.map((k) => value[k])) ?? cannot(value, 'map of any single type')
  return Object.fromEntries(keys.map((k, i) => [k, unified[i]]))
}

export const conversion: FunctionFamily = {
  tostring: converter((v) => primitiveText(v) ?? cannot(v, 'string')),
  tonumber: converter(toNumber),
  tobool: converter(toBool),
  // Lists and maps keep their elements' marks; a set cannot, so a sensitive element marks the whole set.
  tolist: converter(toList, true),
  toset: converter((v) => (Array.isArray(v) && unify(v) ? asSet(v, 'v') : cannot(v, 'set of any single type'))),
  tomap: converter(toMap, true),
  sensitive: { params: ['value'], allowUnknown: true, allowMarked: true, impl: ([v]) => mark(v) },
  nonsensitive: { params: ['value'], allowUnknown: true, allowMarked: true, impl: ([v]) => unmark(v).value },
  issensitive: { params: ['value'], allowUnknown: true, allowMarked: true, impl: ([v]) => isSensitive(v) }
}
