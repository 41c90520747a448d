// Values as a plan writes them: the value (unknowns as null), and beside it the shapes that say which
// parts are unknown (`after_unknown`) and sensitive (`after_sensitive`).

export { fromJson } from './functions/json-text.js'
import { defineKey as define } from './operations.js'
import { isObject, Sensitive, Unknown, type TfValue } from './value.js'

/** JSON as plans hold it (the same shape as the plan reader's). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

export interface PlanValue {
  value: JsonValue
  /** `true` where unknown; arrays and objects follow the value's shape; `false` where known. */
  unknown: JsonValue
  /** `true` where sensitive, in the same shape. */
  sensitive: JsonValue
}

export function toJson(input: TfValue): PlanValue {
  if (input instanceof Sensitive) {
    const inner = toJson(input.value)
    return { value: inner.value, unknown: inner.unknown, sensitive: true }
  }
  if (input instanceof Unknown) return { value: null, unknown: true, sensitive: false }
  if (Array.isArray(input)) {
    const items = input.map(toJson)
    return { value: items.map((i) => i.value), unknown: items.map((i) => i.unknown), sensitive: items.map((i) => i.sensitive) }
  }
  if (isObject(input)) {
    const value: Record<string, JsonValue> = {}
    const unknown: Record<string, JsonValue> = {}
    const sensitive: Record<string, JsonValue> = {}
    for (const key of Object.keys(input)) {
      const item = toJson(input[key])
      define(value, key, item.value)
      if (item.unknown !== false) define(unknown, key, item.unknown)
      if (item.sensitive !== false) define(sensitive, key, item.sensitive)
    }
    return { value, unknown, sensitive }
  }
  return { value: input, unknown: false, sensitive: false }
}
