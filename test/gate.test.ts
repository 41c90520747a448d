// The gate (interface.md, "Change and gate"): with `--fail-on new` (the default) and the action's
// `fail-on: new`, only new and regressed findings at or above the fail level fail the run; `all` fails on
// every one. Judged on the change fixtures (fixtures/change/, real plans over a prior state), through the
// command line, the action in-process, the text report and SARIF.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { toSarif } from '../src/report/sarif.js'
import { runInProcess } from './helpers/action-io.js'
import { REPO_ROOT, workspaceWith } from './helpers/action-runner.js'
import { STACK_LINE, cli, tempDir } from './helpers/cli.js'

const CHANGE = path.join(REPO_ROOT, 'fixtures/change')
const PUSH = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/infra' } } }

let root: { dir: string; cleanup: () => void }
beforeEach(() => {
  root = tempDir('elb-ir-gate-')
})
afterEach(() => root.cleanup())

/** The command line in a copy of a change fixture (plan.json, the `after` sources). */
function inScenario(scenario: string) {
  const dir = path.join(root.dir, scenario)
  cpSync(path.join(CHANGE, scenario), dir, { recursive: true })
  return (...argv: string[]) => cli(argv, { cwd: dir })
}

const checkText = (scenario: string, ...argv: string[]) => inScenario(scenario)('check', '--plan', 'plan.json', '--source-dir', 'after', '--format', 'text', ...argv)

describe('the command line gate', () => {
  it('passes an unrelated change beside old debt with the default (new), and fails it with --fail-on all', async () => {
    const byDefault = await checkText('unrelated-change-beside-debt')
    expect(byDefault.code, byDefault.stderr).toBe(0)
    expect(byDefault.stdout).toContain('no new or regressed finding at or above fail-level error; 1 existing finding does not (use --fail-on all to fail on it)')
    const explicit = await checkText('unrelated-change-beside-debt', '--fail-on', 'new')
    expect(explicit.code).toBe(0)
    const all = await checkText('unrelated-change-beside-debt', '--fail-on', 'all')
    expect(all.code).toBe(1)
    expect(all.stdout).toContain('fail-on all: 1 finding at or above fail-level error fails the run')
  })

  it('fails when the change turns access logs off: the finding is regressed, so it blocks', async () => {
    const run = await checkText('logs-turned-off')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/✗ ELBIR001 error aws_lb\.web main\.tf:\d+ \[regressed\]/)
    expect(run.stdout).toContain('1 new or regressed finding at or above fail-level error blocks this change')
    expect((await checkText('logs-turned-off', '--fail-on', 'all')).code).toBe(1)
  })

  it('counts new load balancers beside old ones apart: the new block, the old are existing debt', async () => {
    const run = await checkText('new-lb-beside-old')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('2 new or regressed findings at or above fail-level error block this change; 2 existing findings do not (use --fail-on all to fail on them)')
  })

  it('follows the fail level: a regressed warning fails at warning, not at error', async () => {
    // logs-added turns logs on (ELBIR001 resolved) but not their analysis: ELBIR005 (a warning) regresses.
    expect((await checkText('logs-added')).code).toBe(0)
    expect((await checkText('logs-added', '--fail-level', 'warning')).code).toBe(1)
  })

  it('refuses an unknown --fail-on with one line naming the values', async () => {
    const run = await checkText('logs-added', '--fail-on', 'changed')
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderrLines).toHaveLength(1)
    expect(run.stderr).not.toMatch(STACK_LINE)
    for (const word of ['--fail-on', 'changed', 'new', 'all']) expect(run.stderrLines[0]).toContain(word)
  })

  it('says what blocks on stderr when the report goes to a file', async () => {
    const run = await inScenario('unrelated-change-beside-debt')('check', '--plan', 'plan.json', '--format', 'json', '--output', 'report.json')
    expect(run.code).toBe(0)
    expect(run.stderrLines).toEqual([expect.stringContaining('no new or regressed finding at or above fail-level error; 1 existing finding does not')])
  })

  it('merge keeps each finding’s change, so the gate of merged reports is the gate of the plans', async () => {
    const debt = inScenario('unrelated-change-beside-debt')
    expect((await debt('check', '--plan', 'plan.json', '--format', 'json', '--output', 'debt.json', '--fail-level', 'never')).code).toBe(0)
    const merged = await debt('merge', 'debt.json', '--format', 'json')
    expect(merged.code).toBe(0)
    expect(JSON.parse(merged.stdout).results.find((r: { ruleId: string }) => r.ruleId === 'ELBIR001')).toMatchObject({ verdict: 'fail', change: 'existing' })
    expect((await debt('merge', 'debt.json', '--format', 'text', '--fail-on', 'all')).code).toBe(1)
  })

  it('pre-commit takes --fail-on too', async () => {
    const hook = inScenario('unrelated-change-beside-debt')
    const byDefault = await hook('pre-commit', '--plan', 'plan.json', '--source-dir', 'after', 'after/main.tf')
    expect(byDefault.code, byDefault.stderr).toBe(0)
    expect(byDefault.stdout).toContain('1 existing finding does not')
    expect((await hook('pre-commit', '--plan', 'plan.json', '--source-dir', 'after', '--fail-on', 'all', 'after/main.tf')).code).toBe(1)
  })
})

describe('the text report', () => {
  it('lists new and regressed findings first, then existing ones, then what the change fixes', async () => {
    const { stdout } = await checkText('new-lb-beside-old')
    const newHeading = stdout.indexOf('New and regressed findings')
    const existingHeading = stdout.indexOf('Existing findings (they failed before this change too)')
    expect(newHeading).toBeGreaterThan(-1)
    expect(existingHeading).toBeGreaterThan(newHeading)
    const marks = [...stdout.matchAll(/ELBIR001 error (\S+).* \[(\w+)\]$/gm)].map((m) => `${m[2]} ${m[1]}`)
    expect(marks.slice(0, 2).sort()).toEqual(['new aws_lb.api', 'new aws_lb.worker[1]'])
    expect(marks.slice(2).sort()).toEqual(['existing aws_lb.web', 'existing aws_lb.worker[0]'])
    expect(stdout.slice(newHeading, existingHeading)).not.toContain('[existing]')
  })

  it('names the findings the change fixes', async () => {
    const { stdout } = await checkText('logs-added')
    const fixed = stdout.slice(stdout.indexOf('Fixed by this change'))
    expect(stdout).toContain('Fixed by this change')
    expect(fixed.split('\n')[1]).toMatch(/ELBIR001 error aws_lb\.web: /)
  })

  it('keeps one findings list, unmarked, for a plan whose findings carry no change (a report of an earlier version)', async () => {
    const run = inScenario('logs-turned-off')
    await run('check', '--plan', 'plan.json', '--format', 'json', '--output', 'report.json', '--fail-level', 'never')
    const file = path.join(root.dir, 'logs-turned-off', 'report.json')
    const older = JSON.parse(readFileSync(file, 'utf8'))
    for (const result of older.results) delete result.change
    delete older.resolved
    delete older.summary.new
    delete older.summary.resolved
    writeFileSync(file, JSON.stringify(older))
    const merged = await run('merge', 'report.json', '--format', 'text')
    expect(merged.stdout).toContain('Findings\n')
    expect(merged.stdout).not.toContain('[regressed]')
    // Without a change to tell, a finding counts as the change's own, as every finding did then.
    expect(merged.code).toBe(1)
  })
})

describe('SARIF baselineState', () => {
  const sarifOf = async (scenario: string) => {
    const report = await checkPlans([parsePlanBytes(readFileSync(path.join(CHANGE, scenario, 'plan.json')), 'plan.json')], { today: '2026-11-27' })
    return { report, results: toSarif(report).runs[0].results as { ruleId: string; baselineState?: string; locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }[] }
  }
  const states = (results: Awaited<ReturnType<typeof sarifOf>>['results']) =>
    Object.fromEntries(results.map((r) => [`${r.ruleId} ${r.locations[0].logicalLocations[0]?.fullyQualifiedName ?? 'plan'}`, r.baselineState]))

  it('is new for a new load balancer, unchanged for an old one, as code scanning reads it', async () => {
    expect(states((await sarifOf('new-lb-beside-old')).results)).toMatchObject({
      'ELBIR001 aws_lb.api': 'new',
      'ELBIR001 aws_lb.worker[1]': 'new',
      'ELBIR001 aws_lb.web': 'unchanged',
      'ELBIR001 aws_lb.worker[0]': 'unchanged',
      'ELBIR006 plan': 'unchanged'
    })
  })

  it('is updated for a regression', async () => {
    expect(states((await sarifOf('logs-turned-off')).results)).toMatchObject({ 'ELBIR001 aws_lb.web': 'updated' })
  })

  it('is absent on results that carry no change (reports of earlier versions)', async () => {
    const { report } = await sarifOf('logs-turned-off')
    const older = { ...report, results: report.results.map(({ change: _change, ...rest }) => rest) }
    expect(toSarif(older).runs[0].results.map((r) => 'baselineState' in r)).not.toContain(true)
  })
})

describe('the action gate', () => {
  const step = (scenario: string, inputs: Record<string, string> = {}) =>
    runInProcess({ workspace: workspaceWith(root.dir, `fixtures/change/${scenario}`), with: { plan: 'infra/plan.json', 'working-directory': 'infra/after', comment: 'off', ...inputs }, event: PUSH })

  it('passes an unrelated change beside old debt by default, says the debt does not block, and sets new to 0', async () => {
    const result = await step('unrelated-change-beside-debt')
    expect(result.code).toBe(0)
    expect(result.failed).toEqual([])
    expect(result.outputs).toMatchObject({ errors: '1', new: '0' })
    const line = 'no new or regressed finding at or above fail-level error; 1 existing finding does not (use `fail-on: all` to fail on it)'
    expect(result.log).toContain(`elb-ir-check: ${line}`)
    expect(result.summary).toContain(`**${line}.**`)
  })

  it('fails the same change with fail-on all', async () => {
    const result = await step('unrelated-change-beside-debt', { 'fail-on': 'all' })
    expect(result.code).toBe(1)
    expect(result.failed).toEqual(['elb-ir-check: fail-on all: 1 finding at or above fail-level error fails the run (1 errors, 1 warnings, 1 notices)'])
    expect(result.outputs).toMatchObject({ new: '0' })
  })

  it('fails a change that turns access logs off, counting it in new', async () => {
    const result = await step('logs-turned-off')
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({ errors: '1', new: '1' })
    expect(result.failed).toEqual([expect.stringMatching(/^elb-ir-check: 1 new or regressed finding at or above fail-level error blocks this change \(1 errors, /)])
  })

  it('refuses an unknown fail-on with exit 2, still setting the counts', async () => {
    const bad = await step('logs-turned-off', { 'fail-on': 'changed' })
    expect(bad.code).toBe(2)
    expect(bad.failed).toEqual([expect.stringContaining('fail-on')])
    const missing = await runInProcess({ workspace: path.join(root.dir, 'repo'), with: { plan: 'infra/missing.json', comment: 'off' }, event: PUSH })
    expect(missing.code).toBe(2)
    expect(missing.outputs).toMatchObject({ errors: '0', new: '0' })
  })
})
