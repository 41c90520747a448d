import picomatch from 'picomatch'
import { compileGlob, wildcardMatches } from './glob.js'

// File globs of the configuration (`playbooks`) are walked by tinyglobby, whose matcher (picomatch) is a
// regular expression: a name segment such as `*a*a*a…x` backtracks for minutes against a long file
// name. So every segment that holds `*` or `?` is handed to the walker as a plain `*` (a linear regex),
// and the files it finds are filtered here with the non-backtracking matcher of glob.ts. Segments
// without `*` or `?` (literal names, `{a,b}`, `[ab]`) keep their picomatch meaning.

type SegmentTest = '**' | ((name: string) => boolean)

export interface SafeFileGlob {
  /** Patterns for the walker: safe to compile to regular expressions. */
  walk: string[]
  /** Whether a path the walker found (relative to its cwd, or absolute for an absolute pattern) matches the pattern. */
  accepts: (path: string) => boolean
}

const STARRED = /[*?]/

export function safeFileGlob(pattern: string): SafeFileGlob {
  const absolute = pattern.startsWith('/')
  const trimmed = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern
  const segments = trimmed.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0) && !(s === '.' && i === 0))
  const walked = segments.map((s) => (s === '**' || !STARRED.test(s) ? s : '*'))
  const tests: SegmentTest[] = segments.map((s) => {
    if (s === '**') return '**'
    if (STARRED.test(s)) {
      const glob = compileGlob(s)
      return (name: string) => wildcardMatches(name, glob)
    }
    return picomatch(s, { dot: true })
  })
  // tinyglobby also returns the files inside a directory the pattern names (expandDirectories).
  if (tests[tests.length - 1] !== '**') tests.push('**')
  const base = `${absolute ? '/' : ''}${walked.join('/')}`
  return {
    walk: walked[walked.length - 1] === '**' ? [base] : [base, `${base}/**`],
    accepts: (path) => matchSegments(path.split(/[\\/]/).filter((s) => s !== ''), tests)
  }
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
