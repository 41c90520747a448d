// Files that are not what they seem: named pipes and devices given as plans, reports or configurations, and
// paths (globs, links, `..`) that lead out of the repository. Nothing hangs, and nothing outside is read.
import { spawnSync } from 'node:child_process'
import { closeSync, constants, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadSettings } from '../../src/config/load.js'
import { InputError } from '../../src/errors.js'
import { loadPlanFile } from '../../src/plan/load.js'
import { REPO_ROOT, runAction, workflowCommands, workspaceWith } from '../helpers/action-runner.js'
import { STACK_LINE, tempDir } from '../helpers/cli.js'

const tmp = tempDir('elb-ir-filesystem-')
const fifos: string[] = []
afterAll(() => {
  // A reader still waiting on a pipe (the failure these tests look for) gets its end of file and exits.
  for (const fifo of fifos) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))
    } catch {
      // No reader left: nothing to release.
    }
  }
  tmp.cleanup()
})

function makeFifo(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true })
  const made = spawnSync('mkfifo', [file])
  expect(made.status, String(made.stderr)).toBe(0)
  fifos.push(file)
  return file
}

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js')
const EXAMPLE_PLAN = path.join(REPO_ROOT, 'fixtures', 'example', 'plan.json')

/** The built command line, stopped after 20 s: a run that waits on a pipe shows as status null. */
function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args, '--format', 'json'], { cwd: tmp.dir, encoding: 'utf8', timeout: 20_000 })
}

function expectOneCleanLine(stderr: string, ...mentions: string[]): void {
  const lines = stderr.split('\n').filter((line) => line !== '')
  expect(lines, stderr).toHaveLength(1)
  expect(stderr).not.toMatch(STACK_LINE)
  for (const mention of mentions) expect(lines[0]).toContain(mention)
}

/** Resolves with the run, or rejects after `ms` (a run waiting on a pipe never ends by itself). */
function within<T>(ms: number, run: Promise<T>): Promise<T> {
  return Promise.race([run, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms))])
}

describe('named pipes and devices', () => {
  const fifo = makeFifo(path.join(tmp.dir, 'pipe.json'))

  it('the plan loader refuses a named pipe and a device at once, naming what they are', async () => {
    for (const [file, kind] of [
      [fifo, 'a named pipe (FIFO)'],
      ['/dev/null', 'a device']
    ]) {
      const error = await loadPlanFile(file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).message).toContain(`${file}: is ${kind}, not a regular file`)
    }
  })

  it('the command line refuses a named pipe as --plan, as a report to merge and as --config, in one line, exit 2', () => {
    for (const args of [
      ['check', '--plan', 'pipe.json'],
      ['merge', 'pipe.json'],
      ['check', '--plan', EXAMPLE_PLAN, '--config', 'pipe.json']
    ]) {
      const run = cli(...args)
      expect(run.status, args.join(' ')).toBe(2)
      expectOneCleanLine(run.stderr, 'pipe.json', 'named pipe')
    }
  })

  it('the action refuses a named pipe as `plan` with one error line and exit 2, and still judges the other plan', async () => {
    const workspace = workspaceWith(path.join(tmp.dir, 'action-fifo'), 'fixtures/example')
    makeFifo(path.join(workspace, 'infra', 'pipe.json'))
    const result = await within(20_000, runAction({ workspace, with: { plan: 'infra/pipe.json\ninfra/plan.json', 'working-directory': 'infra' }, event: { name: 'push' } }))
    expect(result.code).toBe(2)
    const errors = workflowCommands(result.stdout, 'error').filter((e) => e.message.includes('pipe.json'))
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain('named pipe')
    expect(result.summary).toContain('ELBIR002')
  })
})

describe('reads stay inside the repository', () => {
  /** A repository with the example under infra/, and beside it a folder that is not part of it. */
  function layout(name: string) {
    const root = path.join(tmp.dir, name)
    const workspace = workspaceWith(root, 'fixtures/example')
    const outside = path.join(root, 'outside')
    mkdirSync(outside, { recursive: true })
    return { workspace, outside }
  }
  const CANARY = 'canary-outside-3b7e'
  // A playbook naming every AWS contact channel: read, it would make ELBIR007 pass.
  const FULL_PLAYBOOK = `${CANARY}\nAWS Support case (Security), AWS Customer Incident Response Team (CIRT), AWS Shield Response Team (SRT), AWS Trust & Safety (abuse), AWS Security Hub\n`

  it('a playbook glob or link that leads out of the repository is named in a warning and not read', async () => {
    const { workspace, outside } = layout('playbooks')
    writeFileSync(path.join(outside, 'secret.md'), FULL_PLAYBOOK)
    mkdirSync(path.join(workspace, 'docs'), { recursive: true })
    writeFileSync(path.join(workspace, 'docs', 'inside.md'), 'Call the on-call engineer.\n')
    symlinkSync(path.join(outside, 'secret.md'), path.join(workspace, 'docs', 'linked.md'))
    const config = path.join(workspace, '.elb-ir.yml')
    writeFileSync(config, 'playbooks:\n  - ../outside/*.md\n  - docs/*.md\n  - docs/linked.md\n')
    const settings = await loadSettings(config, { root: workspace })
    // The link matched by the glob is passed over; named, it is refused with a warning.
    expect(settings.playbooks.map((p) => p.path)).toEqual(['docs/inside.md'])
    expect(settings.playbooks.map((p) => p.text).join('')).not.toContain(CANARY)
    expect(settings.warnings).toEqual([
      '.elb-ir.yml: the playbook ../outside/secret.md (from `../outside/*.md`) lies outside the repository, so it is not read',
      '.elb-ir.yml: the playbook `docs/linked.md` is a link, and links are not followed, so it is not read; keep the playbook as a file in the repository'
    ])
    // The action: the warnings reach the run, and ELBIR007 judges the playbook inside alone.
    const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, event: { name: 'push' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('../outside/secret.md (from `../outside/*.md`) lies outside the repository')
    expect(result.summary).toMatch(/ELBIR007/)
    expect(result.summary + result.stdout).not.toContain(CANARY)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as { results: { ruleId: string; verdict: string }[] }
    expect(report.results.find((r) => r.ruleId === 'ELBIR007')?.verdict).toBe('fail')
  })

  it('a working-directory that links out of the repository is not read, with one warning', async () => {
    const { workspace, outside } = layout('linked-workdir')
    // The example's sources and a configuration live outside; the repository links to them.
    const elsewhere = path.join(outside, 'infra')
    mkdirSync(elsewhere, { recursive: true })
    writeFileSync(path.join(elsewhere, 'main.tf'), readFileSync(path.join(workspace, 'infra', 'main.tf')))
    writeFileSync(path.join(elsewhere, '.elb-ir.yml'), `exemptions:\n  - address: "*"\n    rule: ELBIR002\n    reason: ${CANARY}\n`)
    symlinkSync(elsewhere, path.join(workspace, 'linked'))
    const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'linked' }, event: { name: 'push' } })
    expect(result.code).toBe(1)
    const warnings = workflowCommands(result.stdout, 'warning').filter((w) => w.message.includes('working-directory'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain('linked leads outside the repository')
    // Neither the configuration nor the sources out there were read: no exemption, no file and line.
    expect(result.summary + result.stdout).not.toContain(CANARY)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as { results: { ruleId: string; verdict: string; location: unknown }[] }
    expect(report.results.find((r) => r.ruleId === 'ELBIR002' && r.verdict === 'fail')).toBeDefined()
    expect(report.results.filter((r) => r.location !== null)).toEqual([])
  })

  it('a `config` outside the repository is refused with one line and exit 2', async () => {
    const { workspace, outside } = layout('outside-config')
    writeFileSync(path.join(outside, 'elb-ir.yml'), 'rules:\n  ELBIR002: off\n')
    const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra', config: '../outside/elb-ir.yml' }, event: { name: 'push' } })
    expect(result.code).toBe(2)
    const errors = workflowCommands(result.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain('../outside/elb-ir.yml: lies outside the repository')
  })
})

describe("the runner's paths stay out of what others read", () => {
  it('the job summary and the report name the configuration relative to the repository root', async () => {
    const workspace = workspaceWith(path.join(tmp.dir, 'relative-config'), 'fixtures/example')
    // An exemption (shown with where it comes from) and an expired one (a warning naming the file).
    writeFileSync(
      path.join(workspace, 'infra', '.elb-ir.yml'),
      'exemptions:\n  - address: aws_lb.web\n    rule: ELBIR004\n    reason: bucket moves next sprint\n  - address: aws_lb.web\n    rule: ELBIR003\n    reason: old\n    expires: 2020-01-01\n'
    )
    const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, event: { name: 'push' } })
    expect(result.code).toBe(1)
    expect(result.summary).toContain('bucket moves next sprint')
    // Markdown escapes punctuation (infra/\.elb\-ir\.yml): read the summary without the escapes.
    const summary = result.summary.replace(/\\/g, '')
    expect(summary).toContain('| infra/.elb-ir.yml |')
    expect(summary).toContain('infra/.elb-ir.yml: the exemption of ELBIR003')
    const report = readFileSync(result.outputs.report, 'utf8')
    for (const text of [result.summary, result.stdout, report]) expect(text).not.toContain(workspace)
  })
})
