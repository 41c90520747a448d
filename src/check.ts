import { judgeChange, type Change } from './change/two-worlds.js'
import { defaultSettings, type Settings } from './config/settings.js'
import { buildModel, type PlanModel } from './model/model.js'
import { redactor, sensitiveStrings } from './model/secrets.js'
import { InputError } from './errors.js'
import type { LoadedPlan } from './plan/load.js'
import { buildReport } from './report/build.js'
import type { LoadBalancerInfo, Report, ResolvedResult, ResultDraft, RuleInfo } from './report/types.js'
import { RULES } from './rules/index.js'
import type { Outcome, RuleMeta } from './rules/types.js'
import type { Severity } from './severity.js'
import type { SourceIndex, SuppressionComment } from './source/types.js'
import { applySuppressions } from './suppressions.js'

export interface CheckOptions {
  settings?: Settings
  /** Where the .tf sources are: enables file:line locations and inline suppressions. */
  sourceDir?: string
  /** Sources are read only inside this folder (default: sourceDir); the action sets the repository root. */
  sourceRoot?: string
  /** For exemption expiry; defaults to today. */
  today?: string
}

/** Every rule's metadata, as reports carry it. */
export const RULE_CATALOG: readonly RuleInfo[] = RULES.map((rule) => rule.meta)

/** What one rule concluded on one load balancer (or on the plan), at the severity the settings give it. */
export interface RuleFinding {
  rule: RuleMeta
  severity: Severity
  address: string | null
  outcome: Outcome
}

/** Runs every enabled rule over the loaded plans and builds the report. */
export async function checkPlans(plans: LoadedPlan[], options: CheckOptions = {}, problems: string[] = []): Promise<Report> {
  const settings = options.settings ?? defaultSettings()
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const results: ResultDraft[] = []
  const resolved: ResolvedResult[] = []
  const loadBalancers: LoadBalancerInfo[] = []
  const warnings = [...(settings.warnings ?? []), ...plans.flatMap((p) => p.warnings)]
  for (const plan of plans) {
    const judged = await judgePlan(plan, { ...options, settings, today }, warnings)
    for (const lb of judged.model.loadBalancers) {
      loadBalancers.push({ address: lb.address, type: lb.instance.type, kind: lb.kind, plan: plan.path, actions: lb.instance.actions })
    }
    resolved.push(...judged.resolved)
    results.push(...judged.results)
  }
  return buildReport({
    rules: RULE_CATALOG,
    plans: plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest, kind: p.kind ?? 'plan' })),
    loadBalancers,
    results,
    resolved,
    problems,
    warnings
  })
}

/** One plan judged: its model, every rule's finding, and the finding's result (same order) after exemptions and suppression comments. */
export interface JudgedPlan {
  model: PlanModel
  findings: RuleFinding[]
  results: ResultDraft[]
  resolved: ResolvedResult[]
}

/** Judges one plan; what the sources and the suppressions could not honour goes into `warnings`. */
export async function judgePlan(plan: LoadedPlan, options: CheckOptions & { settings: Settings; today: string }, warnings: string[]): Promise<JudgedPlan> {
  const { settings } = options
  const model = buildModel(plan)
  const sources = options.sourceDir ? await sourceIndexFor(options.sourceDir, options.sourceRoot, model, warnings) : null
  const findings = runRules(model, settings)
  // The same rules on the world before the plan: what this change introduces, keeps and fixes.
  const change = judgeChange(plan, model, findings, (world) => runRules(world, settings, { verdictsOnly: true }))
  const judged = findings.map((finding) => toResult(finding, plan.path, model, sources, change.changeOf(finding)))
  const suppressed = applySuppressions(judged, { exemptions: settings.exemptions, configSource: settings.source ?? 'configuration', today: options.today })
  warnings.push(...suppressed.warnings)
  return { model, findings, results: suppressed.results, resolved: change.resolved.map((finding) => ({ ...finding, plan: plan.path })) }
}

/**
 * Every enabled rule on every load balancer of the model (or once on the plan), in the registry's order.
 * Values the plan marks sensitive are replaced in what the rules wrote, wherever they took them from.
 */
export function runRules(model: PlanModel, settings: Settings, options: { verdictsOnly?: boolean } = {}): RuleFinding[] {
  // The world before a plan is judged for its verdicts alone: nothing it says is printed, so nothing to redact.
  const redact = options.verdictsOnly ? (text: string) => text : redactor(sensitiveStrings(model.index))
  const context = { model, settings }
  const findings: RuleFinding[] = []
  for (const rule of RULES) {
    const setting = settings.rules.get(rule.meta.id)
    if (setting && !setting.enabled) continue
    const severity = setting?.severity ?? rule.meta.defaultSeverity
    const found = (address: string | null, outcome: Outcome) => findings.push({ rule: rule.meta, severity, address, outcome: redacted(outcome, redact) })
    if (rule.scope === 'plan') found(null, rule.check(context))
    else for (const lb of model.loadBalancers) found(lb.address, rule.check(lb, context))
  }
  return findings
}

/** A line fix that held a sensitive value is dropped: a suggestion must never write the placeholder into the code. */
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

/** A finding as a result in its parts, placed in the sources, with the suppression comments written there. */
function toResult({ rule, severity, address, outcome }: RuleFinding, plan: string, model: PlanModel, sources: SourceIndex | null, change: Change | undefined): { result: ResultDraft; comments: SuppressionComment[] } {
  const instance = outcome.target ?? (address ? model.index.byAddress.get(address) : undefined)
  const attribute = outcome.attribute ?? []
  const found = instance && sources ? sources.lookup({ modulePath: instance.parsed.modules.map((m) => m.name), mode: instance.mode, type: instance.type, name: instance.name, attributePath: attribute }) : null
  const result: ResultDraft = {
    ruleId: rule.id,
    address,
    plan,
    verdict: outcome.verdict,
    severity: outcome.verdict === 'fail' || outcome.verdict === 'unknown' ? severity : null,
    location: found?.location ? { file: found.location.file, line: found.location.line } : null,
    exactLocation: found?.location?.exact ?? false,
    summary: outcome.message,
    fix: outcome.fix,
    lineFix: outcome.lineFix,
    subject: instance ? { address: instance.address, attribute } : null,
    ...(change ? { change } : {})
  }
  return { result, comments: found?.suppressions ?? [] }
}
