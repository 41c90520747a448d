import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createHash } from 'node:crypto'
import { InputError, specialFileKind } from '../plan/errors.js'
import { RULES } from '../rules/index.js'
import { VERSION } from '../version.js'
import type { toJsonReport } from './json.js'
import { validateReport } from '../generated/validators.js'
import { summarize, type Report, type Result } from './types.js'

type JsonReport = ReturnType<typeof toJsonReport>

const REPORT_REMEDY = 'Pass the JSON reports written by `elb-ir-check check --format json --output <file>`'

/**
 * Reads the JSON reports of other runs; one that cannot be read becomes a problem line, never an
 * exception, so the others still count.
 */
export async function readJsonReports(files: string[], cwd: string): Promise<{ reports: JsonReport[]; problems: string[] }> {
  const reports: JsonReport[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      reports.push(await readJsonReport(resolve(cwd, file)))
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

/**
 * Combines the reports of several jobs into one. A plan reported twice keeps its last report, so a
 * re-run job replaces its earlier result instead of doubling it.
 */
export function mergeReports(reports: JsonReport[]): Report {
  const byPlan = new Map<string, { plan: JsonReport['plans'][number]; report: JsonReport }>()
  for (const report of reports) for (const plan of report.plans) byPlan.set(plan.path, { plan, report })
  const results: Result[] = []
  const loadBalancers: Report['loadBalancers'] = []
  for (const { plan, report } of byPlan.values()) {
    loadBalancers.push(...report.loadBalancers.filter((lb) => lb.plan === plan.path))
    results.push(...report.results.filter((r) => r.plan === plan.path).map(fromJson))
  }
  const summary = summarize(results)
  return {
    schemaVersion: 1,
    tool: { name: 'elb-ir-check', version: VERSION },
    plans: [...byPlan.values()].map((p) => p.plan),
    loadBalancers,
    results,
    summary,
    problems: [],
    warnings: []
  }
}

/** Rebuilds the details the other formats show from a JSON result (message = summary, rationale, fix). */
function fromJson(result: JsonReport['results'][number]): Result {
  const meta = RULES.find((r) => r.meta.id === result.ruleId)?.meta
  const [head, fix] = result.message.split('\nFix:\n')
  const summary = meta && head.endsWith(meta.rationale) ? head.slice(0, -meta.rationale.length).trimEnd() : head
  return {
    ...result,
    title: meta?.title ?? result.ruleId,
    summary,
    fix,
    subject: result.address ? { address: result.address, attribute: [] } : null,
    fingerprint: createHash('sha256').update(`${result.ruleId}\u0000${result.address ?? result.plan}\u0000`).digest('hex').slice(0, 20),
    exactLocation: false,
    fromJson: true
  }
}
