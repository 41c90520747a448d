// Everything from a plan or a .tf file is user-controlled: resource names, module keys, bucket names.
// These functions make such text inert in each output channel.

import { renderQuoted } from '../util/quoted.js'

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * For terminals and logs: no escape sequences, no control characters, and nothing the Actions runner
 * reads as a workflow command (`::cmd::` after leading white space, or `##[cmd]` anywhere), nor what the
 * Azure Pipelines agent reads as a logging command (`##vso[cmd]`).
 */
export function plainText(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '').replace(/^([ \t]*)::/gm, '$1: :').replace(/##(vso)?\[/gi, '#\u200b#$1[')
}

/** One line of plain text (newlines folded). */
export function plainLine(text: string): string {
  return plainText(text.replace(/\r?\n|\r/g, ' '))
}

/**
 * Markdown text that renders literally: no HTML, links, emphasis, tables, mentions or references.
 * GitHub finds mentions (`@name`) and references (`#12`) in the rendered text, after entities and
 * escapes are decoded, so those cannot stop them: a zero-width space after `@` and `#` does, and shows
 * nothing.
 */
export function markdownText(text: string): string {
  return plainLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([@#])/g, '$1\u200b')
    .replace(/\|/g, '&#124;')
    .replace(/([\\`*_{}[\]()!~+\-=.:])/g, '\\$1')
}

/**
 * Inside code nothing can be escaped, and an HTML comment there is still text that our own readers see:
 * the hidden markers of PR comments are HTML comments, and a plan value that holds one must not pass for
 * ours when a later run reads the comment back. A zero-width space keeps it from being one, and shows
 * nothing.
 */
function inertComments(text: string): string {
  return text.replace(/<!--/g, '<!-\u200b-')
}

/** Inline code that cannot be broken out of, even with backticks in the text. */
export function markdownCode(text: string): string {
  const line = inertComments(plainLine(text))
  // An empty span would be a bare double backtick, which pairs with another run further on.
  if (line === '') return '` `'
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  // Inside code spans only `|` (in tables) still needs care. GFM splits a table row before it reads code
  // spans, and a backslash there escapes the next character: `\|` in the text would become `\\|`, an
  // escaped backslash and a cell border. So the pipe's own backslash always comes after an even run.
  return `${fence}${pad}${line.replace(/(\\*)\|/g, (_, slashes: string) => `${slashes}${slashes.length % 2 === 1 ? '\\' : ''}\\|`)}${pad}${fence}`
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function markdownFence(text: string, language = ''): string {
  const body = inertComments(plainText(text))
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${body}\n${fence}`
}

/**
 * Markdown for a rule's summary: plan values (quoted, see util/quoted.ts) and the `code` spans of our
 * sentences as code, the rest escaped. Code that would touch other code is joined into one span: two
 * fences side by side read as one longer fence, which would let what follows out of code. That holds for
 * any text, so a summary read back from a JSON report (another job's artifact) renders safely too.
 */
export function markdownSummary(summary: string): string {
  const parts: { code: boolean; text: string }[] = []
  const add = (code: boolean, text: string) => {
    const last = parts.at(-1)
    if (last?.code === code) last.text += text
    else parts.push({ code, text })
  }
  renderQuoted(
    summary,
    (value) => {
      add(true, value)
      return ''
    },
    (text) => {
      // Text that renders as nothing (control characters) does not keep two spans apart.
      for (const [i, part] of text.split(/(`[^`\n]+`)/g).entries()) {
        if (i % 2 === 1) add(true, part.slice(1, -1))
        else if (markdownText(part) !== '') add(false, part)
      }
      return ''
    }
  )
  return parts.map((part) => (part.code ? markdownCode(part.text) : markdownText(part.text))).join('')
}

/** Characters XML 1.0 does not allow at all, not even as references: lone surrogates and U+FFFE/U+FFFF. */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g

/**
 * XML character data: plain text (no escapes or control characters, which XML 1.0 forbids anyway) with
 * the markup characters as entities. `>` is escaped too, so `]]>` can never end anything.
 */
export function xmlText(text: string): string {
  return plainText(text)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** An XML attribute value (between double quotes), with line breaks and tabs kept as references. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
}
