// Encodings and hashes: JSON, YAML, base64, URL query escaping, and the digest functions.
import { createHash, type BinaryLike } from 'node:crypto'
import { isObject, type TfObject, type TfValue } from '../value.js'
import { str } from './coerce.js'
import { failed, invalid, type FunctionFamily } from './define.js'
import { fromJson, jsonString, jsonText } from './json-text.js'
import { numberText } from './number-text.js'

/** The message Go's JSON decoder gives for the commonest mistakes. */
function goJsonError(text: string, message: string): string {
  if (/end of JSON input|Unterminated/i.test(message) || text.trim() === '') return 'EOF'
  const at = /position (\d+)/.exec(message)
  const position = at ? Number(at[1]) : /Unexpected token '?(.)/.exec(message) ? text.indexOf((/Unexpected token '?(.)/.exec(message) as RegExpExecArray)[1]) : -1
  if (position < 0) return message
  const before = text.slice(0, position).trimEnd()
  const context = before.endsWith(':') || before.endsWith(',') || before.endsWith('[') || before === '' ? 'looking for beginning of value' : /"\s*$/.test(before) && /[{,]\s*"[^"]*"\s*$/.test(before) ? 'after object key' : 'after top-level value'
  return `invalid character '${text[position]}' ${context}`
}

function jsondecode(text: string): TfValue {
  try {
    return fromJson(JSON.parse(text))
  } catch (error) {
    return failed(`${goJsonError(text, (error as Error).message)}.`)
  }
}

function base64decode(text: string): string {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) failed(`failed to decode base64 data ${JSON.stringify(text)}.`)
  const bytes = Buffer.from(text, 'base64')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return failed('the result of decoding the provided string is not valid UTF-8.')
  }
}

/** Go's url.QueryEscape: letters, digits and -_.~ kept, space as +, the rest %XX. */
function urlencode(text: string): string {
  return Array.from(Buffer.from(text, 'utf8'), (byte) => {
    const c = String.fromCharCode(byte)
    if (/[A-Za-z0-9\-_.~]/.test(c)) return c
    return c === ' ' ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')
}

/** A double-quoted YAML scalar as Go's emitter writes it: characters beyond the BMP as \UXXXXXXXX. */
function yamlQuoted(text: string): string {
  return jsonString(text)
    .replace(/\\u003c/g, '<')
    .replace(/\\u003e/g, '>')
    .replace(/\\u0026/g, '&')
    .replace(/[\u{10000}-\u{10ffff}]/gu, (c) => `\\U${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(8, '0')}`)
}

/** YAML as Terraform's yamlencode writes it: block style, quoted strings and keys, lexical key order. */
function yamlLines(value: TfValue, indent: string): string[] {
  const scalar = (v: TfValue): string | undefined => {
    if (v === null) return 'null'
    if (typeof v === 'boolean') return String(v)
    if (typeof v === 'number') return numberText(v)
    if (typeof v === 'string') return v.includes('\n') && !/[ \t]\n|[ \t]$/.test(v) ? undefined : yamlQuoted(v)
    if (Array.isArray(v) && v.length === 0) return '[]'
    if (isObject(v) && Object.keys(v).length === 0) return '{}'
    return undefined
  }
  // A literal block: "2" when the text starts with a space, then how its final newlines are kept.
  const block = (v: string, at: string) => {
    const chomp = v.endsWith('\n\n') ? '+' : v.endsWith('\n') ? '' : '-'
    const lines = (chomp === '+' ? v.slice(0, -1) : v.replace(/\n$/, '')).split('\n')
    return [`|${v.startsWith(' ') ? '2' : ''}${chomp}`, ...lines.map((line) => (line === '' ? '' : at + '  ' + line))]
  }
  const entry = (prefix: string, v: TfValue, childIndent: string, sequenceIndent: string): string[] => {
    const simple = scalar(v)
    if (simple !== undefined) return [`${prefix} ${simple}`]
    if (typeof v === 'string') {
      const [head, ...rest] = block(v, indent)
      return [`${prefix} ${head}`, ...rest]
    }
    return [prefix, ...yamlLines(v, Array.isArray(v) ? sequenceIndent : childIndent)]
  }
  if (Array.isArray(value)) {
    return value.flatMap((v) => {
      if ((isObject(v) && Object.keys(v).length > 0) || (Array.isArray(v) && v.length > 0)) {
        const [first, ...rest] = yamlLines(v, indent + '  ')
        return [`${indent}- ${first.slice(indent.length + 2)}`, ...rest]
      }
      return entry(`${indent}-`, v, indent + '  ', indent + '  ')
    })
  }
  if (isObject(value) && Object.keys(value).length > 0) {
    const object = value as TfObject
    return Object.keys(object)
      .sort()
      .flatMap((k) => entry(`${indent}${jsonString(k)}:`, object[k], indent + '  ', indent))
  }
  const simple = scalar(value) as string
  if (typeof value === 'string' && simple === undefined) return block(value, indent)
  return [simple]
}

const UUID_NAMESPACES: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8'
}

/** A name-based (SHA-1) UUID, RFC 4122 version 5. */
function uuidv5(namespace: string, name: string): string {
  const space = UUID_NAMESPACES[namespace] ?? namespace
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(space)) {
    failed(`uuidv5() doesn't support namespace ${namespace} (${space.length === 36 ? 'invalid UUID format' : `invalid UUID length: ${space.length}`}).`)
  }
  const bytes = createHash('sha1')
    .update(Buffer.from(space.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The text encodings of textencodebase64 and textdecodebase64 that Node reads and writes itself. */
const TEXT_ENCODINGS: Record<string, BufferEncoding> = { 'utf-8': 'utf8', utf8: 'utf8', 'utf-16le': 'utf16le', 'iso-8859-1': 'latin1', latin1: 'latin1', 'us-ascii': 'ascii', ascii: 'ascii' }

function textEncoding(name: string): BufferEncoding {
  return TEXT_ENCODINGS[name.toLowerCase()] ?? invalid('encoding', `${JSON.stringify(name)} is not a supported IANA encoding name or alias in this Terraform version.`)
}

const digest = (algorithm: string, encoding: 'hex' | 'base64') => ({
  params: ['str'],
  impl: ([s]: TfValue[]) => createHash(algorithm).update(str(s, 'str') as BinaryLike).digest(encoding)
})

export const encoding: FunctionFamily = {
  jsonencode: { params: ['val'], impl: ([v]) => jsonText(v) },
  jsondecode: { params: ['str'], impl: ([s]) => jsondecode(str(s, 'str')) },
  // A document that is one plain scalar ends with YAML's end marker, as Terraform writes it.
  yamlencode: { params: ['value'], impl: ([v]) => yamlLines(v, '').join('\n') + (v === null || typeof v === 'number' || typeof v === 'boolean' ? '\n...\n' : '\n') },
  base64encode: { params: ['str'], impl: ([s]) => Buffer.from(str(s, 'str'), 'utf8').toString('base64') },
  base64decode: { params: ['str'], impl: ([s]) => base64decode(str(s, 'str')) },
  urlencode: { params: ['str'], impl: ([s]) => urlencode(str(s, 'str')) },
  uuidv5: { params: ['namespace', 'name'], impl: ([ns, n]) => uuidv5(str(ns, 'namespace'), str(n, 'name')) },
  textencodebase64: { params: ['string', 'encoding'], impl: ([s, e]) => Buffer.from(str(s, 'string'), textEncoding(str(e, 'encoding'))).toString('base64') },
  textdecodebase64: { params: ['source', 'encoding'], impl: ([s, e]) => Buffer.from(str(s, 'source'), 'base64').toString(textEncoding(str(e, 'encoding'))) },
  md5: digest('md5', 'hex'),
  sha1: digest('sha1', 'hex'),
  sha256: digest('sha256', 'hex'),
  sha512: digest('sha512', 'hex'),
  base64sha256: digest('sha256', 'base64'),
  base64sha512: digest('sha512', 'base64')
}
