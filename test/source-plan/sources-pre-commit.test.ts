// The pre-commit hook without a plan: it judges the sources of the folders holding the changed Terraform
// files, as pre-commit calls it (from the repository root, the changed files last).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/types.js'
import { REPO_ROOT } from '../helpers/action-runner.js'
import { cli, tempDir } from '../helpers/cli.js'

const tmp = tempDir('elb-ir-hook-')
afterAll(() => tmp.cleanup())
const repo = path.join(tmp.dir, 'repo')
cpSync(path.join(REPO_ROOT, 'fixtures/example'), path.join(repo, 'infra'), { recursive: true })
cpSync(path.join(REPO_ROOT, 'fixtures/rules/ELBIR001/fail-no-block'), path.join(repo, 'edge'), { recursive: true })
mkdirSync(path.join(repo, 'envs'))
writeFileSync(path.join(repo, 'envs/prod.tfvars'), 'x = 1\n')

const hook = (...argv: string[]) => cli(['pre-commit', ...argv], { cwd: repo })
const hookJson = async (...argv: string[]) => {
  const run = await hook('--format', 'json', ...argv)
  return { ...run, report: JSON.parse(run.stdout) as Report }
}

describe('pre-commit without --plan', () => {
  it('judges the sources of the changed folder, with files named from the repository root, and blocks on an error', async () => {
    const run = await hook('infra/main.tf', 'README.md')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('ELBIR002')
    expect(run.stdout).toContain('infra/main.tf:99')
  })

  it('judges each folder with changed files once, in one report', async () => {
    const { report, code } = await hookJson('infra/main.tf', 'edge/main.tf', 'envs/prod.tfvars')
    expect(code).toBe(1)
    expect(report.plans.map((p) => [p.path, p.kind])).toEqual([
      ['edge', 'source'],
      ['infra', 'source']
    ])
    expect(report.results.find((r) => r.ruleId === 'ELBIR001' && r.plan === 'edge' && r.verdict === 'fail')?.location?.file).toBe('edge/main.tf')
  })

  it('judges a changed module through the folder above that calls it, where its variables have values', async () => {
    const { report } = await hookJson('infra/modules/edge-nlb/main.tf')
    expect(report.plans.map((p) => p.path)).toEqual(['infra'])
    const edge = report.results.filter((r) => r.address === 'module.edge.aws_lb.this' && r.verdict === 'fail')
    expect(edge.map((r) => r.location?.file)).toContain('infra/modules/edge-nlb/main.tf')
  })

  it('judges --source-dir (one root module calling modules elsewhere) whatever file changed', async () => {
    const { report } = await hookJson('--source-dir', 'infra', 'infra/modules/edge-nlb/main.tf')
    expect(report.plans.map((p) => p.path)).toEqual(['infra'])
  })

  it('takes --var-file and --fail-level from args', async () => {
    writeFileSync(path.join(repo, 'none.tfvars'), '')
    const run = await hook('--var-file', 'none.tfvars', '--fail-level', 'never', 'infra/main.tf')
    expect(run.code).toBe(0)
  })

  it('does nothing for files outside any configuration, or no Terraform file at all', async () => {
    expect(await hook('envs/prod.tfvars')).toMatchObject({ code: 0, stdout: '', stderr: '' })
    expect(await hook('README.md')).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  it('still judges the plan given with --plan', async () => {
    const { report } = await hookJson('--plan', 'infra/plan.json', 'infra/main.tf')
    expect(report.plans.map((p) => p.kind)).toEqual(['plan'])
  })
})
