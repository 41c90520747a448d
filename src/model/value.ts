import type { JsonValue } from '../plan/types.js'

// A planned value is known, unknown until apply, or absent. Known values carry whether the plan marks
// them sensitive, so no output can print one by accident: `displayValue` is the only way to a string.

export type Value =
  | { kind: 'known'; value: JsonValue; sensitive: boolean }
  | { kind: 'unknown' }
  | { kind: 'absent' }

export const UNKNOWN: Value = { kind: 'unknown' }
export const ABSENT: Value = { kind: 'absent' }

export type PathStep = string | number

/** Reads `after`, `after_unknown` and `after_sensitive` of one resource instance in step. */
export class Attributes {
  constructor(
    readonly values: JsonValue | undefined,
    readonly unknown: JsonValue | undefined,
    readonly sensitive: JsonValue | undefined
  ) {}

  get(path: PathStep[]): Value {
    let value = this.values
    let unknown = this.unknown
    let sensitive = this.sensitive
    let isSensitive = sensitive === true
    for (const step of path) {
      if (unknown === true) return UNKNOWN
      value = child(value, step)
      unknown = child(unknown, step)
      sensitive = child(sensitive, step)
      if (sensitive === true) isSensitive = true
    }
    if (unknown === true) return UNKNOWN
    if (value === undefined || value === null) return ABSENT
    return { kind: 'known', value, sensitive: isSensitive }
  }

  /** A nested block (a list of objects in the plan): the blocks, or 'unknown'. `[]` means no block. */
  blocks(path: PathStep[]): Attributes[] | 'unknown' {
    const v = this.get(path)
    if (v.kind === 'unknown') return 'unknown'
    if (v.kind === 'absent' || !Array.isArray(v.value)) return []
    const unknown = childPath(this.unknown, path)
    const sensitive = childPath(this.sensitive, path)
    return v.value.map((item, i) => new Attributes(item, child(unknown, i), sensitive === true ? true : child(sensitive, i)))
  }

  /** The first block at `path`, null when there is none, or 'unknown'. */
  block(path: PathStep[]): Attributes | null | 'unknown' {
    const list = this.blocks(path)
    if (list === 'unknown') return 'unknown'
    if (list.length === 0) return null
    // An unknown element inside the list (null with `true` in after_unknown) is an unknown block.
    if (list[0].values === null || list[0].values === undefined) return list[0].unknown === true ? 'unknown' : null
    return list[0]
  }

  string(path: PathStep[]): Value {
    const v = this.get(path)
    if (v.kind === 'known' && typeof v.value !== 'string') return { ...v, value: valueText(v.value) }
    return v
  }
}

function child(value: JsonValue | undefined, step: PathStep): JsonValue | undefined {
  if (value === null || value === undefined || typeof value !== 'object') return undefined
  if (Array.isArray(value)) return typeof step === 'number' ? value[step] : undefined
  return typeof step === 'string' && Object.prototype.hasOwnProperty.call(value, step) ? value[step] : undefined
}

function childPath(value: JsonValue | undefined, path: PathStep[]): JsonValue | undefined {
  let v = value
  for (const step of path) {
    if (v === true) return true
    v = child(v, step)
  }
  return v
}

/**
 * A plan value as text. Never String() of an object from a plan: it calls the object's `toString`, which
 * the plan may define as a key (`{"toString": 1}`), and throws.
 */
export function valueText(value: unknown): string {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value)
}

export function isTrue(v: Value): boolean {
  return v.kind === 'known' && v.value === true
}

/** Text for a message: the value if known and not sensitive. */
export function displayValue(v: Value): string {
  if (v.kind === 'unknown') return '(known after apply)'
  if (v.kind === 'absent') return '(not set)'
  if (v.sensitive) return '(sensitive value)'
  return typeof v.value === 'string' ? v.value : JSON.stringify(v.value)
}

export function knownString(v: Value): string | undefined {
  return v.kind === 'known' && typeof v.value === 'string' ? v.value : undefined
}
