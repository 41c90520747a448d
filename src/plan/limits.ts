// The plan reader's own limits and the remedy its errors share.
import { InputError } from '../errors.js'

export const SHOW_JSON_REMEDY = 'Pass the output of `terraform show -json <planfile>`'

/**
 * Modules nested deeper than this are refused. Terraform configurations nest a few levels; validation and
 * both readers walk modules recursively, and thousands of levels would exhaust the stack.
 */
export const MAX_MODULE_DEPTH = 100

export function modulesTooDeep(file: string): InputError {
  return new InputError(file, `nests modules more than ${MAX_MODULE_DEPTH} levels deep`, `${SHOW_JSON_REMEDY}; Terraform plans nest modules a few levels`)
}
