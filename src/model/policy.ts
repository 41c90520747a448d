import type { JsonValue } from '../plan/types.js'
import type { PlanIndex, ResourceInstance } from './plan-index.js'
import { valueText, type Attributes, type Value } from './value.js'

/** An IAM policy statement as far as the plan knows it. `unknown` marks parts known only after apply. */
export interface Statement {
  effect: 'Allow' | 'Deny' | 'unknown'
  /** Principal type (`AWS`, `Service`, `*`) → identifiers. */
  principals: { type: string; ids: string[] | 'unknown' }[]
  actions: string[] | 'unknown'
  conditions: { test: string; variable: string; values: string[] | 'unknown' }[]
  /** The statement id, which decides what a policy document's override replaces. */
  sid?: string
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
    const own = documentStatements(index, document, new Set())
    if (own === 'unknown') return 'unknown'
    statements.push(...own)
  }
  return statements
}

const MAX_DOCUMENT_DEPTH = 16

/**
 * The statements of an `aws_iam_policy_document` as the provider merges them: the statements of
 * `source_policy_documents` (and `source_json`) first; then the document's own `statement` blocks, each
 * replacing a source statement of the same `sid`; then `override_policy_documents` (and `override_json`),
 * whose statements replace those of the same `sid` and are appended otherwise.
 */
function documentStatements(index: PlanIndex, document: ResourceInstance, seen: Set<ResourceInstance>): Statement[] | 'unknown' {
  const json = document.attrs.get(['json'])
  if (json.kind === 'known' && typeof json.value === 'string') return parsePolicyJson(json.value)
  if (seen.has(document) || seen.size > MAX_DOCUMENT_DEPTH) return 'unknown'
  const visiting = new Set(seen).add(document)
  const sources = [...(documentsOf(index, document, 'source_json', visiting) ?? []), ...(documentsOf(index, document, 'source_policy_documents', visiting) ?? [])]
  const overrides = [...(documentsOf(index, document, 'override_json', visiting) ?? []), ...(documentsOf(index, document, 'override_policy_documents', visiting) ?? [])]
  const blocks = document.attrs.blocks(['statement'])
  if (blocks === 'unknown' || sources.includes('unknown') || overrides.includes('unknown')) return 'unknown'
  const merged: Statement[] = []
  for (const source of sources as Statement[][]) merged.push(...source)
  const replaceOrAppend = (statement: Statement) => {
    const at = statement.sid ? merged.findIndex((s) => s.sid === statement.sid) : -1
    if (at >= 0) merged[at] = statement
    else merged.push(statement)
  }
  blocks.map(statementFromBlock).forEach(replaceOrAppend)
  for (const override of overrides as Statement[][]) override.forEach(replaceOrAppend)
  return merged
}

/** The policy documents an attribute holds: JSON strings when known, else the documents it refers to. */
function documentsOf(index: PlanIndex, document: ResourceInstance, attribute: string, seen: Set<ResourceInstance>): (Statement[] | 'unknown')[] | null {
  const value = document.attrs.get([attribute])
  if (value.kind === 'known') {
    if (value.value === null || value.value === '') return null
    const texts = Array.isArray(value.value) ? value.value : [value.value]
    if (texts.every((t) => typeof t === 'string')) return texts.filter((t) => t !== '').map((t) => parsePolicyJson(t as string))
  }
  if (value.kind === 'absent' && !document.config?.expressions?.[attribute]) return null
  // Known only after apply (`compact([var.x ? data.aws_iam_policy_document.a.json : ""])`): the documents
  // it refers to that the plan holds; a document behind a false condition has count 0 and is not there.
  const resolved = index.resolveAttribute(document, [attribute])
  if (resolved.unresolved) return ['unknown']
  // In the order written: a later override wins over an earlier one with the same sid.
  const refs = ((index.expression(document, [attribute]) as { references?: unknown } | undefined)?.references ?? []) as string[]
  const position = (t: ResourceInstance) => {
    const block = `data.aws_iam_policy_document.${t.name}`
    const at = Array.isArray(refs) ? refs.findIndex((ref) => typeof ref === 'string' && (ref === block || ref.startsWith(`${block}.`) || ref.startsWith(`${block}[`))) : -1
    return at < 0 ? Number.MAX_SAFE_INTEGER : at
  }
  const documents = resolved.targets.filter((t) => t.type === 'aws_iam_policy_document' && t !== document).sort((a, b) => position(a) - position(b))
  const found: (Statement[] | 'unknown')[] = documents.map((t) => documentStatements(index, t, seen))
  for (const constant of resolved.constants) if (typeof constant === 'string' && constant.trim().startsWith('{')) found.push(parsePolicyJson(constant))
  return found
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
    sid: knownSid(block.get(['sid'])),
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
    return { effect: s.Effect === 'Deny' ? 'Deny' : 'Allow', principals, actions: toStrings(s.Action), conditions, sid: typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : undefined }
  })
}

function knownSid(value: Value): string | undefined {
  return value.kind === 'known' && typeof value.value === 'string' && value.value !== '' ? value.value : undefined
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
