// Number functions: min, max, abs, ceil, floor, pow, signum, log, parseint.
import { type TfValue } from '../value.js'
import { int, num, str } from './coerce.js'
import { failed, invalid, type FunctionFamily } from './define.js'

const unaryNumber = (f: (n: number) => number) => ({ params: ['num'], impl: ([n]: TfValue[]) => f(num(n, 'num')) })

function extreme(pick: (...values: number[]) => number) {
  return {
    params: [],
    variadic: 'numbers',
    impl: (args: TfValue[]) => (args.length === 0 ? failed('must pass at least one number.') : pick(...args.map((a) => num(a, 'numbers'))))
  }
}

function parseint([text, baseArg]: TfValue[]): number {
  const digits = str(text, 'number')
  const base = int(baseArg, 'base')
  if (base < 2 || base > 62) invalid('base', 'base must be a whole number between 2 and 62 inclusive.')
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const body = digits.replace(/^[-+]/, '')
  const valueOf = (c: string) => alphabet.indexOf(base <= 36 ? c.toLowerCase() : c)
  if (body === '' || [...body].some((c) => valueOf(c) < 0 || valueOf(c) >= base)) {
    invalid('number', `cannot parse ${JSON.stringify(digits)} as a base ${base} integer.`)
  }
  const magnitude = [...body].reduce((acc, c) => acc * BigInt(base) + BigInt(valueOf(c)), 0n)
  return Number(digits.startsWith('-') ? -magnitude : magnitude)
}

export const numeric: FunctionFamily = {
  min: extreme(Math.min),
  max: extreme(Math.max),
  abs: unaryNumber(Math.abs),
  ceil: unaryNumber(Math.ceil),
  floor: unaryNumber(Math.floor),
  signum: unaryNumber((n) => Math.sign(n)),
  pow: { params: ['num', 'power'], impl: ([n, p]) => Math.pow(num(n, 'num'), num(p, 'power')) },
  log: { params: ['num', 'base'], impl: ([n, b]) => Math.log(num(n, 'num')) / Math.log(num(b, 'base')) },
  parseint: { params: ['number', 'base'], impl: parseint }
}
