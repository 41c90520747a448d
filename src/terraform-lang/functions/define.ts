// How one built-in function is described: its parameters (their names appear in Terraform's messages),
// whether it reads unknown values itself, and its body. Bodies throw through `invalid` and `failed`,
// which give Terraform's two kinds of message.
import { type TfValue } from '../value.js'

export interface FunctionSpec {
  /** Names of the fixed parameters, in order. */
  params: string[]
  /** Name of the trailing variadic parameter, when the function takes any number of further arguments. */
  variadic?: string
  /** Fixed parameters that may be left out (counted from the end of `params`). */
  optional?: number
  /**
   * The body handles unknown arguments itself (cty's AllowUnknown): without it, an argument holding an
   * unknown anywhere makes the result unknown before the body runs.
   */
  allowUnknown?: boolean
  /**
   * Only the arguments' own marks go onto the result; marks inside them stay on their elements, which
   * the body moves without reading (concat, merge, lookup, element…).
   */
  elementMarks?: boolean
  /** The body sees every sensitive mark (only the functions that are about marks). */
  allowMarked?: boolean
  impl: (args: TfValue[]) => TfValue
}

/** An argument the function cannot take: "Invalid value for "<param>" parameter: <why>". */
export class InvalidArgument extends Error {
  constructor(
    readonly param: string,
    why: string
  ) {
    super(why)
  }
}

/** A call that fails for the arguments together: "Call to function "<name>" failed: <why>". */
export class CallFailed extends Error {}

export function invalid(param: string, why: string): never {
  throw new InvalidArgument(param, why)
}

export function failed(why: string): never {
  throw new CallFailed(why)
}

export type FunctionFamily = Record<string, FunctionSpec>
