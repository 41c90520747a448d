// A failed answer is not a timeout: a 5xx or a dropped connection has ended the request, so the action
// looks whether a create arrived after a short pause and tries again; only a request that timed out
// waits for the full request time limit. Measured with the production pauses and time limits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../../src/github/markers.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, runAction, workspaceWith } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'
import { startGitHubServer, type FakeGitHub, type Fault } from '../helpers/github-server.js'

const HEAD = '9d4c2b7e1f0a3c5e7b9d1f2a4c6e8b0d2f4a6c8e'
const TOKEN = 'ghs_write'
const EVENT = pullRequestEvent(HEAD)
/** What the action uses when nothing shortens it: GitHub's seconds and a 30 s request time limit. */
const PRODUCTION = { ELB_IR_RETRY_BASE_MS: '1000', ELB_IR_HTTP_TIMEOUT_MS: '30000' }
const REVIEWS = /\/pulls\/7\/reviews$/
const ISSUE_COMMENTS = /\/issues\/7\/comments$/

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }

beforeEach(async () => {
  root = tempDir('elb-ir-fault-timing-')
  github = await startGitHubServer({ headSha: HEAD, files: EXAMPLE_PR_FILES, tokens: { [TOKEN]: { login: 'github-actions[bot]', write: true, app: true } } })
})
afterEach(async () => {
  await github.close()
  root.cleanup()
})

async function timedRun(faults: Fault[]) {
  github.faults.push(...faults)
  const workspace = workspaceWith(root.dir, 'fixtures/example')
  const started = Date.now()
  const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, token: TOKEN, event: EVENT, apiUrl: github.url, env: PRODUCTION })
  const ms = Date.now() - started
  console.log(`fault timing: ${faults.map((f) => `${f.drop ? 'drop' : f.status} on ${f.method} ${f.path?.source}`).join(', ')}: ${ms} ms`)
  return { ...result, ms }
}

function postedOnce() {
  const fingerprints = github.state.reviewComments.map((c) => readFindingMarker(c.body)?.fingerprint).filter(Boolean)
  expect(new Set(fingerprints).size).toBe(fingerprints.length)
  expect(fingerprints).toHaveLength(3)
  expect(github.state.reviews.filter((r) => r.state === 'COMMENTED')).toHaveLength(1)
  expect(github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))).toHaveLength(1)
}

describe('faults that end the request cost seconds, not the request time limit (production pauses)', () => {
  it('a 502 on the review and a 429 with Retry-After: 1 on the summary finish in under 8 s, everything posted once', async () => {
    const result = await timedRun([
      { method: 'POST', path: REVIEWS, status: 502 },
      { method: 'POST', path: ISSUE_COMMENTS, status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }
    ])
    expect(result.code).toBe(1)
    postedOnce()
    expect(result.ms).toBeLessThan(8000)
  }, 60_000)

  it('a dropped connection on the review finishes in under 8 s, posted once', async () => {
    const result = await timedRun([{ method: 'POST', path: REVIEWS, drop: true }])
    expect(result.code).toBe(1)
    postedOnce()
    expect(result.ms).toBeLessThan(8000)
  }, 60_000)
})
