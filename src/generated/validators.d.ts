// Types of the generated standalone validators (see scripts/compile-schemas.mjs).
import type { ErrorObject } from 'ajv'

export interface Validator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

export const validatePlan: Validator
export const validateConfig: Validator
export const validateReport: Validator
