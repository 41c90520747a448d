// The action with no `plan`: it judges the Terraform sources in working-directory, needs no cloud
// credentials, and so serves pull requests from forks in one workflow (docs/examples/fork-pr-sources.yml).
// In-process (src/main.ts) and bundled (`node dist/index.js`), against the loopback GitHub server.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../../src/github/markers.js'
import type { Report } from '../../src/report/types.js'
import { runInProcess } from '../helpers/action-io.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, runAction, workflowCommands, workspaceWith, type ActionEnv } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'
import { startGitHubServer, type FakeGitHub } from '../helpers/github-server.js'

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const WRITE_TOKEN = 'ghs_write'
const FORK_TOKEN = 'ghs_fork'
const BOT = 'github-actions[bot]'
const PUSH = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/infra' } } }
/** The step of docs/examples/fork-pr-sources.yml. */
const FORK_STEP = { 'working-directory': 'infra', comment: 'off', 'sarif-file': '', 'fail-level': 'error' }

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(async () => {
  github = await startGitHubServer({
    headSha: HEAD,
    files: EXAMPLE_PR_FILES,
    tokens: { [WRITE_TOKEN]: { login: BOT, write: true, app: true }, [FORK_TOKEN]: { login: BOT, write: false, app: true } }
  })
  root = tempDir('elb-ir-sources-action-')
  workspace = workspaceWith(root.dir, 'fixtures/example')
  // Sources only: no plan anywhere in the checkout.
  rmSync(path.join(workspace, 'infra/plan.json'))
})

afterEach(async () => {
  await github.close()
  root.cleanup()
})

const step = (extra: Partial<ActionEnv> = {}): ActionEnv => ({ workspace, with: { 'working-directory': 'infra' }, token: WRITE_TOKEN, event: pullRequestEvent(HEAD), apiUrl: github.url, ...extra })
const reportOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Report

describe('the action without a plan, in-process', () => {
  it('judges the sources of working-directory: annotations on repository paths, outputs, the report and the job summary', async () => {
    const result = await runInProcess(step({ event: PUSH, token: '' }))
    expect(result.code).toBe(1)
    expect(github.requests).toHaveLength(0)
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([
      { level: 'error', message: expect.stringContaining('`aws_s3_bucket.alb_logs`'), properties: { title: 'ELBIR002 Access logs can actually be written', file: 'infra/main.tf', startLine: 99 } }
    ])
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '6', notices: '1' })
    const report = reportOf(result.outputs.report)
    expect(report.plans).toEqual([expect.objectContaining({ path: 'infra', kind: 'source' })])
    expect(report.loadBalancers.every((lb) => lb.actions.length === 0)).toBe(true)
    expect(result.summary).toContain('in the sources of 1 folder')
    expect(result.summary).toContain('**sources: 1 finding at or above fail-level error fails the run')
    expect(result.failed).toEqual([expect.stringContaining('sources: 1 finding')])
  })

  it('comments on a same-repository PR as for a plan, without saying "new" of what was there all along', async () => {
    const result = await runInProcess(step())
    expect(result.code).toBe(1)
    const comments = github.state.reviewComments.filter((c) => readFindingMarker(c.body))
    expect(comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['infra/main.tf:157', 'infra/main.tf:157', 'infra/main.tf:99'])
    expect(comments.every((c) => !c.body.includes('**New**'))).toBe(true)
    const [summary] = github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))
    expect(summary.body).toContain('in the sources of 1 folder')
  })

  it("on a fork PR that still asks for comments (403): a notice pointing to `comment: off` and the sources' fork workflow, not the two-workflow pattern", async () => {
    const result = await runInProcess(step({ token: FORK_TOKEN, event: pullRequestEvent(HEAD, 'someone/infra') }))
    expect(result.code).toBe(1)
    expect(github.requests.some((r) => r.status === 403)).toBe(true)
    expect(github.state.reviewComments).toHaveLength(0)
    const notice = result.annotations.find((a) => a.properties.title === 'elb-ir-check: no pull request comments')
    expect(notice?.message).toContain('`comment: off`')
    expect(notice?.message).toContain('docs/examples/fork-pr-sources.yml')
    expect(notice?.message).not.toContain('workflow_run')
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.properties.file)).toContain('infra/main.tf')
  })

  it('a working-directory with a broken file: one problem line naming the file, exit 2', async () => {
    writeFileSync(path.join(workspace, 'infra/broken.tf'), 'resource "aws_lb" "x" {\n  name = \n')
    const result = await runInProcess(step({ event: PUSH, token: '' }))
    expect(result.code).toBe(2)
    const problems = result.annotations.filter((a) => a.properties.title === 'elb-ir-check: input problem')
    expect(problems.map((a) => a.message)).toEqual([expect.stringMatching(/^infra\/broken\.tf:3: has a syntax error/)])
    expect(result.failed).toEqual(['elb-ir-check: the sources could not be judged (see the errors above)'])
  })
})

describe('the bundled action without a plan (node dist/index.js)', () => {
  it('on a fork PR with the fork-pr-sources step: no GitHub write, annotations and the job summary, exit 1', async () => {
    const result = await runAction(step({ with: FORK_STEP, token: FORK_TOKEN, event: pullRequestEvent(HEAD, 'someone/infra') }))
    expect(result.stdout).not.toMatch(/^\s+at /m)
    expect(result.code).toBe(1)
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
    expect(workflowCommands(result.stdout, 'error')[0].properties).toMatchObject({ file: 'infra/main.tf', line: '99' })
    expect(result.summary).toContain('**ELBIR002**')
    expect(result.outputs.sarif).toBe('')
    expect(reportOf(result.outputs.report).plans.map((p) => p.kind)).toEqual(['source'])
  })
})
