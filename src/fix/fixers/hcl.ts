// HCL as the fixers write it: blocks built from attributes and nested blocks, laid out as
// `terraform fmt` lays them out (two-space indent, `=` aligned over a run of one-line attributes), so
// that the patch needs no formatting afterwards and the same fix always gives the same text.

/** One line (or nested block) of a block's body. */
export type BodyItem =
  | { kind: 'attribute'; name: string; value: string }
  | { kind: 'block'; type: string; labels: string[]; body: BodyItem[] }
  | { kind: 'blank' }
  | { kind: 'comment'; text: string }

export const attribute = (name: string, value: string): BodyItem => ({ kind: 'attribute', name, value })
export const nested = (type: string, body: BodyItem[], labels: string[] = []): BodyItem => ({ kind: 'block', type, labels, body })
export const blank: BodyItem = { kind: 'blank' }
export const comment = (text: string): BodyItem => ({ kind: 'comment', text })

/** A block and its body, formatted, without a trailing newline. */
export function renderBlock(type: string, labels: string[], body: BodyItem[]): string {
  return renderItem(nested(type, body, labels), '')
}

function renderItem(item: BodyItem, indent: string): string {
  if (item.kind !== 'block') throw new Error('only blocks are rendered alone')
  const header = [item.type, ...item.labels.map((label) => `"${label}"`)].join(' ')
  if (item.body.length === 0) return `${indent}${header} {}`
  return `${indent}${header} {\n${renderBody(item.body, `${indent}  `)}\n${indent}}`
}

function renderBody(body: BodyItem[], indent: string): string {
  const lines: string[] = []
  // fmt aligns `=` over consecutive one-line attributes; a nested block, a blank line, a comment or an
  // attribute whose value spans lines ends the run (that attribute stands alone).
  let run: { name: string; value: string }[] = []
  const flush = () => {
    const width = Math.max(...run.map((a) => a.name.length))
    for (const a of run) lines.push(`${indent}${a.name.padEnd(width)} = ${a.value.split('\n').join(`\n${indent}`)}`)
    run = []
  }
  for (const item of body) {
    if (item.kind === 'attribute') {
      if (item.value.includes('\n') && run.length > 0) flush()
      run.push(item)
      if (item.value.includes('\n')) flush()
      continue
    }
    if (run.length > 0) flush()
    if (item.kind === 'blank') lines.push('')
    else if (item.kind === 'comment') lines.push(`${indent}# ${item.text}`)
    else lines.push(renderItem(item, indent))
  }
  if (run.length > 0) flush()
  return lines.join('\n')
}

/** A quoted HCL string holding `text` literally: no interpolation, no directive. */
export function hclString(text: string): string {
  return `"${escapeTemplate(text)}"`
}

/** A part of a string template: literal text, or an expression to interpolate. */
export type TemplatePart = string | { expression: string }

/** A quoted HCL template (`"${aws_s3_bucket.logs.arn}/AWSLogs/${local.account}/*"`). */
export function template(parts: TemplatePart[]): string {
  return `"${parts.map((part) => (typeof part === 'string' ? escapeTemplate(part) : `\${${part.expression}}`)).join('')}"`
}

/** A whole value: an expression as it is, a literal as a quoted string. */
export function valueOf(part: TemplatePart): string {
  return typeof part === 'string' ? hclString(part) : part.expression
}

export function list(values: string[]): string {
  return `[${values.join(', ')}]`
}

function escapeTemplate(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\') out += '\\\\'
    else if (char === '"') out += '\\"'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += char
  }
  // `${` and `%{` would start an interpolation or a directive.
  return out.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')
}
