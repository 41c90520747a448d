// Sources judged without a plan reach the report in its contract's shape: plans[].kind `source`,
// plans[].path the source folder, load balancers without actions, every finding new.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../../src/check.js'
import { RELEVANT_TYPES } from '../../src/model/relevant-types.js'
import { toJsonReport } from '../../src/report/json.js'
import { validateReport } from '../../src/generated/validators.js'
import { loadSourcePlan } from '../../src/source-plan/index.js'

const EXAMPLE = path.join(import.meta.dirname, '..', '..', 'fixtures', 'example')

describe('the report of sources', () => {
  it('the bundled example, judged from its sources', async () => {
    const plan = await loadSourcePlan(EXAMPLE, { keep: RELEVANT_TYPES })
    const report = toJsonReport(await checkPlans([plan], { sourceDir: EXAMPLE }))
    expect(validateReport(report)).toBe(true)
    expect(report.plans).toEqual([expect.objectContaining({ path: EXAMPLE, kind: 'source' })])
    expect(report.loadBalancers.map((lb) => [lb.address, lb.kind, lb.actions])).toEqual([
      ['aws_lb.web', 'application', []],
      ['module.edge.aws_lb.this', 'network', []]
    ])
    const failing = report.results.filter((r) => r.verdict === 'fail')
    expect(failing.length).toBeGreaterThan(0)
    expect(failing.every((r) => (r as { change?: string }).change === 'new')).toBe(true)
    expect(failing.find((r) => r.ruleId === 'ELBIR002')?.location).toEqual({ file: 'main.tf', line: expect.any(Number) })
  })
})
