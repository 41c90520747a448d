// The report as the repository sees it. The runner's folders differ from run to run (and runner to runner);
// comments, SARIF and fingerprints must not, or a re-run would find everything new.

import path from 'node:path'
import type { Report } from '../report/types.js'
import { relativeBelow, toPosix } from '../util/inside.js'

/**
 * The same report as the repository sees it: file paths relative to the repository root, and plans
 * named without the runner's folders, so that comments read the same on every runner (and a re-run
 * finds nothing to edit).
 */
export function relocate(report: Report, workingRel: string, workspace: string): Report {
  const planName = repositoryPlanNames(report.plans.map((p) => p.path), workspace)
  const inRepository = (file: string) => (workingRel === '.' ? file : toPosix(path.posix.normalize(`${workingRel}/${file}`)))
  return {
    ...report,
    plans: report.plans.map((p) => ({ ...p, path: planName(p.path) })),
    loadBalancers: report.loadBalancers.map((lb) => ({ ...lb, plan: planName(lb.plan) })),
    results: report.results.map((r) => ({ ...r, plan: planName(r.plan), ...(r.location ? { location: { ...r.location, file: inRepository(r.location.file) } } : {}) }))
  }
}

/** Each plan file (as given) with its name as the repository sees it: what fingerprints are computed from. */
export function repositoryPaths(planFiles: readonly string[], workspace: string): Record<string, string> {
  const planName = repositoryPlanNames(planFiles.map((file) => path.resolve(workspace, file)), workspace)
  return Object.fromEntries(planFiles.map((file) => [file, planName(path.resolve(workspace, file))]))
}

/**
 * Plan paths as the repository sees them: relative to the workspace when inside it; otherwise the
 * file name, with as many parent folders as keep two plans apart (`prod/plan.json`, `staging/plan.json`).
 */
export function repositoryPlanNames(plans: readonly string[], workspace: string): (plan: string) => string {
  const names = new Map<string, string>()
  const outside: string[][] = []
  for (const plan of new Set(plans)) {
    const inside = path.isAbsolute(plan) ? relativeBelow(workspace, plan) : plan
    if (inside !== null) names.set(plan, inside)
    else outside.push(path.resolve(plan).split(path.sep).filter(Boolean))
  }
  const suffix = (segments: string[], n: number) => segments.slice(-n).join('/')
  for (const segments of outside) {
    let n = 1
    while (n < segments.length && outside.some((other) => other !== segments && suffix(other, n) === suffix(segments, n))) n++
    names.set(path.resolve(path.sep, ...segments), suffix(segments, n))
  }
  return (plan) => names.get(plan) ?? names.get(path.resolve(plan)) ?? plan
}

/**
 * A `plan` input as the repository knows it, the same on every runner: a relative path or glob as
 * written (it is relative to the repository root), an absolute path inside the workspace relative to
 * it, and anything else (`${{ runner.temp }}/plan.json`) by its file name alone.
 */
export function planIdentity(plan: string, workspace: string): string {
  if (!path.isAbsolute(plan)) return plan
  return relativeBelow(workspace, plan) ?? path.basename(plan)
}
