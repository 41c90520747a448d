// One unified diff for every changed file, as `git diff` writes it: `a/` and `b/` prefixes, new files
// from /dev/null, three lines of context, hunks joined when their context meets. Lines are compared
// with their line ends, so a last line without one shows as git shows it.

import type { FileChange } from './source-tree.js'

const CONTEXT = 3

type Op = { kind: ' ' | '-' | '+'; line: string }

/** Lines with their `\n` kept (the last one may lack it). */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/** The shortest edit script between two line lists (Myers' O(ND) algorithm), common ends trimmed first. */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const x0 = a.slice(head, a.length - tail)
  const y0 = b.slice(head, b.length - tail)
  const middle = myers(x0, y0)
  return [...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })), ...middle, ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line }))]
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const v = new Array<number>(2 * max + 3).fill(0)
  const trace: number[][] = []
  let found = false
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  // Walks the trace back from the end: each step is a snake of equal lines after one insertion or deletion.
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]
    const k = x - y
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1
    const prevX = vd[offset + prevK]
    const prevY = prevX - prevK
    for (; x > prevX && y > prevY; x--, y--) ops.push({ kind: ' ', line: a[x - 1] })
    if (x === prevX) ops.push({ kind: '+', line: b[--y] })
    else ops.push({ kind: '-', line: a[--x] })
  }
  for (; x > 0 && y > 0; x--, y--) ops.push({ kind: ' ', line: a[x - 1] })
  return ops.reverse()
}

function printed(op: Op): string {
  return op.line.endsWith('\n') ? `${op.kind}${op.line}` : `${op.kind}${op.line}\n\\ No newline at end of file\n`
}

const range = (start: number, count: number) => `${count === 0 ? start : start + 1},${count}`

function hunks(ops: Op[]): string {
  const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0)
  let out = ''
  let i = 0
  while (i < changed.length) {
    // A hunk runs from its first change to the last change that is no more than 2×CONTEXT lines after the previous one.
    let j = i
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 2 * CONTEXT + 1) j++
    const from = Math.max(0, changed[i] - CONTEXT)
    const to = Math.min(ops.length - 1, changed[j] + CONTEXT)
    let oldStart = 0
    let newStart = 0
    for (const op of ops.slice(0, from)) {
      if (op.kind !== '+') oldStart++
      if (op.kind !== '-') newStart++
    }
    const body = ops.slice(from, to + 1)
    const oldCount = body.filter((op) => op.kind !== '+').length
    const newCount = body.filter((op) => op.kind !== '-').length
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body.map(printed).join('')}`
    i = j + 1
  }
  return out
}

/** The unified diff of the changes; empty when nothing changed. */
export function unifiedDiff(changes: readonly FileChange[]): string {
  let out = ''
  for (const change of changes) {
    const body = hunks(diffLines(linesOf(change.before ?? ''), linesOf(change.after)))
    if (body === '') continue
    const header = change.before === null ? `diff --git a/${change.path} b/${change.path}\nnew file mode 100644\n--- /dev/null\n` : `diff --git a/${change.path} b/${change.path}\n--- a/${change.path}\n`
    out += `${header}+++ b/${change.path}\n${body}`
  }
  return out
}
