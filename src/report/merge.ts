import { InputError } from '../errors.js'
import { buildReport } from './build.js'
import type { PlanInfo, Report, ResolvedResult, Result } from './types.js'

/** A report to merge, and the file it was read from (none for the plans checked in this run). */
export interface ReportInput {
  report: Report
  file?: string
}

interface PlanEntry {
  plan: PlanInfo
  input: ReportInput
  /** What identifies the plan: its repository path (the path as given, in reports of earlier versions). */
  identity: string
}

/**
 * Combines the reports of several jobs (or of several plans of one run) into one. Plans are told apart by
 * their repository path and digest, not by the path each job gave:
 * - the same plan (same repository path, same digest) reported twice counts once, from the last report
 *   (a re-run job replaces its earlier result instead of doubling it);
 * - plans at different repository paths are all kept, whatever they were called; plans that were given the
 *   same path (every job's `plan.json`) are then named by their repository path;
 * - two different plans at the same repository path cannot be told apart: an input error naming both reports.
 * A plan from a report of an earlier version has neither: its path as given is its identity, and without a
 * digest it is taken for the same plan as any other at that path.
 */
export function mergeReports(inputs: ReportInput[], problems: readonly string[] = []): Report {
  const byIdentity = new Map<string, PlanEntry>()
  for (const input of inputs) {
    for (const plan of input.report.plans) {
      const identity = plan.repositoryPath ?? plan.path
      const earlier = byIdentity.get(identity)
      if (earlier && earlier.plan.digest && plan.digest && earlier.plan.digest !== plan.digest) throw clash(identity, earlier, { plan, input, identity })
      byIdentity.set(identity, { plan, input, identity })
    }
  }
  const entries = [...byIdentity.values()]
  const names = distinctNames(entries)
  const results: Result[] = []
  const resolved: ResolvedResult[] = []
  const loadBalancers: Report['loadBalancers'] = []
  for (const entry of entries) {
    const name = names.get(entry) as string
    const { report } = entry.input
    loadBalancers.push(...report.loadBalancers.filter((lb) => lb.plan === entry.plan.path).map((lb) => ({ ...lb, plan: name })))
    results.push(...report.results.filter((r) => r.plan === entry.plan.path).map((r) => ({ ...r, plan: name })))
    resolved.push(...(report.resolved ?? []).filter((r) => r.plan === entry.plan.path).map((r) => ({ ...r, plan: name })))
  }
  return buildReport({
    rules: inputs.flatMap((i) => i.report.rules),
    plans: entries.map((entry) => ({ ...entry.plan, path: names.get(entry) as string })),
    loadBalancers,
    results,
    resolved,
    problems: [...problems, ...inputs.flatMap((i) => i.report.problems)],
    warnings: inputs.flatMap((i) => i.report.warnings)
  })
}

/** Each plan's name in the merged report: the path as given, or its repository path where names collide. */
function distinctNames(entries: PlanEntry[]): Map<PlanEntry, string> {
  const names = new Map(entries.map((entry) => [entry, entry.plan.path]))
  for (;;) {
    const holders = new Map<string, PlanEntry[]>()
    for (const [entry, name] of names) {
      const group = holders.get(name)
      if (group) group.push(entry)
      else holders.set(name, [entry])
    }
    // Repository paths are distinct (they are the identities), so each round renames at least one plan.
    const renamed = [...holders.values()].filter((group) => group.length > 1).flat().filter((entry) => names.get(entry) !== entry.identity)
    if (renamed.length === 0) return names
    for (const entry of renamed) names.set(entry, entry.identity)
  }
}

function clash(identity: string, earlier: PlanEntry, later: PlanEntry): InputError {
  const from = (entry: PlanEntry) => entry.input.file ?? 'the plans checked in this run'
  const short = (entry: PlanEntry) => (entry.plan.digest ?? '').slice(0, 'sha256:'.length + 12)
  return new InputError(
    from(later),
    `reports a different plan (${short(later)}) than ${from(earlier)} (${short(earlier)}) at the same path in the repository, \`${identity}\`, so the two cannot be told apart`,
    'Write each job\'s plan to its own path in the repository (e.g. `stacks/<stack>/plan.json` or `plan-<env>.json`), then check and merge again'
  )
}
