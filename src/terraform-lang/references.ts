// An expression as `terraform show -json` writes it in `configuration`: `{constant_value}` when it needs
// nothing to evaluate (no reference, no function), `{references}` in Terraform's format (each reference
// with every shorter traversal down to its object, then the un-keyed resource or module call), or `{}`.

import { Evaluator } from './evaluate.js'
import { numberText } from './functions/number-text.js'
import { namedChildren, operands, plainString, unwrap, type Node } from './syntax.js'
import type { Step } from './traversal.js'
import { toJson, type JsonValue } from './json.js'

export interface ExpressionJson {
  constant_value?: JsonValue
  references?: string[]
}

interface Traversal {
  root: string
  steps: Step[]
}

/** Static traversals of an expression (`a.b[0].c`), leaving out the symbols of `for` expressions. */
export function traversals(node: Node, bound: ReadonlySet<string> = new Set(), out: Traversal[] = [], calls = { count: 0 }): Traversal[] {
  if (node.type === 'function_call') calls.count++
  if (node.type === 'expression') {
    partsTraversals(namedChildren(node), bound, out, calls)
    return out
  }
  if (node.type === 'operation') {
    for (const parts of operands(node).operands) partsTraversals(parts, bound, out, calls)
    return out
  }
  // A `for` (expression or template directive) binds its names in everything but its collection.
  const loop = node.type === 'for_expr' ? node.namedChild(0)! : node.type === 'template_for' ? node : undefined
  if (loop) {
    const intro = namedChildren(loop).find((p) => p.type === 'for_intro' || p.type === 'template_for_start')!
    const names = namedChildren(intro).filter((c) => c.type === 'identifier').map((c) => c.text)
    traversals(namedChildren(intro).find((c) => c.type === 'expression')!, bound, out, calls)
    const inner = new Set([...bound, ...names])
    for (const part of namedChildren(loop)) if (part !== intro) traversals(part, inner, out, calls)
    return out
  }
  if (node.type === 'object_elem') {
    // A bare name as an object key (`{ a = 1 }`) is the key itself, not a reference.
    const key = node.childForFieldName('key')!
    if (!(key.namedChildCount === 1 && key.namedChild(0)?.type === 'variable_expr')) traversals(key, bound, out, calls)
    traversals(node.childForFieldName('val')!, bound, out, calls)
    return out
  }
  for (const child of namedChildren(node)) traversals(child, bound, out, calls)
  return out
}

/** The traversals of a base node and the traversal nodes after it. */
function partsTraversals(parts: readonly Node[], bound: ReadonlySet<string>, out: Traversal[], calls: { count: number }): void {
  if (parts.length > 0 && parts[0].type === 'variable_expr') {
    const root = parts[0].namedChild(0)!.text
    const steps: Step[] = []
    let i = 1
    for (; i < parts.length; i++) {
      const step = staticStep(parts[i])
      if (!step) break
      steps.push(step)
    }
    if (!bound.has(root)) out.push({ root, steps })
    for (const rest of parts.slice(i)) traversals(rest, bound, out, calls)
    return
  }
  for (const part of parts) traversals(part, bound, out, calls)
}

/** A traversal step written with a literal key; null for anything evaluated or a splat. */
function staticStep(node: Node): Step | null {
  if (node.type === 'get_attr') return { kind: 'attr', name: node.namedChild(0)!.text }
  if (node.type !== 'index') return null
  const inner = node.namedChild(0)!
  if (inner.type === 'legacy_index') return { kind: 'index', key: Number(inner.text.slice(1)) }
  const key = unwrap(inner.namedChild(0)!)
  if (key.type !== 'literal_value') return null
  const lit = key.namedChild(0)!
  if (lit.type === 'numeric_lit') return { kind: 'index', key: Number(lit.text) }
  if (lit.type === 'string_lit') {
    const text = plainString(key)
    return text === null ? null : { kind: 'index', key: text }
  }
  return null
}

/** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u

function escapeRune(c: string): string {
  const code = c.codePointAt(0)!
  return code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`
}

const GO_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' }
const HCL_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' }

/** A string quoted as Go's %q does (a traversal's string key in `references`). */
function goQuoted(text: string): string {
  let out = '"'
  for (const c of text) {
    out += GO_ESCAPES[c] ?? (PRINTABLE.test(c) ? c : c.codePointAt(0)! < 0x80 ? `\\x${c.codePointAt(0)!.toString(16).padStart(2, '0')}` : escapeRune(c))
  }
  return out + '"'
}

/** A string quoted as Terraform quotes instance keys in addresses (HCL's syntax, `${` doubled). */
function hclQuoted(text: string): string {
  let out = '"'
  const chars = [...text]
  chars.forEach((c, i) => {
    if (HCL_ESCAPES[c]) out += HCL_ESCAPES[c]
    else if ((c === '$' || c === '%') && chars[i + 1] === '{') out += c + c
    else out += PRINTABLE.test(c) ? c : escapeRune(c)
  })
  return out + '"'
}

function stepText(step: Step): string {
  if (step.kind === 'attr') return `.${step.name}`
  const key = step.key
  if (typeof key === 'number') return `[${numberText(key)}]`
  if (typeof key === 'string') return `[${goQuoted(key)}]`
  if (typeof key === 'boolean') return `[${key}]`
  return '[...]'
}

/** Terraform's instance key text in addresses (`[0]`, `["a"]`). */
export function keyText(key: string | number): string {
  return typeof key === 'number' ? `[${numberText(key)}]` : `[${hclQuoted(key)}]`
}

const attrName = (step: Step | undefined): string | undefined => (step?.kind === 'attr' ? step.name : undefined)
const instanceKey = (step: Step | undefined): string | number | undefined =>
  step?.kind === 'index' && (typeof step.key === 'string' || typeof step.key === 'number') ? step.key : undefined

/** The strings `configuration` lists for one traversal, or none when it names nothing Terraform knows. */
export function referenceStrings(traversal: Traversal): string[] {
  const { root, steps } = traversal
  let subject: string
  let rest: Step[]
  const extra: string[] = []
  switch (root) {
    case 'var':
    case 'local':
    case 'count':
    case 'each':
    case 'path':
    case 'terraform': {
      const name = attrName(steps[0])
      if (name === undefined) return []
      subject = `${root}.${name}`
      rest = steps.slice(1)
      break
    }
    case 'self':
      subject = 'self'
      rest = steps
      break
    case 'module': {
      const name = attrName(steps[0])
      if (name === undefined) return []
      const call = `module.${name}`
      let at = 1
      const key = instanceKey(steps[at])
      let instance = call
      if (key !== undefined) {
        instance = `${call}${keyText(key)}`
        at++
      }
      const output = attrName(steps[at])
      if (output === undefined) {
        subject = instance
        rest = steps.slice(at)
        if (key !== undefined) extra.push(call)
        // A reference to a whole module or module instance: nothing after the key is kept.
        if (rest.length > 0) rest = []
      } else {
        subject = `${instance}.${output}`
        rest = steps.slice(at + 1)
        extra.push(instance)
      }
      break
    }
    case 'data':
    default: {
      const offset = root === 'data' ? 1 : 0
      const type = root === 'data' ? attrName(steps[0]) : root
      const name = attrName(steps[offset])
      if (type === undefined || name === undefined) return []
      const resource = `${root === 'data' ? 'data.' : ''}${type}.${name}`
      const key = instanceKey(steps[offset + 1])
      subject = key === undefined ? resource : `${resource}${keyText(key)}`
      rest = steps.slice(offset + 1 + (key === undefined ? 0 : 1))
      if (key !== undefined) extra.push(resource)
    }
  }
  const out: string[] = []
  for (let n = rest.length; n > 0; n--) out.push(subject + rest.slice(0, n).map(stepText).join(''))
  out.push(subject, ...extra)
  return out
}

/** The references of an expression in Terraform's format. */
export function expressionReferences(node: Node): string[] {
  return traversals(node).flatMap(referenceStrings)
}

const NO_SCOPE = {
  reference(): never {
    throw new Error('a constant expression refers to nothing')
  }
}

/** The expression as `configuration` gives it. */
export function expressionJson(node: Node): ExpressionJson {
  const calls = { count: 0 }
  const found = traversals(node, new Set(), [], calls)
  const references = found.flatMap(referenceStrings)
  if (references.length > 0) return { references }
  if (found.length > 0 || calls.count > 0) return {}
  try {
    return { constant_value: toJson(new Evaluator(NO_SCOPE).evaluate(node)).value }
  } catch {
    return {}
  }
}
