// Helpers of the fuzz tests: both ways of reading a plan, verdict lists to compare them, edits of a JSON
// tree that leave the original untouched, and the checks that tell a refusal from a crash.
import { expect } from 'vitest'
import { checkPlans } from '../../src/check.js'
import { RELEVANT_TYPES } from '../../src/model/relevant-types.js'
import { InputError } from '../../src/errors.js'
import { loadPlanFile } from '../../src/plan/load.js'
import type { Report } from '../../src/report/types.js'
import { STACK_LINE, type CliRun } from '../helpers/cli.js'
import { messageOf } from '../helpers/report.js'

export type Way = 'whole' | 'streamed'

/** What became of one input read one way: judged (a report), or refused (an InputError). */
export type Outcome = { kind: 'judged'; report: Report } | { kind: 'refused'; error: InputError }

/** Thrown for anything that is neither a report nor an InputError: the input crashed the checker. */
export class Crash extends Error {
  constructor(
    readonly way: Way,
    readonly error: unknown
  ) {
    super(`${way}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    this.name = 'Crash'
  }
}

/** Loads a file one way (whole with JSON.parse, or by the streaming reader) and checks it without sources. */
export async function judge(file: string, way: Way): Promise<Outcome> {
  try {
    const plan = await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: way === 'whole' ? Number.MAX_SAFE_INTEGER : 0 })
    return { kind: 'judged', report: await checkPlans([plan]) }
  } catch (error) {
    if (error instanceof InputError) {
      expectOneLineRefusal(error, file)
      return { kind: 'refused', error }
    }
    throw new Crash(way, error)
  }
}

export async function judgeBothWays(file: string): Promise<{ whole: Outcome; streamed: Outcome }> {
  return { whole: await judge(file, 'whole'), streamed: await judge(file, 'streamed') }
}

/** An InputError names the file, says what is wrong on one line, and is no disguised crash. */
export function expectOneLineRefusal(error: InputError, file: string): void {
  expect(error.file).toBe(file)
  expect(error.message.startsWith(`${file}: `)).toBe(true)
  expect(error.message).not.toMatch(/[\r\n]/)
  expect(error.problem).not.toMatch(/unknown error|internal error|could not be checked/)
}

/** `rule address verdict` of every result, sorted: what two ways of reading must agree on. */
export function verdicts(report: Report): string[] {
  return report.results.map((r) => `${r.ruleId} ${r.address ?? '(plan)'} ${r.verdict}`).sort()
}

/** Verdicts with their messages, for the comparisons where the same plan must give the same words. */
export function findings(report: Report): string[] {
  return report.results.map((r) => `${r.ruleId} ${r.address ?? '(plan)'} ${r.verdict}: ${messageOf(report, r)}`).sort()
}

/**
 * What a CLI run must look like: exit 0, 1 or 2; no stack trace anywhere; on exit 2 exactly one
 * `elb-ir-check: ` line per refused file, naming it, and none that hides a crash.
 */
export function expectSaneCliRun(run: CliRun, refusedFiles: string[]): void {
  expect([0, 1, 2]).toContain(run.code)
  expect(run.stdout).not.toMatch(STACK_LINE)
  expect(run.stderr).not.toMatch(STACK_LINE)
  const problemLines = run.stderrLines.filter((line) => !/^elb-ir-check: wrote the /.test(line))
  for (const line of problemLines) {
    expect(line.startsWith('elb-ir-check: ')).toBe(true)
    expect(line).not.toMatch(/internal error|could not be checked|unknown error/)
  }
  if (refusedFiles.length === 0) {
    expect(run.code).not.toBe(2)
    expect(problemLines).toEqual([])
    return
  }
  expect(run.code).toBe(2)
  expect(problemLines).toHaveLength(refusedFiles.length)
  refusedFiles.forEach((file, i) => expect(problemLines[i].startsWith(`elb-ir-check: ${file}: `)).toBe(true))
}

// ---- JSON trees ----

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type Path = (string | number)[]

/** Sets a member, as JSON.parse would: a key `__proto__` stays an ordinary key. */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** JSON.parse's view of an object built from entries (own `__proto__` keys included). */
export function fromEntries(entries: [string, unknown][]): Record<string, Json> {
  const out: Record<string, Json> = {}
  for (const [key, value] of entries) defineKey(out, key, value)
  return out
}

/** A node's path, and whether it or one of its ancestors is an object `within` accepts. */
export interface PathEntry {
  path: Path
  within: boolean
}

/** Every path in the tree, the root (`[]`) first, in document order. */
export function allPaths(root: Json, within: (node: Json, path: Path) => boolean = () => false): PathEntry[] {
  const out: PathEntry[] = []
  const stack: { node: Json; path: Path; inside: boolean }[] = [{ node: root, path: [], inside: false }]
  while (stack.length > 0) {
    const { node, path, inside: above } = stack.pop()!
    const inside = above || within(node, path)
    out.push({ path, within: inside })
    if (node === null || typeof node !== 'object') continue
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ node: (node as Record<string | number, Json>)[keys[i]], path: [...path, keys[i]], inside })
  }
  return out
}

export function getAt(root: Json, path: Path): Json {
  let node: Json = root
  for (const step of path) node = (node as Record<string | number, Json>)[step]
  return node
}

/** A copy of `root` with the node at `path` replaced by `value` (or removed when `value` is undefined); only the ancestors are copied. */
export function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? null : value
  const [step, ...rest] = path
  if (Array.isArray(root)) {
    const copy = [...root]
    if (rest.length > 0) copy[step as number] = setAt(root[step as number], rest, value)
    else if (value === undefined) copy.splice(step as number, 1)
    else copy[step as number] = value
    return copy
  }
  const object = root as Record<string, Json>
  const copy: Record<string, Json> = {}
  for (const key of Object.keys(object)) {
    if (key !== step) defineKey(copy, key, object[key])
    else if (rest.length > 0) defineKey(copy, key, setAt(object[key], rest, value))
    else if (value !== undefined) defineKey(copy, key, value)
  }
  return copy
}

/** A copy with the member at `path` renamed to `key`, in its place. */
export function renameAt(root: Json, path: Path, key: string): Json {
  const parentPath = path.slice(0, -1)
  const parent = getAt(root, parentPath) as Record<string, Json>
  const old = path[path.length - 1] as string
  const renamed = fromEntries(Object.keys(parent).filter((k) => k !== key || k === old).map((k) => [k === old ? key : k, parent[k]]))
  return setAt(root, parentPath, renamed)
}

/** A copy with the array element at `path` repeated right after itself. */
export function duplicateAt(root: Json, path: Path): Json {
  const parentPath = path.slice(0, -1)
  const parent = getAt(root, parentPath) as Json[]
  const index = path[path.length - 1] as number
  return setAt(root, parentPath, [...parent.slice(0, index + 1), parent[index], ...parent.slice(index + 1)])
}

export function isPrefix(a: Path, b: Path): boolean {
  return a.length <= b.length && a.every((step, i) => step === b[i])
}

// ---- Object.prototype ----

/** Every own property of the prototypes plan keys could reach, with its descriptor. */
export function prototypeSnapshot(): string {
  const describe = (o: object) =>
    Object.getOwnPropertyNames(o)
      .sort()
      .map((name) => {
        const d = Object.getOwnPropertyDescriptor(o, name)!
        return `${name}:${typeof d.value}:${String(d.writable)}:${String(d.enumerable)}:${String(d.configurable)}:${typeof d.get}:${typeof d.set}`
      })
      .join(',')
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describe).join('\n')
}

export function expectNoPollution(before: string): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull()
  expect(prototypeSnapshot()).toBe(before)
}
