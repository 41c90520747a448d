// Public modules (terraform-aws-modules, cloudposse, trussworks...) and other scanners' test inputs,
// judged from their sources: the verdicts of the plans Terraform made of them. A folder planned with a
// variables file of its own (`-var-file=x.tfvars`, see its SOURCE.md) is judged with it too.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePlanBytes } from '../../src/plan/load.js'
import { loadSourcePlan } from '../../src/source-plan/index.js'
import { lacks, PEER_PLANS, REAL_MODULES } from '../helpers/shared.js'
import { readFileSync } from 'node:fs'
import { planned, verdicts } from './helpers.js'

const varFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tfvars') && f !== 'terraform.tfvars' && !f.endsWith('.auto.tfvars')).map((value) => ({ kind: 'file' as const, value }))
const terraformPlan = (dir: string) => parsePlanBytes(readFileSync(path.join(dir, 'plan.json')), 'plan.json')

describe.skipIf(lacks(REAL_MODULES, 'real modules judged from their sources'))('real modules judged from their sources', () => {
  const dirs = REAL_MODULES.present ? planned(REAL_MODULES.path) : []
  it.each(dirs.map((dir) => [path.basename(dir), dir]))('%s', async (_name, dir) => {
    const source = await loadSourcePlan(dir, { variables: varFiles(dir) })
    expect(source.problems).toEqual([])
    expect(verdicts(source)).toEqual(verdicts(terraformPlan(dir)))
  })
})

describe.skipIf(lacks(PEER_PLANS, "other scanners' inputs judged from their sources"))("other scanners' inputs judged from their sources", () => {
  const dirs = PEER_PLANS.present ? planned(PEER_PLANS.path) : []
  it.each(dirs.map((dir) => [path.relative(PEER_PLANS.path, dir), dir]))('%s', async (_name, dir) => {
    const source = await loadSourcePlan(dir, { variables: varFiles(dir) })
    expect(source.problems).toEqual([])
    const registry = source.warnings.filter((w) => w.includes('read only after `terraform init`'))
    // A registry module that was never installed here is not judged: it says so, and judges the rest.
    if (registry.length > 0) expect(Object.keys(verdicts(source)).filter((k) => !k.endsWith('(plan)'))).toEqual([])
    else expect(verdicts(source)).toEqual(verdicts(terraformPlan(dir)))
  })
})
