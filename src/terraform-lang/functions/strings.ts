// String functions: format, join, split, replace, regex, case, trimming, substrings.
import { isUnknown, UNKNOWN, type TfObject, type TfValue } from '../value.js'
import { containsUnknown, int, str, strings as stringList } from './coerce.js'
import { failed, invalid, type FunctionFamily } from './define.js'
import { format } from './format.js'
import { expandReplacement, re2 } from './re2.js'

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
/** Terraform counts and slices strings by user-perceived characters (grapheme clusters). */
export const graphemes = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment)

const unary = (param: string, f: (s: string) => string) => ({ params: [param], impl: ([s]: TfValue[]) => f(str(s, param)) })
const binary = (a: string, b: string, f: (x: string, y: string) => TfValue) => ({ params: [a, b], impl: ([x, y]: TfValue[]) => f(str(x, a), str(y, b)) })

function title(text: string): string {
  let previous = ' '
  let out = ''
  for (const char of text) {
    out += /[\p{L}\p{N}_]/u.test(previous) ? char : char.toUpperCase()
    previous = char
  }
  return out
}

function trimSet(text: string, cutset: string): string {
  const cut = new Set(cutset)
  const chars = [...text]
  let start = 0
  let end = chars.length
  while (start < end && cut.has(chars[start])) start++
  while (end > start && cut.has(chars[end - 1])) end--
  return chars.slice(start, end).join('')
}

function replace(text: string, search: string, replacement: string): string {
  if (search.length > 2 && search.startsWith('/') && search.endsWith('/')) {
    const pattern = re2(search.slice(1, -1), true)
    return text.replace(pattern, (...match) => {
      const last = match[match.length - 1]
      const groups = typeof last === 'object' ? (last as Record<string, string>) : undefined
      const captures = match.slice(0, groups ? -3 : -2) as string[]
      return expandReplacement(replacement, captures, groups)
    })
  }
  // Go inserts an empty search's replacement before every character and at the end.
  if (search === '') return [...text, ''].map((c) => replacement + c).join('')
  return text.split(search).join(replacement)
}

function substr(text: string, offset: number, length: number): string {
  const chars = graphemes(text)
  let start = offset < 0 ? chars.length + offset : offset
  if (start < 0) start = 0
  if (start > chars.length) return ''
  const end = length < 0 ? chars.length : Math.min(chars.length, start + length)
  return chars.slice(start, end).join('')
}

/** What one match of regex() gives: the match, its captures as a list, or its named captures as a map. */
function matchValue(match: RegExpExecArray): TfValue {
  if (match.groups && Object.keys(match.groups).length > 0) {
    const named: TfObject = {}
    for (const k of Object.keys(match.groups).sort()) named[k] = match.groups[k] ?? null
    return named
  }
  if (match.length === 1) return match[0]
  return match.slice(1).map((v) => v ?? null)
}

/** format() over any nulls and unknowns: Terraform gives an unknown string for either. */
function formatKnown(spec: string, args: TfValue[]): TfValue {
  return args.some((arg) => arg === null || containsUnknown(arg)) ? UNKNOWN : format(spec, args)
}

/** One format() per row of the list arguments; a row with an unknown value is an unknown string. */
function formatlist(specArg: TfValue, args: TfValue[]): TfValue {
  if ([specArg, ...args].some(isUnknown)) return UNKNOWN
  const spec = str(specArg, 'format')
  let length: number | undefined
  args.forEach((arg, i) => {
    if (!Array.isArray(arg)) return
    if (length !== undefined && arg.length !== length) invalid('args', `argument ${i + 1} has length ${arg.length}, which is inconsistent with argument 1 of length ${length}.`)
    length ??= arg.length
  })
  if (length === undefined) return [formatKnown(spec, args)]
  return Array.from({ length }, (_, row) => formatKnown(spec, args.map((arg) => (Array.isArray(arg) ? arg[row] : arg))))
}

export const strings: FunctionFamily = {
  format: { params: ['format'], variadic: 'args', impl: ([spec, ...args]) => formatKnown(str(spec, 'format'), args) },
  formatlist: { params: ['format'], variadic: 'args', allowUnknown: true, impl: ([spec, ...args]) => formatlist(spec, args) },
  join: {
    params: ['separator'],
    variadic: 'lists',
    impl: ([separator, ...lists]) => {
      if (lists.length === 0) failed('at least one list is required.')
      return lists.flatMap((l) => stringList(l, 'lists')).join(str(separator, 'separator'))
    }
  },
  split: binary('separator', 'str', (separator, text) => text.split(separator)),
  lower: unary('str', (s) => s.toLowerCase()),
  upper: unary('str', (s) => s.toUpperCase()),
  title: unary('str', title),
  strrev: unary('str', (s) => graphemes(s).reverse().join('')),
  trimspace: unary('str', (s) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '')),
  chomp: unary('str', (s) => s.replace(/[\r\n]+$/, '')),
  trim: binary('str', 'cutset', trimSet),
  trimprefix: binary('str', 'prefix', (s, prefix) => (s.startsWith(prefix) ? s.slice(prefix.length) : s)),
  trimsuffix: binary('str', 'suffix', (s, suffix) => (suffix !== '' && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s)),
  startswith: binary('str', 'prefix', (s, prefix) => s.startsWith(prefix)),
  endswith: binary('str', 'suffix', (s, suffix) => s.endsWith(suffix)),
  strcontains: binary('str', 'substr', (s, sub) => s.includes(sub)),
  replace: { params: ['str', 'substr', 'replace'], impl: ([s, search, by]) => replace(str(s, 'str'), str(search, 'substr'), str(by, 'replace')) },
  substr: { params: ['str', 'offset', 'length'], impl: ([s, offset, length]) => substr(str(s, 'str'), int(offset, 'offset'), int(length, 'length')) },
  indent: {
    params: ['spaces', 'str'],
    impl: ([spaces, s]) => str(s, 'str').replace(/\n/g, '\n' + ' '.repeat(Math.max(0, int(spaces, 'spaces'))))
  },
  regex: binary('pattern', 'string', (pattern, text) => {
    const match = re2(pattern).exec(text)
    return match ? matchValue(match) : failed('pattern did not match any part of the given string.')
  }),
  regexall: binary('pattern', 'string', (pattern, text) => [...text.matchAll(re2(pattern, true))].map(matchValue))
}

