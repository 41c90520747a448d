// The gate (interface.md, "Change and gate"): which findings fail the run. One decision for the command
// line, the action and the audit issue, so that the exit code, the step and the texts never disagree.

import { failsAtLevel, type FailLevel } from '../severity.js'
import { sourcesOnly, type Report, type Result } from './types.js'

/** `new`: only what the change introduces or regresses fails; `all`: every finding at the fail level. */
export const FAIL_ON = ['new', 'all'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface GateDecision {
  failLevel: FailLevel
  failOn: FailOn
  /** Fail results at or above the fail level that fail the run. */
  blocking: Result[]
  /** Fail results at or above the fail level that the change found and kept: existing debt, not blocking under `new`. */
  existing: Result[]
  fails: boolean
  /**
   * Only sources were judged: they have no world before them, so every finding is new (as in a plan with
   * nothing applied) and `new` and `all` fail alike.
   */
  sourcesOnly: boolean
}

/**
 * A result without `change` comes from a report of an earlier version, which could not tell: it counts
 * as the change's own, as every finding did then.
 */
export function broughtByChange(result: Pick<Result, 'change'>): boolean {
  return result.change !== 'existing'
}

/** The fail results at or above `failLevel`, split into those that fail the run under `failOn` and existing debt. */
export function gate(report: Pick<Report, 'results'> & Partial<Pick<Report, 'plans'>>, failLevel: FailLevel, failOn: FailOn): GateDecision {
  const atLevel = report.results.filter((r) => r.verdict === 'fail' && r.severity !== null && failsAtLevel(r.severity, failLevel))
  const blocking = failOn === 'all' ? atLevel : atLevel.filter(broughtByChange)
  const existing = failOn === 'all' ? [] : atLevel.filter((r) => !broughtByChange(r))
  return { failLevel, failOn, blocking, existing, fails: blocking.length > 0, sourcesOnly: report.plans !== undefined && sourcesOnly({ plans: report.plans }) }
}

/**
 * What blocks and what is existing debt, in one line: "2 new or regressed findings at or above fail-level
 * error block this change; 5 existing findings do not (use --fail-on all to fail on them)".
 * `switchHint` names the way to fail on all of them where the line is read (a flag or an input).
 */
export function gateLine(decision: GateDecision, switchHint = '--fail-on all'): string {
  const { blocking, existing, failLevel, failOn } = decision
  if (failLevel === 'never') return 'fail-level never: no finding fails the run'
  const level = `at or above fail-level ${failLevel}`
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  if (decision.sourcesOnly) {
    return blocking.length > 0
      ? `sources: ${count(blocking.length, 'finding')} ${level} ${blocking.length === 1 ? 'fails' : 'fail'} the run (without a plan there is no world before the sources, so every finding is new)`
      : `sources: no finding ${level}`
  }
  if (failOn === 'all') {
    return blocking.length > 0 ? `fail-on all: ${count(blocking.length, 'finding')} ${level} ${blocking.length === 1 ? 'fails' : 'fail'} the run` : `fail-on all: no finding ${level}`
  }
  const head =
    blocking.length > 0
      ? `${count(blocking.length, 'new or regressed finding')} ${level} ${blocking.length === 1 ? 'blocks' : 'block'} this change`
      : `no new or regressed finding ${level}`
  if (existing.length === 0) return head
  return `${head}; ${count(existing.length, 'existing finding')} ${existing.length === 1 ? 'does' : 'do'} not (use ${switchHint} to fail on ${existing.length === 1 ? 'it' : 'them'})`
}
