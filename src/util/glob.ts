// Wildcard matching without regular expressions. Patterns come from plans and configuration files,
// so a hostile one ("*" forty times, then "x") must not make a backtracking regex run for hours.
// A pattern is split at its stars into fixed segments; the first segment anchors the start, the last
// the end, and each one between is found at its leftmost place after the previous one. Taking the
// leftmost place is never wrong (it leaves the most text for the rest), so there is no backtracking:
// the work is one scan of the value per segment, at most O(value length × pattern length).

/** One run of the pattern between stars: literal text, where `one` marks positions that match any one character. */
interface Segment {
  text: string
  one: boolean[] | null
}

/** A compiled pattern: the segments between stars, and whether there was any star at all. */
export interface Wildcard {
  segments: Segment[]
  hasStar: boolean
}

function segment(chars: (string | null)[]): Segment {
  // null stands for `?` (any one character); it takes a placeholder in the text.
  const one = chars.some((c) => c === null) ? chars.map((c) => c === null) : null
  return { text: chars.map((c) => c ?? '?').join(''), one }
}

function compile(parts: (string | null)[][], hasStar: boolean): Wildcard {
  return { segments: parts.map(segment), hasStar }
}

/**
 * The configuration's glob syntax (`logArchive.buckets`, `exemptions[].address`): `*` stands for any run
 * of characters (`/` and `.` included) and `?` for one; everything else is literal.
 */
export function compileGlob(pattern: string): Wildcard {
  const parts: (string | null)[][] = [[]]
  let hasStar = false
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '*') {
      hasStar = true
      // Consecutive stars mean the same as one.
      if (parts[parts.length - 1].length > 0 || parts.length === 1) parts.push([])
    } else parts[parts.length - 1].push(char === '?' ? null : char)
  }
  return compile(parts, hasStar)
}

/**
 * An EventBridge `wildcard` operand: `*` matches zero or more characters, `\*` is a literal star and
 * `\\` a literal backslash; there is no `?`. EventBridge refuses consecutive stars and any other
 * escape ("Consecutive wildcard characters", "Invalid escape character"), so such a pattern is null:
 * no rule with it can exist.
 */
export function compileEventBridgeWildcard(pattern: string): Wildcard | null {
  const parts: string[][] = [[]]
  let hasStar = false
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\') {
      const next = pattern[i + 1]
      if (next !== '*' && next !== '\\') return null
      parts[parts.length - 1].push(next)
      i++
    } else if (char === '*') {
      if (pattern[i + 1] === '*') return null
      hasStar = true
      parts.push([])
    } else parts[parts.length - 1].push(char)
  }
  return compile(parts, hasStar)
}

function matchesAt(value: string, at: number, part: Segment): boolean {
  if (at < 0 || at + part.text.length > value.length) return false
  if (!part.one) return value.startsWith(part.text, at)
  for (let k = 0; k < part.text.length; k++) {
    if (!part.one[k] && value.charCodeAt(at + k) !== part.text.charCodeAt(k)) return false
  }
  return true
}

/** The leftmost place at or after `from` where `part` matches and ends by `end`, or -1. */
function find(value: string, from: number, end: number, part: Segment): number {
  if (!part.one) {
    const at = value.indexOf(part.text, from)
    return at >= 0 && at + part.text.length <= end ? at : -1
  }
  for (let at = from; at + part.text.length <= end; at++) if (matchesAt(value, at, part)) return at
  return -1
}

export function wildcardMatches(value: string, pattern: Wildcard): boolean {
  const { segments, hasStar } = pattern
  const first = segments[0]
  if (!hasStar) return value.length === first.text.length && matchesAt(value, 0, first)
  const last = segments[segments.length - 1]
  // The start and end are fixed; they must not overlap.
  if (first.text.length + last.text.length > value.length) return false
  if (!matchesAt(value, 0, first) || !matchesAt(value, value.length - last.text.length, last)) return false
  let position = first.text.length
  const end = value.length - last.text.length
  for (let i = 1; i < segments.length - 1; i++) {
    const at = find(value, position, end, segments[i])
    if (at < 0) return false
    position = at + segments[i].text.length
  }
  return true
}

/**
 * Matches names such as Terraform addresses and bucket names against a pattern where `*` stands for any
 * run of characters and `?` for one; everything else is literal (addresses are full of `.`, `[`, `"`).
 */
export function matchesPattern(value: string, pattern: string): boolean {
  return wildcardMatches(value, compileGlob(pattern))
}
