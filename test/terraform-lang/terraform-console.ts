// Terraform's own answers for function calls: each call written as HCL, evaluated by `terraform console
// -plan` in a scratch module where `local.u` is unknown (a value known only after apply), and the
// console's printed values read back. Used to make the function table and to check it still holds.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { numberText } from '../../src/terraform-lang/functions/number-text.js'
import { isObject, isSensitive, isUnknown, Sensitive, UNKNOWN, type TfValue } from '../../src/terraform-lang/value.js'

export const TERRAFORM = process.env.TERRAFORM || 'terraform'

export const terraformMissing = (): string | undefined =>
  spawnSync(TERRAFORM, ['version'], { encoding: 'utf8' }).error ? `'${TERRAFORM}' is not on PATH; the function table is not compared with Terraform here` : undefined

/** How the console shows a sensitive value: its content hidden. */
export const HIDDEN = { $hidden: 'sensitive' } as const

// --- values in the table's JSON: unknown and sensitive written as tagged objects ----------------------

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded }

export function encode(value: TfValue): Encoded {
  if (isUnknown(value)) return { $unknown: true }
  if (isSensitive(value)) return { $sensitive: encode(value.value) }
  if (Array.isArray(value)) return value.map(encode)
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
  return value
}

export function decode(value: Encoded): TfValue {
  if (Array.isArray(value)) return value.map(decode)
  if (value !== null && typeof value === 'object') {
    if ('$unknown' in value) return UNKNOWN
    if ('$sensitive' in value) return new Sensitive(decode(value.$sensitive) as Exclude<TfValue, Sensitive>)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
  }
  return value
}

/** A result as the console shows it: sensitive parts hidden. */
export function shown(value: TfValue): Encoded {
  if (isSensitive(value)) return isUnknown(value.value) ? { $unknown: true } : HIDDEN
  if (isUnknown(value)) return { $unknown: true }
  if (Array.isArray(value)) return value.map(shown)
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shown(v)]))
  return value
}

// --- values written as HCL ----------------------------------------------------------------------------

export function hclString(text: string): string {
  const escaped = text.replace(/[\\"\n\r\t]|[\x00-\x1f\x7f]|\$\{|%\{/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '${': '$${', '%{': '%%{' }
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return `"${escaped}"`
}

export function hcl(value: TfValue): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return hclString(value)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return String(value)
  if (isUnknown(value)) return 'local.u'
  if (isSensitive(value)) return `sensitive(${hcl(value.value)})`
  if (Array.isArray(value)) return `[${value.map(hcl).join(', ')}]`
  return `{${Object.entries(value).map(([k, v]) => `${hclString(k)} = ${hcl(v)}`).join(', ')}}`
}

export const callHcl = (name: string, args: TfValue[]): string => `${name}(${args.map(hcl).join(', ')})`

// --- the console's printed values, read back ----------------------------------------------------------

export function parseShown(text: string): Encoded {
  let at = 0
  const space = () => {
    while (at < text.length && /\s/.test(text[at])) at++
  }
  const take = (token: string) => {
    space()
    if (!text.startsWith(token, at)) throw new Error(`expected ${token} at ${at}: ${text.slice(at, at + 40)}`)
    at += token.length
  }
  const value = (): Encoded => {
    space()
    if (text.startsWith('(known after apply)', at)) return (at += 19), { $unknown: true }
    if (text.startsWith('(sensitive value)', at)) return (at += 17), { ...HIDDEN }
    const heredoc = /^<<-?EOT\n/.exec(text.slice(at))
    if (heredoc) {
      // Lines up to the closing EOT, less the closing line's indentation.
      const start = at + heredoc[0].length
      const close = /^([ ]*)EOT$/m
      const rest = text.slice(start)
      const end = close.exec(rest) as RegExpExecArray
      at = start + end.index + end[0].length
      const lines = rest.slice(0, end.index).split('\n').slice(0, -1)
      return lines.map((line) => line.slice(end[1].length)).join('\n')
    }
    const c = text[at]
    if (c === '"') {
      const match = /^"(?:[^"\\]|\\.)*"/s.exec(text.slice(at)) as RegExpExecArray
      at += match[0].length
      return JSON.parse(match[0].replace(/\t/g, '\\t')) as string
    }
    if (c === '[') {
      at++
      const items: Encoded[] = []
      for (space(); text[at] !== ']'; space()) {
        items.push(value())
        space()
        if (text[at] === ',') at++
      }
      at++
      return items
    }
    if (c === '{') {
      at++
      const object: Record<string, Encoded> = {}
      for (space(); text[at] !== '}'; space()) {
        const key = text[at] === '"' ? (value() as string) : (/^[\w-]+/.exec(text.slice(at)) as RegExpExecArray)[0]
        if (text[at - 1] !== '"') at += key.length
        take('=')
        object[key] = value()
      }
      at++
      return object
    }
    const word = /^[-+.\w]+/.exec(text.slice(at))?.[0] ?? ''
    at += word.length
    if (text[at] === '(') {
      // tolist(…), toset(…), tomap(…), tostring(null): the type is not part of a TfValue.
      at++
      const inner = value()
      take(')')
      return inner
    }
    if (word === 'true' || word === 'false') return word === 'true'
    if (word === 'null') return null
    if (/^-?\d/.test(word)) return Number(word)
    throw new Error(`cannot read the console's value at ${at}: ${text.slice(at - word.length, at + 40)}`)
  }
  const result = value()
  space()
  if (at !== text.length) throw new Error(`trailing console output at ${at}: ${text.slice(at, at + 40)}`)
  return result
}

// --- running the console --------------------------------------------------------------------------------

export interface Console {
  /** The printed value, or Terraform's error (its summary and detail on one line). */
  evaluate(expression: string): { value: Encoded } | { error: string }
  close(): void
}

export function openConsole(): Console {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tf-functions-'))
  writeFileSync(path.join(dir, 'main.tf'), 'resource "terraform_data" "u" {\n  input = "x"\n}\n\nlocals {\n  u = jsondecode(terraform_data.u.output)\n}\n')
  const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }
  const init = spawnSync(TERRAFORM, ['init', '-no-color', '-input=false'], { cwd: dir, encoding: 'utf8', env })
  if (init.status !== 0) throw new Error(`terraform init failed: ${init.stderr}`)
  return {
    evaluate(expression) {
      const run = spawnSync(TERRAFORM, ['console', '-plan', '-no-color'], { cwd: dir, input: expression + '\n', encoding: 'utf8', env, maxBuffer: 64 << 20 })
      if (run.status === 0) return { value: parseShown(run.stdout.trim()) }
      return { error: errorText(run.stderr) }
    },
    close: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** "Summary: detail" of the console's error box, its wrapped lines joined. */
function errorText(stderr: string): string {
  const box = stderr.slice(stderr.indexOf('Error: '))
  const lines = box.split('\n').map((line) => line.replace(/^[│╷╵]\s?/, '').trim())
  const summary = lines[0].slice('Error: '.length)
  const detail = lines
    .slice(1)
    .filter((line) => line !== '' && !line.startsWith('on <console-input>') && line !== '(source code not available)')
    .join(' ')
  return `${summary}: ${detail}`
}
