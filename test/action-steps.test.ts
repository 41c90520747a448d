// The action's steps alone (src/action/): how it names plans as the repository sees them, and how it tells
// the JSON report of an earlier job from a plan.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { planIdentity, relocate, repositoryPlanNames } from '../src/action/relocate.js'
import { isJsonReport, separateReports } from '../src/action/report-files.js'
import { buildReport } from '../src/report/build.js'
import { formatJson } from '../src/report/json.js'
import type { Report } from '../src/report/types.js'
import { tempDir } from './helpers/cli.js'

const WORKSPACE = path.resolve('/home/runner/work/infra/infra')
const RUNNER_TEMP = path.resolve('/home/runner/work/_temp')

describe('plans named as the repository sees them', () => {
  it('inside the workspace by their path from its root; outside by as many folders as keep them apart', () => {
    const inside = path.join(WORKSPACE, 'stacks/prod/plan.json')
    const prod = path.join(RUNNER_TEMP, 'prod/plan.json')
    const staging = path.join(RUNNER_TEMP, 'staging/plan.json')
    const single = path.join(RUNNER_TEMP, 'edge.json')
    const name = repositoryPlanNames([inside, prod, staging, single], WORKSPACE)
    expect([inside, prod, staging, single].map(name)).toEqual(['stacks/prod/plan.json', 'prod/plan.json', 'staging/plan.json', 'edge.json'])
  })

  it('a plan input by the path as written, a workspace path from its root, anything else by its file name', () => {
    expect(planIdentity('stacks/*/plan.json', WORKSPACE)).toBe('stacks/*/plan.json')
    expect(planIdentity(path.join(WORKSPACE, 'infra/plan.json'), WORKSPACE)).toBe('infra/plan.json')
    expect(planIdentity(path.join(RUNNER_TEMP, 'plan.json'), WORKSPACE)).toBe('plan.json')
  })

  it('relocates the files of findings under the working directory, and the plans off the runner', () => {
    const plan = path.join(RUNNER_TEMP, 'plan.json')
    const report = {
      plans: [{ path: plan }],
      loadBalancers: [{ plan }],
      results: [{ plan, location: { file: 'modules/../main.tf', line: 3 } }, { plan }]
    } as unknown as Report
    const view = relocate(report, 'infra', WORKSPACE)
    expect(view.plans[0].path).toBe('plan.json')
    expect(view.loadBalancers[0].plan).toBe('plan.json')
    expect(view.results.map((r) => [r.plan, r.location?.file])).toEqual([['plan.json', 'infra/main.tf'], ['plan.json', undefined]])
  })
})

describe('JSON reports among the plans', () => {
  it('tells a report of an earlier run from a plan by its first bytes, and opens nothing but regular files', () => {
    const dir = tempDir('elb-ir-steps-')
    try {
      const report = buildReport({ rules: [], plans: [], loadBalancers: [], results: [] })
      writeFileSync(path.join(dir.dir, 'report.json'), formatJson(report))
      writeFileSync(path.join(dir.dir, 'plan.json'), JSON.stringify({ format_version: '1.2', terraform_version: '1.11.0' }))
      writeFileSync(path.join(dir.dir, 'lookalike.json'), JSON.stringify({ tool: { name: 'elb-ir-check' }, schemaVersion: 1 }))
      mkdirSync(path.join(dir.dir, 'folder.json'))
      expect(isJsonReport(path.join(dir.dir, 'folder.json'))).toBe(false)
      expect(separateReports(['plan.json', 'report.json', 'lookalike.json', 'folder.json', 'missing.json'], dir.dir)).toEqual({
        planFiles: ['plan.json', 'lookalike.json', 'folder.json', 'missing.json'],
        reportFiles: ['report.json']
      })
    } finally {
      dir.cleanup()
    }
  })
})
