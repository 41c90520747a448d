// The fix of plan files, as `fix` and the action run it: each plan loaded and judged as `check` judges
// it (settings, exemptions, suppression comments), its failing findings fixed over one source directory.

import { judgePlan } from '../check.js'
import type { Settings } from '../config/settings.js'
import { redactor, sensitiveStrings } from '../model/secrets.js'
import { loadPlanJob, planProblem } from '../run-plans.js'
import { type FixPatch, type FixPlan, planFixes, renderFixPatch } from './index.js'
import type { Fixer } from './types.js'

export interface FixOptions {
  cwd: string
  settings: Settings
  /** The directory the plans were made from; the patch's paths are relative to it. */
  sourceDir: string
  /** See CheckOptions.sourceRoot. */
  sourceRoot?: string
  /** The configuration file playbooks are listed in (default: `.elb-ir.yml` in the source directory). */
  configFile?: string
  today?: string
  /** The fixers to run (default: every rule's, src/fix/fixers/). */
  fixers?: readonly Fixer[]
}

/** The patch for the plans, with the plans that could not be read as problem lines (as `check` words them). */
export async function fixPlanFiles(files: readonly string[], options: FixOptions): Promise<FixPatch & { problems: string[]; warnings: string[]; redact: (text: string) => string }> {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const problems: string[] = []
  const warnings: string[] = []
  const plans: FixPlan[] = []
  for (const file of files) {
    const loaded = await loadPlanJob({ file, cwd: options.cwd, settings: options.settings, sourceDir: options.sourceDir, sourceRoot: options.sourceRoot })
    if (!loaded.plan) {
      problems.push(loaded.problem)
      continue
    }
    try {
      const judged = await judgePlan(loaded.plan, { settings: options.settings, sourceDir: options.sourceDir, sourceRoot: options.sourceRoot, today }, warnings)
      const findings = judged.findings.map((finding, i) => ({ finding, verdict: judged.results[i].verdict }))
      plans.push(planFixes(judged.model, findings, options.settings, options.fixers))
    } catch (error) {
      problems.push(planProblem(file, error))
    }
  }
  const fixed = await renderFixPatch(plans, { sourceDir: options.sourceDir, configFile: options.configFile })
  // The sources around an edit may hold a value the plan marks sensitive: what shows the patch (not the patch file) hides them.
  const redact = redactor(plans.flatMap((plan) => [...sensitiveStrings(plan.model.index)]))
  return { ...fixed, problems, warnings, redact }
}
