// The fixers over the Terraform-made rule fixtures: each fixture's plan through the model and the
// rules, then every failing finding through its fixer, in rule order and with one shared context, as
// the fix command runs them.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runRules, type RuleFinding } from '../../../src/check.js'
import { defaultSettings, type Settings } from '../../../src/config/settings.js'
import { FIXERS } from '../../../src/fix/fixers/index.js'
import type { FixContext, FixOutcome, SourceEdit } from '../../../src/fix/types.js'
import { buildModel, type PlanModel } from '../../../src/model/model.js'
import { parsePlanBytes } from '../../../src/plan/load.js'

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures')

export interface Fixed {
  finding: RuleFinding
  outcome: FixOutcome
}

export interface FixRun {
  dir: string
  model: PlanModel
  findings: RuleFinding[]
  results: Fixed[]
}

/** `ELBIR001/fail-no-block`, or `example`. */
export function fixtureDir(name: string): string {
  return name === 'example' ? join(FIXTURES, 'example') : join(FIXTURES, 'rules', name)
}

export function fixAll(name: string, settings: Settings = defaultSettings()): FixRun {
  const dir = fixtureDir(name)
  const model = buildModel(parsePlanBytes(readFileSync(join(dir, 'plan.json')), join(dir, 'plan.json')))
  const findings = runRules(model, settings)
  const context: FixContext = { model, settings, planned: new Map(), logFolders: new Map() }
  const results: Fixed[] = []
  for (const finding of findings.filter((f) => f.outcome.verdict === 'fail')) {
    const fixer = FIXERS.find((f) => f.ruleId === finding.rule.id)
    if (fixer) results.push({ finding, outcome: fixer.fix(finding, context) })
  }
  return { dir, model, findings, results }
}

/** The edits of the one fixed finding of `rule` (on `address` when given); throws when it was not fixed. */
export function editsOf(run: FixRun, rule: string, address?: string): SourceEdit[] {
  const found = run.results.find((r) => r.finding.rule.id === rule && (address === undefined || r.finding.address === address))
  if (!found) throw new Error(`${rule} did not fail in ${run.dir}`)
  if (!found.outcome.fixed) throw new Error(`${rule} not fixed: ${found.outcome.reason}`)
  return found.outcome.edits
}

export function reasonOf(run: FixRun, rule: string): string {
  const found = run.results.find((r) => r.finding.rule.id === rule)
  if (!found || found.outcome.fixed) throw new Error(`${rule} was fixed, or did not fail, in ${run.dir}`)
  return found.outcome.reason
}

/** Every generated block's text and every edit's expression, for checks over all of it. */
export function allText(edits: SourceEdit[]): string {
  return edits
    .map((edit) => {
      if (edit.kind === 'add-blocks') return edit.blocks.map((b) => b.text).join('\n')
      if (edit.kind === 'set-attribute') return `${edit.name} = ${edit.expression}`
      if (edit.kind === 'set-nested-block') return edit.text
      if (edit.kind === 'add-file') return edit.content
      return JSON.stringify(edit)
    })
    .join('\n')
}

export function blocksOf(edits: SourceEdit[]): Map<string, string> {
  const blocks = new Map<string, string>()
  for (const edit of edits) if (edit.kind === 'add-blocks') for (const block of edit.blocks) blocks.set(`${edit.modulePath.join('.')}|${block.key}`, block.text)
  return blocks
}

/** Every rule fixture with a plan, and the example. */
export function allFixtures(): string[] {
  const names: string[] = []
  for (const rule of readdirSync(join(FIXTURES, 'rules'))) {
    for (const name of readdirSync(join(FIXTURES, 'rules', rule))) if (existsSync(join(FIXTURES, 'rules', rule, name, 'plan.json'))) names.push(`${rule}/${name}`)
  }
  return [...names, 'example']
}
