// `check --source-dir <dir>` with no `--plan`: the Terraform sources judged as Terraform would evaluate
// them, in the report users already read (kind `source`, the folder as its path, no actions).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { validateReport } from '../../src/generated/validators.js'
import type { Report } from '../../src/report/types.js'
import { REPO_ROOT } from '../helpers/action-runner.js'
import { cli, STACK_LINE, tempDir } from '../helpers/cli.js'

const json = async (argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}) => {
  const run = await cli(['check', '--format', 'json', ...argv], { cwd: options.cwd ?? REPO_ROOT, env: options.env })
  return { ...run, report: JSON.parse(run.stdout || 'null') as Report }
}

const verdicts = (report: Report) => Object.fromEntries(report.results.map((r) => [`${r.ruleId} ${r.address ?? 'plan'}`, r.verdict]))

function expectOneCleanLine(stderr: string, ...mentions: string[]): void {
  const lines = stderr.split('\n').filter((line) => line !== '')
  expect(lines, stderr).toHaveLength(1)
  expect(stderr).not.toMatch(STACK_LINE)
  for (const mention of mentions) expect(lines[0]).toContain(mention)
}

describe('the bundled example from its sources', () => {
  it('is a report of kind source named by the folder, with the load balancers Terraform would address and no actions', async () => {
    const { code, report, stderr } = await json(['--source-dir', 'fixtures/example'])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
    expect(report.plans).toEqual([expect.objectContaining({ path: 'fixtures/example', kind: 'source' })])
    expect(report.loadBalancers.map((lb) => [lb.address, lb.kind, lb.actions])).toEqual([
      ['aws_lb.web', 'application', []],
      ['module.edge.aws_lb.this', 'network', []]
    ])
  })

  it('places each finding where the plan places it (the same source index)', async () => {
    const sources = (await json(['--source-dir', 'fixtures/example'])).report
    const plan = (await json(['--plan', 'fixtures/example/plan.json', '--source-dir', 'fixtures/example'])).report
    const where = (report: Report) => Object.fromEntries(report.results.filter((r) => r.verdict === 'fail').map((r) => [`${r.ruleId} ${r.address ?? 'plan'}`, r.location]))
    expect(where(sources)).toEqual(where(plan))
    expect(where(sources)['ELBIR002 aws_lb.web']).toEqual({ file: 'main.tf', line: 99 })
  })

  it('has no world before it: every finding is new, nothing resolved', async () => {
    const { report } = await json(['--source-dir', 'fixtures/example'])
    const findings = report.results.filter((r) => r.verdict === 'fail' || r.verdict === 'unknown')
    expect(findings.length).toBeGreaterThan(3)
    expect(new Set(findings.map((r) => r.change))).toEqual(new Set(['new']))
    expect(report.resolved).toEqual([])
    expect(report.summary.new).toBe(report.results.filter((r) => r.verdict === 'fail').length)
  })
})

describe('the gate on sources', () => {
  it('fails alike under --fail-on new and all, and says why in one line', async () => {
    for (const failOn of ['new', 'all']) {
      const run = await cli(['check', '--source-dir', 'fixtures/example', '--format', 'text', '--fail-on', failOn], { cwd: REPO_ROOT })
      expect(run.code, failOn).toBe(1)
      expect(run.stdout).toMatch(/^sources: 1 finding at or above fail-level error fails the run \(without a plan there is no world before the sources, so every finding is new\)$/m)
      // "[new]" on every finding would say nothing.
      expect(run.stdout).not.toContain('[new]')
    }
  })

  it('passes below the fail level, saying nothing blocks', async () => {
    const run = await cli(['check', '--source-dir', 'fixtures/example', '--format', 'text', '--fail-level', 'never'], { cwd: REPO_ROOT })
    expect(run.code).toBe(0)
    const pass = await cli(['check', '--source-dir', 'fixtures/rules/ELBIR001/pass', '--format', 'text', '--fail-level', 'error'], { cwd: REPO_ROOT })
    expect(pass.stdout).toMatch(/^sources: no finding at or above fail-level error$/m)
  })

  it('markdown lists the findings in full, without "what this plan changes"', async () => {
    const run = await cli(['check', '--source-dir', 'fixtures/example', '--format', 'markdown'], { cwd: REPO_ROOT })
    expect(run.stdout).toContain('2 load balancers in the sources of 1 folder')
    expect(run.stdout).toContain('#### Findings')
    expect(run.stdout).not.toMatch(/What this plan changes|\*\*New\*\*/)
  })
})

describe('variables, in Terraform order of precedence', () => {
  const tmp = tempDir('elb-ir-vars-')
  afterAll(() => tmp.cleanup())
  const dir = path.join(tmp.dir, 'root')
  mkdirSync(dir)
  // ELBIR001 passes when var.logs is true and fails when it is false.
  writeFileSync(
    path.join(dir, 'main.tf'),
    `variable "logs" {
  type = bool
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]

  access_logs {
    bucket  = "acme-logs"
    enabled = var.logs
  }
}
`
  )
  const elbir001 = async (argv: string[], env: Record<string, string> = {}) => {
    const { report, stderr } = await json(['--source-dir', dir, '--fail-level', 'never', ...argv], { cwd: tmp.dir, env })
    expect(stderr).toBe('')
    return verdicts(report)['ELBIR001 aws_lb.web']
  }

  it('a variable with no value leaves the verdict unknown', async () => {
    expect(await elbir001([])).toBe('unknown')
  })
  it('TF_VAR_ from the environment, then terraform.tfvars, then *.auto.tfvars, then --var-file and --var in the order given', async () => {
    expect(await elbir001([], { TF_VAR_logs: 'true' })).toBe('pass')
    writeFileSync(path.join(dir, 'terraform.tfvars'), 'logs = false\n')
    expect(await elbir001([], { TF_VAR_logs: 'true' })).toBe('fail')
    writeFileSync(path.join(dir, 'on.auto.tfvars'), 'logs = true\n')
    expect(await elbir001([])).toBe('pass')
    writeFileSync(path.join(tmp.dir, 'off.tfvars'), 'logs = false\n')
    expect(await elbir001(['--var-file', 'off.tfvars'])).toBe('fail')
    expect(await elbir001(['--var-file', 'off.tfvars', '--var', 'logs=true'])).toBe('pass')
    expect(await elbir001(['--var', 'logs=true', '--var-file', 'off.tfvars'])).toBe('fail')
    expect(await elbir001(['--var=logs=true', '--var-file=off.tfvars', '--var', 'logs=true'])).toBe('pass')
  })
})

describe('usage', () => {
  it('--var and --var-file go with sources alone: one line and exit 2 with --plan', async () => {
    for (const extra of [['--var', 'a=b'], ['--var-file', 'x.tfvars']]) {
      const run = await cli(['check', '--plan', 'fixtures/example/plan.json', ...extra], { cwd: REPO_ROOT })
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expectOneCleanLine(run.stderr, '--var-file and --var', 'without --plan')
    }
  })
  it('--var and --var-file need --source-dir', async () => {
    const run = await cli(['check', '--var', 'a=b'], { cwd: REPO_ROOT })
    expect(run.code).toBe(2)
    expectOneCleanLine(run.stderr, 'need --source-dir')
  })
  it('--var must be name=value, and its text is not repeated (it may be a secret)', async () => {
    const run = await cli(['check', '--source-dir', 'fixtures/example', '--var', 's3cr3t-value'], { cwd: REPO_ROOT })
    expect(run.code).toBe(2)
    expectOneCleanLine(run.stderr, '<name>=<value>')
    expect(run.stderr).not.toContain('s3cr3t')
  })
  it('a bare check still judges the bundled example plan', async () => {
    const { report } = await json([])
    expect(report.plans.map((p) => p.kind)).toEqual(['plan'])
  })
  it('--help tells how to judge sources', async () => {
    const run = await cli(['--help'], { cwd: REPO_ROOT })
    expect(run.stdout).toMatch(/check --source-dir <dir> \[--var-file <file>\]\.\.\. \[--var <name>=<value>\]\.\.\./)
    expect(run.stdout).toContain('TF_VAR_*')
  })
})
