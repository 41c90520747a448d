import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS, PLANS } from './helpers/corpus.js'
import { PLAN_CORPUS, lacks } from './helpers/shared.js'
import { STACK_LINE, cli, tempDir } from './helpers/cli.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Most tests here judge plans of the shared corpus; the usage and refusal tests run in any clone. */
const noCorpus = lacks(PLAN_CORPUS, 'command line on corpus plans')
const RULE_IDS = ['ELBIR001', 'ELBIR002', 'ELBIR003', 'ELBIR004', 'ELBIR005', 'ELBIR006', 'ELBIR007', 'ELBIR008', 'ELBIR009']

interface JsonReport {
  schemaVersion: number
  tool: { name: string; version: string }
  plans: { path: string; formatVersion: string; terraformVersion: string | null }[]
  loadBalancers: { address: string; type: string; kind: string; plan: string; actions: string[] }[]
  results: { ruleId: string; address: string | null; plan: string; verdict: string; severity: string | null; message: string; location: unknown; change?: string }[]
  resolved?: unknown[]
  summary: { error: number; warning: number; notice: number; suppressed: number; new?: number; resolved?: number }
}

let tmp: { dir: string; cleanup: () => void }
/** Runs the CLI with the temporary directory as the working directory. */
const run = (...argv: string[]) => cli(argv, { cwd: tmp.dir })

beforeAll(() => {
  tmp = tempDir('elb-ir-cli-')
  // Plans beside the working directory, so that they can be named by relative paths.
  writeFileSync(path.join(tmp.dir, 'state.json'), JSON.stringify({ version: 4, terraform_version: '1.9.5', serial: 1, lineage: 'canary-7f3a', outputs: {}, resources: [] }))
  // A state file older than Terraform 0.12 (version 3): no state that can be judged.
  writeFileSync(path.join(tmp.dir, 'old-state.json'), JSON.stringify({ version: 3, terraform_version: '0.11.14', serial: 1, lineage: 'canary-7f3a', modules: [] }))
  writeFileSync(path.join(tmp.dir, 'empty.json'), '')
  mkdirSync(path.join(tmp.dir, 'plans/app/eu'), { recursive: true })
  mkdirSync(path.join(tmp.dir, 'plans/web'), { recursive: true })
  writeFileSync(path.join(tmp.dir, 'plans/web/notes.txt'), 'not a plan')
  if (noCorpus) return
  copyFileSync(PLANS.warningsOnly, path.join(tmp.dir, 'warnings.json'))
  copyFileSync(PLANS.classicNoLogs, path.join(tmp.dir, 'errors.json'))
  copyFileSync(PLANS.classicNoLogs, path.join(tmp.dir, 'plans/app/eu/plan.json'))
  copyFileSync(PLANS.nlbNoLogs, path.join(tmp.dir, 'plans/web/plan.json'))
})
afterAll(() => tmp.cleanup())

function expectOneCleanLine(stderr: string, ...mentions: string[]): void {
  const lines = stderr.split('\n').filter((line) => line !== '')
  expect(lines, stderr).toHaveLength(1)
  expect(stderr).not.toMatch(STACK_LINE)
  expect(stderr).not.toMatch(/internal error/)
  for (const mention of mentions) expect(lines[0]).toContain(mention)
}

async function jsonReport(...argv: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await run('check', '--format', 'json', ...argv)
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr }
}

describe('usage', () => {
  it('prints the version with --version and exits 0', async () => {
    const { code, stdout, stderr } = await run('--version')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/)
    expect(stderr).toBe('')
  })

  it('prints the usage with --help and -h and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run(flag)
      expect(code).toBe(0)
      expect(stdout).toContain('Usage:')
      expect(stdout).toContain('--plan')
      expect(stdout).toContain('--fail-level')
      expect(stderr).toBe('')
    }
  })

  it('prints the usage and exits 2 when run without arguments', async () => {
    const { code, stdout, stderr } = await run()
    expect(code).toBe(2)
    expect(stdout + stderr).toContain('Usage:')
    expect(stdout + stderr).not.toMatch(STACK_LINE)
  })

  it('refuses an unknown command with one line and exit 2', async () => {
    const { code, stdout, stderr } = await run('frobnicate', '--plan', 'warnings.json')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, 'frobnicate')
  })

  it('refuses an unknown flag with one line and exit 2', async () => {
    const { code, stdout, stderr } = await run('check', '--plan', 'warnings.json', '--bogus')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, '--bogus')
  })

  it('refuses a bad --format, listing the formats', async () => {
    const { code, stdout, stderr } = await run('check', '--plan', 'warnings.json', '--format', 'xml')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, '--format', 'xml', 'text', 'json', 'sarif', 'markdown')
  })

  it('refuses a bad --fail-level, listing the levels', async () => {
    const { code, stdout, stderr } = await run('check', '--plan', 'warnings.json', '--fail-level', 'critical')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, '--fail-level', 'critical', 'error', 'warning', 'notice', 'never')
  })

  it('runs the bundled example plan when no --plan is given', async () => {
    const { code, stdout, stderr } = await run('check', '--format', 'json')
    expect(stderr).toBe('')
    expect([0, 1]).toContain(code)
    const report = JSON.parse(stdout) as JsonReport
    expect(report.loadBalancers.map((lb) => lb.address).sort()).toEqual(['aws_lb.web', 'module.edge.aws_lb.this'])
  })
})

describe('refused plans', () => {
  it('exits 2 with exactly one line naming a refused plan', async () => {
    const { code, stdout, stderr } = await run('check', '--plan', 'old-state.json', '--format', 'json')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, 'old-state.json', 'terraform state pull')
    expect(stderr).not.toContain('canary-7f3a')
  })

  it('exits 2 with one line for a missing plan', async () => {
    const { code, stderr } = await run('check', '--plan', 'missing/plan.json')
    expect(code).toBe(2)
    expectOneCleanLine(stderr, 'missing/plan.json', 'does not exist')
  })

  it.skipIf(noCorpus)('still reports the good plan when another plan is refused, and exits 2', async () => {
    const { code, report, stderr } = await jsonReport('--plan', 'warnings.json', '--plan', 'empty.json', '--fail-level', 'never')
    expect(code).toBe(2)
    expectOneCleanLine(stderr, 'empty.json')
    expect(report.plans.map((p) => p.path)).toEqual(['warnings.json'])
    expect(report.results.length).toBeGreaterThan(0)
    expect(new Set(report.results.map((r) => r.plan))).toEqual(new Set(['warnings.json']))
    expect(report.loadBalancers.map((lb) => lb.address)).toContain('module.alb.aws_alb.alb')
  })
})

describe.skipIf(noCorpus)('exit codes and --fail-level', () => {
  it('the corpus plans hold the findings these tests rely on', async () => {
    const errors = (await jsonReport('--plan', 'errors.json', '--fail-level', 'never')).report
    expect(errors.results.some((r) => r.verdict === 'fail' && r.severity === 'error')).toBe(true)
    const warnings = (await jsonReport('--plan', 'warnings.json', '--fail-level', 'never')).report
    expect(warnings.results.some((r) => r.verdict === 'fail' && r.severity === 'error')).toBe(false)
    expect(warnings.results.some((r) => r.verdict === 'fail' && r.severity === 'warning')).toBe(true)
  })

  it('exits 1 by default when an error-level finding exists', async () => {
    expect((await jsonReport('--plan', 'errors.json')).code).toBe(1)
  })

  it('exits 1 at --fail-level error for an error and 0 when only warnings fail', async () => {
    expect((await jsonReport('--plan', 'errors.json', '--fail-level', 'error')).code).toBe(1)
    expect((await jsonReport('--plan', 'warnings.json', '--fail-level', 'error')).code).toBe(0)
  })

  it('exits 1 at --fail-level warning when warnings fail, with --fail-on all as they predate the plan', async () => {
    // This plan's warnings were there before it (its prior state fails them too): existing debt, which
    // blocks only with --fail-on all.
    expect((await jsonReport('--plan', 'warnings.json', '--fail-level', 'warning', '--fail-on', 'all')).code).toBe(1)
    expect((await jsonReport('--plan', 'warnings.json', '--fail-level', 'warning')).code).toBe(0)
  })

  it('exits 0 at --fail-level never, and still prints the findings', async () => {
    const { code, report } = await jsonReport('--plan', 'errors.json', '--fail-level', 'never')
    expect(code).toBe(0)
    expect(report.summary.error).toBeGreaterThan(0)
  })
})

describe('plan globs', () => {
  it.skipIf(noCorpus)('expands a relative glob from the working directory, in a stable order', async () => {
    const { code, report } = await jsonReport('--plan', 'plans/**/*.json', '--fail-level', 'never')
    expect(code).toBe(0)
    expect(report.plans.map((p) => p.path)).toEqual(['plans/app/eu/plan.json', 'plans/web/plan.json'])
    expect(new Set(report.loadBalancers.map((lb) => lb.plan))).toEqual(new Set(['plans/app/eu/plan.json', 'plans/web/plan.json']))
  })

  it.skipIf(noCorpus)('expands an absolute glob', async () => {
    const { code, report } = await jsonReport('--plan', `${tmp.dir}/plans/**/*.json`, '--fail-level', 'never')
    expect(code).toBe(0)
    expect(report.plans).toHaveLength(2)
    expect(report.plans.map((p) => path.resolve(tmp.dir, p.path)).sort()).toEqual([path.join(tmp.dir, 'plans/app/eu/plan.json'), path.join(tmp.dir, 'plans/web/plan.json')])
  })

  it.skipIf(noCorpus)('names plans matched by an absolute glob outside the working directory by their absolute paths', async () => {
    const pattern = `${CORPUS.replace(/\/$/, '')}/terraform-compliance-cli/test_issue-12[67]/plan.out.json`
    const { report } = await jsonReport('--plan', pattern, '--fail-level', 'never')
    expect(report.plans.map((p) => p.path)).toEqual([PLANS.classicWithLogs, PLANS.classicNoLogs])
  })

  it('expands a glob whose literal folders are links (as /tmp is on macOS), naming plans as written, and follows no link while walking', async () => {
    const root = tempDir('elb-ir-linked-')
    try {
      const real = path.join(root.dir, 'real')
      mkdirSync(path.join(real, 'plans/web'), { recursive: true })
      copyFileSync(path.join(ROOT, 'fixtures/example/plan.json'), path.join(real, 'plans/web/plan.json'))
      symlinkSync(real, path.join(root.dir, 'linked'))
      symlinkSync(real, path.join(real, 'plans/loop')) // a loop: the walk must not enter it
      mkdirSync(path.join(root.dir, 'elsewhere'))
      // An absolute pattern from an unrelated working directory, and a relative one through the link.
      for (const [pattern, cwd] of [[`${root.dir}/linked/plans/**/plan.json`, path.join(root.dir, 'elsewhere')], ['linked/plans/**/plan.json', root.dir]]) {
        const result = await cli(['check', '--format', 'json', '--fail-level', 'never', '--plan', pattern], { cwd })
        expect(result.code, result.stderr).toBe(0)
        const expected = pattern.startsWith('/') ? `${root.dir}/linked/plans/web/plan.json` : 'linked/plans/web/plan.json'
        expect((JSON.parse(result.stdout) as JsonReport).plans.map((p) => p.path)).toEqual([expected])
      }
    } finally {
      root.cleanup()
    }
  })

  it('reports a glob that matches nothing and exits 2', async () => {
    const { code, stdout, stderr } = await run('check', '--plan', 'nothing/**/*.json', '--format', 'json')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, 'nothing/**/*.json')
  })

  it.skipIf(noCorpus)('reports an empty glob beside a good plan, judges the good plan, and exits 2', async () => {
    const { code, report, stderr } = await jsonReport('--plan', 'nothing/**/*.json', '--plan', 'warnings.json', '--fail-level', 'never')
    expect(code).toBe(2)
    expectOneCleanLine(stderr, 'nothing/**/*.json')
    expect(report.plans.map((p) => p.path)).toEqual(['warnings.json'])
  })
})

describe.skipIf(noCorpus)('output', () => {
  it('writes the report to --output and nothing to stdout', async () => {
    const { code, stdout, stderr } = await run('check', '--plan', 'errors.json', '--format', 'json', '--output', 'report.json')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('report.json')
    const written = JSON.parse(readFileSync(path.join(tmp.dir, 'report.json'), 'utf8')) as JsonReport
    expect(written.plans.map((p) => p.path)).toEqual(['errors.json'])
    expect(written.summary.error).toBeGreaterThan(0)
  })

  it('writes --output into a folder that does not exist yet, or says clearly why it cannot', async () => {
    const { code, stderr } = await run('check', '--plan', 'errors.json', '--format', 'sarif', '--output', 'reports/elb.sarif')
    const target = path.join(tmp.dir, 'reports/elb.sarif')
    if (existsSync(target)) {
      expect(code).toBe(1)
    } else {
      expect(code).toBe(2)
      expectOneCleanLine(stderr, 'reports/elb.sarif')
    }
  })

  it('prints the JSON report with exactly the fields of the interface', async () => {
    const { report } = await jsonReport('--plan', 'errors.json', '--plan', 'warnings.json', '--fail-level', 'never')
    // The interface's fields (with the findings the plans resolve), and the additions to schema version 1: the rules' metadata and the run's notes.
    expect(Object.keys(report).sort()).toEqual(['loadBalancers', 'plans', 'problems', 'resolved', 'results', 'rules', 'schemaVersion', 'summary', 'tool', 'warnings'])
    expect(report.schemaVersion).toBe(1)
    expect(report.tool.name).toBe('elb-ir-check')
    expect(Object.keys(report.tool).sort()).toEqual(['name', 'version'])
    // The interface's fields, and the additions to schema version 1 that identify plans and findings across reports.
    for (const plan of report.plans) expect(Object.keys(plan).sort()).toEqual(['digest', 'formatVersion', 'kind', 'path', 'repositoryPath', 'terraformVersion'])
    for (const lb of report.loadBalancers) {
      expect(Object.keys(lb).sort()).toEqual(['actions', 'address', 'kind', 'plan', 'type'])
      expect(['application', 'network', 'gateway', 'classic']).toContain(lb.kind)
    }
    expect(report.results.length).toBeGreaterThan(0)
    for (const result of report.results) {
      // Beside them, a finding's parts: always its summary and subject; the rest when it has them.
      const optional = ['exactLocation', 'fix', 'lineFix', 'suppression', 'change']
      expect(Object.keys(result).filter((key) => !optional.includes(key)).sort()).toEqual(['address', 'fingerprint', 'location', 'message', 'plan', 'ruleId', 'severity', 'subject', 'summary', 'verdict'])
      expect(Object.keys(result).includes('exactLocation')).toBe(result.location !== null)
      expect(['pass', 'fail', 'unknown', 'not-applicable', 'suppressed']).toContain(result.verdict)
      if (['fail', 'unknown', 'suppressed'].includes(result.verdict)) expect(['error', 'warning', 'notice']).toContain(result.severity)
      // What the plan did to every finding, and to nothing else.
      if (['fail', 'unknown', 'suppressed'].includes(result.verdict)) expect(['new', 'regressed', 'existing']).toContain(result.change)
      else expect(result.change).toBeUndefined()
    }
    expect(Object.keys(report.summary).sort()).toEqual(['error', 'new', 'notice', 'resolved', 'suppressed', 'warning'])
    const fails = (severity: string) => report.results.filter((r) => r.verdict === 'fail' && r.severity === severity).length
    const brought = report.results.filter((r) => r.verdict === 'fail' && (r.change === 'new' || r.change === 'regressed')).length
    expect(report.summary).toEqual({ error: fails('error'), warning: fails('warning'), notice: fails('notice'), suppressed: 0, new: brought, resolved: report.resolved?.length })
  })

  it('gives one result per rule and load balancer, and one per plan for the plan-wide rules', async () => {
    const { report } = await jsonReport('--plan', 'errors.json', '--fail-level', 'never')
    expect(report.loadBalancers).toEqual([{ address: 'aws_elb.example', type: 'aws_elb', kind: 'classic', plan: 'errors.json', actions: ['create'] }])
    const byRule = (id: string) => report.results.filter((r) => r.ruleId === id)
    for (const id of RULE_IDS) {
      const planWide = id === 'ELBIR006' || id === 'ELBIR007'
      expect(byRule(id).map((r) => r.address)).toEqual([planWide ? null : 'aws_elb.example'])
    }
    expect(byRule('ELBIR001')[0]).toMatchObject({ verdict: 'fail', severity: 'error', location: null })
  })

  it('judges only the load balancers the plan holds', async () => {
    // The plan has one ALB, module.alb.aws_alb.alb; Terraform 0.12 lists its prior state with
    // module-relative addresses, which must not turn into a second load balancer.
    const { report } = await jsonReport('--plan', 'warnings.json', '--fail-level', 'never')
    expect(report.loadBalancers.map((lb) => lb.address)).toEqual(['module.alb.aws_alb.alb'])
    expect(report.results.filter((r) => r.address !== null && r.address !== 'module.alb.aws_alb.alb')).toEqual([])
  })

  it('prints SARIF 2.1.0 that declares all nine rules', async () => {
    const { code, stdout } = await run('check', '--plan', 'errors.json', '--format', 'sarif')
    expect(code).toBe(1)
    const sarif = JSON.parse(stdout) as {
      version: string
      $schema: string
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string }[] }[]
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/)
    expect(sarif.runs).toHaveLength(1)
    const driver = sarif.runs[0].tool.driver
    expect(driver.name).toBe('elb-ir-check')
    expect(driver.rules.map((r) => r.id)).toEqual(RULE_IDS)
    const results = sarif.runs[0].results
    expect(results.map((r) => r.ruleId)).toContain('ELBIR001')
    for (const r of results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId)
    expect(results.find((r) => r.ruleId === 'ELBIR001')?.level).toBe('error')
  })

  it('prints text on a terminal and JSON otherwise when no --format is given', async () => {
    const text = await cli(['check', '--plan', 'errors.json'], { cwd: tmp.dir, isTTY: true, env: { NO_COLOR: '1' } })
    expect(text.stdout).toContain('aws_elb.example (classic)')
    expect(() => JSON.parse(text.stdout)).toThrow()
    expect(text.stdout).not.toContain('\u001b')
    const piped = await cli(['check', '--plan', 'errors.json'], { cwd: tmp.dir, isTTY: false })
    expect((JSON.parse(piped.stdout) as JsonReport).schemaVersion).toBe(1)
  })
})

describe('configuration', () => {
  it('refuses a config with an unknown key, naming the key path', async () => {
    writeFileSync(path.join(tmp.dir, 'bad.yml'), 'rules:\n  ELBIR001: off\nlogArchive:\n  bucket: [central]\n')
    const { code, stdout, stderr } = await run('check', '--plan', 'warnings.json', '--config', 'bad.yml')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, 'bad.yml', 'logArchive.bucket', 'buckets')
  })

  it('refuses a --config that does not exist', async () => {
    const { code, stderr } = await run('check', '--plan', 'warnings.json', '--config', 'nope.yml')
    expect(code).toBe(2)
    expectOneCleanLine(stderr, 'nope.yml')
  })

  it.skipIf(noCorpus)('reads .elb-ir.yml from the working directory when no --config is given', async () => {
    const { dir, cleanup } = tempDir('elb-ir-cwd-')
    try {
      copyFileSync(PLANS.classicNoLogs, path.join(dir, 'plan.json'))
      writeFileSync(path.join(dir, '.elb-ir.yml'), 'rules:\n  ELBIR001: off\n')
      const { code, stdout } = await cli(['check', '--plan', 'plan.json', '--format', 'json'], { cwd: dir })
      const report = JSON.parse(stdout) as JsonReport
      expect(report.results.some((r) => r.ruleId === 'ELBIR001')).toBe(false)
      expect(report.summary.error).toBe(0)
      expect(code).toBe(0)
    } finally {
      cleanup()
    }
  })
})

describe('the bundled command line (dist/cli.js)', () => {
  const exec = promisify(execFile)
  const bundle = path.join(ROOT, 'dist/cli.js')
  const node = (...args: string[]) =>
    exec(process.execPath, [bundle, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
    )

  beforeAll(async () => {
    if (!existsSync(bundle)) await exec(process.execPath, ['scripts/build.mjs'], { cwd: ROOT })
  })

  it.skipIf(noCorpus)('checks a corpus plan and prints a JSON report', async () => {
    const { code, stdout, stderr } = await node('check', '--plan', PLANS.classicNoLogs, '--format', 'json')
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as JsonReport
    expect(report.schemaVersion).toBe(1)
    expect(report.plans.map((p) => p.path)).toEqual([PLANS.classicNoLogs])
    expect(report.summary.error).toBeGreaterThan(0)
  })

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    const { code, stdout } = await node('--version')
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(version)
  })

  it('stops quietly when the reader of its output goes away (`| head`), with the status of SIGPIPE', async () => {
    const { spawn } = await import('node:child_process')
    // Every fixture plan: a report far larger than a pipe holds, so writing it must meet the closed pipe.
    const child = spawn(process.execPath, [bundle, 'check', '--plan', 'fixtures/rules/**/plan.json', '--format', 'json', '--fail-level', 'never'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)))
    expect(stderr).toBe('')
    expect(code).toBe(141)
  })

  it('judges a state file as it stands (plans[].kind state), and refuses a JSON document that is neither plan nor state with exit 2 and one line', async () => {
    const state = path.join(tmp.dir, 'state.json')
    const judged = await node('check', '--plan', state, '--format', 'json')
    expect(judged.code).toBe(0)
    expect(judged.stderr).toBe('')
    expect(JSON.parse(judged.stdout).plans[0]).toMatchObject({ kind: 'state' })
    const other = path.join(tmp.dir, 'other.json')
    writeFileSync(other, JSON.stringify({ version: 4, name: 'web', items: [] }))
    const { code, stdout, stderr } = await node('check', '--plan', other)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expectOneCleanLine(stderr, other)
  })
})

describe('--source-dir', () => {
  it('refuses a folder that does not exist, with one line and exit 2', async () => {
    const { runCli } = await import('../src/command.js')
    let stderr = ''
    const code = await runCli(['check', '--plan', 'fixtures/example/plan.json', '--source-dir', 'no/such/folder', '--format', 'json'], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      cwd: path.join(import.meta.dirname, '..'),
      isTTY: false,
      env: {}
    })
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('no/such/folder: is not a directory')
  })

  it('puts file and line on the findings of the bundled example', async () => {
    const { runCli } = await import('../src/command.js')
    let stdout = ''
    await runCli(['check', '--format', 'json'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: path.join(import.meta.dirname, '..'), isTTY: false, env: {} })
    const report = JSON.parse(stdout) as { results: { verdict: string; location: { file: string; line: number } | null; address: string | null }[] }
    const located = report.results.filter((r) => r.verdict === 'fail' && r.address !== null)
    expect(located.length).toBeGreaterThan(3)
    for (const r of located) expect(r.location?.file).toMatch(/^(main\.tf|modules\/edge-nlb\/main\.tf)$/)
  })
})
