// What the AWS provider (5.x) says of the resource types the model reads: its attributes and their
// types (computed ones unknown until apply unless configured, others null), nested blocks (absent is
// `[]`), and the defaults it fills in. Made by
// scripts/make-provider-schema.mjs from the provider's own schema and the plans Terraform made of the fixtures.

import schema from './provider-schema.json' with { type: 'json' }
import type { JsonValue } from '../plan/types.js'
import { ANY, type TypeSpec } from '../terraform-lang/types.js'

export interface BlockSchema {
  /** Every attribute with its type as Terraform writes types (`"string"`, `["list", "number"]`). */
  t?: Record<string, JsonValue>
  /** Attributes the provider marks sensitive: their values are marked so in the plan. */
  s?: string[]
  /** Computed attributes. */
  c?: string[]
  /** Nested blocks with their nesting mode (`list`, `set`, `single`, `map`) and their own schema. */
  b?: Record<string, BlockSchema & { n: string }>
  /** Defaults by attribute path (`enabled`, `access_logs.enabled`). */
  d?: Record<string, JsonValue>
  /** Optional nested blocks that are computed when the configuration leaves them out. */
  cb?: string[]
}

const RESOURCES = schema.resources as Record<string, BlockSchema>
const DATA = schema.data as Record<string, BlockSchema>

export function resourceSchema(mode: 'managed' | 'data', type: string): BlockSchema | undefined {
  const table = mode === 'data' ? DATA : RESOURCES
  return Object.prototype.hasOwnProperty.call(table, type) ? table[type] : undefined
}

/** A type as Terraform writes it in a schema, as a type constraint values are converted to. */
export function typeSpec(type: JsonValue): TypeSpec {
  if (type === 'string' || type === 'number' || type === 'bool') return { kind: type }
  if (Array.isArray(type)) {
    const [kind, inner] = type
    if ((kind === 'list' || kind === 'set' || kind === 'map') && inner !== undefined) return { kind, element: typeSpec(inner) }
    if (kind === 'object' && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      return { kind: 'object', attributes: Object.fromEntries(Object.entries(inner).map(([name, t]) => [name, { type: typeSpec(t), optional: true }])) }
    }
    if (kind === 'tuple' && Array.isArray(inner)) return { kind: 'tuple', elements: inner.map(typeSpec) }
  }
  return ANY
}
