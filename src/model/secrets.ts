// The values a plan marks sensitive, gathered once per plan so that no message can print one, whatever
// path it took into the message. Rules already show `(sensitive value)` for the values they read as
// sensitive; this is the safety net for values whose sensitivity the plan states elsewhere: a module
// output declared sensitive (Terraform does not mark its value where the caller uses it), a provider
// argument fed by a sensitive variable (a region), a sensitive value a rule reads by another path.

import type { JsonValue, ModuleConfigJson } from '../plan/types.js'
import type { ModuleStep } from './address.js'
import type { PlanIndex } from './plan-index.js'

export const SENSITIVE_PLACEHOLDER = '(sensitive value)'

/**
 * Shorter strings (`true`, `TCP`, `logs`) are too common to hide without hiding our own words and the
 * names in fix snippets; the rules themselves keep short sensitive values they read out of messages.
 */
const MIN_LENGTH = 6

/** Every string of at least six characters that the plan marks sensitive, in any part of it. */
export function sensitiveStrings(index: PlanIndex): Set<string> {
  const found = new Set<string>()
  const add = (value: JsonValue | undefined) => collectStrings(value, found)

  // Resource instances: the values under `after_sensitive` (or `sensitive_values`) marks.
  for (const instance of index.instances) collectMarked(instance.attrs.values, instance.attrs.sensitive, found)

  // Root variables declared sensitive: their values are printed in clear in the plan's `variables`.
  const root = index.plan.configuration?.root_module
  for (const [name, declared] of ownEntries(root?.variables)) {
    if (declared?.sensitive) add(index.variables.get(name)?.value)
  }

  // Modules: sensitive variables (what the caller passes) and sensitive outputs (what they resolve to).
  const walk = (module: ModuleConfigJson | undefined, steps: ModuleStep[], depth: number) => {
    if (!module || depth > 32) return
    for (const [, output] of ownEntries(module.outputs)) {
      if (output?.sensitive && output.expression) for (const c of index.resolveExpression(steps, output.expression).constants) add(c)
    }
    for (const [name, call] of ownEntries(module.module_calls)) {
      const child = call?.module
      for (const [variable, declared] of ownEntries(child?.variables)) {
        if (!declared?.sensitive) continue
        add(declared.default)
        const input = call?.expressions?.[variable]
        if (input && !Array.isArray(input) && typeof input === 'object') {
          for (const c of index.resolveExpression(steps, input as Parameters<PlanIndex['resolveExpression']>[1]).constants) add(c)
        }
      }
      walk(child, [...steps, { name }], depth + 1)
    }
  }
  walk(root, [], 0)

  // Root outputs as the plan shows them: `{ sensitive, value }`.
  for (const [, output] of ownEntries(index.plan.planned_values?.outputs as Record<string, JsonValue> | undefined)) {
    if (output && typeof output === 'object' && !Array.isArray(output) && output.sensitive === true) add(output.value)
  }

  for (const value of found) if (value.length < MIN_LENGTH) found.delete(value)
  return found
}

/** Replaces every occurrence of the given strings (longest first) with the placeholder. */
export function redactor(secrets: Iterable<string>): (text: string) => string {
  const list = [...new Set(secrets)].filter((s) => s.length >= MIN_LENGTH).sort((a, b) => b.length - a.length)
  if (list.length === 0) return (text) => text
  const pattern = new RegExp(list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
  return (text) => text.replace(pattern, SENSITIVE_PLACEHOLDER)
}

function collectStrings(value: JsonValue | undefined, into: Set<string>): void {
  if (typeof value === 'string') into.add(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, into)
}

/** The strings of `values` wherever `marks` (a tree of the same shape) holds `true`. */
function collectMarked(values: JsonValue | undefined, marks: JsonValue | undefined, into: Set<string>, depth = 0): void {
  if (marks === true) return collectStrings(values, into)
  if (!marks || typeof marks !== 'object' || values === null || typeof values !== 'object' || depth > 64) return
  if (Array.isArray(marks)) {
    if (Array.isArray(values)) marks.forEach((mark, i) => collectMarked(values[i], mark, into, depth + 1))
    return
  }
  if (Array.isArray(values)) return
  for (const [key, mark] of Object.entries(marks)) if (Object.prototype.hasOwnProperty.call(values, key)) collectMarked(values[key], mark, into, depth + 1)
}

function ownEntries<T>(record: Record<string, T> | undefined | null): [string, T][] {
  return record && typeof record === 'object' ? Object.entries(record) : []
}
