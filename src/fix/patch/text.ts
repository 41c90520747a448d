// Splicing text the way `terraform fmt` would leave it: two spaces per nesting level, and the `=` and
// trailing comments realigned around what changed.

import { alignAround } from './align.js'

export const INDENT = '  '

/** The leading blanks of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? ''
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Offset just after the newline that ends the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end < 0 ? text.length : end + 1
}

export function lineOf(text: string, offset: number): number {
  let line = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Every line but the first indented by `indent` (a value written after `name = ` on an indented line). */
export function continuationIndented(value: string, indent: string): string {
  return value
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : indent + line))
    .join('\n')
}

/** Every non-empty line indented by `indent`. */
export function indented(block: string, indent: string): string {
  return block
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n')
}

/** Replaces [start, end) with `insert` and realigns the lines around the change. */
export function splice(text: string, start: number, end: number, insert: string): string {
  const spliced = text.slice(0, start) + insert + text.slice(end)
  const from = lineOf(spliced, start)
  const to = from + (insert.match(/\n/g)?.length ?? 0)
  return alignAround(spliced, from, to)
}

/** Whether the line before the one starting at `lineStart` is blank or opens the block (no blank line is needed before new content). */
export function followsBlankOrOpening(text: string, lineStart: number): boolean {
  const previous = text.slice(lineStartOf(text, Math.max(0, lineStart - 1)), Math.max(0, lineStart - 1))
  return previous.trim() === '' || previous.trimEnd().endsWith('{')
}
