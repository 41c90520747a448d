// Values of Terraform's language as the source evaluator computes them. Plain JSON-like data, plus two
// marks Terraform keeps on values: unknown (known only after apply) and sensitive.

export type TfValue = null | boolean | number | string | TfValue[] | TfObject | Unknown | Sensitive
/** Objects and maps alike (Terraform's object and map types). */
export interface TfObject {
  [key: string]: TfValue
}

/** A value known only after apply. One instance: compare with `isUnknown`. */
export class Unknown {
  static readonly instance = new Unknown()
  // A member of its own, so that TypeScript tells an Unknown from other objects when narrowing.
  private readonly unknown = true
  private constructor() {}
}
export const UNKNOWN = Unknown.instance

/** A value marked sensitive; the mark travels through every operation that reads it. */
export class Sensitive {
  constructor(readonly value: Exclude<TfValue, Sensitive>) {}
}

export const isUnknown = (value: TfValue): value is Unknown => value instanceof Unknown
export const isSensitive = (value: TfValue): value is Sensitive => value instanceof Sensitive
export const isObject = (value: TfValue): value is TfObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Unknown) && !(value instanceof Sensitive)

/** The value without its top-level sensitive mark, and whether it had one. */
export function unmark(value: TfValue): { value: Exclude<TfValue, Sensitive>; sensitive: boolean } {
  return value instanceof Sensitive ? { value: value.value, sensitive: true } : { value, sensitive: false }
}

/** Marks a value sensitive (once). */
export function mark(value: TfValue, sensitive = true): TfValue {
  if (!sensitive || value instanceof Sensitive) return value
  return new Sensitive(value)
}
