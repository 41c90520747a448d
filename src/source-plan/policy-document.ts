// `data "aws_iam_policy_document"` computed as the AWS provider (5.x) computes it, so that the plan from
// sources holds the very `json` Terraform would: source documents merged first, then the statements
// (one value alone is a string, several are sorted in reverse), then override documents replacing
// statements by Sid; printed with two-space indentation and Go's HTML escaping.

import { isObject, isUnknown, type TfObject, type TfValue } from '../terraform-lang/value.js'
import { strip } from '../terraform-lang/operations.js'

type StringOrList = string | string[]

interface Statement {
  Sid?: string
  Effect?: string
  Action?: StringOrList
  NotAction?: StringOrList
  Resource?: StringOrList
  NotResource?: StringOrList
  Principal?: unknown
  NotPrincipal?: unknown
  Condition?: unknown
}

interface PolicyDoc {
  Version?: string
  Id?: string
  Statement?: Statement[]
}

export class PolicyDocumentError extends Error {}

/** One value alone as a string, several sorted in reverse (the provider's policyDecodeConfigStringList). */
function stringList(values: string[]): StringOrList {
  if (values.length === 1) return values[0]
  return [...values].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
}

const strings = (value: TfValue): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])
const text = (value: TfValue): string | undefined => (typeof value === 'string' ? value : undefined)
const blocks = (value: TfValue): TfObject[] => (Array.isArray(value) ? value.filter(isObject) : [])

/** `&{aws:username}` is written for `${aws:username}` in 2012-10-17 documents. */
function replaceVars(value: StringOrList, version: string): StringOrList {
  if (version !== '2012-10-17') return value
  const replace = (s: string) => s.replace(/&\{/g, '${')
  return Array.isArray(value) ? value.map(replace) : replace(value)
}

function principals(list: TfObject[], version: string): Record<string, StringOrList> | string | undefined {
  if (list.length === 0) return undefined
  const raw: Record<string, StringOrList> = {}
  for (const principal of list) {
    const type = text(principal.type) ?? ''
    const identifiers = replaceVars(stringList(strings(principal.identifiers)), version)
    const existing = Object.prototype.hasOwnProperty.call(raw, type) ? raw[type] : undefined
    if (Array.isArray(identifiers)) {
      const sorted = [...identifiers].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
      raw[type] = existing === undefined ? sorted : [...(Array.isArray(existing) ? existing : [existing]), ...sorted]
    } else {
      raw[type] = existing === undefined ? identifiers : [...(Array.isArray(existing) ? existing : [existing]), identifiers]
    }
  }
  const types = Object.keys(raw)
  if (types.length === 1 && types[0] === '*') return raw['*'] as string
  return sortKeys(raw)
}

function conditions(list: TfObject[], version: string): Record<string, Record<string, StringOrList>> | undefined {
  if (list.length === 0) return undefined
  const raw: Record<string, Record<string, StringOrList>> = {}
  for (const condition of list) {
    const test = text(condition.test) ?? ''
    const variable = text(condition.variable) ?? ''
    const values = replaceVars(stringList(strings(condition.values)), version)
    raw[test] ??= {}
    const existing = raw[test][variable]
    if (existing === undefined || !Array.isArray(values)) raw[test][variable] = values
    else raw[test][variable] = [...(Array.isArray(existing) ? existing : [existing]), ...values]
  }
  const out: Record<string, Record<string, StringOrList>> = {}
  for (const test of Object.keys(raw).sort()) out[test] = sortKeys(raw[test])
  return out
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {}
  for (const key of Object.keys(record).sort()) out[key] = record[key]
  return out
}

function statementOf(block: TfObject, version: string): Statement {
  const statement: Statement = {}
  const sid = text(block.sid)
  if (sid) statement.Sid = sid
  statement.Effect = text(block.effect) ?? 'Allow'
  const actions = strings(block.actions)
  if (actions.length > 0) statement.Action = stringList(actions)
  const notActions = strings(block.not_actions)
  if (notActions.length > 0) statement.NotAction = stringList(notActions)
  const resources = strings(block.resources)
  if (resources.length > 0) statement.Resource = replaceVars(stringList(resources), version)
  const notResources = strings(block.not_resources)
  if (notResources.length > 0) statement.NotResource = replaceVars(stringList(notResources), version)
  const principal = principals(blocks(block.principals), version)
  if (principal !== undefined) statement.Principal = principal
  const notPrincipal = principals(blocks(block.not_principals), version)
  if (notPrincipal !== undefined) statement.NotPrincipal = notPrincipal
  const condition = conditions(blocks(block.condition), version)
  if (condition !== undefined) statement.Condition = condition
  return statement
}

/** A statement of a source or override document, in the provider's field order. */
function normalize(statement: Record<string, unknown>): Statement {
  const out: Statement = {}
  for (const key of ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'] as const) {
    const value = statement[key]
    if (value === undefined || value === null || value === '') continue
    ;(out as Record<string, unknown>)[key] = value !== null && typeof value === 'object' && !Array.isArray(value) ? deepSort(value) : value
  }
  return out
}

function deepSort(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deepSort)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) out[key] = deepSort((value as Record<string, unknown>)[key])
    return out
  }
  return value
}

function merge(into: PolicyDoc, doc: PolicyDoc): void {
  if (doc.Id) into.Id = doc.Id
  if ((doc.Version ?? '') > (into.Version ?? '')) into.Version = doc.Version
  for (const statement of doc.Statement ?? []) {
    into.Statement ??= []
    const same = statement.Sid ? into.Statement.findIndex((s) => s.Sid === statement.Sid) : -1
    if (same >= 0) into.Statement[same] = statement
    else into.Statement.push(statement)
  }
}

function parseDocument(json: string, what: string): PolicyDoc {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new PolicyDocumentError(`${what} is not valid JSON`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new PolicyDocumentError(`${what} is not a policy document`)
  const doc = parsed as Record<string, unknown>
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement && typeof doc.Statement === 'object' ? [doc.Statement] : []
  return {
    Version: typeof doc.Version === 'string' ? doc.Version : undefined,
    Id: typeof doc.Id === 'string' ? doc.Id : undefined,
    Statement: statements.filter((s): s is Record<string, unknown> => s !== null && typeof s === 'object').map(normalize)
  }
}

/** Go's json.Marshal escapes <, > and & (and the line separators) in strings. */
function goEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The provider's hash of the document text (crc32, as a decimal string): the data source's `id`. */
function stringHashcode(value: string): string {
  let crc = 0xffffffff
  for (const byte of Buffer.from(value, 'utf8')) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return String((crc ^ 0xffffffff) >>> 0)
}

/**
 * The document's `json`, `minified_json` and `id` from the data source's arguments (its statement blocks
 * already evaluated); null when an argument is known only after apply.
 */
export function policyDocument(args: TfObject): { json: string; minified_json: string; id: string } | null {
  if (strip(args).unknown || Object.values(args).some(isUnknown)) return null
  const plain = strip(args).value as TfObject
  const merged: PolicyDoc = {}
  strings(plain.source_policy_documents).forEach((json, i) => merge(merged, parseDocument(json, `source_policy_documents[${i}]`)))
  const version = text(plain.version) ?? '2012-10-17'
  const doc: PolicyDoc = { Version: version }
  const id = text(plain.policy_id)
  if (id) doc.Id = id
  const statements = blocks(plain.statement)
  if (statements.length > 0) doc.Statement = statements.map((s) => statementOf(s, version))
  merge(merged, doc)
  strings(plain.override_policy_documents).forEach((json, i) => merge(merged, parseDocument(json, `override_policy_documents[${i}]`)))
  const ordered: PolicyDoc = {}
  if (merged.Version) ordered.Version = merged.Version
  if (merged.Id) ordered.Id = merged.Id
  if (merged.Statement?.length) ordered.Statement = merged.Statement
  const json = goEscape(JSON.stringify(ordered, null, 2))
  return { json, minified_json: goEscape(JSON.stringify(ordered)), id: stringHashcode(json) }
}
