// The committed Terraform-made fixtures judged from their sources: the same load balancers, with the
// same addresses, and the same verdicts the plan Terraform made of them gives.
import { readdirSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runRules } from '../../src/check.js'
import { defaultSettings } from '../../src/config/settings.js'
import { buildModel } from '../../src/model/model.js'
import { parsePlanBytes } from '../../src/plan/load.js'
import { loadSourcePlan } from '../../src/source-plan/index.js'

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures')

function fixtureDirs(dir: string, out: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true })
  if (entries.some((e) => e.name === 'main.tf') && entries.some((e) => e.name === 'plan.json')) {
    out.push(dir)
    return out
  }
  for (const e of entries) if (e.isDirectory()) fixtureDirs(path.join(dir, e.name), out)
  return out
}

function verdicts(model: ReturnType<typeof buildModel>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const finding of runRules(model, defaultSettings())) out[`${finding.rule.id} ${finding.address ?? '(plan)'}`] = finding.outcome.verdict
  return out
}

const all = [...fixtureDirs(path.join(FIXTURES, 'example')), ...fixtureDirs(path.join(FIXTURES, 'rules'))]

describe('fixtures judged from their sources', () => {
  it.each(all.map((dir) => [path.relative(FIXTURES, dir), dir]))('%s', async (_name, dir) => {
    const fromPlan = buildModel(parsePlanBytes(readFileSync(path.join(dir, 'plan.json')), 'plan.json'))
    const source = await loadSourcePlan(dir, { varFiles: existsSync(path.join(dir, 'terraform.tfvars')) ? [] : [] })
    expect(source.problems ?? []).toEqual([])
    const fromSource = buildModel(source)
    expect(fromSource.loadBalancers.map((lb) => lb.address).sort()).toEqual(fromPlan.loadBalancers.map((lb) => lb.address).sort())
    expect(verdicts(fromSource)).toEqual(verdicts(fromPlan))
  })
})
