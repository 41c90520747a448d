// Terraform's format(): Go's fmt verbs over Terraform values (%v %#v %t %d %b %o %x %X %e %E %f %g %G
// %s %q %%), with flags, width, precision and explicit argument indexes (%[2]s).
import { type TfValue } from '../value.js'
import { bool, num, str } from './coerce.js'
import { failed, invalid } from './define.js'
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
  let used = 0
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
    if (next >= args.length) failed(`not enough arguments for "${whole}" at ${percent}: need index ${next + 1} but have ${args.length} total.`)
    const parsed: Verb = { flags, verb, width: width === undefined ? undefined : Number(width), precision: precision === undefined ? undefined : Number(precision || '0') }
    out += formatOne(parsed, args[next], percent)
    next++
    used = Math.max(used, next)
  }
  if (used < args.length) invalid('args', used === 0 ? 'too many arguments; no verbs in format string.' : `too many arguments; only ${used} used by format string.`)
  return out
}

function formatOne(verb: Verb, arg: TfValue, at: number): string {
  if (arg === null) failed(`unsupported value for "%${verb.flags}${verb.verb}" at ${at}: null value cannot be formatted.`)
  const param = 'args'
  const unsupported = (what: string): never => failed(`unsupported value for "%${verb.flags}${verb.verb}" at ${at}: ${what}.`)
  // A value of another type is refused ("number required"); a string that does not convert is
  // refused for its text ("a number is required").
  const attempt = <T>(convert: () => T, what: string): T => {
    if (typeof arg === 'object' || (what === 'number' && typeof arg === 'boolean')) unsupported(`${what} required`)
    try {
      return convert()
    } catch {
      return unsupported(`a ${what} is required`)
    }
  }
  switch (verb.verb) {
    case 'v':
      if (verb.flags.includes('#') || (typeof arg === 'object' && arg !== null)) return pad(jsonText(arg), verb)
      // %v of a number is %g: the shortest form, with an exponent from 1e6 on.
      if (typeof arg === 'number') return padNumber(sign(arg, verb), floatText(Math.abs(arg), 'g'), verb)
      return pad(str(arg, param), verb)
    case 't':
      // Terraform writes %t without width or flags.
      return String(attempt(() => bool(arg, param), 'bool'))
    case 's': {
      const text = attempt(() => str(arg, param), 'string')
      return pad(verb.precision === undefined ? text : [...text].slice(0, verb.precision).join(''), verb)
    }
    case 'q':
      return pad(goQuote(attempt(() => str(arg, param), 'string')), verb)
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      const n = attempt(() => num(arg, param), 'number')
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
      const n = attempt(() => num(arg, param), 'number')
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

const bitLength = (n: bigint): number => (n === 0n ? 0 : n.toString(2).length)

/**
 * %f as Terraform computes it: the number is the 512-bit binary float nearest its decimal text (how
 * Terraform reads a literal), whose exact decimal expansion is rounded half to even. So 12.345 with two
 * decimals is 12.34 while 0.05 with one is 0.1, as Terraform writes them.
 */
function toFixedEven(n: number, precision: number): string {
  const [whole, fraction = ''] = numberText(n).split('.')
  const digits = BigInt(whole + fraction)
  const denominator = 10n ** BigInt(fraction.length)
  // The 512-bit mantissa m and exponent: n ≈ m / 2^exponent, rounded to nearest even.
  let exponent = Math.max(0, 512 + bitLength(denominator) - bitLength(digits) + 1)
  let m = (digits << BigInt(exponent)) / denominator
  const sticky = (digits << BigInt(exponent)) % denominator !== 0n
  const excess = bitLength(m) - 512
  if (excess > 0) {
    const dropped = m & ((1n << BigInt(excess)) - 1n)
    const half = 1n << BigInt(excess - 1)
    m >>= BigInt(excess)
    exponent -= excess
    if (dropped > half || (dropped === half && (sticky || (m & 1n) === 1n))) m += 1n
  }
  // m / 2^exponent is m * 5^exponent / 10^exponent: exact decimal digits, rounded half to even.
  const scaled = m * 5n ** BigInt(exponent)
  const unit = 10n ** BigInt(Math.max(0, exponent - precision))
  let kept = exponent >= precision ? scaled / unit : scaled * 10n ** BigInt(precision - exponent)
  const rest = exponent >= precision ? scaled % unit : 0n
  if (rest * 2n > unit || (rest * 2n === unit && (kept & 1n) === 1n)) kept += 1n
  const text = kept.toString().padStart(precision + 1, '0')
  return precision === 0 ? text : `${text.slice(0, -precision)}.${text.slice(-precision)}`
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
