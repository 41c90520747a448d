// Secrets in the plan never leak: fixtures/hardening/secrets carries canary values (each names its
// place) in sensitive variables, values the provider marks sensitive, values derived from both, a
// sensitive provider argument and sensitive outputs. Not one may appear on any channel, while the
// findings that would print them are still reported, with a placeholder.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../src/model/model.js'
import { RELEVANT_TYPES } from '../../src/model/relevant-types.js'
import { redactor, sensitiveStrings } from '../../src/model/secrets.js'
import { loadPlanFile } from '../../src/plan/load.js'
import { runInProcess } from '../helpers/action-io.js'
import { REPO_ROOT, workflowCommands, workspaceWith } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'
import { actionChannels, cliChannels, terraformFiles, type ActionChannels, type Channel, type CliChannels } from './channels.js'

const FIXTURE = 'fixtures/hardening/secrets'
/** The part every canary shares; searched without regard to case, so a lower-cased copy counts too. */
const CORE = /5ecret-9f27/i
const SOURCES = terraformFiles(FIXTURE).map((file) => readFileSync(path.join(REPO_ROOT, FIXTURE, file), 'utf8'))
const CANARIES = [...new Set(SOURCES.flatMap((text) => text.match(/CANARY-5ecret-9f27-[a-z-]+/g) ?? []))].sort()
const PLAN = readFileSync(path.join(REPO_ROOT, FIXTURE, 'plan.json'), 'utf8')

interface Leak {
  channel: string
  canary: string
  context: string
}

/** The canaries found in a channel, named by the longest canary that matches there. */
function leaksIn(channel: Channel): Leak[] {
  const leaks: Leak[] = []
  const pattern = new RegExp(CORE.source, 'gi')
  for (const match of channel.text.matchAll(pattern)) {
    const at = match.index
    const context = channel.text.slice(Math.max(0, at - 40), at + 40)
    const canary = CANARIES.filter((c) => channel.text.slice(at - 7, at - 7 + c.length).toLowerCase() === c.toLowerCase()).sort((a, b) => b.length - a.length)[0] ?? '(part of a canary)'
    leaks.push({ channel: channel.name, canary, context: JSON.stringify(context) })
  }
  return leaks
}

let out: { dir: string; cleanup: () => void }
let cliRun: CliChannels
let action: ActionChannels
const checked = new Set<string>()
let leakCount = 0

function expectNoLeak(channels: Channel[]): void {
  const leaks = channels.flatMap(leaksIn)
  for (const c of channels) checked.add(c.name)
  leakCount += leaks.length
  expect(leaks).toEqual([])
}

type JsonResult = { ruleId: string; address: string | null; verdict: string; message: string }
const resultOf = (results: JsonResult[], ruleId: string, address: string) => results.find((r) => r.ruleId === ruleId && r.address === address)

beforeAll(async () => {
  out = tempDir('elb-ir-secrets-')
  cliRun = await cliChannels(FIXTURE, out.dir)
  action = await actionChannels(FIXTURE)
})

afterAll(async () => {
  await action?.cleanup()
  out?.cleanup()
  console.log(`secrets: ${CANARIES.length} canaries × ${checked.size} channels, ${leakCount} leaks`)
})

describe('secrets in the plan', () => {
  it('the fixture carries a distinct canary per place, and Terraform put them in the plan', () => {
    expect(CANARIES).toEqual(
      expect.arrayContaining([
        'CANARY-5ecret-9f27-alb-bucket',
        'CANARY-5ecret-9f27-alb-prefix',
        'CANARY-5ecret-9f27-nlb-bucket',
        'CANARY-5ecret-9f27-nlb-prefix',
        'CANARY-5ecret-9f27-tag',
        'CANARY-5ecret-9f27-policy',
        'CANARY-5ecret-9f27-region',
        'CANARY-5ecret-9f27-ssm',
        'CANARY-5ecret-9f27-module-output',
        'CANARY-5ecret-9f27-module-unknown'
      ])
    )
    // All but the output known only after apply are in the plan's values (variables, after, outputs).
    expect(CANARIES.filter((c) => !PLAN.includes(c))).toEqual(['CANARY-5ecret-9f27-module-prefix'])
    const plan = JSON.parse(PLAN)
    expect(plan.configuration.root_module.variables.alb_log_bucket.sensitive).toBe(true)
    expect(plan.configuration.root_module.module_calls.archive.module.outputs.bucket_name.sensitive).toBe(true)
    expect(plan.planned_values.outputs.owner.sensitive).toBe(true)
  })

  it('the safety net knows every sensitive value of the plan, read either way, and hides whole values only', async () => {
    for (const streamAbove of [Number.MAX_SAFE_INTEGER, 0]) {
      const model = buildModel(await loadPlanFile(path.join(REPO_ROOT, FIXTURE, 'plan.json'), { keep: RELEVANT_TYPES, streamAbove }))
      const secrets = sensitiveStrings(model.index)
      // Marked in the plan (variables, after), and declared only in the configuration (module outputs, provider region).
      for (const canary of ['alb-bucket', 'alb-prefix', 'nlb-bucket', 'ssm', 'region', 'module-output', 'module-unknown']) expect([...secrets].some((s) => s.includes(`CANARY-5ecret-9f27-${canary}`)), `${canary} (streamAbove ${streamAbove})`).toBe(true)
      expect(secrets.has('eu-west-1')).toBe(false)
      expect(secrets.has('secrets-web')).toBe(false)
      const redact = redactor(secrets)
      expect(redact('in `CANARY-5ecret-9f27-region` and `eu-west-1`')).toBe('in `(sensitive value)` and `eu-west-1`')
    }
    expect(redactor(['short', 'CANARY-5ecret-9f27-x'])('short CANARY-5ecret-9f27-xy')).toBe('short (sensitive value)y')
  })

  it('command line: no canary in text, JSON, SARIF or Markdown, on standard output, in --output files or on standard error', () => {
    expectNoLeak(cliRun.channels)
  })

  it('command line: the findings that would print a secret are reported with a placeholder', () => {
    const report = JSON.parse(cliRun.runs.json.stdout) as { results: JsonResult[] }
    const web = resultOf(report.results, 'ELBIR002', 'aws_lb.web')
    expect(web?.verdict).toBe('fail')
    expect(web?.message).toContain('Logs cannot be delivered to `(sensitive value)` (`aws_s3_bucket.alb_logs`)')
    expect(web?.message).toContain('the prefix (sensitive) contains "AWSLogs"')
    // The bucket's region comes from a sensitive variable (the provider's region).
    expect(resultOf(report.results, 'ELBIR002', 'aws_lb.api')?.message).toContain('the bucket is in `(sensitive value)` but the load balancer is in `eu-west-1`')
    expect(resultOf(report.results, 'ELBIR005', 'module.edge.aws_lb.this')).toMatchObject({ verdict: 'fail', message: expect.stringContaining('the log bucket (name is sensitive)') })
    expect(resultOf(report.results, 'ELBIR008', 'module.edge.aws_lb.this')?.verdict).toBe('fail')
    // Sensitive module outputs: known in the plan (archive), and known only from the configuration (vault).
    for (const address of ['aws_lb.archive', 'aws_lb.vault']) {
      expect(resultOf(report.results, 'ELBIR005', address)).toMatchObject({ verdict: 'fail', message: expect.stringContaining('reads the access logs in `(sensitive value)`') })
    }
    expect(resultOf(report.results, 'ELBIR001', 'aws_lb.web')?.message).toContain('written to `s3://(known after apply)/(sensitive value)`')
    expect(resultOf(report.results, 'ELBIR001', 'module.edge.aws_lb.this')?.message).toContain('written to `s3://(sensitive value)/(sensitive value)`')

    for (const name of ['text', 'markdown', 'sarif', 'gitlab', 'junit', 'merge text', 'merge markdown', 'merge junit']) {
      expect(cliRun.runs[name].stdout, name).toContain('aws_lb.web')
      expect(cliRun.runs[name].stdout, name).toContain('(sensitive value)')
    }
    expect(cliRun.runs.text.code).toBe(1)
  })

  it('action: no canary in annotations, logs, job summary, SARIF, JSON report, outputs, review and summary comments, or the dry run', () => {
    expectNoLeak(action.channels)
  })

  it('action: the findings reach every channel, with the placeholder', () => {
    expect(action.run.code).toBe(1)
    const webError = workflowCommands(action.run.stdout, 'error').find((e) => e.properties.title?.startsWith('ELBIR002') && e.message.startsWith('aws_lb.web:'))
    expect(webError?.properties.file).toBe('infra/main.tf')
    expect(webError?.message).toContain('(sensitive value)')
    expect(action.run.summary).toContain('`aws_lb.web`')
    expect(action.run.summary).toContain('(sensitive value)')

    const comments = action.github.state.reviewComments
    expect(comments.length).toBeGreaterThan(5)
    const web = comments.find((c) => c.body.includes('**ELBIR002**') && c.body.includes('`aws_lb.web`'))
    expect(web?.body).toContain('(sensitive value)')
    expect(comments.some((c) => c.path === 'infra/modules/edge-nlb/main.tf' && c.body.includes('the log bucket \\(name is sensitive\\)'))).toBe(true)
    const summaries = action.github.state.issueComments
    expect(summaries).toHaveLength(1)
    expect(summaries[0].body).toContain('| `module.edge.aws_lb.this` (network) |')
    expect(summaries[0].body).toMatch(/Posted as review comments on the changed lines \(\d+\):/)

    expect(action.dryRun.code).toBe(1)
    expect(action.dryRun.stdout).toContain('--- review comment on infra/main.tf:')
    expect(action.dryRun.stdout).toContain('(sensitive value)')
    expect(action.report.results.find((r) => r.ruleId === 'ELBIR005' && r.address === 'aws_lb.vault')?.message).toContain('`(sensitive value)`')
  })
})

// A state marks its secrets otherwise: a raw state file lists their paths in `sensitive_attributes`,
// `terraform show -json` of it in `sensitive_values`. fixtures/state/sensitive (made by Terraform) holds
// a log bucket and prefix from sensitive variables and a SecureString value in a bucket tag.
describe('secrets in a state', () => {
  const STATE_FIXTURE = 'fixtures/state/sensitive'

  for (const shape of ['terraform.tfstate', 'state.json']) {
    it(`command line on ${shape}: no canary in any format or file, and the findings say (sensitive value)`, async () => {
      const stateText = readFileSync(path.join(REPO_ROOT, STATE_FIXTURE, shape), 'utf8')
      // The canaries are in the state, in clear, as Terraform writes them.
      expect(stateText).toContain('CANARY-5ecret-9f27-state-bucket')
      expect(stateText).toContain('CANARY-5ecret-9f27-state-prefix')
      expect(stateText).toContain('CANARY-5ecret-9f27-state-ssm')
      const dir = tempDir('elb-ir-state-secrets-')
      try {
        const run = await cliChannels(STATE_FIXTURE, dir.dir, shape)
        expectNoLeak(run.channels)
        const report = JSON.parse(run.runs.json.stdout) as { plans: { kind?: string }[]; results: JsonResult[] }
        expect(report.plans[0].kind).toBe('state')
        expect(resultOf(report.results, 'ELBIR002', 'aws_lb.web')).toMatchObject({ verdict: 'fail', message: expect.stringContaining('(sensitive value)') })
        expect(resultOf(report.results, 'ELBIR001', 'aws_lb.edge')?.message).toContain('written to `s3://(sensitive value)/(sensitive value)`')
        for (const name of ['text', 'markdown', 'sarif', 'gitlab', 'junit']) expect(run.runs[name].stdout, name).toContain('(sensitive value)')
      } finally {
        dir.cleanup()
      }
    })
  }

  it('action with a raw state as its plan input: no canary in annotations, logs, summary, outputs, SARIF or JSON report', async () => {
    const root = tempDir('elb-ir-state-secrets-action-')
    try {
      const workspace = workspaceWith(root.dir, STATE_FIXTURE)
      const push = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/infra' } } }
      // fail-on all: a state's findings are existing debt, and the failure line is a channel too.
      const result = await runInProcess({ workspace, with: { plan: 'infra/terraform.tfstate', 'working-directory': 'infra', 'fail-on': 'all' }, event: push })
      expect(result.code).toBe(1)
      const channels: Channel[] = [
        { name: 'state action annotations', kind: 'log', text: JSON.stringify(result.annotations) },
        { name: 'state action log', kind: 'log', text: result.log.join('\n') },
        { name: 'state action failure', kind: 'log', text: result.failed.join('\n') },
        { name: 'state action job summary', kind: 'markdown', text: result.summary },
        { name: 'state action outputs', kind: 'log', text: JSON.stringify(result.outputs) },
        { name: 'state action SARIF file', kind: 'sarif', text: readFileSync(result.outputs.sarif, 'utf8') },
        { name: 'state action JSON report', kind: 'json', text: readFileSync(result.outputs.report, 'utf8') }
      ]
      expectNoLeak(channels)
      expect(result.summary).toContain('(sensitive value)')
    } finally {
      root.cleanup()
    }
  })
})
