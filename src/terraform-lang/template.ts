// String templates: quoted strings and heredocs with `${...}` interpolations and `%{if}`/`%{for}`
// directives, strip markers (`~`) and the indentation `<<-` removes. The literal text between the parts
// is read from the file (tree-sitter keeps no node for whitespace there).

import { EvaluationError } from './errors.js'
import type { Evaluator } from './evaluate.js'
import { iterationEntries } from './evaluate.js'
import { asBool, asString, OperationError } from './operations.js'
import { lineOf, namedChildren, unescapeHeredoc, unescapeQuoted, type Node } from './syntax.js'
import { isUnknown, mark, unmark, UNKNOWN, type Sensitive, type TfValue, type Unknown } from './value.js'

type Part =
  | { kind: 'literal'; text: string }
  | { kind: 'interpolation'; node: Node }
  | { kind: 'if'; condition: Node; then: Part[]; else: Part[] }
  | { kind: 'for'; names: string[]; collection: Node; body: Part[] }

interface Reader {
  text: string
  heredoc: boolean
  /** Ranges `<<-` removes (indentation at line starts). */
  cuts: [number, number][]
}

const MARKERS = new Set(['template_interpolation', 'template_if_intro', 'template_else_intro', 'template_if_end', 'template_for_start', 'template_for_end'])

function literalText(reader: Reader, from: number, to: number): string {
  let raw = ''
  let at = from
  for (const [start, end] of reader.cuts) {
    if (end <= at || start >= to) continue
    raw += reader.text.slice(at, Math.max(at, start))
    at = Math.max(at, end)
  }
  raw += reader.text.slice(at, Math.max(at, to))
  return reader.heredoc ? unescapeHeredoc(raw) : unescapeQuoted(raw)
}

/** Whether a marker node has `~` right after its opening `${`/`%{` (`left`) or right before its closing `}`. */
function stripMarks(node: Node): { left: boolean; right: boolean } {
  const children = node.children
  const open = children[0]
  const close = children[children.length - 1]
  const marks = children.filter((c) => c.type === 'strip_marker')
  return { left: marks.some((m) => m.startIndex === open.endIndex), right: marks.some((m) => m.endIndex === close.startIndex) }
}

function trimEnd(parts: Part[]): void {
  const last = parts[parts.length - 1]
  if (last?.kind === 'literal') last.text = last.text.replace(/\s+$/, '')
}

function trimStart(parts: Part[]): void {
  const first = parts[0]
  if (first?.kind === 'literal') first.text = first.text.replace(/^\s+/, '')
}

/** The parts of a template between `from` and `to`, made of the structure nodes among `children`. */
function readParts(reader: Reader, children: readonly Node[], from: number, to: number): Part[] {
  const parts: Part[] = []
  let at = from
  let stripNext = false
  const pushLiteral = (end: number) => {
    if (end > at) parts.push({ kind: 'literal', text: literalText(reader, at, end) })
    if (stripNext) trimStart(parts.slice(-1))
    stripNext = false
  }
  for (const child of children) {
    if (child.type === 'template_interpolation') {
      pushLiteral(child.startIndex)
      const marks = stripMarks(child)
      if (marks.left) trimEnd(parts)
      parts.push({ kind: 'interpolation', node: namedChildren(child).find((c) => c.type === 'expression')! })
      stripNext = marks.right
      at = child.endIndex
    } else if (child.type === 'template_directive') {
      pushLiteral(child.startIndex)
      const directive = child.namedChild(0)!
      const { part, left, right } = readDirective(reader, directive)
      if (left) trimEnd(parts)
      parts.push(part)
      stripNext = right
      at = child.endIndex
    }
  }
  const before = parts.length
  pushLiteral(to)
  if (parts.length === before && stripNext) stripNext = false
  return parts
}

function readDirective(reader: Reader, directive: Node): { part: Part; left: boolean; right: boolean } {
  const children = namedChildren(directive)
  const body = children.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive')
  if (directive.type === 'template_if') {
    const intro = children.find((c) => c.type === 'template_if_intro')!
    const elseIntro = children.find((c) => c.type === 'template_else_intro')
    const end = children.find((c) => c.type === 'template_if_end')!
    const introMarks = stripMarks(intro)
    const endMarks = stripMarks(end)
    const thenEnd = elseIntro ? elseIntro.startIndex : end.startIndex
    const thenParts = readParts(reader, body.filter((c) => c.endIndex <= thenEnd), intro.endIndex, thenEnd)
    if (introMarks.right) trimStart(thenParts)
    let elseParts: Part[] = []
    if (elseIntro) {
      const elseMarks = stripMarks(elseIntro)
      if (elseMarks.left) trimEnd(thenParts)
      elseParts = readParts(reader, body.filter((c) => c.startIndex >= elseIntro.endIndex), elseIntro.endIndex, end.startIndex)
      if (elseMarks.right) trimStart(elseParts)
    }
    if (endMarks.left) trimEnd(elseIntro ? elseParts : thenParts)
    const condition = namedChildren(intro).find((c) => c.type === 'expression')!
    return { part: { kind: 'if', condition, then: thenParts, else: elseParts }, left: introMarks.left, right: endMarks.right }
  }
  const start = children.find((c) => c.type === 'template_for_start')!
  const end = children.find((c) => c.type === 'template_for_end')!
  const startMarks = stripMarks(start)
  const endMarks = stripMarks(end)
  const parts = readParts(reader, body, start.endIndex, end.startIndex)
  if (startMarks.right) trimStart(parts)
  if (endMarks.left) trimEnd(parts)
  const names = namedChildren(start).filter((c) => c.type === 'identifier').map((c) => c.text)
  const collection = namedChildren(start).find((c) => c.type === 'expression')!
  return { part: { kind: 'for', names, collection, body: parts }, left: startMarks.left, right: endMarks.right }
}

/** The marker nodes (interpolations and directive tags) inside a template, in order. */
function markerRanges(node: Node, out: [number, number][] = []): [number, number][] {
  for (const child of node.namedChildren) {
    if (!child) continue
    if (MARKERS.has(child.type)) out.push([child.startIndex, child.endIndex])
    if (child.type === 'template_directive' || child.type === 'template_if' || child.type === 'template_for') markerRanges(child, out)
  }
  return out
}

/** The indentation `<<-` removes: the least indentation of the lines that start with text. */
function flushCuts(text: string, from: number, to: number, markers: [number, number][]): [number, number][] {
  const lines: { start: number; spaces: number }[] = []
  let min = Infinity
  for (let start = from; start < to; ) {
    const newline = text.indexOf('\n', start)
    const lineEnd = newline === -1 || newline >= to ? to : newline + 1
    const insideMarker = markers.some(([s, e]) => start > s && start < e)
    const atMarker = markers.some(([s]) => s === start)
    if (!insideMarker) {
      if (atMarker) min = 0
      else {
        let i = start
        while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++
        const blank = i === lineEnd || (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n'))
        if (!blank || !text.slice(start, lineEnd).endsWith('\n')) {
          lines.push({ start, spaces: i - start })
          min = Math.min(min, i - start)
        }
      }
    }
    start = lineEnd
  }
  if (!Number.isFinite(min) || min === 0) return []
  return lines.map((line) => [line.start, line.start + Math.min(min, line.spaces)] as [number, number])
}

/** The parts of a `template_expr` node. */
function templateParts(node: Node): Part[] {
  const template = node.namedChild(0)!
  const text = node.source.text
  const children = namedChildren(template)
  if (template.type === 'quoted_template') {
    const open = template.child(0)!
    const close = template.child(template.childCount - 1)!
    return readParts({ text, heredoc: false, cuts: [] }, children, open.endIndex, close.startIndex)
  }
  const identifiers = children.filter((c) => c.type === 'heredoc_identifier')
  const opening = identifiers[0]
  const closing = identifiers[identifiers.length - 1]
  const from = text.indexOf('\n', opening.endIndex) + 1
  const to = identifiers.length > 1 ? text.lastIndexOf('\n', closing.startIndex - 1) + 1 : from
  const flush = children.find((c) => c.type === 'heredoc_start')?.text.includes('-') === true
  const cuts = flush ? flushCuts(text, from, Math.max(from, to), markerRanges(template)) : []
  return readParts({ text, heredoc: true, cuts }, children, from, Math.max(from, to))
}

/** Evaluates a template; a template that is one interpolation alone gives that value as it is. */
export function evaluateTemplate(node: Node, evaluator: Evaluator): TfValue {
  const parts = templateParts(node)
  if (parts.length === 1 && parts[0].kind === 'interpolation' && node.namedChild(0)?.type === 'quoted_template') return evaluator.evaluate(parts[0].node)
  const state = { sensitive: false, unknown: false }
  const text = render(parts, evaluator, state)
  if (state.unknown) return mark(UNKNOWN, state.sensitive)
  return mark(text, state.sensitive)
}

interface RenderState {
  sensitive: boolean
  unknown: boolean
}

/** A part's value without its mark (noted in the state); undefined when unknown (noted too). */
function known(value: TfValue, state: RenderState): Exclude<TfValue, Sensitive | Unknown> | undefined {
  const plain = unmark(value)
  if (plain.sensitive) state.sensitive = true
  if (isUnknown(plain.value)) {
    state.unknown = true
    return undefined
  }
  return plain.value as Exclude<TfValue, Sensitive | Unknown>
}

function render(parts: Part[], evaluator: Evaluator, state: RenderState): string {
  let out = ''
  for (const part of parts) {
    if (part.kind === 'literal') {
      out += part.text
      continue
    }
    if (part.kind === 'interpolation') {
      const value = known(evaluator.evaluate(part.node), state)
      if (value === undefined) continue
      if (value === null) throw new EvaluationError('Invalid template interpolation value: the expression result is null; a null value cannot be used in a string template', lineOf(part.node))
      try {
        out += asString(value, 'a template interpolation')
      } catch (error) {
        if (error instanceof OperationError) throw new EvaluationError(`Invalid template interpolation value: ${error.message}`, lineOf(part.node))
        throw error
      }
      continue
    }
    if (part.kind === 'if') {
      const value = known(evaluator.evaluate(part.condition), state)
      if (value === undefined) continue
      out += render(asBool(value) ? part.then : part.else, evaluator, state)
      continue
    }
    const value = known(evaluator.evaluate(part.collection), state)
    if (value === undefined) continue
    for (const [key, element] of iterationEntries(value, lineOf(part.collection))) {
      const symbols = part.names.length === 2 ? { [part.names[0]]: key, [part.names[1]]: element } : { [part.names[0]]: element }
      out += render(part.body, evaluator.with(symbols), state)
    }
  }
  return out
}
