// Many plans in one run, and the reports of many jobs merged into one.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli, type CliIO } from '../src/command.js'
import { validateReport as validate } from '../src/generated/validators.js'
import { PLAN_CORPUS, lacks } from './helpers/shared.js'

const ROOT = join(import.meta.dirname, '..')
const CORPUS = PLAN_CORPUS.path
const FIXTURES = join(ROOT, 'fixtures', 'rules')

function io(cwd = ROOT, env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' }
  const value: CliIO = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd, isTTY: false, env }
  return { io: value, out }
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT })
})

describe('merge', () => {
  it('combines the JSON reports of several jobs into the report one run over all plans gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elb-ir-merge-'))
    const plans = [join(FIXTURES, 'ELBIR002', 'fail-alb-sse-kms', 'plan.json'), join(FIXTURES, 'ELBIR008', 'fail-tcp-only', 'plan.json')]
    // The first plan has an error-level finding (exit 1), the second only warnings (exit 0).
    for (const [i, plan] of plans.entries()) {
      const { io: job } = io()
      expect(await runCli(['check', '--plan', plan, '--format', 'json', '--output', join(dir, `job-${i}.json`)], job)).toBe(i === 0 ? 1 : 0)
    }
    const merged = io()
    expect(await runCli(['merge', join(dir, 'job-0.json'), join(dir, 'job-1.json'), '--format', 'json'], merged.io)).toBe(1)
    const together = io()
    await runCli(['check', '--plan', plans[0], '--plan', plans[1], '--format', 'json'], together.io)
    const mergedReport = JSON.parse(merged.out.stdout)
    expect(validate(mergedReport)).toBe(true)
    expect(mergedReport).toEqual(JSON.parse(together.out.stdout))
  })

  it('keeps the last report of a plan given twice (a re-run job), and renders Markdown from merged reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elb-ir-merge-'))
    const plan = join(FIXTURES, 'ELBIR001', 'fail-no-block', 'plan.json')
    await runCli(['check', '--plan', plan, '--format', 'json', '--output', join(dir, 'a.json')], io().io)
    const merged = io()
    await runCli(['merge', join(dir, 'a.json'), join(dir, 'a.json'), '--format', 'markdown'], merged.io)
    expect(merged.out.stdout.match(/\*\*ELBIR001\*\* error/g)).toHaveLength(1)
    expect(merged.out.stdout).toContain('Why it matters')
  })

  it('refuses what is not a report, and still merges the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elb-ir-merge-'))
    await runCli(['check', '--plan', join(FIXTURES, 'ELBIR001', 'fail-no-block', 'plan.json'), '--format', 'json', '--output', join(dir, 'a.json')], io().io)
    const merged = io()
    const code = await runCli(['merge', join(dir, 'a.json'), join(FIXTURES, 'ELBIR001', 'fail-no-block', 'plan.json'), '--format', 'json'], merged.io)
    expect(code).toBe(2)
    expect(merged.out.stderr.trim().split('\n')).toHaveLength(1)
    expect(merged.out.stderr).toMatch(/is not an elb-ir-check JSON report/)
    expect(JSON.parse(merged.out.stdout).results.length).toBeGreaterThan(0)
  })
})

describe.skipIf(lacks(PLAN_CORPUS, 'many plans'))('many plans', () => {
  it('gives the same report with worker threads as in one thread', () => {
    const args = ['dist/cli.js', 'check', '--plan', `${CORPUS}/**/*.json`, '--format', 'json']
    const one = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELB_IR_WORKERS: '0' }, maxBuffer: 1 << 28 })
    const two = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELB_IR_WORKERS: '2' }, maxBuffer: 1 << 28 })
    expect(one.status).toBe(2) // the corpus holds broken JSON on purpose
    expect(two.status).toBe(one.status)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    // 272 plans and 9 states (judged as they stand).
    expect(JSON.parse(one.stdout).plans.length).toBe(281)
  })

  it('shows progress on stderr when asked, and keeps stdout clean', async () => {
    // Progress comes from the streaming reader: make it read this small plan by streaming.
    vi.stubEnv('ELB_IR_STREAM_ABOVE', '0')
    const run = io(ROOT, { ELB_IR_PROGRESS_AFTER_MS: '0' })
    const big = join(CORPUS, 'public-repos', 'juice-shop--juice-shop', 'tf-plan.json')
    expect(readFileSync(big).length).toBeGreaterThan(100_000)
    await runCli(['check', '--plan', big, '--format', 'json', '--progress'], run.io)
    expect(run.out.stderr).toMatch(/reading .*tf-plan\.json: \d+ MB of \d+ MB/)
    expect(() => JSON.parse(run.out.stdout)).not.toThrow()
    vi.unstubAllEnvs()
  })
})
