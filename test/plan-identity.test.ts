// Plans named alike: every job of a CI matrix names its plan `plan.json`. Reports tell plans apart by
// where they sit in the repository and what they hold, and findings of two plans of one configuration
// (prod, staging) keep two fingerprints.
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validateReport } from '../src/generated/validators.js'
import { loadPlanFile } from '../src/plan/load.js'
import { RELEVANT_TYPES } from '../src/model/relevant-types.js'
import { cli, tempDir } from './helpers/cli.js'

const ROOT = path.join(import.meta.dirname, '..')
const EXAMPLE_PLAN = path.join(ROOT, 'fixtures', 'example', 'plan.json')

interface JsonReport {
  plans: { path: string; repositoryPath?: string; digest?: string }[]
  results: { ruleId: string; address: string | null; plan: string; verdict: string; fingerprint?: string }[]
  loadBalancers: { plan: string }[]
  summary: { error: number; warning: number; notice: number }
}

const failures = (report: JsonReport) => report.results.filter((r) => r.verdict === 'fail')
const sarifFingerprints = (sarif: string): string[] =>
  (JSON.parse(sarif) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }).runs[0].results.map((r) => r.partialFingerprints['elbIrFinding/v1'])

let tmp: { dir: string; cleanup: () => void }
let repo: string

beforeEach(() => {
  tmp = tempDir('elb-ir-identity-')
  repo = path.join(tmp.dir, 'checkout')
  // A checkout: `.git` marks the repository root (read without git).
  mkdirSync(path.join(repo, '.git'), { recursive: true })
})
afterEach(() => tmp.cleanup())

/** A stack folder of the checkout with the example plan as `plan.json`; `variant` changes its bytes, not its findings. */
function stackWithPlan(stack: string, variant = ''): string {
  const dir = path.join(repo, 'stacks', stack)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'plan.json'), readFileSync(EXAMPLE_PLAN, 'utf8') + variant)
  return dir
}

/** One matrix job: `check --plan plan.json` inside its stack folder, the JSON report written to `reportFile`. */
async function job(stackDir: string, reportFile: string): Promise<void> {
  const run = await cli(['check', '--plan', 'plan.json', '--format', 'json', '--output', reportFile, '--fail-level', 'never'], { cwd: stackDir })
  expect(run.code, run.stderr).toBe(0)
}

describe('merge of matrix jobs that each checked plan.json', () => {
  it('keeps both jobs\' findings, names the plans by their repository paths, and gives them distinct fingerprints', async () => {
    await job(stackWithPlan('prod'), path.join(tmp.dir, 'prod.json'))
    await job(stackWithPlan('staging', '\n'), path.join(tmp.dir, 'staging.json'))
    const single = JSON.parse(readFileSync(path.join(tmp.dir, 'prod.json'), 'utf8')) as JsonReport

    const merged = await cli(['merge', 'prod.json', 'staging.json', '--format', 'json'], { cwd: tmp.dir })
    expect(merged.code).toBe(1)
    const report = JSON.parse(merged.stdout) as JsonReport
    expect(validateReport(report)).toBe(true)
    expect(report.plans.map((p) => p.path)).toEqual(['stacks/prod/plan.json', 'stacks/staging/plan.json'])
    expect(failures(report)).toHaveLength(2 * failures(single).length)
    expect(report.summary.error).toBe(2 * single.summary.error)
    // Results and load balancers refer to the plans by their new names.
    const names = new Set(report.plans.map((p) => p.path))
    expect(report.results.every((r) => names.has(r.plan)) && report.loadBalancers.every((lb) => names.has(lb.plan))).toBe(true)

    const sarif = await cli(['merge', 'prod.json', 'staging.json', '--format', 'sarif'], { cwd: tmp.dir })
    const fingerprints = sarifFingerprints(sarif.stdout)
    expect(fingerprints.length).toBe(2 * sarifFingerprints((await cli(['merge', 'prod.json', '--format', 'sarif'], { cwd: tmp.dir })).stdout).length)
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
    // Each job's report says where its plan sits in the repository and what it holds.
    expect(single.plans).toEqual([expect.objectContaining({ path: 'plan.json', repositoryPath: 'stacks/prod/plan.json', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) })])
  })

  it('counts a re-run job\'s plan once, from the last report given', async () => {
    const prod = stackWithPlan('prod')
    await job(prod, path.join(tmp.dir, 'prod.json'))
    await job(stackWithPlan('staging', '\n'), path.join(tmp.dir, 'staging.json'))
    await job(prod, path.join(tmp.dir, 'prod-rerun.json'))
    const once = JSON.parse((await cli(['merge', 'prod.json', 'staging.json', '--format', 'json'], { cwd: tmp.dir })).stdout) as JsonReport
    const withRerun = await cli(['merge', 'prod.json', 'staging.json', 'prod-rerun.json', '--format', 'json'], { cwd: tmp.dir })
    expect(withRerun.stderr).toBe('')
    const report = JSON.parse(withRerun.stdout) as JsonReport
    expect(report.plans.map((p) => p.path)).toEqual(['stacks/prod/plan.json', 'stacks/staging/plan.json'])
    expect(report.summary).toEqual(once.summary)
    expect(report.results).toHaveLength(once.results.length)
  })

  it('refuses two different plans at one repository path: exit 2 and one line naming both reports', async () => {
    // Two jobs planned two environments into the same file of the checkout.
    const prod = stackWithPlan('shared')
    await job(prod, path.join(tmp.dir, 'prod.json'))
    stackWithPlan('shared', '\n')
    await job(prod, path.join(tmp.dir, 'staging.json'))
    const merged = await cli(['merge', 'prod.json', 'staging.json', '--format', 'json'], { cwd: tmp.dir })
    expect(merged.code).toBe(2)
    expect(merged.stderrLines).toHaveLength(1)
    const [line] = merged.stderrLines
    expect(line).toMatch(/^elb-ir-check: staging\.json: .*prod\.json/)
    expect(line).toContain('stacks/shared/plan.json')
    expect(line).toMatch(/its own path/)
    expect(merged.stdout).toBe('')
  })

  it('still merges reports written before plans carried their repository path and digest', async () => {
    await job(stackWithPlan('prod'), path.join(tmp.dir, 'prod.json'))
    const old = JSON.parse(readFileSync(path.join(tmp.dir, 'prod.json'), 'utf8'))
    for (const plan of old.plans) {
      delete plan.repositoryPath
      delete plan.digest
    }
    for (const result of old.results) delete result.fingerprint
    writeFileSync(path.join(tmp.dir, 'old.json'), JSON.stringify(old))
    const merged = await cli(['merge', 'old.json', '--format', 'json'], { cwd: tmp.dir })
    expect(merged.stderr).toBe('')
    expect(JSON.parse(merged.stdout).summary).toEqual(old.summary)
  })
})

describe('fingerprints', () => {
  it('two plans of one configuration checked in one run keep their findings apart', async () => {
    stackWithPlan('prod')
    stackWithPlan('staging', '\n')
    const both = await cli(['check', '--plan', 'stacks/*/plan.json', '--format', 'sarif', '--fail-level', 'never'], { cwd: repo })
    const one = await cli(['check', '--plan', 'stacks/prod/plan.json', '--format', 'sarif', '--fail-level', 'never'], { cwd: repo })
    const fingerprints = sarifFingerprints(both.stdout)
    expect(fingerprints).toHaveLength(2 * sarifFingerprints(one.stdout).length)
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
  })

  it('a plan given twice in one run under two names counts once', async () => {
    stackWithPlan('prod')
    const once = JSON.parse((await cli(['check', '--plan', 'stacks/prod/plan.json', '--format', 'json', '--fail-level', 'never'], { cwd: repo })).stdout) as JsonReport
    const twice = JSON.parse((await cli(['check', '--plan', 'stacks/prod/plan.json', '--plan', './stacks/prod/plan.json', '--format', 'json', '--fail-level', 'never'], { cwd: repo })).stdout) as JsonReport
    expect(twice.plans).toHaveLength(1)
    expect(twice.summary).toEqual(once.summary)
  })

  it('check and merge of its JSON report give the same fingerprints (the bundled example)', async () => {
    const direct = await cli(['check', '--format', 'sarif'], { cwd: ROOT })
    await cli(['check', '--format', 'json', '--output', path.join(tmp.dir, 'example.json')], { cwd: ROOT })
    const merged = await cli(['merge', path.join(tmp.dir, 'example.json'), '--format', 'sarif'], { cwd: ROOT })
    expect(sarifFingerprints(direct.stdout).length).toBeGreaterThan(3)
    expect(sarifFingerprints(merged.stdout)).toEqual(sarifFingerprints(direct.stdout))
  })

  it('a single plan\'s fingerprints do not depend on where the plan file sits or how it was named', async () => {
    const elsewhere = path.join(tmp.dir, 'runner-2', 'temp')
    mkdirSync(elsewhere, { recursive: true })
    cpSync(EXAMPLE_PLAN, path.join(elsewhere, 'tfplan.json'))
    const here = await cli(['check', '--plan', EXAMPLE_PLAN, '--format', 'sarif', '--fail-level', 'never'], { cwd: ROOT })
    const there = await cli(['check', '--plan', path.join(elsewhere, 'tfplan.json'), '--format', 'sarif', '--fail-level', 'never'], { cwd: tmp.dir })
    expect(sarifFingerprints(there.stdout)).toEqual(sarifFingerprints(here.stdout))
  })
})

describe('plan digest', () => {
  it('is the SHA-256 of the file\'s bytes, whether the plan is read whole or by streaming, in UTF-8 or UTF-16', async () => {
    const utf16 = path.join(tmp.dir, 'utf16.json')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(EXAMPLE_PLAN, 'utf8'), 'utf16le')]))
    for (const file of [EXAMPLE_PLAN, utf16]) {
      const expected = `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`
      expect((await loadPlanFile(file, { keep: RELEVANT_TYPES })).digest).toBe(expected)
      expect((await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: 0 })).digest).toBe(expected)
    }
  })
})
