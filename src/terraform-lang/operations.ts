// Terraform's operators and the conversions they make (a numeric string is a number, "true" a bool),
// with unknown and sensitive values carried through: an unknown operand makes an unknown result, a
// sensitive one a sensitive result.

import { equal, typeName } from './functions/coerce.js'
import { numberText, parseNumber } from './functions/number-text.js'
import { isObject, isUnknown, mark, Sensitive, UNKNOWN, Unknown, type TfValue } from './value.js'

/** Thrown by an operation on values of the wrong type; the evaluator adds the line. */
export class OperationError extends Error {}

/** The value with every sensitive mark removed, whether it had any, and whether anything in it is unknown. */
export function strip(value: TfValue): { value: TfValue; sensitive: boolean; unknown: boolean } {
  let sensitive = false
  let unknown = false
  const walk = (v: TfValue): TfValue => {
    if (v instanceof Sensitive) {
      sensitive = true
      return walk(v.value)
    }
    if (v instanceof Unknown) {
      unknown = true
      return v
    }
    if (Array.isArray(v)) return v.map(walk)
    if (isObject(v)) {
      const out: Record<string, TfValue> = {}
      for (const key of Object.keys(v)) defineKey(out, key, walk(v[key]))
      return out
    }
    return v
  }
  const stripped = walk(value)
  return { value: stripped, sensitive, unknown }
}

/** Sets a key that may be `__proto__` (keys come from user configuration). */
export function defineKey<T>(target: Record<string, T>, key: string, value: T): void {
  // Defining every key would make V8 keep the object as a slow dictionary: only `__proto__` needs it.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/** A primitive as a string (string templates, string arguments). */
export function asString(value: TfValue, what = 'string'): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (value === null) throw new OperationError(`a null value cannot be used as ${what}`)
  throw new OperationError(`a ${typeName(value)} cannot be used as ${what}: string required`)
}

export function asNumber(value: TfValue): number {
  if (typeof value === 'number') return value
  const parsed = typeof value === 'string' ? parseNumber(value) : undefined
  if (parsed !== undefined) return parsed
  if (value === null) throw new OperationError('a null value cannot be used as a number')
  throw new OperationError(`a ${typeName(value)} cannot be used as a number`)
}

export function asBool(value: TfValue): boolean {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  if (value === null) throw new OperationError('a null value cannot be used as a bool')
  throw new OperationError(`a ${typeName(value)} cannot be used as a bool`)
}

/**
 * Applies `f` to operands without their marks: unknown when an operand is (or holds) an unknown,
 * sensitive when an operand is (or holds) a sensitive value.
 */
export function lift(operands: TfValue[], f: (values: TfValue[]) => TfValue): TfValue {
  let sensitive = false
  let unknown = false
  const plain = operands.map((operand) => {
    const s = strip(operand)
    if (s.sensitive) sensitive = true
    if (s.unknown) unknown = true
    return s.value
  })
  if (unknown) return mark(UNKNOWN, sensitive)
  return mark(f(plain), sensitive)
}

export function unaryOperation(operator: string, operand: TfValue): TfValue {
  return lift([operand], ([v]) => (operator === '!' ? !asBool(v) : -asNumber(v)))
}

export function binaryOperation(operator: string, left: TfValue, right: TfValue): TfValue {
  // Both sides are always evaluated, as in Terraform: `false && x` is unknown when x is, and an error when x is.
  return lift([left, right], ([l, r]) => {
    switch (operator) {
      case '==': return equal(l, r)
      case '!=': return !equal(l, r)
      case '&&': return asBool(l) && asBool(r)
      case '||': return asBool(l) || asBool(r)
      case '+': return asNumber(l) + asNumber(r)
      case '-': return asNumber(l) - asNumber(r)
      case '*': return asNumber(l) * asNumber(r)
      case '/': {
        const divisor = asNumber(r)
        if (divisor === 0) throw new OperationError('divide by zero')
        return asNumber(l) / divisor
      }
      case '%': {
        const divisor = asNumber(r)
        if (divisor === 0) throw new OperationError('divide by zero')
        return asNumber(l) % divisor
      }
      case '<': return asNumber(l) < asNumber(r)
      case '>': return asNumber(l) > asNumber(r)
      case '<=': return asNumber(l) <= asNumber(r)
      case '>=': return asNumber(l) >= asNumber(r)
      default: throw new OperationError(`unsupported operator ${operator}`)
    }
  })
}

export { isUnknown }
