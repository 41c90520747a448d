/**
 * Small readers for the Markdown the reports produce, following CommonMark/GFM where it matters for
 * escaping: fenced code blocks, code spans (a backtick run closed by a run of the same length),
 * backslash escapes, and table rows split on unescaped pipes.
 */

/** The document with fenced code blocks and code spans blanked out: what GitHub renders as Markdown/HTML. */
export function outsideCode(markdown: string): string {
  const out: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    if (fence !== null) {
      const trimmed = line.trim()
      if (/^`+$/.test(trimmed) && trimmed.length >= fence.length && /^ {0,3}`/.test(line)) fence = null
      out.push('')
      continue
    }
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line)
    if (open) {
      fence = open[1]
      out.push('')
      continue
    }
    out.push(stripCodeSpans(line))
  }
  return out.join('\n')
}

/** The code spans of one line, in order. */
export function codeSpans(line: string): string[] {
  return scan(line).spans
}

function stripCodeSpans(line: string): string {
  return scan(line).rest
}

function scan(line: string): { rest: string; spans: string[] } {
  const spans: string[] = []
  let rest = ''
  let i = 0
  while (i < line.length) {
    const char = line[i]
    if (char === '\\' && i + 1 < line.length) {
      rest += line.slice(i, i + 2)
      i += 2
      continue
    }
    if (char !== '`') {
      rest += char
      i++
      continue
    }
    const run = /^`+/.exec(line.slice(i))?.[0] ?? '`'
    const close = findRun(line, i + run.length, run.length)
    if (close === -1) {
      rest += run
      i += run.length
      continue
    }
    spans.push(line.slice(i + run.length, close))
    rest += '\u0000'
    i = close + run.length
  }
  return { rest, spans }
}

function findRun(line: string, from: number, length: number): number {
  let i = from
  while (i < line.length) {
    if (line[i] !== '`') {
      i++
      continue
    }
    const run = /^`+/.exec(line.slice(i))?.[0] ?? '`'
    if (run.length === length) return i
    i += run.length
  }
  return -1
}

/** The cells of a GFM table row (`| a | b |` → ['a', 'b']), split on pipes that are not backslash-escaped. */
export function tableCells(row: string): string[] {
  const parts = row.trim().split(/(?<!\\)\|/)
  return parts.slice(1, -1).map((cell) => cell.trim())
}
