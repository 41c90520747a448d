import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InputError, specialFileKind } from '../errors.js'
import { RULES } from '../rules/index.js'
import { VERSION } from '../version.js'
import type { toJsonReport } from './json.js'
import { validateReport } from '../generated/validators.js'
import { assignFingerprints, findingKey, planFingerprint } from './fingerprint.js'
import { summarize, type PlanInfo, type Report, type Result } from './types.js'

type JsonReport = ReturnType<typeof toJsonReport>

const REPORT_REMEDY = 'Pass the JSON reports written by `elb-ir-check check --format json --output <file>`'

/** A report to merge, and the file it was read from (none for the plans checked in this run). */
export interface ReportInput {
  report: Report
  file?: string
}

/**
 * Reads the JSON reports of other runs; one that cannot be read becomes a problem line, never an
 * exception, so the others still count.
 */
export async function readJsonReports(files: string[], cwd: string): Promise<{ reports: ReportInput[]; problems: string[] }> {
  const reports: ReportInput[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      reports.push({ report: fromJsonReport(await readJsonReport(resolve(cwd, file))), file })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(`${file}: ${error.problem}. ${error.remedy}`)
    }
  }
  return { reports, problems }
}

/** Reads a JSON report (schema version 1) written by `check --format json`, e.g. by one job of a matrix. */
export async function readJsonReport(path: string): Promise<JsonReport> {
  let text: string
  try {
    const special = specialFileKind(await stat(path))
    if (special) throw new InputError(path, `is ${special}, not a regular file`, REPORT_REMEDY)
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(path, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`, REPORT_REMEDY)
  }
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new InputError(path, 'is not JSON', REPORT_REMEDY)
  }
  if (!validateReport(value)) {
    const error = validateReport.errors?.[0]
    throw new InputError(path, `is not an elb-ir-check JSON report (schema version 1): ${error?.instancePath || '/'} ${error?.message ?? ''}`.trim(), REPORT_REMEDY)
  }
  return value as JsonReport
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
export function mergeReports(inputs: ReportInput[], problems: string[] = []): Report {
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
  const loadBalancers: Report['loadBalancers'] = []
  for (const entry of entries) {
    const name = names.get(entry) as string
    const { report } = entry.input
    loadBalancers.push(...report.loadBalancers.filter((lb) => lb.plan === entry.plan.path).map((lb) => ({ ...lb, plan: name })))
    results.push(...report.results.filter((r) => r.plan === entry.plan.path).map((r) => ({ ...r, plan: name })))
  }
  const merged: Report = {
    schemaVersion: 1,
    tool: { name: 'elb-ir-check', version: VERSION },
    plans: entries.map((entry) => ({ ...entry.plan, path: names.get(entry) as string })),
    loadBalancers,
    results,
    summary: summarize(results),
    problems,
    warnings: [...new Set(inputs.flatMap((i) => i.report.warnings))]
  }
  assignFingerprints(merged)
  return merged
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

/** A JSON report read back into the form the other formats render. */
function fromJsonReport(json: JsonReport): Report {
  // A report of one plan carries the findings' keys as fingerprints; one of several, fingerprints already tied to their plan.
  const single = new Set(json.plans.map((p) => p.repositoryPath ?? p.path)).size <= 1
  const identityOf = new Map(json.plans.map((p) => [p.path, p.repositoryPath ?? p.path]))
  return {
    schemaVersion: 1,
    tool: json.tool,
    plans: json.plans,
    loadBalancers: json.loadBalancers,
    results: json.results.map((result) => fromJson(result, single, identityOf.get(result.plan) ?? result.plan)),
    summary: json.summary,
    problems: [],
    warnings: []
  }
}

/** Rebuilds the details the other formats show from a JSON result (message = summary, rationale, fix). */
function fromJson(result: JsonReport['results'][number], single: boolean, repositoryPath: string): Result {
  const meta = RULES.find((r) => r.meta.id === result.ruleId)?.meta
  const [head, fix] = result.message.split('\nFix:\n')
  const summary = meta && head.endsWith(meta.rationale) ? head.slice(0, -meta.rationale.length).trimEnd() : head
  // Reports of earlier versions carry no fingerprint: the key is rebuilt from what they hold.
  const key = single ? (result.fingerprint ?? findingKey(result.ruleId, result.address, null)) : undefined
  const { fingerprint: _carried, ...fields } = result
  return {
    ...fields,
    title: meta?.title ?? result.ruleId,
    summary,
    fix,
    subject: result.address ? { address: result.address, attribute: [] } : null,
    fingerprint: key ?? result.fingerprint ?? planFingerprint(findingKey(result.ruleId, result.address, null), repositoryPath),
    findingKey: key,
    exactLocation: false,
    fromJson: true
  }
}
