// The one part of `terraform fmt` that reaches beyond a line: on consecutive lines that each assign a
// whole expression (`name = value` with balanced brackets), the `=` signs line up one space after the
// longest name; on consecutive lines that end in a `#` or `//` comment after some code, the comments
// line up one space after the longest code. This follows hclwrite's format.go (linesForFormat,
// formatCells) token for token; the writer applies it only around the lines an edit changed, so a
// file that was never formatted is not reformatted elsewhere.

/** What hclwrite sees on one line: where its `=` cell and its trailing-comment cell start, if any. */
interface LineCells {
  /** Offset in the line of the `=` that starts the assign cell. */
  assign: number | null
  /** Offset in the line of a trailing single-line comment that follows code. */
  comment: number | null
  /** The line continues the one above (a heredoc, a comment over lines): it neither breaks nor joins a chain. */
  joined: boolean
}

interface Token {
  line: number
  column: number
  kind: 'equal' | 'open' | 'close' | 'comment' | 'other'
}

/** A small HCL tokenizer: enough to know brackets, `=` tokens and comments, with strings, templates and heredocs skipped. */
function tokenize(text: string): { tokens: Token[]; joined: Set<number> } {
  const tokens: Token[] = []
  // Lines that continue the line above for hclwrite: heredoc content and the lines of a `/* */` comment.
  const joined = new Set<number>()
  // What each open `{` or template opener must be closed into: code (a brace) or a quoted string.
  const stack: ('brace' | 'string')[] = []
  let line = 0
  let lineStart = 0
  let i = 0
  let inString = false
  const push = (kind: Token['kind'], at: number) => tokens.push({ line, column: at - lineStart, kind })
  const newline = (at: number) => {
    line++
    lineStart = at + 1
  }
  while (i < text.length) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i += 2
      else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') i += 3
      else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        push('open', i)
        stack.push('string')
        inString = false
        i += 2
      } else if (c === '"') {
        inString = false
        push('other', i)
        i++
      } else if (c === '\n') {
        newline(i)
        i++
      } else i++
      continue
    }
    if (c === '\n') {
      newline(i)
      i++
    } else if (c === ' ' || c === '\t' || c === '\r') i++
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      push('comment', i)
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end < 0 ? text.length : end + 2
      push('other', i)
      for (let j = i; j < stop; j++) {
        if (text[j] !== '\n') continue
        newline(j)
        joined.add(line)
      }
      i = stop
    } else if (c === '"') {
      push('other', i)
      inString = true
      i++
    } else if (c === '<' && text[i + 1] === '<' && /^<<-?[A-Za-z_][\w-]*[ \t]*\r?\n/.test(text.slice(i, i + 200))) {
      const marker = /^<<-?([A-Za-z_][\w-]*)/.exec(text.slice(i))?.[1] ?? ''
      push('other', i)
      i = text.indexOf('\n', i)
      // The content, up to a line holding only the marker, is one token: hclwrite sees one line from `<<` to the marker.
      for (;;) {
        newline(i)
        joined.add(line)
        const end = text.indexOf('\n', i + 1)
        const content = text.slice(i + 1, end < 0 ? text.length : end)
        i = end < 0 ? text.length : end
        if (content.trim() === marker || end < 0) break
      }
      push('other', i)
    } else if (c === '{' || c === '[' || c === '(') {
      push('open', i)
      if (c === '{') stack.push('brace')
      i++
    } else if (c === '}' || c === ']' || c === ')') {
      push('close', i)
      if (c === '}' && stack.pop() === 'string') inString = true
      i++
    } else if (c === '=') {
      if (text[i + 1] === '=' || text[i + 1] === '>') {
        push('other', i)
        i += 2
      } else {
        push('equal', i)
        i++
      }
    } else if ((c === '!' || c === '<' || c === '>') && text[i + 1] === '=') {
      push('other', i)
      i += 2
    } else {
      push('other', i)
      i++
      while (i < text.length && /[\w.-]/.test(text[i]) && /[\w]/.test(c)) i++
    }
  }
  return { tokens, joined }
}

/** The cells of every line; a line that continues the one above (see `joined`) has none of its own. */
function cellsOf(text: string): LineCells[] {
  const lineCount = text.split('\n').length
  const { tokens, joined } = tokenize(text)
  // Tokens by the line hclwrite sees them on: the first physical line of a joined run.
  const logical = Array.from({ length: lineCount }, (_, l) => l)
  for (let l = 1; l < lineCount; l++) if (joined.has(l)) logical[l] = logical[l - 1]
  const byLine: Token[][] = Array.from({ length: lineCount }, () => [])
  for (const token of tokens) byLine[logical[token.line]]?.push(token)
  return byLine.map((lead, line) => {
    if (joined.has(line)) return { assign: null, comment: null, joined: true }
    let comment: number | null = null
    const last = lead[lead.length - 1]
    if (lead.length > 1 && last.kind === 'comment' && last.line === line) comment = lead.pop()?.column ?? null
    let assign: number | null = null
    const at = lead.findIndex((t, i) => i > 0 && t.kind === 'equal')
    if (at > 0 && lead[at].line === line) {
      let net = 0
      for (const t of lead.slice(at)) net += t.kind === 'open' ? 1 : t.kind === 'close' ? -1 : 0
      if (net === 0) assign = lead[at].column
    }
    return { assign, comment, joined: false }
  })
}

const columns = (s: string): number => Array.from(s).length

/**
 * Runs of consecutive lines with a cell (lines joined to the one above are skipped over), that touch
 * [from, to] (0-based, inclusive, widened by one line); each run lists its lines.
 */
function chainsNear(cells: LineCells[], has: (cell: LineCells) => boolean, from: number, to: number): number[][] {
  const chains: number[][] = []
  let chain: number[] = []
  const close = () => {
    if (chain.length > 0 && chain[chain.length - 1] >= from - 1 && chain[0] <= to + 1) chains.push(chain)
    chain = []
  }
  cells.forEach((cell, line) => {
    if (cell.joined) return
    if (has(cell)) chain.push(line)
    else close()
  })
  close()
  return chains
}

/**
 * The text with the `=` signs and trailing comments aligned as `terraform fmt` aligns them, on every
 * run of lines that touches lines `from` to `to` (0-based, inclusive); other lines are left as they are.
 */
export function alignAround(text: string, from: number, to: number): string {
  const lines = text.split('\n')
  const align = (cells: LineCells[], cellOf: (cell: LineCells) => number | null) => {
    for (const chain of chainsNear(cells, (cell) => cellOf(cell) !== null, from, to)) {
      const leads = chain.map((l) => lines[l].slice(0, cellOf(cells[l]) ?? 0).trimEnd())
      const width = Math.max(...leads.map(columns))
      chain.forEach((l, k) => {
        lines[l] = `${leads[k]}${' '.repeat(width - columns(leads[k]) + 1)}${lines[l].slice(cellOf(cells[l]) ?? 0)}`
      })
    }
  }
  align(cellsOf(text), (cell) => cell.assign)
  align(cellsOf(lines.join('\n')), (cell) => cell.comment)
  return lines.join('\n')
}
