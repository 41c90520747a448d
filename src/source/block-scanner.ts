// Finds the top-level blocks of a .tf file without parsing it: where each starts and ends, and its
// header (`resource "aws_lb" "web"`). Most of a large configuration is resources the model never reads;
// only the blocks that are needed are parsed, so their cost is paid once, and only for them. The scan
// knows just enough HCL to find the braces that close blocks: comments, quoted strings with their
// interpolations, and heredocs.

export interface ScannedBlock {
  /** Index of the block's first character. */
  start: number
  /** Index after its closing brace. */
  end: number
  /** The block type and labels, as written (labels still quoted). */
  type: string
  labels: string[]
}

export type ScanResult = { blocks: ScannedBlock[] } | { errorAt: number }

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y
const LABEL = /"((?:[^"\\\n]|\\.)*)"|([A-Za-z_][A-Za-z0-9_-]*)/y
const HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y

class Scanner {
  at = 0
  constructor(readonly text: string) {}

  /** Skips blanks, newlines and comments. */
  blank(): void {
    const text = this.text
    while (this.at < text.length) {
      const c = text[this.at]
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') this.at++
      else if (c === '#' || (c === '/' && text[this.at + 1] === '/')) {
        const end = text.indexOf('\n', this.at)
        this.at = end === -1 ? text.length : end + 1
      } else if (c === '/' && text[this.at + 1] === '*') {
        const end = text.indexOf('*/', this.at + 2)
        if (end === -1) throw this.at
        this.at = end + 2
      } else return
    }
  }

  /** Skips a quoted string starting at `"`, interpolations included. */
  quoted(): void {
    const text = this.text
    this.at++
    while (this.at < text.length) {
      const c = text[this.at]
      if (c === '\\') this.at += 2
      else if (c === '"') {
        this.at++
        return
      } else if ((c === '$' || c === '%') && text[this.at + 1] === c && text[this.at + 2] === '{') this.at += 3
      else if ((c === '$' || c === '%') && text[this.at + 1] === '{') {
        this.at += 2
        this.until('}')
      } else if (c === '\n') throw this.at
      else this.at++
    }
    throw this.at
  }

  /** Skips a heredoc whose opening `<<EOT` line is at the cursor. */
  heredoc(): boolean {
    HEREDOC.lastIndex = this.at
    const match = HEREDOC.exec(this.text)
    if (!match) return false
    const marker = match[1]
    let line = this.at + match[0].length
    for (;;) {
      const end = this.text.indexOf('\n', line)
      const content = this.text.slice(line, end === -1 ? this.text.length : end).trim()
      if (content === marker) {
        this.at = end === -1 ? this.text.length : end
        return true
      }
      if (end === -1) throw this.at
      line = end + 1
    }
  }

  /** Skips everything up to and past the `close` that ends the current nesting. */
  until(close: string): void {
    const text = this.text
    const closers: string[] = [close]
    while (this.at < text.length) {
      this.blank()
      if (this.at >= text.length) break
      const c = text[this.at]
      if (c === '"') this.quoted()
      else if (c === '<' && text[this.at + 1] === '<' && this.heredoc()) continue
      else if (c === '{') {
        closers.push('}')
        this.at++
      } else if (c === '[') {
        closers.push(']')
        this.at++
      } else if (c === '(') {
        closers.push(')')
        this.at++
      } else if (c === '}' || c === ']' || c === ')') {
        if (closers.pop() !== c) throw this.at
        this.at++
        if (closers.length === 0) return
      } else this.at++
    }
    throw this.at
  }
}

/** The top-level blocks of a file, or where its text stops making sense. */
export function scanBlocks(text: string): ScanResult {
  const scanner = new Scanner(text)
  const blocks: ScannedBlock[] = []
  try {
    for (;;) {
      scanner.blank()
      if (scanner.at >= text.length) return { blocks }
      const start = scanner.at
      IDENTIFIER.lastIndex = start
      const type = IDENTIFIER.exec(text)
      if (!type) return { errorAt: start }
      scanner.at = IDENTIFIER.lastIndex
      const labels: string[] = []
      for (;;) {
        scanner.blank()
        if (text[scanner.at] === '{') break
        LABEL.lastIndex = scanner.at
        const label = LABEL.exec(text)
        // A top-level attribute (`x = 1`) or anything else is not a block Terraform reads.
        if (!label) return { errorAt: scanner.at }
        labels.push(label[0])
        scanner.at = LABEL.lastIndex
      }
      scanner.at++
      scanner.until('}')
      blocks.push({ start, end: scanner.at, type: type[0], labels })
    }
  } catch (at) {
    if (typeof at === 'number') return { errorAt: at }
    throw at
  }
}
