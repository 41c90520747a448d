// JSON as Terraform writes it (jsonencode, format's %#v): keys in lexical order, numbers in plain
// decimal, and <, >, &, U+2028, U+2029 escaped as Go's encoder does.
import { isObject, isSensitive, isUnknown, type TfValue } from '../value.js'
import { sortedKeys } from './coerce.js'
import { numberText } from './number-text.js'

const GO_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

export function jsonString(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c])
}

export function jsonText(value: TfValue): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return jsonString(value)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`
  if (isObject(value)) return `{${sortedKeys(value).map((k) => `${jsonString(k)}:${jsonText(value[k])}`).join(',')}}`
  if (isUnknown(value) || isSensitive(value)) throw new Error('jsonText is given known, unmarked values only')
  return 'null'
}

/** Parsed JSON (jsondecode, a tfvars.json file, a plan value) as a Terraform value; a key such as "__proto__" stays an ordinary key. */
export function fromJson(parsed: unknown): TfValue {
  if (Array.isArray(parsed)) return parsed.map(fromJson)
  if (parsed !== null && typeof parsed === 'object') return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, fromJson(v)]))
  return parsed as TfValue
}
