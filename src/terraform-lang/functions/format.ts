// Terraform's format(): Go's fmt verbs over Terraform values (%v %#v %t %d %b %o %x %X %e %E %f %g %G
// %s %q %%), with flags, width, precision and explicit argument indexes (%[2]s).
import { type TfValue } from '../value.js'
import { bool, num, str } from './coerce.js'
import { failed } from './define.js'
import { jsonText } from './json-text.js'
import { numberText } from './number-text.js'

interface Verb {
  flags: string
  width?: number
  precision?: number
  verb: string
}

export function format(spec: string, args: TfValue[]): string {
  let out = ''
  let next = 0
  const verbPattern = /%([-+# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?([a-zA-Z%])?/y
  for (let i = 0; i < spec.length; ) {
    const percent = spec.indexOf('%', i)
    if (percent < 0) {
      out += spec.slice(i)
      break
    }
    out += spec.slice(i, percent)
    verbPattern.lastIndex = percent
    const match = verbPattern.exec(spec) as RegExpExecArray
    const [whole, flags, index, width, precision, verb] = match
    i = percent + whole.length
    if (verb === undefined) failed(`invalid format string starting at offset ${percent}: missing verb.`)
    if (verb === '%') {
      out += '%'
      continue
    }
    if (index !== undefined) next = Number(index) - 1
    if (next >= args.length) failed(`not enough arguments for "%${verb}" at ${percent}: need index ${next + 1} but have ${args.length} total.`)
    const parsed: Verb = { flags, verb, width: width === undefined ? undefined : Number(width), precision: precision === undefined ? undefined : Number(precision || '0') }
    out += formatOne(parsed, args[next], percent)
    next++
  }
  return out
}

function formatOne(verb: Verb, arg: TfValue, at: number): string {
  if (arg === null) failed(`unsupported value for "%${verb.flags}${verb.verb}" at ${at}: null value cannot be formatted.`)
  const param = 'args'
  const unsupported = (what: string): never => failed(`unsupported value for "%${verb.flags}${verb.verb}" at ${at}: ${what}.`)
  const attempt = <T>(convert: () => T, what: string): T => {
    try {
      return convert()
    } catch {
      return unsupported(what)
    }
  }
  switch (verb.verb) {
    case 'v':
      if (verb.flags.includes('#') || (typeof arg === 'object' && arg !== null)) return pad(jsonText(arg), verb)
      return pad(verb.precision !== undefined && typeof arg === 'string' ? [...arg].slice(0, verb.precision).join('') : str(arg, param), verb)
    case 't':
      return pad(String(attempt(() => bool(arg, param), 'a bool is required')), verb)
    case 's': {
      const text = attempt(() => str(arg, param), 'a string is required')
      return pad(verb.precision === undefined ? text : [...text].slice(0, verb.precision).join(''), verb)
    }
    case 'q':
      return pad(goQuote(attempt(() => str(arg, param), 'a string is required')), verb)
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      const n = attempt(() => num(arg, param), 'a number is required')
      if (!Number.isInteger(n)) unsupported('an integer is required')
      const radix = { d: 10, b: 2, o: 8, x: 16, X: 16 }[verb.verb]
      let digits = (n < 0 ? BigInt(-n) : BigInt(n)).toString(radix)
      if (verb.verb === 'X') digits = digits.toUpperCase()
      if (verb.precision !== undefined) digits = digits.padStart(verb.precision, '0')
      if (verb.flags.includes('#')) digits = ({ b: '0b', o: '0', x: '0x', X: '0X', d: '' }[verb.verb] ?? '') + digits
      return padNumber(sign(n, verb), digits, verb)
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const n = attempt(() => num(arg, param), 'a number is required')
      let digits = floatText(Math.abs(n), verb.verb.toLowerCase(), verb.precision)
      if (verb.verb === 'E' || verb.verb === 'G') digits = digits.toUpperCase()
      return padNumber(sign(n, verb), digits, verb)
    }
    default:
      return failed(`unsupported format verb '${verb.verb}' in "%${verb.flags}${verb.verb}" at offset ${at}.`)
  }
}

const sign = (n: number, verb: Verb): string => (n < 0 || Object.is(n, -0) ? '-' : verb.flags.includes('+') ? '+' : verb.flags.includes(' ') ? ' ' : '')

/** Go's exponent form: at least two exponent digits ("1.5e+06"). */
function goExponent(n: number, precision?: number): string {
  const text = precision === undefined ? n.toExponential() : n.toExponential(precision)
  return text.replace(/e([+-])(\d)$/, 'e$10$2')
}

function floatText(n: number, verb: string, precision?: number): string {
  if (verb === 'e') return goExponent(n, precision ?? 6)
  if (verb === 'f') return toFixedEven(n, precision ?? 6)
  // %g: the shortest text, in exponent form when the exponent is below -4 or at least the precision.
  const shortest = precision === undefined
  const significant = shortest ? undefined : Math.max(precision, 1)
  const exponentText = goExponent(n, significant === undefined ? undefined : significant - 1)
  const exponent = Number(exponentText.slice(exponentText.indexOf('e') + 1))
  const limit = shortest ? 6 : (significant as number)
  if (exponent < -4 || exponent >= limit) return exponentText.replace(/\.?0+e/, 'e')
  const fixed = shortest ? numberText(n) : n.toPrecision(significant)
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
}

/** toFixed, but a tie rounds to the even digit, as Go does (2.25 with one decimal is 2.2). */
function toFixedEven(n: number, precision: number): string {
  const extra = Math.min(100, precision + 25)
  const exact = n.toFixed(extra)
  const cut = exact.length - (extra - precision)
  const tail = exact.slice(cut)
  const kept = exact.slice(0, precision === 0 ? cut - 1 : cut)
  if (/^50*$/.test(tail) && Number(kept[kept.length - 1]) % 2 === 0) return kept
  return n.toFixed(precision)
}

function pad(text: string, verb: Verb): string {
  const width = verb.width ?? 0
  const length = [...text].length
  if (length >= width) return text
  const fill = ' '.repeat(width - length)
  return verb.flags.includes('-') ? text + fill : fill + text
}

function padNumber(signText: string, digits: string, verb: Verb): string {
  const width = verb.width ?? 0
  if (verb.flags.includes('0') && !verb.flags.includes('-') && signText.length + digits.length < width) {
    return signText + digits.padStart(width - signText.length, '0')
  }
  return pad(signText + digits, verb)
}

/** Go's %q: a double-quoted string with Go escapes. */
export function goQuote(text: string): string {
  let out = '"'
  for (const char of text) {
    const code = char.codePointAt(0) as number
    const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' }
    if (escapes[char]) out += escapes[char]
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += char
  }
  return out + '"'
}
