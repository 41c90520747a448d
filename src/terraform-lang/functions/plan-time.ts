// Time functions. Those whose value Terraform settles only while it plans or applies (timestamp, uuid,
// plantimestamp) are unknown here; the ones that compute from their arguments are evaluated.
import { UNKNOWN, type TfValue } from '../value.js'
import { str } from './coerce.js'
import { failed, invalid, type FunctionFamily } from './define.js'

interface Instant {
  /** Milliseconds since the epoch, in UTC. */
  utc: number
  /** Offset of the written time zone, in minutes east of UTC. */
  offset: number
  zone: string
}

function parseTimestamp(text: string, param: string): Instant {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(text)
  if (!match) {
    // Go names the first field it cannot read; the year is the commonest.
    const year = /^\d{4}/.test(text) ? undefined : 'year'
    return invalid(param, `not a valid RFC3339 timestamp: ${year ? `cannot use ${JSON.stringify(text)} as ${year}` : JSON.stringify(text)}.`)
  }
  const [, y, mo, d, h, mi, s, fraction = '', zone] = match
  const offset = /^z$/i.test(zone) ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(Number('0' + (fraction || '.0')) * 1000))
  return { utc: local - offset * 60_000, offset, zone: zone.toUpperCase() }
}

/** The wall-clock fields of an instant in its own time zone. */
function fields(instant: Instant): Date {
  return new Date(instant.utc + instant.offset * 60_000)
}

const two = (n: number) => String(n).padStart(2, '0')
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

function offsetText(offset: number, colon: boolean): string {
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${sign}${two(Math.floor(abs / 60))}${colon ? ':' : ''}${two(abs % 60)}`
}

function rfc3339(instant: Instant): string {
  const t = fields(instant)
  const date = `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}T${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`
  return date + (instant.offset === 0 && instant.zone === 'Z' ? 'Z' : offsetText(instant.offset, true))
}

function formatdate(spec: string, instant: Instant): string {
  const t = fields(instant)
  const hour12 = t.getUTCHours() % 12 === 0 ? 12 : t.getUTCHours() % 12
  const tokens: Record<string, () => string> = {
    YYYY: () => String(t.getUTCFullYear()).padStart(4, '0'),
    YY: () => two(t.getUTCFullYear() % 100),
    MMMM: () => MONTHS[t.getUTCMonth()],
    MMM: () => MONTHS[t.getUTCMonth()].slice(0, 3),
    MM: () => two(t.getUTCMonth() + 1),
    M: () => String(t.getUTCMonth() + 1),
    DD: () => two(t.getUTCDate()),
    D: () => String(t.getUTCDate()),
    EEEE: () => DAYS[t.getUTCDay()],
    EEE: () => DAYS[t.getUTCDay()].slice(0, 3),
    hh: () => two(t.getUTCHours()),
    h: () => String(t.getUTCHours()),
    HH: () => two(hour12),
    H: () => String(hour12),
    AA: () => (t.getUTCHours() < 12 ? 'AM' : 'PM'),
    aa: () => (t.getUTCHours() < 12 ? 'am' : 'pm'),
    mm: () => two(t.getUTCMinutes()),
    m: () => String(t.getUTCMinutes()),
    ss: () => two(t.getUTCSeconds()),
    s: () => String(t.getUTCSeconds()),
    ZZZZZ: () => offsetText(instant.offset, true),
    ZZZZ: () => offsetText(instant.offset, false),
    ZZZ: () => (instant.offset === 0 ? 'UTC' : offsetText(instant.offset, false)),
    Z: () => (instant.offset === 0 ? 'Z' : offsetText(instant.offset, true))
  }
  let out = ''
  for (let i = 0; i < spec.length; ) {
    const c = spec[i]
    if (c === "'") {
      // A quoted literal; '' is a quote, inside a literal or out of one.
      const literal = /^'((?:[^']|'')*)'/.exec(spec.slice(i))
      if (spec[i + 1] === "'") {
        out += "'"
        i += 2
        continue
      }
      if (!literal) failed(`unterminated literal '.`)
      out += literal[1].replace(/''/g, "'")
      i += literal[0].length
      continue
    }
    if (!/[a-zA-Z]/.test(c)) {
      out += c
      i++
      continue
    }
    let run = 1
    while (spec[i + run] === c) run++
    const token = spec.slice(i, i + run)
    const write = tokens[token] ?? failed(`invalid date format verb ${JSON.stringify(token)}: unrecognized.`)
    out += write()
    i += run
  }
  return out
}

/** Go's time.ParseDuration, in milliseconds: "1h30m", "-10s", "1.5h", "300ms". */
function duration(text: string): number {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
  const match = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text)
  if (!match && text !== '0') {
    const unit = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)([^\d.]+)/.exec(text)?.[1]
    return failed(unit ? `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}.` : `time: invalid duration ${JSON.stringify(text)}.`)
  }
  let total = 0
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * units[unit]
  return text.startsWith('-') ? -total : total
}

export const planTime: FunctionFamily = {
  timestamp: { params: [], impl: () => UNKNOWN },
  plantimestamp: { params: [], impl: () => UNKNOWN },
  uuid: { params: [], impl: () => UNKNOWN },
  formatdate: { params: ['format', 'time'], impl: ([f, t]: TfValue[]) => formatdate(str(f, 'format'), parseTimestamp(str(t, 'time'), 'time')) },
  timeadd: {
    params: ['timestamp', 'duration'],
    impl: ([t, d]: TfValue[]) => {
      const instant = parseTimestamp(str(t, 'timestamp'), 'timestamp')
      return rfc3339({ ...instant, utc: instant.utc + duration(str(d, 'duration')) })
    }
  },
  timecmp: {
    params: ['timestamp_a', 'timestamp_b'],
    impl: ([a, b]: TfValue[]) => Math.sign(parseTimestamp(str(a, 'timestamp_a'), 'timestamp_a').utc - parseTimestamp(str(b, 'timestamp_b'), 'timestamp_b').utc)
  }
}
