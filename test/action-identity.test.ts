// End-to-end: a check's PR comments are known by what identifies it in the repository, not by where
// the runner keeps files. Self-hosted runner pools give every run its own RUNNER_TEMP and
// GITHUB_WORKSPACE; a plan written to `${{ runner.temp }}/plan.json` must still find its comments.
import { cpSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../src/github/markers.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, REPO_ROOT, runAction, workspaceWith } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const TOKEN = 'ghs_write'
const EVENT = pullRequestEvent(HEAD)

let github: FakeGitHub
const roots: { dir: string; cleanup: () => void }[] = []

beforeEach(async () => {
  github = await startGitHubServer({ headSha: HEAD, files: EXAMPLE_PR_FILES, tokens: { [TOKEN]: { login: 'github-actions[bot]', write: true, app: true } }, pageSize: 2 })
})
afterEach(async () => {
  await github.close()
  for (const root of roots.splice(0)) root.cleanup()
})

/** A fresh runner: its own workspace (a checkout of `fixture`) and RUNNER_TEMP, the plan copied into RUNNER_TEMP/`planAt`. */
function freshRunner(fixture: string, planAt = 'plan.json') {
  const root = tempDir('elb-ir-runner-')
  roots.push(root)
  const workspace = workspaceWith(root.dir, fixture)
  const runnerTemp = path.join(root.dir, '_temp')
  const plan = path.join(runnerTemp, planAt)
  mkdirSync(path.dirname(plan), { recursive: true })
  cpSync(path.join(workspace, 'infra/plan.json'), plan)
  return { workspace, runnerTemp, plan }
}

async function runOn(runner: ReturnType<typeof freshRunner>, extra: Record<string, string> = {}) {
  return runAction({ workspace: runner.workspace, with: { plan: runner.plan, 'working-directory': 'infra', ...extra }, token: TOKEN, event: EVENT, apiUrl: github.url, env: { RUNNER_TEMP: runner.runnerTemp } })
}

const writes = () => github.requests.filter((r) => r.method !== 'GET')
const findingComments = () => github.state.reviewComments.filter((c) => readFindingMarker(c.body))
const summaryComments = () => github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))

describe('comment identity across runners', () => {
  it('plan in RUNNER_TEMP, another workspace each run: the re-run writes nothing, the fix push cleans up and keeps one summary', async () => {
    const first = freshRunner('fixtures/example')
    expect((await runOn(first)).code).toBe(1)
    expect(github.state.reviews).toHaveLength(1)
    expect(findingComments()).toHaveLength(3)
    expect(summaryComments()).toHaveLength(1)
    const summaryId = summaryComments()[0].id
    const encryption = findingComments().find((c) => c.line === 99)!

    // An identical re-run on another runner: zero writes.
    const second = freshRunner('fixtures/example')
    expect(second.workspace).not.toBe(first.workspace)
    const writesBefore = writes().length
    expect((await runOn(second)).code).toBe(1)
    expect(writes().slice(writesBefore)).toEqual([])

    // The fix push, on a third runner: the stale comment goes, the summary is edited in place.
    const third = freshRunner('fixtures/action/fixed')
    expect((await runOn(third)).code).toBe(0)
    expect(github.state.reviewComments.map((c) => c.id)).not.toContain(encryption.id)
    expect(findingComments()).toHaveLength(2)
    expect(github.state.reviews).toHaveLength(1)
    expect(summaryComments().map((c) => c.id)).toEqual([summaryId])
    expect(summaryComments()[0].body).toContain('**0** errors')
  }, 60_000)

  it('`id` keeps two checks of one folder apart, whose plans outside the workspace share a file name, on any runner', async () => {
    /** One job, two steps: prod and staging plans, each written to RUNNER_TEMP/<env>/plan.json. */
    const job = async (runner: ReturnType<typeof freshRunner>) => {
      const staging = path.join(runner.runnerTemp, 'staging/plan.json')
      mkdirSync(path.dirname(staging), { recursive: true })
      cpSync(path.join(REPO_ROOT, 'fixtures/action/fixed/plan.json'), staging)
      await runOn(runner, { id: 'prod' })
      await runOn({ ...runner, plan: staging }, { id: 'staging' })
    }
    await job(freshRunner('fixtures/example', 'prod/plan.json'))
    expect(summaryComments()).toHaveLength(2)
    expect(summaryComments().map((c) => /\*\*(\d+)\*\* errors?\b/.exec(c.body)?.[1])).toEqual(['1', '0'])

    // The job again, on another runner: each check finds its own comments and writes nothing.
    const writesBefore = writes().length
    await job(freshRunner('fixtures/example', 'prod/plan.json'))
    expect(writes().slice(writesBefore)).toEqual([])
    expect(summaryComments()).toHaveLength(2)
  }, 60_000)

  it('one step over two plans in RUNNER_TEMP: the findings keep their fingerprints on another runner', async () => {
    /** Two plans of one folder in one step: the report holds several plans, so fingerprints carry each plan's name. */
    const step = async (runner: ReturnType<typeof freshRunner>) => {
      const staging = path.join(runner.runnerTemp, 'staging/plan.json')
      mkdirSync(path.dirname(staging), { recursive: true })
      cpSync(path.join(runner.workspace, 'infra/plan.json'), staging)
      return runOn(runner, { plan: `${runner.plan}\n${staging}` })
    }
    expect((await step(freshRunner('fixtures/example', 'prod/plan.json'))).code).toBe(1)
    const posted = findingComments().map((c) => readFindingMarker(c.body)!.fingerprint).sort()
    expect(posted.length).toBeGreaterThan(0)

    const writesBefore = writes().length
    expect((await step(freshRunner('fixtures/example', 'prod/plan.json'))).code).toBe(1)
    expect(writes().slice(writesBefore)).toEqual([])
    expect(findingComments().map((c) => readFindingMarker(c.body)!.fingerprint).sort()).toEqual(posted)
  }, 60_000)
})
