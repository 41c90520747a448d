import { defaultSettings, type Settings } from './config/settings.js'
import { buildModel, type PlanModel } from './model/model.js'
import { redactor, sensitiveStrings } from './model/secrets.js'
import type { ResourceInstance } from './model/plan-index.js'
import type { PathStep } from './model/value.js'
import { InputError } from './errors.js'
import type { LoadedPlan } from './plan/load.js'
import { assignFingerprints, findingKey } from './report/fingerprint.js'
import { summarize, type LoadBalancerInfo, type Report, type Result } from './report/types.js'
import { RULES } from './rules/index.js'
import type { Outcome, Rule, RuleMeta } from './rules/types.js'
import { failsAtLevel, type FailLevel, type Severity } from './severity.js'
import type { SourceIndex, SourceQuery } from './source/types.js'
import { matchesPattern } from './util/glob.js'
import { unquote } from './util/quoted.js'
import { VERSION } from './version.js'

export interface CheckOptions {
  settings?: Settings
  /** Where the .tf sources are: enables file:line locations and inline suppressions. */
  sourceDir?: string
  /** Sources are read only inside this folder (default: sourceDir); the action sets the repository root. */
  sourceRoot?: string
  /** For exemption expiry; defaults to today. */
  today?: string
}

/** Runs every enabled rule over the loaded plans and builds the report. */
export async function checkPlans(plans: LoadedPlan[], options: CheckOptions = {}, problems: string[] = []): Promise<Report> {
  const settings = options.settings ?? defaultSettings()
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const results: Result[] = []
  const loadBalancers: LoadBalancerInfo[] = []
  const warnings = [...(settings.warnings ?? []), ...plans.flatMap((p) => p.warnings)]
  for (const plan of plans) {
    const model = buildModel(plan)
    for (const lb of model.loadBalancers) {
      loadBalancers.push({ address: lb.address, type: lb.instance.type, kind: lb.kind, plan: plan.path, actions: lb.instance.actions })
    }
    const sources = options.sourceDir ? await sourceIndexFor(options.sourceDir, options.sourceRoot, model, warnings) : null
    const redact = redactor(sensitiveStrings(model.index))
    for (const rule of RULES) {
      const setting = settings.rules.get(rule.meta.id)
      if (setting && !setting.enabled) continue
      const severity = setting?.severity ?? rule.meta.defaultSeverity
      for (const { address, outcome } of runRule(rule, model, settings)) {
        results.push(toResult(rule.meta, severity, plan.path, address, redacted(outcome, redact), model, sources, settings, today, warnings))
      }
    }
  }
  const summary = summarize(results)
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'elb-ir-check', version: VERSION },
    plans: plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest })),
    loadBalancers,
    results,
    summary,
    problems,
    warnings: [...new Set(warnings)]
  }
  assignFingerprints(report)
  return report
}

function* runRule(rule: Rule, model: PlanModel, settings: Settings): Generator<{ address: string | null; outcome: Outcome }> {
  const context = { model, settings }
  if (rule.scope === 'plan') {
    yield { address: null, outcome: rule.check(context) }
    return
  }
  for (const lb of model.loadBalancers) yield { address: lb.address, outcome: rule.check(lb, context) }
}

/**
 * The outcome with every value the plan marks sensitive replaced, wherever a rule took it from. A line
 * fix that held one is dropped: a suggestion must never write the placeholder into the code.
 */
function redacted(outcome: Outcome, redact: (text: string) => string): Outcome {
  const lineFix = outcome.lineFix === undefined || redact(outcome.lineFix) !== outcome.lineFix ? undefined : outcome.lineFix
  return { ...outcome, message: redact(outcome.message), fix: outcome.fix === undefined ? undefined : redact(outcome.fix), lineFix }
}

async function sourceIndexFor(sourceDir: string, sourceRoot: string | undefined, model: PlanModel, warnings: string[]): Promise<SourceIndex | null> {
  try {
    // Loaded on demand: the HCL parser is not needed (nor loaded) without a source directory.
    const { buildSourceIndex } = await import('./source/index.js')
    const index = await buildSourceIndex(sourceDir, model.index.moduleTree, { boundary: sourceRoot })
    warnings.push(...index.warnings)
    return index
  } catch (error) {
    if (error instanceof InputError) throw error
    warnings.push(`${sourceDir}: the Terraform sources could not be read (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}); findings have no file and line`)
    return null
  }
}

function toResult(
  meta: RuleMeta,
  severity: Severity,
  plan: string,
  address: string | null,
  outcome: Outcome,
  model: PlanModel,
  sources: SourceIndex | null,
  settings: Settings,
  today: string,
  warnings: string[]
): Result {
  const subjectInstance: ResourceInstance | undefined = outcome.target ?? (address ? model.index.byAddress.get(address) : undefined)
  const attribute: PathStep[] = outcome.attribute ?? []
  const subject = subjectInstance ? { address: subjectInstance.address, attribute } : null
  const query = subjectInstance ? sourceQuery(subjectInstance, attribute) : null
  const found = query && sources ? sources.locate(query) : null
  const judged = outcome.verdict === 'fail' || outcome.verdict === 'unknown'
  const key = findingKey(meta.id, address, subject)
  const parts = [unquote(outcome.message)]
  if (outcome.verdict === 'fail') parts.push(meta.rationale)
  if (outcome.verdict === 'fail' && outcome.fix) parts.push(`Fix:\n${outcome.fix}`)
  const result: Result = {
    ruleId: meta.id,
    address,
    plan,
    verdict: outcome.verdict,
    severity: judged ? severity : null,
    message: parts.join(outcome.fix && outcome.verdict === 'fail' ? '\n' : ' ').replace(/ \n/g, '\n'),
    location: found ? { file: found.file, line: found.line } : null,
    title: meta.title,
    summary: outcome.message,
    fix: outcome.fix,
    lineFix: outcome.lineFix,
    subject,
    fingerprint: key,
    findingKey: key,
    exactLocation: found?.exact ?? false
  }
  if (outcome.verdict !== 'fail' && outcome.verdict !== 'unknown') return result
  const exemption = settings.exemptions.find((e) => e.rule === meta.id && matchesPattern(address ?? 'plan', e.address))
  if (exemption) {
    if (exemption.expires && exemption.expires < today) {
      warnings.push(`${settings.source ?? 'configuration'}: the exemption of ${meta.id} for ${exemption.address} expired on ${exemption.expires}; the finding is back`)
    } else {
      result.verdict = 'suppressed'
      result.suppression = { kind: 'config', reason: exemption.reason, origin: settings.source ?? 'configuration', expires: exemption.expires }
      return result
    }
  }
  if (query && sources) {
    const inline = sources.suppressionsFor(query).filter((s) => s.ruleId === meta.id || s.ruleId === '*')
    const withReason = inline.find((s) => s.reason.trim() !== '')
    if (withReason) {
      result.verdict = 'suppressed'
      result.suppression = { kind: 'inline', reason: withReason.reason, origin: withReason.origin }
    } else if (inline.length > 0) {
      warnings.push(`${inline[0].file}:${inline[0].line}: the ${inline[0].origin} suppression of ${meta.id} gives no reason, so it is not honoured; add one: \`# elb-ir:ignore ${meta.id} <reason>\``)
    }
  }
  return result
}

function sourceQuery(instance: ResourceInstance, attribute: PathStep[]): SourceQuery {
  return { modulePath: instance.parsed.modules.map((m) => m.name), mode: instance.mode, type: instance.type, name: instance.name, attributePath: attribute }
}

export function failsAt(report: Report, level: FailLevel): boolean {
  return report.results.some((r) => r.verdict === 'fail' && r.severity !== null && failsAtLevel(r.severity, level))
}
