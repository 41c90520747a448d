// What the AWS provider (5.x) says of the resource types the model reads: computed attributes (unknown
// until apply unless configured), nested blocks (absent is `[]`), and the defaults it fills in. Made by
// scripts/make-provider-schema.mjs from the provider's own schema and the plans Terraform made of the fixtures.

import schema from './provider-schema.json' with { type: 'json' }
import type { JsonValue } from '../plan/types.js'

export interface BlockSchema {
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
