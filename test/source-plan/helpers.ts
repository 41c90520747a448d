import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { runRules } from '../../src/check.js'
import { defaultSettings } from '../../src/config/settings.js'
import { buildModel } from '../../src/model/model.js'
import { loadSourcePlan, type SourcePlanOptions } from '../../src/source-plan/index.js'
import type { LoadedPlan } from '../../src/plan/load.js'
import type { ResourceChangeJson } from '../../src/plan/types.js'

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A source folder with these files (paths relative to it); removed after the suite. */
export function sourceTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'source-plan-'))
  made.push(dir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/** Loads a tree of files. */
export async function load(files: Record<string, string>, options: SourcePlanOptions = {}): Promise<LoadedPlan> {
  return loadSourcePlan(sourceTree(files), options)
}

export function change(plan: LoadedPlan, address: string): ResourceChangeJson | undefined {
  return plan.json.resource_changes?.find((rc) => rc.address === address)
}

/** The planned `after` of a resource (throws when the plan has none). */
export function after(plan: LoadedPlan, address: string): Record<string, unknown> {
  const found = change(plan, address)
  if (!found) throw new Error(`${address} is not in the plan (${(plan.json.resource_changes ?? []).map((rc) => rc.address).join(', ')}); problems: ${(plan.problems ?? []).join(' | ')}`)
  return found.change.after as Record<string, unknown>
}

/** Messages without the source folder each line starts with (`<folder>: ` or `<folder>/`). */
export const lines = (plan: LoadedPlan, which: 'warnings' | 'problems'): string[] =>
  (plan[which] ?? []).map((line) => (line.startsWith(`${plan.path}/`) ? line.slice(plan.path.length + 1) : line.slice(plan.path.length + 2)))

/** Folders with sources and the plan Terraform made of them. */
export function planned(dir: string, out: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true })
  if (entries.some((e) => e.name === 'plan.json') && entries.some((e) => e.name.endsWith('.tf'))) {
    out.push(dir)
    return out
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) if (e.isDirectory()) planned(path.join(dir, e.name), out)
  return out
}

/** The verdict of every rule on every load balancer (and on the plan). */
export function verdicts(plan: LoadedPlan): Record<string, string> {
  const out: Record<string, string> = {}
  for (const finding of runRules(buildModel(plan), defaultSettings())) out[`${finding.rule.id} ${finding.address ?? '(plan)'}`] = finding.outcome.verdict
  return out
}

