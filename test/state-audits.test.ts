// State audits: `--plan` (and the action's `plan` input) also takes a state, judged as it stands, in both
// shapes Terraform writes: `terraform show -json` without a plan file (state.json) and the raw state file,
// version 4 (terraform.tfstate, as `terraform state pull` prints it). The fixtures under fixtures/state/
// were made by Terraform (scripts/make-state-fixtures.mjs); expect.json pins each case's verdicts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../src/model/model.js'
import { RELEVANT_TYPES } from '../src/model/relevant-types.js'
import { loadPlanFile } from '../src/plan/load.js'
import { runInProcess } from './helpers/action-io.js'
import { REPO_ROOT, workspaceWith } from './helpers/action-runner.js'
import { STACK_LINE, cli, tempDir } from './helpers/cli.js'

const STATE_ROOT = path.join(REPO_ROOT, 'fixtures/state')
const CASES = readdirSync(STATE_ROOT).filter((name) => readdirSync(path.join(STATE_ROOT, name)).includes('expect.json')).sort()
const SHAPES = ['terraform.tfstate', 'state.json'] as const

interface JsonReport {
  plans: { path: string; kind?: string; formatVersion: string }[]
  loadBalancers: { address: string; actions: string[] }[]
  results: { ruleId: string; address: string | null; verdict: string; change?: string }[]
  resolved?: unknown[]
  summary: { new?: number; resolved?: number }
}

async function checkJson(file: string, env: Record<string, string> = {}): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await cli(['check', '--plan', file, '--format', 'json'], { cwd: REPO_ROOT, env })
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr }
}

/** `{rule: {address or "plan": verdict}}`, as expect.json writes it. */
function verdicts(report: JsonReport): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  for (const r of report.results) (out[r.ruleId] ??= {})[r.address ?? 'plan'] = r.verdict
  return out
}

let tmp: { dir: string; cleanup: () => void }
beforeAll(() => {
  tmp = tempDir('elb-ir-state-')
})
afterAll(() => tmp.cleanup())

describe('a state judged as it stands', () => {
  it('has the cases the contract names: an ALB logging to a good bucket, an ALB without logs, an NLB logging to a KMS bucket', () => {
    expect(CASES).toEqual(expect.arrayContaining(['alb-good-logs', 'alb-no-logs', 'nlb-kms-bucket']))
    // Made by Terraform: a raw state of version 4 with the provider's schema versions, and Terraform's own JSON of it.
    for (const name of CASES) {
      const raw = JSON.parse(readFileSync(path.join(STATE_ROOT, name, 'terraform.tfstate'), 'utf8'))
      expect(raw).toMatchObject({ version: 4, terraform_version: expect.stringMatching(/^1\./), lineage: expect.any(String) })
      const shown = JSON.parse(readFileSync(path.join(STATE_ROOT, name, 'state.json'), 'utf8'))
      expect(Object.keys(shown).sort()).toEqual(['format_version', 'terraform_version', 'values'])
    }
  })

  for (const name of ['alb-good-logs', 'alb-no-logs', 'nlb-kms-bucket']) {
    for (const shape of SHAPES) {
      it(`${name}/${shape}: plans[].kind is state, and every rule gives the verdict the case expects`, async () => {
        const file = `fixtures/state/${name}/${shape}`
        const { code, report, stderr } = await checkJson(file)
        expect(stderr).toBe('')
        expect(report.plans).toEqual([expect.objectContaining({ path: file, kind: 'state', formatVersion: shape === 'state.json' ? '1.0' : '4' })])
        expect(verdicts(report)).toEqual(JSON.parse(readFileSync(path.join(STATE_ROOT, name, 'expect.json'), 'utf8')))
        // A state changes nothing: its load balancers stand as they are, and every finding is existing debt.
        for (const lb of report.loadBalancers) expect(lb.actions).toEqual(['no-op'])
        const findings = report.results.filter((r) => ['fail', 'unknown', 'suppressed'].includes(r.verdict))
        expect(findings.map((r) => r.change)).toEqual(findings.map(() => 'existing'))
        expect(report.resolved ?? []).toEqual([])
        expect(report.summary).toMatchObject({ new: 0, resolved: 0 })
        // Every finding is existing debt: the default gate (fail-on new) lets it pass; --fail-on all fails on errors.
        expect(code).toBe(0)
        const all = await cli(['check', '--plan', file, '--format', 'json', '--fail-on', 'all'], { cwd: REPO_ROOT })
        expect(all.code).toBe(report.results.some((r) => r.verdict === 'fail' && ['ELBIR001', 'ELBIR002'].includes(r.ruleId)) ? 1 : 0)
      })
    }
  }

  it('an empty state (`{"format_version":"1.0"}`, what `terraform show -json` prints before any apply) has nothing to judge', async () => {
    const file = path.join(tmp.dir, 'empty-state.json')
    writeFileSync(file, '{\n    "format_version": "1.0"\n}\n')
    const { code, report } = await checkJson(file)
    expect(code).toBe(0)
    expect(report.plans[0].kind).toBe('state')
    expect(report.loadBalancers).toEqual([])
  })

  it('a plan is still of kind plan', async () => {
    const { report } = await checkJson('fixtures/rules/ELBIR001/fail-no-block/plan.json')
    expect(report.plans[0].kind).toBe('plan')
  })

  it('links the log bucket by the values alone (a raw state has no configuration), and keeps verdicts unknown where a link cannot be known', async () => {
    const raw = JSON.parse(readFileSync(path.join(STATE_ROOT, 'alb-good-logs', 'terraform.tfstate'), 'utf8'))
    const lb = raw.resources.find((r: { type: string }) => r.type === 'aws_lb')
    const bucketName = lb.instances[0].attributes.access_logs[0].bucket
    // The same state with the bucket's name unknown to the load balancer: nothing in it can link the two.
    lb.instances[0].attributes.access_logs[0].bucket = 'some-bucket-elsewhere'
    const file = path.join(tmp.dir, 'elsewhere.tfstate')
    writeFileSync(file, JSON.stringify(raw))
    const model = buildModel(await loadPlanFile(file))
    expect(model.loadBalancers[0].logDestination).toEqual({ kind: 'outside-plan', name: 'some-bucket-elsewhere', sensitive: false })
    const linked = buildModel(await loadPlanFile(path.join(STATE_ROOT, 'alb-good-logs', 'terraform.tfstate')))
    expect(linked.loadBalancers[0].logDestination).toMatchObject({ kind: 'in-plan', name: { kind: 'known', value: bucketName } })
  })

  it('reads a state the same by streaming as whole, in both shapes', async () => {
    for (const name of CASES) {
      for (const shape of SHAPES) {
        const file = path.join(STATE_ROOT, name, shape)
        const whole = await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: Infinity })
        const streamed = await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: 0 })
        expect(streamed.kind, `${name}/${shape}`).toBe('state')
        expect(streamed.json, `${name}/${shape}`).toEqual(whole.json)
        expect(streamed.json.planned_values?.root_module?.resources?.length, `${name}/${shape}`).toBeGreaterThan(0)
      }
    }
    const streamedRun = await checkJson('fixtures/state/nlb-kms-bucket/terraform.tfstate', { ELB_IR_STREAM_ABOVE: '0' })
    expect(verdicts(streamedRun.report)).toEqual(verdicts((await checkJson('fixtures/state/nlb-kms-bucket/terraform.tfstate')).report))
  })

  it('keeps sensitive_attributes of a raw state as sensitive, as a plan keeps after_sensitive', async () => {
    const model = buildModel(await loadPlanFile(path.join(STATE_ROOT, 'sensitive', 'terraform.tfstate')))
    const web = model.loadBalancers.find((lb) => lb.address === 'aws_lb.web')
    expect(web?.instance.attrs.get(['access_logs', 0, 'prefix'])).toMatchObject({ kind: 'known', sensitive: true })
    expect(web?.instance.attrs.get(['name'])).toMatchObject({ kind: 'known', value: 'secrets-web', sensitive: false })
    const bucket = model.buckets[0]
    expect(bucket.instance.attrs.get(['tags', 'owner'])).toMatchObject({ kind: 'known', sensitive: true })
  })
})

describe('what is neither plan nor state', () => {
  const cases: [string, string, RegExp][] = [
    ['random.json', JSON.stringify({ name: 'web', items: [1, 2, 3], nested: { a: true } }), /neither a Terraform plan nor a state/],
    ['old.tfstate', JSON.stringify({ version: 3, terraform_version: '0.11.14', serial: 4, lineage: 'x', modules: [] }), /state file of version 3/],
    ['bad-resources.tfstate', JSON.stringify({ version: 4, terraform_version: '1.9.5', serial: 1, lineage: 'x', resources: { aws_lb: 1 } }), /shape of a Terraform state file: \/resources must be array/],
    ['bad-values.json', JSON.stringify({ format_version: '1.0', values: { root_module: { resources: 'aws_lb' } } }), /shape of a Terraform state/]
  ]
  for (const [name, content, problem] of cases) {
    it(`${name}: exit 2 with one line naming the file, never a stack trace`, async () => {
      const file = path.join(tmp.dir, name)
      writeFileSync(file, content)
      const run = await cli(['check', '--plan', file, '--format', 'json'], { cwd: REPO_ROOT })
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      const lines = run.stderr.split('\n').filter((line) => line !== '')
      expect(lines, run.stderr).toHaveLength(1)
      expect(lines[0]).toContain(file)
      expect(lines[0]).toMatch(problem)
      expect(run.stderr).not.toMatch(STACK_LINE)
    })
  }
})

describe('the action', () => {
  it('takes a raw state as its plan input and judges it as it stands', async () => {
    const root = tempDir('elb-ir-state-action-')
    try {
      const workspace = workspaceWith(root.dir, 'fixtures/state/alb-no-logs')
      const push = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/infra' } } }
      // What is deployed is existing debt: it fails the step only with fail-on all.
      const byDefault = await runInProcess({ workspace, with: { plan: 'infra/terraform.tfstate', 'working-directory': 'infra' }, event: push })
      expect(byDefault.code).toBe(0)
      expect(byDefault.outputs).toMatchObject({ errors: '1', new: '0' })
      const result = await runInProcess({ workspace, with: { plan: 'infra/terraform.tfstate', 'working-directory': 'infra', 'fail-on': 'all' }, event: push })
      expect(result.code).toBe(1)
      expect(result.outputs).toMatchObject({ errors: '1', new: '0' })
      const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as JsonReport
      expect(report.plans).toEqual([expect.objectContaining({ kind: 'state' })])
      expect(report.results.find((r) => r.ruleId === 'ELBIR001')).toMatchObject({ address: 'aws_lb.shop', verdict: 'fail' })
      expect(result.annotations.some((a) => a.level === 'error' && a.message.includes('aws_lb.shop'))).toBe(true)
    } finally {
      root.cleanup()
    }
  })
})
