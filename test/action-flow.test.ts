// The action's flow in-process: src/main.ts's run with a recording ActionIO, against a loopback server that
// keeps GitHub's rules. The bundled action (`node dist/index.js`) is tested end to end in action.test.ts.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../src/github/markers.js'
import { runInProcess } from './helpers/action-io.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, workspaceWith, type ActionEnv } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const WRITE_TOKEN = 'ghs_write'
const FORK_TOKEN = 'ghs_fork'
const STEP = { plan: 'infra/plan.json', 'working-directory': 'infra' }
const PUSH = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/infra' } } }

const prEvent = (headRepo = 'acme/infra') => pullRequestEvent(HEAD, headRepo)

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(async () => {
  github = await startGitHubServer({
    headSha: HEAD,
    files: EXAMPLE_PR_FILES,
    tokens: { [WRITE_TOKEN]: { login: 'github-actions[bot]', write: true, app: true }, [FORK_TOKEN]: { login: 'github-actions[bot]', write: false, app: true } }
  })
  root = tempDir('elb-ir-flow-')
  workspace = workspaceWith(root.dir, 'fixtures/example')
})

afterEach(async () => {
  await github.close()
  root.cleanup()
})

const step = (extra: Partial<ActionEnv> = {}): ActionEnv => ({ workspace, with: STEP, token: WRITE_TOKEN, event: prEvent(), apiUrl: github.url, ...extra })
const findingComments = () => github.state.reviewComments.filter((c) => readFindingMarker(c.body))

describe('the action in-process', () => {
  it('on a push makes no GitHub call, and annotates, writes the outputs, the files and the job summary', async () => {
    const result = await runInProcess(step({ event: PUSH }))
    expect(result.code).toBe(1)
    expect(github.requests).toHaveLength(0)
    expect(result.log).toContain('No pull request comments: push is not a pull request event. Annotations, the job summary and the outputs are written as usual.')
    // Errors first, files relative to the repository root.
    expect(result.annotations[0]).toEqual({ level: 'error', message: expect.stringContaining('`aws_s3_bucket.alb_logs`'), properties: { title: 'ELBIR002 Access logs can actually be written', file: 'infra/main.tf', startLine: 99 } })
    expect(result.annotations.map((a) => a.level)).toEqual([...result.annotations.map((a) => a.level)].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)))
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '6', notices: '1', sarif: path.join(workspace, 'elb-ir.sarif') })
    expect(JSON.parse(readFileSync(result.outputs.report, 'utf8')).schemaVersion).toBe(1)
    expect(existsSync(result.outputs.sarif)).toBe(true)
    expect(result.summary).toContain('**ELBIR002**')
    expect(result.summary).not.toContain('Pull request:')
    expect(result.failed).toEqual(['elb-ir-check: 1 new or regressed finding at or above fail-level error blocks this change (1 errors, 6 warnings, 1 notices)'])
  })

  it('on a pull request with findings posts one review on the changed lines, and the job summary ends with what it posted', async () => {
    const result = await runInProcess(step())
    expect(result.code).toBe(1)
    expect(github.state.reviews).toHaveLength(1)
    expect(findingComments().map((c) => `${c.path}:${c.line}`).sort()).toEqual(['infra/main.tf:157', 'infra/main.tf:157', 'infra/main.tf:99'])
    expect(github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))).toHaveLength(1)
    expect(result.log).toContain('Pull request #7: 3 review comments posted, 0 updated, 0 removed; summary comment created.')
    expect(result.summary.trimEnd()).toMatch(/_Pull request: 3 review comments posted, 0 updated, 0 removed; summary comment created\._$/)
  })

  it("with a fork's read-only token (403) posts nothing, says so in a notice with the fork-safe pattern, and keeps the exit code", async () => {
    const result = await runInProcess(step({ token: FORK_TOKEN, event: prEvent('someone/infra') }))
    expect(result.code).toBe(1)
    expect(github.requests.some((r) => r.status === 403)).toBe(true)
    expect(github.state.reviewComments).toHaveLength(0)
    expect(github.state.issueComments).toHaveLength(0)
    const notice = result.annotations.find((a) => a.properties.title === 'elb-ir-check: no pull request comments')
    expect(notice?.level).toBe('notice')
    expect(notice?.message).toContain('fork-safe pattern')
    expect(notice?.message).not.toContain('comment: off')
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.properties.file)).toContain('infra/main.tf')
    expect(result.summary).toContain('**ELBIR002**')
    expect(result.summary).toContain('_No pull request comments:')
  })

  it('with a bad input fails with one line and exit code 2, before reading or writing anything', async () => {
    const result = await runInProcess(step({ with: { ...STEP, 'fail-level': 'severe' } }))
    expect(result.code).toBe(2)
    expect(result.failed).toHaveLength(1)
    expect(result.failed[0]).not.toContain('\n')
    expect(result.failed[0]).toBe('elb-ir-check: fail-level: must be one of error, warning, notice, never (got `severe`). Fix the `fail-level` input of the elb-ir-check step')
    expect(result.annotations).toEqual([])
    expect(result.outputs).toEqual({})
    expect(result.summary).toBe('')
    expect(github.requests).toHaveLength(0)
    expect(existsSync(path.join(workspace, 'elb-ir.sarif'))).toBe(false)
  })

  it("in a dry run, fences what it would post off the runner's command parser, inside a group", async () => {
    const result = await runInProcess(step({ token: '', env: { ACT: 'true' } }))
    expect(result.code).toBe(1)
    expect(github.requests).toHaveLength(0)
    const start = result.log.indexOf('group: elb-ir-check dry run: 7 review comments and the summary comment for pull request #7 (nothing is posted)')
    expect(start).toBeGreaterThanOrEqual(0)
    const stop = /^::stop-commands::([0-9a-f]{24})$/.exec(result.log[start + 1])
    expect(stop).not.toBeNull()
    const resume = result.log.indexOf(`::${stop![1]}::`)
    expect(result.log[resume + 1]).toBe('endgroup')
    const fenced = result.log.slice(start + 2, resume)
    expect(fenced.some((line) => line.startsWith('--- review comment on infra/main.tf:99'))).toBe(true)
    expect(fenced.some((line) => line.includes('<!-- elb-ir-check:summary'))).toBe(true)
    expect(result.summary).toContain('_Dry run: nothing was posted to the pull request (7 review comments would be)._')
  })

  it('when the job summary cannot be written, warns once per write and still annotates every finding with the same exit code', async () => {
    const result = await runInProcess(step({ event: PUSH }), {
      appendSummary: async () => {
        throw new Error('ENOSPC: no space left on device')
      }
    })
    expect(result.code).toBe(1)
    // Two writes: the report, then the fix patch for its findings.
    const warning = { level: 'warning', message: 'the job summary could not be written (ENOSPC: no space left on device)', properties: {} }
    expect(result.annotations.filter((a) => a.message.startsWith('the job summary could not be written'))).toEqual([warning, warning])
    expect(result.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(result.outputs.errors).toBe('1')
  })

  it('an unexpected failure is one line that calls itself internal; the stack is logged only with ELB_IR_DEBUG', async () => {
    const broken = { setOutput: () => {
      throw new Error('the output file is gone\nsecond line')
    } }
    const quiet = await runInProcess(step({ event: PUSH }), broken)
    expect(quiet.code).toBe(2)
    expect(quiet.failed).toEqual(['elb-ir-check: internal error: the output file is gone. Please report it (set ELB_IR_DEBUG=1 for details).'])
    expect(quiet.log.join('\n')).not.toMatch(/^\s+at /m)

    const debug = await runInProcess(step({ event: PUSH, env: { ELB_IR_DEBUG: '1' } }), broken)
    expect(debug.failed).toEqual(quiet.failed)
    expect(debug.log.join('\n')).toMatch(/^\s+at /m)
  })
})
