// Terraform's functions that read files and paths (`file`, `templatefile`, `basename`...), which only the
// loader can answer: it knows the folder Terraform would run in (the source folder, where relative paths
// start) and reads nothing outside the folder it may read. A file it may not read gives an unknown value.

import { createHash } from 'node:crypto'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Parser } from 'web-tree-sitter'
import { EvaluationError } from '../terraform-lang/errors.js'
import { Evaluator, type Scope } from '../terraform-lang/evaluate.js'
import { strip } from '../terraform-lang/operations.js'
import { parseExpression } from '../terraform-lang/syntax.js'
import { isObject, mark, UNKNOWN, type TfValue } from '../terraform-lang/value.js'

export interface FileContext {
  parser: Parser
  /** Where relative paths start (Terraform's working directory: the root module's folder). */
  root: string
  /** Files outside this folder are not read. */
  boundary: string
  warn(line: string): void
}

const NO_REFERENCES: Scope = {
  reference(_root, _steps, line) {
    throw new EvaluationError('Invalid template: a template file can refer only to the variables given to templatefile', line)
  }
}

/** Go's filepath.Base and filepath.Dir on forward-slash paths. */
function base(p: string): string {
  if (p === '') return '.'
  const trimmed = p.replace(/\/+$/, '')
  return trimmed === '' ? '/' : path.posix.basename(trimmed)
}

function dir(p: string): string {
  const d = path.posix.dirname(p)
  return path.posix.normalize(d)
}

export function fileFunction(context: FileContext, name: string, args: TfValue[], line: number): TfValue {
  const plain = args.map(strip)
  if (plain.some((a) => a.unknown)) return UNKNOWN
  const sensitive = plain.some((a) => a.sensitive)
  const [first] = plain.map((a) => a.value)
  if (typeof first !== 'string') throw new EvaluationError(`Invalid function argument: ${name}: a string is required`, line)
  switch (name) {
    case 'basename':
      return mark(base(first), sensitive)
    case 'dirname':
      return mark(dir(first), sensitive)
    case 'abspath':
      return mark(path.resolve(context.root, first), sensitive)
    case 'pathexpand':
      // The home folder of whoever runs Terraform: not known from the sources.
      return first.startsWith('~') ? UNKNOWN : mark(first, sensitive)
  }
  const file = path.resolve(context.root, first)
  let real: string | null = null
  try {
    real = realpathSync(file)
  } catch {
    real = null
  }
  if (name === 'fileexists') {
    if (real === null) return mark(false, sensitive)
    if (!inside(context.boundary, real)) return UNKNOWN
    return mark(statSync(real).isFile(), sensitive)
  }
  if (name === 'fileset') return UNKNOWN
  if (real === null || !existsSync(real)) throw new EvaluationError(`Invalid function argument: ${name}: no file exists at "${first}"`, line)
  if (!inside(context.boundary, real)) {
    context.warn(`${name}("${first}") reads a file outside the source folder; its value is unknown`)
    return UNKNOWN
  }
  const bytes = readFileSync(real)
  const digest = DIGESTS[name]
  if (digest) return mark(createHash(digest[0]).update(bytes).digest(digest[1]), sensitive)
  switch (name) {
    case 'file':
      return mark(text(bytes, name, first, line), sensitive)
    case 'filebase64':
      return mark(bytes.toString('base64'), sensitive)
    case 'templatefile':
      return mark(template(context, text(bytes, name, first, line), plain[1]?.value ?? null, first, line), sensitive)
  }
  return UNKNOWN
}

/** The hash functions of a file's bytes: algorithm and encoding. */
const DIGESTS: Readonly<Record<string, readonly [string, 'hex' | 'base64']>> = {
  filemd5: ['md5', 'hex'],
  filesha1: ['sha1', 'hex'],
  filesha256: ['sha256', 'hex'],
  filesha512: ['sha512', 'hex'],
  filebase64sha256: ['sha256', 'base64'],
  filebase64sha512: ['sha512', 'base64']
}

function inside(boundary: string, real: string): boolean {
  return real === boundary || real.startsWith(boundary + path.sep)
}

function text(bytes: Buffer, name: string, file: string, line: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new EvaluationError(`Invalid function argument: ${name}: the file "${file}" is not valid UTF-8`, line)
  }
}

const SENTINEL = '\u0001'

/** A template file evaluated with the given variables only (its text read as a heredoc's is). */
function template(context: FileContext, content: string, vars: TfValue, file: string, line: number): TfValue {
  if (vars !== null && !isObject(vars)) throw new EvaluationError('Invalid function argument: templatefile: the variables must be an object or map', line)
  const marker = `TEMPLATE_${createHash('sha1').update(content).digest('hex').slice(0, 12)}`
  // A heredoc ends in a newline; a file need not: a sentinel character closes its last line, then goes.
  const endsWithNewline = content.endsWith('\n')
  const expression = parseExpression(context.parser, `<<${marker}\n${content}${endsWithNewline ? '' : `${SENTINEL}\n`}${marker}`)
  if (!expression) throw new EvaluationError(`Invalid function argument: templatefile: "${file}" is not a valid template`, line)
  let value: TfValue
  try {
    value = new Evaluator(NO_REFERENCES, (vars ?? {}) as Record<string, TfValue>).evaluate(expression)
  } catch (error) {
    if (error instanceof EvaluationError) throw new EvaluationError(`Error in function call: templatefile("${file}"): ${error.message}`, line)
    throw error
  }
  const { value: result, sensitive } = strip(value)
  if (!endsWithNewline && typeof result === 'string') return mark(result.slice(0, -(SENTINEL.length + 1)), sensitive)
  return value
}
