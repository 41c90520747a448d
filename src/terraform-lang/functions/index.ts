// Terraform's built-in functions, by name. Each takes evaluated arguments and returns a value;
// unknown and sensitive marks are handled here, once, for every function (see callFunction).
import { mark, unmark, UNKNOWN, type TfValue } from '../value.js'
import { collections } from './collections.js'
import { containsUnknown, unmarkDeep } from './coerce.js'
import { conversion } from './conversion.js'
import { CallFailed, InvalidArgument, type FunctionFamily, type FunctionSpec } from './define.js'
import { encoding } from './encoding.js'
import { network } from './network.js'
import { numeric } from './numeric.js'
import { planTime } from './plan-time.js'
import { strings } from './strings.js'

/** A function given arguments it cannot take (Terraform's "Invalid function argument"). */
export class FunctionArgumentError extends Error {}

/** A call of a function Terraform does not have (or this project does not support). */
export class UnknownFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(`there is no function named "${functionName}"`)
  }
}

export type TfFunction = (args: TfValue[]) => TfValue

const FAMILIES: FunctionFamily[] = [strings, collections, conversion, encoding, network, numeric, planTime]
const SPECS = new Map<string, FunctionSpec>(FAMILIES.flatMap((family) => Object.entries(family)))

/**
 * Functions Terraform has that need the file system or the machine running it; the evaluator may
 * give them its own meaning (or an unknown).
 */
export const NOT_PROVIDED = ['file', 'filebase64', 'filebase64sha256', 'filebase64sha512', 'fileexists', 'filemd5', 'filesha1', 'filesha256', 'filesha512', 'fileset', 'templatefile', 'abspath', 'pathexpand', 'dirname', 'basename'] as const

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map<string, TfFunction>([...SPECS].map(([name, spec]) => [name, (args: TfValue[]) => run(name, spec, args)]))

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

function run(name: string, spec: FunctionSpec, given: TfValue[]): TfValue {
  checkCount(name, spec, given.length)
  if (spec.allowMarked) return body(name, spec, given)
  // Marks anywhere inside the arguments go onto the whole result, as cty does for functions that do
  // not look at marks themselves.
  let sensitive = false
  const args = given.map((arg) => {
    const unmarked = spec.elementMarks ? unmark(arg) : unmarkDeep(arg)
    sensitive ||= unmarked.sensitive
    return unmarked.value
  })
  if (!spec.allowUnknown && args.some(containsUnknown)) return mark(UNKNOWN, sensitive)
  return mark(body(name, spec, args), sensitive)
}

function body(name: string, spec: FunctionSpec, args: TfValue[]): TfValue {
  try {
    return spec.impl(args)
  } catch (error) {
    if (error instanceof InvalidArgument) throw new FunctionArgumentError(`Invalid value for "${error.param}" parameter: ${error.message}`)
    if (error instanceof CallFailed) throw new FunctionArgumentError(`Call to function "${name}" failed: ${error.message}`)
    throw error
  }
}

function checkCount(name: string, spec: FunctionSpec, count: number): void {
  const required = spec.params.length - (spec.optional ?? 0)
  if (count < required) {
    throw new FunctionArgumentError(`Not enough function arguments: Function "${name}" expects ${spec.variadic ? 'at least ' : ''}${required} argument(s). Missing value for "${spec.params[count]}".`)
  }
  if (!spec.variadic && count > spec.params.length) {
    throw new FunctionArgumentError(`Too many function arguments: Function "${name}" expects only ${spec.params.length} argument(s).`)
  }
}
