import { escapePath } from 'tinyglobby'
import { compileGlob, wildcardMatches, type Wildcard } from './glob.js'

// File globs of the configuration (`playbooks`) are walked by tinyglobby, whose matcher (picomatch) builds
// regular expressions: a name such as `*a*a*a…x`, or forty `{a,aa}` groups, backtracks for minutes against
// a long file name. So the walker only ever sees literal names (escaped), `*` and `**`, and the files it
// finds are filtered here without regular expressions.
//
// The syntax: `**` any number of folders, `*` any run of characters within a name, `?` one character,
// `{a,b}` alternatives (expanded first, at most MAX_ALTERNATIVES patterns); everything else is literal.

export const MAX_ALTERNATIVES = 256

type SegmentTest = '**' | ((name: string) => boolean)

export interface SafeFileGlob {
  /** Patterns for the walker: literal names, `*` and `**` only. */
  walk: string[]
  /** Whether a path the walker found (relative to its cwd, or absolute for an absolute pattern) matches. */
  accepts: (path: string) => boolean
}

const WILDCARD = /[*?]/

/** The glob made safe to walk, or null when its braces expand to more than MAX_ALTERNATIVES patterns. */
export function safeFileGlob(pattern: string): SafeFileGlob | null {
  const alternatives = expandBraces(pattern, MAX_ALTERNATIVES)
  if (!alternatives) return null
  const walk = new Set<string>()
  const matchers: SegmentTest[][] = []
  for (const alternative of alternatives) {
    const absolute = alternative.startsWith('/')
    const segments = alternative.split('/').filter((s) => s !== '' && s !== '.')
    // A name written with a leading dot may match dot files, which a bare `*` skips.
    const walked = segments.map((s) => (s === '**' ? s : WILDCARD.test(s) ? (s.startsWith('.') ? '.*' : '*') : escapePath(s)))
    const tests: SegmentTest[] = segments.map((s) => {
      if (s === '**') return '**'
      if (!WILDCARD.test(s)) return (name: string) => name === s
      const glob: Wildcard = compileGlob(s)
      return (name: string) => wildcardMatches(name, glob)
    })
    // Like tinyglobby's expandDirectories: a pattern that names a folder takes the files inside it.
    if (tests[tests.length - 1] !== '**') tests.push('**')
    matchers.push(tests)
    const base = `${absolute ? '/' : ''}${walked.join('/')}`
    walk.add(base)
    if (walked[walked.length - 1] !== '**') walk.add(`${base}/**`)
  }
  return {
    walk: [...walk],
    accepts: (path) => {
      const segments = path.split(/[\\/]/).filter((s) => s !== '')
      return matchers.some((tests) => matchSegments(segments, tests))
    }
  }
}

/**
 * `{a,b}` alternatives, nested or not, expanded into whole patterns; null past `limit` patterns. A brace
 * without a comma at its own level is literal. Braces are paired once per pattern (a stack, one pass).
 */
export function expandBraces(pattern: string, limit: number): string[] | null {
  const done: string[] = []
  const pending = [pattern]
  while (pending.length > 0) {
    const current = pending.pop()!
    const group = firstGroup(current)
    if (!group) {
      done.push(current)
      if (done.length > limit) return null
      continue
    }
    const before = current.slice(0, group.open)
    const after = current.slice(group.close + 1)
    const cuts = [group.open, ...group.commas, group.close]
    // Reversed, so that popping keeps the written order.
    for (let i = cuts.length - 2; i >= 0; i--) pending.push(before + current.slice(cuts[i] + 1, cuts[i + 1]) + after)
    if (done.length + pending.length > limit) return null
  }
  return done
}

function firstGroup(pattern: string): { open: number; close: number; commas: number[] } | null {
  const open: { at: number; commas: number[] }[] = []
  let first: { open: number; close: number; commas: number[] } | null = null
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '{') open.push({ at: i, commas: [] })
    else if (char === ',' && open.length > 0) open[open.length - 1].commas.push(i)
    else if (char === '}' && open.length > 0) {
      const group = open.pop()!
      if (group.commas.length > 0 && (!first || group.at < first.open)) first = { open: group.at, close: i, commas: group.commas }
    }
  }
  return first
}

/** `**` takes any number of whole segments; each run between them is placed leftmost (no backtracking). */
function matchSegments(path: string[], tests: SegmentTest[]): boolean {
  const groups: ((name: string) => boolean)[][] = [[]]
  for (const test of tests) {
    if (test === '**') groups.push([])
    else groups[groups.length - 1].push(test)
  }
  const runAt = (group: ((name: string) => boolean)[], at: number) => at >= 0 && at + group.length <= path.length && group.every((test, k) => test(path[at + k]))
  const first = groups[0]
  if (groups.length === 1) return path.length === first.length && runAt(first, 0)
  const last = groups[groups.length - 1]
  if (first.length + last.length > path.length || !runAt(first, 0) || !runAt(last, path.length - last.length)) return false
  let position = first.length
  const end = path.length - last.length
  for (let i = 1; i < groups.length - 1; i++) {
    let at = position
    while (at + groups[i].length <= end && !runAt(groups[i], at)) at++
    if (at + groups[i].length > end) return false
    position = at + groups[i].length
  }
  return true
}
