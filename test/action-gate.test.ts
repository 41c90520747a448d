// End-to-end: the action as the gate job of a matrix, given the JSON reports of jobs that each named
// their plan `plan.json`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runAction, workflowCommands, workspaceWith } from './helpers/action-runner.js'
import { cli, tempDir } from './helpers/cli.js'

let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(() => {
  root = tempDir('elb-ir-gate-')
  workspace = workspaceWith(root.dir, 'fixtures/example')
  mkdirSync(path.join(workspace, '.git'))
})
afterEach(() => root.cleanup())

/** One matrix job: the example plan (its bytes changed by `variant`) checked as `plan.json` in its stack folder. */
async function job(stack: string, report: string, variant = ''): Promise<void> {
  const dir = path.join(workspace, 'stacks', stack)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'plan.json'), readFileSync(path.join(workspace, 'infra', 'plan.json'), 'utf8') + variant)
  const run = await cli(['check', '--plan', 'plan.json', '--format', 'json', '--output', path.join(workspace, report), '--fail-level', 'never'], { cwd: dir })
  expect(run.code, run.stderr).toBe(0)
}

const gate = () => runAction({ workspace, with: { plan: 'reports-*.json', comment: 'off' } })

describe('the gate job of a matrix', () => {
  it('counts the findings of every job whose plan was named plan.json, and a re-run once', async () => {
    await job('prod', 'reports-prod.json')
    await job('staging', 'reports-staging.json', '\n')
    await job('prod', 'reports-prod-rerun.json')
    const result = await gate()
    expect(result.code).toBe(1)
    // The example alone has 1 error, 6 warnings and 1 notice.
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '12', notices: '2' })
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as { plans: { path: string }[] }
    expect(report.plans.map((p) => p.path)).toEqual(['stacks/prod/plan.json', 'stacks/staging/plan.json'])
    const sarif = JSON.parse(readFileSync(result.outputs.sarif, 'utf8')) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }
    const fingerprints = sarif.runs[0].results.map((r) => r.partialFingerprints['elbIrFinding/v1'])
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
  })

  it('names its own plan by its path in the workspace, with its digest', async () => {
    const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra', comment: 'off', 'fail-level': 'never' } })
    expect(result.code).toBe(0)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as { plans: { path: string; repositoryPath: string; digest: string }[] }
    expect(report.plans).toEqual([expect.objectContaining({ path: 'infra/plan.json', repositoryPath: 'infra/plan.json', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) })])
  })

  it('refuses two different plans at one repository path with exit 2 and one error line naming both reports', async () => {
    await job('shared', 'reports-prod.json')
    await job('shared', 'reports-staging.json', '\n')
    const result = await gate()
    expect(result.code).toBe(2)
    const errors = workflowCommands(result.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/reports-staging\.json.*reports-prod\.json.*stacks\/shared\/plan\.json/)
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
  })
})
