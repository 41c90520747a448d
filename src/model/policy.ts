import type { JsonValue } from '../plan/types.js'
import type { PlanIndex, ResourceInstance } from './plan-index.js'
import { valueText, type Attributes } from './value.js'

/** An IAM policy statement as far as the plan knows it. `unknown` marks parts known only after apply. */
export interface Statement {
  effect: 'Allow' | 'Deny' | 'unknown'
  /** Principal type (`AWS`, `Service`, `*`) → identifiers. */
  principals: { type: string; ids: string[] | 'unknown' }[]
  actions: string[] | 'unknown'
  conditions: { test: string; variable: string; values: string[] | 'unknown' }[]
}

/**
 * The statements of a policy attribute (`aws_s3_bucket_policy.policy`): parsed from the JSON when it is
 * known, else read from the `aws_iam_policy_document` it references, whose statement blocks are often
 * known even when the rendered JSON is not.
 */
export function policyStatements(index: PlanIndex, holder: ResourceInstance, attribute = 'policy'): Statement[] | 'unknown' | null {
  const value = holder.attrs.get([attribute])
  if (value.kind === 'known' && typeof value.value === 'string') return parsePolicyJson(value.value)
  if (value.kind === 'absent' && !holder.config?.expressions?.[attribute]) return null
  const documents = index.resolveAttribute(holder, [attribute]).targets.filter((t) => t.type === 'aws_iam_policy_document')
  if (documents.length === 0) return 'unknown'
  const statements: Statement[] = []
  for (const document of documents) {
    const json = document.attrs.get(['json'])
    if (json.kind === 'known' && typeof json.value === 'string') {
      const parsed = parsePolicyJson(json.value)
      if (parsed === 'unknown') return 'unknown'
      statements.push(...parsed)
      continue
    }
    const blocks = document.attrs.blocks(['statement'])
    if (blocks === 'unknown') return 'unknown'
    statements.push(...blocks.map(statementFromBlock))
  }
  return statements
}

function statementFromBlock(block: Attributes): Statement {
  const strings = (attrs: Attributes, name: string): string[] | 'unknown' => {
    const v = attrs.get([name])
    if (v.kind === 'unknown') return 'unknown'
    if (v.kind === 'absent' || !Array.isArray(v.value)) return []
    if (v.value.some((x) => x === null)) return 'unknown'
    return v.value.map(valueText)
  }
  const effect = block.get(['effect'])
  const principalBlocks = block.blocks(['principals'])
  const conditionBlocks = block.blocks(['condition'])
  return {
    effect: effect.kind === 'unknown' ? 'unknown' : effect.kind === 'known' && effect.value === 'Deny' ? 'Deny' : 'Allow',
    principals: principalBlocks === 'unknown' ? [{ type: '*', ids: 'unknown' }] : principalBlocks.map((p) => ({ type: valueText(p.get(['type']).kind === 'known' ? (p.get(['type']) as { value: JsonValue }).value : 'unknown'), ids: strings(p, 'identifiers') })),
    actions: strings(block, 'actions'),
    conditions: conditionBlocks === 'unknown' ? [] : conditionBlocks.map((c) => ({ test: valueText((c.get(['test']) as { value?: JsonValue }).value ?? ''), variable: valueText((c.get(['variable']) as { value?: JsonValue }).value ?? ''), values: strings(c, 'values') }))
  }
}

export function parsePolicyJson(text: string): Statement[] | 'unknown' {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return 'unknown'
  }
  if (!doc || typeof doc !== 'object') return []
  const raw = (doc as { Statement?: unknown }).Statement
  const list = Array.isArray(raw) ? raw : raw ? [raw] : []
  return list.filter((s): s is Record<string, unknown> => !!s && typeof s === 'object').map((s) => {
    const principals: Statement['principals'] = []
    const principal = s.Principal
    if (principal === '*') principals.push({ type: '*', ids: ['*'] })
    else if (principal && typeof principal === 'object') {
      for (const [type, ids] of Object.entries(principal as Record<string, unknown>)) principals.push({ type, ids: toStrings(ids) })
    }
    const conditions: Statement['conditions'] = []
    if (s.Condition && typeof s.Condition === 'object') {
      for (const [test, vars] of Object.entries(s.Condition as Record<string, unknown>)) {
        if (vars && typeof vars === 'object') for (const [variable, values] of Object.entries(vars as Record<string, unknown>)) conditions.push({ test, variable, values: toStrings(values) })
      }
    }
    return { effect: s.Effect === 'Deny' ? 'Deny' : 'Allow', principals, actions: toStrings(s.Action), conditions }
  })
}

function toStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(valueText)
  return value === undefined || value === null ? [] : [valueText(value)]
}

export function allowsAction(statement: Statement, action: string): boolean | 'unknown' {
  if (statement.actions === 'unknown') return 'unknown'
  const wanted = action.toLowerCase()
  return statement.actions.some((a) => {
    const pattern = a.toLowerCase()
    if (pattern === '*' || pattern === wanted) return true
    return pattern.endsWith('*') && wanted.startsWith(pattern.slice(0, -1))
  })
}
