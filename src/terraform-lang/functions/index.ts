// Terraform's built-in functions, by name. Each takes evaluated arguments and returns a value;
// unknown and sensitive marks are handled here, once, for every function (see callFunction).
import { type TfValue } from '../value.js'

/** A function given arguments it cannot take (Terraform's "Invalid function argument"). */
export class FunctionArgumentError extends Error {}

/** A call of a function Terraform does not have (or this project does not support). */
export class UnknownFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(`there is no function named "${functionName}"`)
  }
}

export type TfFunction = (args: TfValue[]) => TfValue

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map<string, TfFunction>([])

/**
 * Calls a built-in function the way Terraform does: an unknown argument makes the result unknown
 * (except where Terraform's function says otherwise), a sensitive argument makes it sensitive.
 * Throws UnknownFunctionError or FunctionArgumentError.
 */
export function callFunction(name: string, args: TfValue[]): TfValue {
  const fn = FUNCTIONS.get(name)
  if (!fn) throw new UnknownFunctionError(name)
  return fn(args)
}
