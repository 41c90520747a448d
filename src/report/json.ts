// The JSON report, schema version 1: its writer, the one place that composes a result's `message`, and
// its reader, which gives back the report it was written from (write, read, write gives the same bytes).
// Beside the published fields, the report carries a finding's parts (summary, fix, line fix, subject,
// suppression) and the rules' metadata, all optional additions to schema version 1, so that a report
// read back (`merge`, the action's matrix gate) renders exactly as the report of a direct check.

import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { validateReport } from '../generated/validators.js'
import { InputError, specialFileKind } from '../errors.js'
import { quote, renderQuoted, unquote } from '../util/quoted.js'
import { buildReport } from './build.js'
import type { ReportInput } from './merge.js'
import { ruleOf, type AppliedSuppression, type LoadBalancerInfo, type Location, type PlanInfo, type Report, type ResolvedResult, type Result, type ResultDraft, type RuleInfo, type Subject } from './types.js'

/** A summary with its plan values apart, as SARIF writes messages: `{0}` stands for `arguments[0]`, `{{` and `}}` for braces. */
export interface JsonSummary {
  text: string
  arguments: string[]
}

export interface JsonResult {
  ruleId: string
  address: string | null
  plan: string
  verdict: Result['verdict']
  severity: Result['severity']
  message: string
  location: Location | null
  fingerprint?: string
  summary?: JsonSummary
  fix?: string
  lineFix?: string
  subject?: Subject | null
  exactLocation?: boolean
  suppression?: AppliedSuppression
  change?: Result['change']
}

export interface JsonReport {
  schemaVersion: 1
  tool: Report['tool']
  plans: PlanInfo[]
  loadBalancers: LoadBalancerInfo[]
  results: JsonResult[]
  resolved?: ResolvedResult[]
  summary: Report['summary']
  rules?: RuleInfo[]
  problems?: string[]
  warnings?: string[]
}

/**
 * Schema version 1's `message`: what is wrong, then for a failure why it matters and the fix. Plan
 * values are between backticks, as plain text has them.
 */
export function resultMessage(result: ResultDraft, rule: RuleInfo | undefined): string {
  const failed = (result.suppression?.unsuppressedVerdict ?? result.verdict) === 'fail'
  const parts = [unquote(result.summary)]
  if (failed && rule) parts.push(rule.rationale)
  if (failed && result.fix) parts.push(`Fix:\n${result.fix}`)
  return parts.join(failed && result.fix ? '\n' : ' ').replace(/ \n/g, '\n')
}

export function toJsonReport(report: Report): JsonReport {
  return {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    plans: report.plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest, kind: p.kind })),
    loadBalancers: report.loadBalancers.map((lb) => ({ address: lb.address, type: lb.type, kind: lb.kind, plan: lb.plan, actions: lb.actions })),
    results: report.results.map((r) => jsonResult(r, ruleOf(report, r.ruleId))),
    resolved: report.resolved?.map((r) => ({ ruleId: r.ruleId, address: r.address, plan: r.plan, severity: r.severity })),
    summary: report.summary,
    rules: report.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      title: rule.title,
      practice: rule.practice,
      helpUri: rule.helpUri,
      defaultSeverity: rule.defaultSeverity,
      rationale: rule.rationale,
      remediation: rule.remediation
    })),
    problems: report.problems,
    warnings: report.warnings
  }
}

function jsonResult(r: Result, rule: RuleInfo | undefined): JsonResult {
  const { suppression } = r
  return {
    ruleId: r.ruleId,
    address: r.address,
    plan: r.plan,
    verdict: r.verdict,
    severity: r.severity,
    message: resultMessage(r, rule),
    location: r.location ? { file: r.location.file, line: r.location.line } : null,
    fingerprint: r.fingerprint,
    summary: jsonSummary(r.summary),
    fix: r.fix,
    lineFix: r.lineFix,
    subject: r.subject ? { address: r.subject.address, attribute: r.subject.attribute } : null,
    exactLocation: r.location ? r.exactLocation : undefined,
    suppression: suppression && {
      kind: suppression.kind,
      reason: suppression.reason,
      origin: suppression.origin,
      expires: suppression.expires,
      unsuppressedVerdict: suppression.unsuppressedVerdict
    },
    change: r.change
  }
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n'
}

function jsonSummary(summary: string): JsonSummary {
  const values: string[] = []
  const text = renderQuoted(
    summary,
    (value) => `{${values.push(value) - 1}}`,
    (text) => text.replace(/[{}]/g, (brace) => brace + brace)
  )
  return { text, arguments: values }
}

function summaryFromJson(summary: JsonSummary): string {
  // The quoting characters are ours: in the file's text they are nothing.
  return summary.text.replace(/[\uE000\uE001]/g, '').replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index?: string) => (index === undefined ? match[0] : quote(summary.arguments[Number(index)] ?? '')))
}

const REPORT_REMEDY = 'Pass the JSON reports written by `elb-ir-check check --format json --output <file>`'

export interface ReadOptions {
  /**
   * The rules this version knows. Given, their metadata is rendered instead of the metadata a report
   * carries: a report read from a file is input, like a plan (in a fork-safe workflow an artifact of the
   * PR), so its text must not be rendered as ours (rule help is Markdown). Without it, the report's own.
   */
  rules?: readonly RuleInfo[]
}

/**
 * Reads the JSON reports of other runs; one that cannot be read becomes a problem line, never an
 * exception, so the others still count.
 */
export async function readJsonReports(files: string[], cwd: string, options: ReadOptions = {}): Promise<{ reports: ReportInput[]; problems: string[] }> {
  const reports: ReportInput[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      reports.push({ report: fromJsonReport(await readJsonReport(resolve(cwd, file)), options), file })
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

/** The report a JSON report was written from. */
export function fromJsonReport(json: JsonReport, options: ReadOptions = {}): Report {
  const rules = options.rules ?? json.rules ?? []
  return buildReport({
    version: json.tool.version,
    rules,
    plans: json.plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest, kind: p.kind })),
    loadBalancers: json.loadBalancers,
    results: json.results.map((result) => resultFromJson(result, rules.find((rule) => rule.id === result.ruleId))),
    resolved: json.resolved,
    problems: json.problems,
    warnings: json.warnings
  })
}

function resultFromJson(result: JsonResult, rule: RuleInfo | undefined): ResultDraft {
  const parts = result.summary ? { summary: summaryFromJson(result.summary), fix: result.fix } : partsOfMessage(result.message, rule)
  return {
    ruleId: result.ruleId,
    address: result.address,
    plan: result.plan,
    verdict: result.verdict,
    severity: result.severity,
    location: result.location,
    exactLocation: result.exactLocation ?? false,
    ...parts,
    lineFix: result.lineFix,
    // A report without subjects (written by hand) identifies a finding by its rule and load balancer.
    subject: result.subject ?? null,
    suppression: result.suppression,
    ...(result.change ? { change: result.change } : {})
  }
}

/** A message without its parts beside it, taken apart: summary (plain text), rationale, `Fix:` and the fix. */
function partsOfMessage(message: string, rule: RuleInfo | undefined): { summary: string; fix?: string } {
  const [head, fix] = message.split('\nFix:\n')
  const summary = rule && rule.rationale !== '' && head.endsWith(rule.rationale) ? head.slice(0, -rule.rationale.length).trimEnd() : head
  return { summary, fix }
}
