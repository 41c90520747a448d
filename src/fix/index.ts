// Fixes: every failing finding goes to its rule's fixer (src/fix/fixers/), which says what should change
// in Terraform's terms; the patch writer (src/fix/patch/) turns the edits of every plan into one diff.

import type { RuleFinding } from '../check.js'
import type { Settings } from '../config/settings.js'
import type { PlanModel } from '../model/model.js'
import { sensitiveStrings } from '../model/secrets.js'
import type { Verdict } from '../rules/types.js'
import { FIXERS } from './fixers/index.js'
import { type FileChange, renderPatch, writeFixes } from './patch/index.js'

export { writeInPlace } from './patch/index.js'
import type { Fixer, GeneratedBlock, LogFolder, SourceEdit } from './types.js'

/** A finding with the verdict it ended with, exemptions and suppression comments applied. */
export interface JudgedFinding {
  finding: RuleFinding
  verdict: Verdict | 'suppressed'
}

/** A failing finding left as it is, and why (one line: what the user must decide). */
export interface Unfixed {
  finding: RuleFinding
  reason: string
}

/** The stderr line for a finding left unfixed: where, which rule, why and what to decide. */
export function unfixedLine({ finding, reason }: Unfixed): string {
  return `not fixed: ${finding.address ?? 'the plan'} ${finding.rule.id}: ${reason}`
}

/** What the fixers of one plan want changed: the edits, the finding each serves, and what they left. */
export interface FixPlan {
  model: PlanModel
  edits: { edit: SourceEdit; finding: RuleFinding }[]
  unfixed: Unfixed[]
}

/** Runs the fixers on the failing findings (never on suppressed, unknown or passing ones). */
export function planFixes(model: PlanModel, findings: readonly JudgedFinding[], settings: Settings, fixers: readonly Fixer[] = FIXERS): FixPlan {
  const byRule = new Map(fixers.map((fixer) => [fixer.ruleId, fixer]))
  const context = { model, settings, planned: new Map<string, GeneratedBlock>(), logFolders: new Map<string, LogFolder>() }
  const secrets = [...sensitiveStrings(model.index)]
  const plan: FixPlan = { model, edits: [], unfixed: [] }
  for (const { finding, verdict } of findings) {
    if (verdict !== 'fail') continue
    const fixer = byRule.get(finding.rule.id)
    if (!fixer) {
      const lineFix = finding.outcome.lineFix ? ` (\`${finding.outcome.lineFix}\`)` : ''
      plan.unfixed.push({ finding, reason: `${finding.rule.id} has no automatic fix; make the change the check report gives as its fix${lineFix}` })
      continue
    }
    const outcome = fixer.fix(finding, context)
    if (!outcome.fixed) {
      plan.unfixed.push({ finding, reason: outcome.reason })
      continue
    }
    // A fix must never write a value the plan marks sensitive into the sources.
    if (outcome.edits.some((edit) => textsOf(edit).some((text) => secrets.some((secret) => text.includes(secret))))) {
      plan.unfixed.push({ finding, reason: 'the fix would write a value the plan marks sensitive into the sources; make the change yourself, with a reference to where the value is kept' })
      continue
    }
    plan.edits.push(...outcome.edits.map((edit) => ({ edit, finding })))
  }
  return plan
}

/** Every text an edit would write. */
function textsOf(edit: SourceEdit): string[] {
  switch (edit.kind) {
    case 'set-attribute':
      return [edit.name, edit.expression]
    case 'set-nested-block':
      return [edit.text]
    case 'add-depends-on':
      return edit.references
    case 'add-blocks':
      return edit.blocks.map((block) => block.text)
    case 'add-file':
      return [edit.path, edit.content]
    case 'add-playbooks':
      return edit.paths
  }
}

export interface FixPatch {
  /** The unified diff; empty when nothing needed fixing or nothing could be fixed. */
  patch: string
  changes: FileChange[]
  unfixed: Unfixed[]
}

/** Writes the plans' edits over one source directory; a finding whose edit did not apply is unfixed, with the writer's reason. */
export async function renderFixPatch(plans: readonly FixPlan[], options: { sourceDir: string; configFile?: string }): Promise<FixPatch> {
  const written = await writeFixes(plans.map((plan) => ({ moduleTree: plan.model.index.moduleTree, edits: plan.edits.map((e) => e.edit) })), options)
  const unfixed = plans.flatMap((plan) => plan.unfixed)
  const seen = new Set<RuleFinding>()
  for (const { batch, index, reason } of written.unapplied) {
    const { finding } = plans[batch].edits[index]
    if (seen.has(finding)) continue
    seen.add(finding)
    unfixed.push({ finding, reason })
  }
  return { patch: renderPatch(written.changes), changes: written.changes, unfixed }
}
