// Arguments converted to a parameter's type the way Terraform converts them: numbers and bools become
// strings where a string is wanted, "true"/"false" and decimal strings go the other way, and the
// elements of a list take one common type.
import { isObject, isSensitive, isUnknown, mark, unmark, type TfObject, type TfValue } from '../value.js'
import { failed, invalid } from './define.js'
import { numberText, parseNumber } from './number-text.js'

export function typeName(value: TfValue): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'tuple'
  if (isUnknown(value)) return 'unknown'
  if (isSensitive(value)) return typeName(value.value)
  if (typeof value === 'object') return 'object'
  return typeof value === 'boolean' ? 'bool' : typeof value
}

/** The text of a primitive value, or undefined when it has none. */
export function primitiveText(value: TfValue): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return String(value)
  return undefined
}

function notNull(value: TfValue, param: string): void {
  if (value === null) invalid(param, 'argument must not be null.')
}

export function str(value: TfValue, param: string, where = ''): string {
  notNull(value, param)
  const text = primitiveText(value)
  return text ?? invalid(param, `${where}string required.`)
}

export function num(value: TfValue, param: string, where = ''): number {
  notNull(value, param)
  if (typeof value === 'number') return value
  const parsed = typeof value === 'string' ? parseNumber(value) : undefined
  return parsed ?? invalid(param, `${where}a number is required.`)
}

export function bool(value: TfValue, param: string, where = ''): boolean {
  notNull(value, param)
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  return invalid(param, `${where}a bool is required.`)
}

/** A whole number (Terraform's integer parameters). */
export function int(value: TfValue, param: string, notWhole = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807.'): number {
  const n = num(value, param)
  if (!Number.isInteger(n)) failed(notWhole)
  return n
}

export function list(value: TfValue, param: string, of = 'any single type'): TfValue[] {
  notNull(value, param)
  if (!Array.isArray(value)) invalid(param, of === 'any single type' ? 'list of any single type required.' : `list of ${of} required.`)
  return value
}

export function strings(value: TfValue, param: string): string[] {
  return list(value, param, 'string').map((element, i) => str(element, param, `element ${i}: `))
}

export function numbers(value: TfValue, param: string): number[] {
  return list(value, param, 'number').map((element, i) => num(element, param, `element ${i}: `))
}

export function map(value: TfValue, param: string, of = 'any single type'): TfObject {
  notNull(value, param)
  if (!isObject(value)) invalid(param, of === 'any single type' ? 'map of any single type required.' : `map of ${of} required.`)
  return value
}

const isPrimitive = (value: TfValue): value is string | number | boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/**
 * Elements given one common type, as Terraform does when a tuple becomes a list or set: primitives of
 * different types all become strings (a sensitive element keeps its mark). Undefined when no common
 * type exists (a string beside a list).
 */
export function unify(values: TfValue[]): TfValue[] | undefined {
  const known = values.map((v) => unmark(v).value).filter((v) => v !== null && !isUnknown(v))
  if (known.length === 0) return values
  if (known.every(isPrimitive)) {
    const first = typeof known[0]
    if (known.every((v) => typeof v === first)) return values
    return values.map((v) => {
      const inner = unmark(v)
      return isPrimitive(inner.value) ? mark(primitiveText(inner.value) as string, inner.sensitive) : v
    })
  }
  if (known.every((v) => Array.isArray(v)) || known.every((v) => isObject(v))) return values
  return undefined
}

export function unifyOrFail(values: TfValue[], param: string, why: string): TfValue[] {
  return unify(values) ?? invalid(param, why)
}

/** Terraform's equality of two known values. */
export function equal(a: TfValue, b: TfValue): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equal(v, b[i]))
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]))
  }
  return false
}

export function containsUnknown(value: TfValue): boolean {
  if (isUnknown(value)) return true
  if (isSensitive(value)) return containsUnknown(value.value)
  if (Array.isArray(value)) return value.some(containsUnknown)
  if (isObject(value)) return Object.values(value).some(containsUnknown)
  return false
}

/** The value with every sensitive mark removed, and whether there was one anywhere. */
export function unmarkDeep(value: TfValue): { value: TfValue; sensitive: boolean } {
  let sensitive = false
  const strip = (v: TfValue): TfValue => {
    if (isSensitive(v)) {
      sensitive = true
      return strip(v.value)
    }
    if (Array.isArray(v)) return v.map(strip)
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, strip(e)]))
    return v
  }
  return { value: strip(value), sensitive }
}

/** Keys in Terraform's order for maps and objects: lexical by code point. */
export const sortedKeys = (object: TfObject): string[] => Object.keys(object).sort(compareText)

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
