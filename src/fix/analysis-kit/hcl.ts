// A small writer of HCL as `terraform fmt` lays it out: two-space indents, the `=` of adjacent one-line
// attributes aligned, map entries aligned. Callers keep multi-line values apart with blank lines, as fmt
// aligns only runs of one-line attributes.

/** An HCL expression written as it stands (a reference such as `aws_s3_bucket.logs.bucket`). */
export interface Expression {
  expression: string
}

export const expr = (expression: string): Expression => ({ expression })

/** Text with references in it: literal parts and expressions, rendered as one quoted template. */
export type Template = (string | Expression)[]

/** Control characters and bidirectional overrides are written as \u escapes: a reviewer sees them in the patch. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** A literal inside a quoted HCL string: backslash escapes, and `${` / `%{` doubled so they stay text. */
export function escapeLiteral(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{')
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}


/** A quoted string, or the bare expression when the template is one expression alone. */
export function template(parts: Template): string {
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0].expression
  return `"${parts.map((part) => (typeof part === 'string' ? escapeLiteral(part) : `\${${part.expression}}`)).join('')}"`
}

export const quoted = (text: string): string => template([text])

export type BodyItem =
  | { attribute: string; value: string }
  | { map: string; entries: [string, string][] }
  | { block: string; body: BodyItem[] }
  | { heredoc: string; text: string }
  | 'blank'

export const attr = (attribute: string, value: string): BodyItem => ({ attribute, value })

export function block(header: string, body: BodyItem[], indent = ''): string {
  if (body.length === 0) return `${indent}${header} {}`
  return [`${indent}${header} {`, ...renderBody(body, `${indent}  `), `${indent}}`].join('\n')
}

function renderBody(items: BodyItem[], indent: string): string[] {
  const lines: string[] = []
  let run: { attribute: string; value: string }[] = []
  const flush = () => {
    const width = Math.max(0, ...run.map((a) => a.attribute.length))
    for (const a of run) lines.push(`${indent}${a.attribute.padEnd(width)} = ${a.value}`)
    run = []
  }
  for (const item of items) {
    if (item !== 'blank' && 'attribute' in item) {
      run.push(item)
      continue
    }
    flush()
    if (item === 'blank') lines.push('')
    else if ('map' in item) lines.push(...renderMap(item.map, item.entries, indent))
    else if ('heredoc' in item) lines.push(...renderHeredoc(item.heredoc, item.text, indent))
    else lines.push(block(item.block, item.body, indent))
  }
  flush()
  return lines
}

function renderMap(name: string, entries: [string, string][], indent: string): string[] {
  const keys = entries.map(([key]) => quoted(key))
  const width = Math.max(0, ...keys.map((k) => k.length))
  return [`${indent}${name} = {`, ...entries.map(([, value], i) => `${indent}  ${keys[i].padEnd(width)} = ${value}`), `${indent}}`]
}

/** A heredoc keeps backslashes and quotes as they are; only template sequences need doubling. */
function renderHeredoc(name: string, text: string, indent: string): string[] {
  const body = text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')
  return [`${indent}${name} = <<-EOT`, ...body.split('\n').map((line) => (line === '' ? '' : `${indent}  ${line}`)), `${indent}EOT`]
}
