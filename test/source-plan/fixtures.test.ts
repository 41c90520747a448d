// The committed Terraform-made fixtures judged from their sources: the same resource instances at the
// same addresses, the same configuration, and the same verdicts the plan Terraform made of them gives.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RELEVANT_TYPES } from '../../src/model/relevant-types.js'
import { parsePlanBytes } from '../../src/plan/load.js'
import type { ModuleValuesJson, PlanJson } from '../../src/plan/types.js'
import { loadSourcePlan } from '../../src/source-plan/index.js'
import { planned, verdicts } from './helpers.js'

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures')

/** Addresses of the instances of the types the model reads that remain after the plan. */
function instances(plan: PlanJson): string[] {
  const found = new Set<string>()
  for (const rc of plan.resource_changes ?? []) if (RELEVANT_TYPES.has(rc.type) && !(rc.change.actions.includes('delete') && !rc.change.actions.includes('create'))) found.add(rc.address)
  const walk = (module: ModuleValuesJson | undefined) => {
    for (const r of module?.resources ?? []) if (RELEVANT_TYPES.has(r.type)) found.add(r.address)
    for (const child of module?.child_modules ?? []) walk(child)
  }
  walk(plan.planned_values?.root_module)
  for (const module of [plan.prior_state?.values?.root_module]) {
    const data = (m: ModuleValuesJson | undefined): void => {
      for (const r of m?.resources ?? []) if (r.mode === 'data' && RELEVANT_TYPES.has(r.type)) found.add(r.address)
      for (const child of m?.child_modules ?? []) data(child)
    }
    data(module)
  }
  return [...found].sort()
}

const terraformPlan = (dir: string) => parsePlanBytes(readFileSync(path.join(dir, 'plan.json')), 'plan.json')
const all = planned(FIXTURES)
// Plans made from a state (fixtures with a terraform.tfstate, the change pairs) judge a change, not a first apply.
const firstApplies = all.filter((dir) => !existsSync(path.join(dir, 'terraform.tfstate')) && !dir.includes(`${path.sep}change${path.sep}`))

describe('fixtures judged from their sources', () => {
  it('finds every fixture Terraform planned', () => {
    expect(all.length).toBeGreaterThanOrEqual(90)
    expect(firstApplies.map((dir) => path.relative(FIXTURES, dir))).toEqual(expect.arrayContaining(['example', 'rules/ELBIR001/pass']))
  })

  it.each(firstApplies.map((dir) => [path.relative(FIXTURES, dir), dir]))('%s: the same verdicts', async (_name, dir) => {
    const source = await loadSourcePlan(dir)
    expect(source.problems).toEqual([])
    expect(verdicts(source)).toEqual(verdicts(terraformPlan(dir)))
  })

  it.each(all.map((dir) => [path.relative(FIXTURES, dir), dir]))('%s: the same instances and configuration', async (_name, dir) => {
    const source = await loadSourcePlan(dir)
    const plan = terraformPlan(dir).json
    expect(instances(source.json)).toEqual(instances(plan))
    expect(withoutSchemaVersions(source.json.configuration)).toEqual(withoutSchemaVersions(plan.configuration))
  })
})

/** Terraform's configuration less what sources cannot know: the provider's schema versions and version constraints. */
function withoutSchemaVersions(configuration: unknown): unknown {
  return JSON.parse(JSON.stringify(configuration), (key, value) => (key === 'schema_version' || key === 'version_constraint' || key === 'full_name' ? undefined : value))
}
