// Getting into values: `.attribute`, `[index]` and splats, as Terraform does (an unknown collection gives
// an unknown element; a missing attribute or an index out of range is an error; marks carry over).

import { typeName } from './functions/coerce.js'
import { numberText } from './functions/number-text.js'
import { asNumber, OperationError } from './operations.js'
import { isObject, isUnknown, mark, unmark, UNKNOWN, type TfValue } from './value.js'

export type Step = { kind: 'attr'; name: string } | { kind: 'index'; key: TfValue }

/** Objects whose absent attributes are unknown rather than missing (a resource whose schema is not known here). */
const open = new WeakSet<object>()

export function openObject<T extends object>(value: T): T {
  open.add(value)
  return value
}

export function applyStep(base: TfValue, step: Step): TfValue {
  const { value, sensitive } = unmark(base)
  if (isUnknown(value)) return mark(UNKNOWN, sensitive)
  if (step.kind === 'attr') {
    if (value === null) throw new OperationError(`Attempt to get attribute "${step.name}" from a null value`)
    if (!isObject(value)) throw new OperationError(`Unsupported attribute "${step.name}": a ${typeName(value)} has no attributes`)
    if (!Object.prototype.hasOwnProperty.call(value, step.name)) {
      if (open.has(value)) return mark(UNKNOWN, sensitive)
      throw new OperationError(`Unsupported attribute: this object does not have an attribute named "${step.name}"`)
    }
    return mark(value[step.name], sensitive)
  }
  const key = unmark(step.key)
  if (isUnknown(key.value)) return mark(UNKNOWN, sensitive || key.sensitive)
  if (value === null) throw new OperationError('Attempt to index a null value')
  if (Array.isArray(value)) {
    const index = asNumber(key.value)
    if (!Number.isInteger(index) || index < 0 || index >= value.length) throw new OperationError(`Invalid index: the given key ${numberText(index)} is out of range (${value.length} elements)`)
    return mark(value[index], sensitive || key.sensitive)
  }
  if (isObject(value)) {
    const name = typeof key.value === 'number' ? numberText(key.value) : key.value
    if (typeof name !== 'string') throw new OperationError(`Invalid index: a ${typeName(key.value)} cannot index an object`)
    if (!Object.prototype.hasOwnProperty.call(value, name)) throw new OperationError(`Invalid index: the given key "${name}" does not identify an element of this collection`)
    return mark(value[name], sensitive || key.sensitive)
  }
  throw new OperationError(`Invalid index: a ${typeName(value)} cannot be indexed`)
}

/** `base[*]<steps>`: the steps on every element; a single non-null value counts as a one-element list. */
export function applySplat(base: TfValue, each: (element: TfValue) => TfValue): TfValue {
  const { value, sensitive } = unmark(base)
  if (isUnknown(value)) return mark(UNKNOWN, sensitive)
  if (value === null) return mark([], sensitive)
  const elements = Array.isArray(value) ? value : [value]
  return mark(elements.map(each), sensitive)
}
