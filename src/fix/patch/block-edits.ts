// Edits inside one resource block: an attribute set (in the block or a nested block, created when
// missing), a nested block replaced or added, references merged into `depends_on`.

import type { Node } from 'web-tree-sitter'
import type { SourceEdit } from '../types.js'
import { type BlockShape, shapeOf } from './syntax.js'
import { INDENT, continuationIndented, followsBlankOrOpening, indentAt, indented, lineStartOf, nextLineStart, splice } from './text.js'

/** The edited text, or why the edit does not apply to this block. */
export type BlockEditResult = { text: string } | { problem: string }

type SetAttribute = Extract<SourceEdit, { kind: 'set-attribute' }>
type SetNestedBlock = Extract<SourceEdit, { kind: 'set-nested-block' }>
type AddDependsOn = Extract<SourceEdit, { kind: 'add-depends-on' }>

/** Splits `{ ... }` written on one line over several, so that lines can be added to its body. */
function opened(text: string, shape: BlockShape): { text: string; changed: boolean } {
  const { openEnd, closeStart } = shape
  if (text.slice(openEnd, closeStart).includes('\n')) return { text, changed: false }
  const outer = indentAt(text, shape.node.startIndex)
  const inner = text.slice(openEnd, closeStart).trim()
  const body = inner === '' ? '\n' : `\n${outer}${INDENT}${inner}\n`
  return { text: splice(text, openEnd, closeStart, `${body}${outer}`), changed: true }
}

/** The meta-arguments that close a block by convention: new content goes before them. */
const CLOSING = new Set(['depends_on', 'lifecycle'])

/** Where new content goes at the end of a body: before a closing `depends_on` / `lifecycle`, else before `}`. */
function bodyEnd(text: string, shape: BlockShape): { at: number; beforeClosing: boolean } {
  const items = [...shape.attributes.map((a) => ({ name: a.name, start: a.node.startIndex })), ...shape.blocks.map((b) => ({ name: b.type, start: b.node.startIndex }))].sort((a, b) => a.start - b.start)
  let first = items.length
  while (first > 0 && CLOSING.has(items[first - 1].name)) first--
  if (first < items.length) return { at: lineStartOf(text, items[first].start), beforeClosing: true }
  return { at: lineStartOf(text, shape.closeStart), beforeClosing: false }
}

/** Adds lines at the end of a body (before what closes it), a blank line around them unless the body is empty there. */
function appendToBody(text: string, shape: BlockShape, lines: string, separate: boolean, options: { last?: boolean } = {}): string {
  const { at, beforeClosing } = options.last ? { at: lineStartOf(text, shape.closeStart), beforeClosing: false } : bodyEnd(text, shape)
  const indent = indentAt(text, shape.node.startIndex) + INDENT
  const blank = separate && !followsBlankOrOpening(text, at) ? '\n' : ''
  const after = separate && beforeClosing ? '\n' : ''
  return splice(text, at, at, `${blank}${indented(lines, indent)}\n${after}`)
}

/** The nested block `type` in a body: the first written one, or a `dynamic` one standing for it. */
function nested(shape: BlockShape, type: string): { block?: Node; dynamic: boolean } {
  const block = shape.blocks.find((b) => b.type === type && b.labels.length === 0)?.node
  const dynamic = shape.blocks.some((b) => b.type === 'dynamic' && b.labels.length === 1 && b.labels[0] === type)
  return { block, dynamic }
}

const dynamicProblem = (type: string) => `its \`${type}\` block is written as a \`dynamic\` block, which the fix does not rewrite`

/** Finds the resource block again in an edited text (offsets move with every splice). */
export type Relocate = (text: string) => BlockShape | null

export function setAttribute(text: string, shape: BlockShape, edit: SetAttribute, relocate: Relocate): BlockEditResult {
  let current = shape
  for (let depth = 0; depth < edit.blockPath.length; depth++) {
    const type = edit.blockPath[depth]
    const found = nested(current, type)
    if (!found.block) {
      if (found.dynamic) return { problem: dynamicProblem(type) }
      // Creates the missing nested blocks with the attribute inside.
      let inner = `${edit.name} = ${edit.expression}`
      for (const missing of [...edit.blockPath.slice(depth)].reverse()) inner = `${missing} {\n${indented(inner, INDENT)}\n}`
      return { text: appendToBody(text, current, inner, true) }
    }
    const next = shapeOf(found.block)
    if (!next) return { problem: `its \`${type}\` block could not be read` }
    current = next
  }
  const attribute = current.attributes.find((a) => a.name === edit.name)
  if (attribute?.expression) {
    const value = continuationIndented(edit.expression, indentAt(text, attribute.node.startIndex))
    if (attribute.expression.text === value) return { text }
    return { text: splice(text, attribute.expression.startIndex, attribute.expression.endIndex, value) }
  }
  const split = opened(text, current)
  if (split.changed) {
    const again = relocateNested(split.text, edit.blockPath, relocate)
    if (!again) return { problem: 'the block could not be read again after it was split over lines' }
    return setAttribute(split.text, again, { ...edit, blockPath: [] }, () => again)
  }
  // After the last argument before the first nested block (or the last one at all), else first in the
  // body; `depends_on`, which closes a block by convention, stays last.
  const firstBlock = current.blocks[0]?.node.startIndex ?? Infinity
  const candidates = current.attributes.filter((a) => a.name !== 'depends_on')
  const last = candidates.filter((a) => a.node.startIndex < firstBlock).pop() ?? candidates.pop()
  const at = last ? nextLineStart(text, last.node.endIndex) : nextLineStart(text, current.openEnd)
  const indent = indentAt(text, current.node.startIndex) + INDENT
  return { text: splice(text, at, at, `${indent}${edit.name} = ${continuationIndented(edit.expression, indent)}\n`) }
}

/** The nested block at `blockPath` (first of each type) in the re-read resource block. */
function relocateNested(text: string, blockPath: string[], relocate: Relocate): BlockShape | null {
  let shape = relocate(text)
  for (const type of blockPath) {
    const found = shape ? nested(shape, type).block : undefined
    shape = found ? shapeOf(found) : null
  }
  return shape
}

export function setNestedBlock(text: string, shape: BlockShape, edit: SetNestedBlock): BlockEditResult {
  const found = nested(shape, edit.blockType)
  if (found.dynamic) return { problem: dynamicProblem(edit.blockType) }
  if (!found.block) return { text: appendToBody(text, shape, edit.text, true) }
  const indent = indentAt(text, found.block.startIndex)
  const replacement = continuationIndented(edit.text, indent)
  if (found.block.text === replacement) return { text }
  return { text: splice(text, found.block.startIndex, found.block.endIndex, replacement) }
}

const normalized = (reference: string) => reference.replace(/\s+/g, '')

export function addDependsOn(text: string, shape: BlockShape, edit: AddDependsOn): BlockEditResult {
  const existing = shape.attributes.find((a) => a.name === 'depends_on')
  if (!existing?.expression) return { text: appendToBody(text, shape, `depends_on = [${edit.references.join(', ')}]`, true, { last: true }) }
  const tuple = existing.expression.namedChild(0)?.namedChild(0)
  if (tuple?.type !== 'tuple') return { problem: '`depends_on` is not written as a list' }
  const items = tuple.namedChildren.filter((c): c is Node => c?.type === 'expression')
  const have = new Set(items.map((item) => normalized(item.text)))
  const added = [...new Set(edit.references)].filter((r) => !have.has(normalized(r)))
  if (added.length === 0) return { text }
  if (!tuple.text.includes('\n')) {
    return { text: splice(text, tuple.startIndex, tuple.endIndex, `[${[...items.map((i) => i.text), ...added].join(', ')}]`) }
  }
  // A list over several lines: one new line per reference before `]`, after a comma on the last item.
  const close = tuple.lastChild
  if (!close) return { problem: '`depends_on` could not be read' }
  const indent = indentAt(text, existing.node.startIndex) + INDENT
  const at = lineStartOf(text, close.startIndex)
  let edited = splice(text, at, at, added.map((r) => `${indent}${r},\n`).join(''))
  const last = items[items.length - 1]
  if (last && !/^\s*,/.test(text.slice(last.endIndex))) edited = splice(edited, last.endIndex, last.endIndex, ',')
  return { text: edited }
}
