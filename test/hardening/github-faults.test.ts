// GitHub faults: whatever the API does, the action finishes in bounded time, every finding reaches the
// annotations or the job summary, and nothing is posted twice.
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../../src/github/markers.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, runAction, workflowCommands, workspaceWith, type ActionRun } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'
import { startGitHubServer, type FakeGitHub, type Fault } from '../helpers/github-server.js'

const HEAD = '9d4c2b7e1f0a3c5e7b9d1f2a4c6e8b0d2f4a6c8e'
const TOKEN = 'ghs_write'
const EVENT = pullRequestEvent(HEAD)
/** Per attempt; the whole exchange with GitHub is bounded by ELB_IR_PUBLISH_TIMEOUT_MS. */
const HTTP_TIMEOUT_MS = 800
const PUBLISH_TIMEOUT_MS = 12_000
/** What "bounded" means here: the deadline plus start-up, checking and writing the reports. */
const BOUND_MS = PUBLISH_TIMEOUT_MS + 8_000

const REVIEWS = /\/pulls\/7\/reviews$/
const ISSUE_COMMENTS = /\/issues\/7\/comments$/
const FILES = /\/pulls\/7\/files/
const REVIEW_COMMENTS = /\/pulls\/7\/comments/
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }

interface Scenario {
  name: string
  faults: Fault[]
  pullState?: 'open' | 'closed' | 'deleted'
  /** What must reach the PR despite the fault: the review and the summary, the summary only, or nothing. */
  posts: boolean | 'summary'
}

const SCENARIOS: Scenario[] = [
  { name: '500 on reading the files', faults: [{ method: 'GET', path: FILES, status: 500 }], posts: true },
  { name: '502 twice on posting the review', faults: [{ method: 'POST', path: REVIEWS, status: 502, times: 2 }], posts: true },
  { name: '503 on posting the summary comment', faults: [{ method: 'POST', path: ISSUE_COMMENTS, status: 503 }], posts: true },
  { name: '503 on every request, always', faults: [{ status: 503, times: 1000 }], posts: false },
  { name: '429 secondary rate limit with retry-after on the review', faults: [{ method: 'POST', path: REVIEWS, status: 429, headers: { 'retry-after': '1' }, body: SECONDARY }], posts: true },
  { name: '403 secondary rate limit with retry-after on the summary', faults: [{ method: 'POST', path: ISSUE_COMMENTS, status: 403, headers: { 'retry-after': '1' }, body: SECONDARY }], posts: true },
  { name: '429 on every request, always', faults: [{ status: 429, headers: { 'retry-after': '1' }, body: SECONDARY, times: 1000 }], posts: false },
  { name: '403 Resource not accessible on the review', faults: [{ method: 'POST', path: REVIEWS, status: 403, body: { message: 'Resource not accessible by integration' } }], posts: false },
  { name: '404: the pull request was deleted', faults: [], pullState: 'deleted', posts: false },
  { name: '422 on every review', faults: [{ method: 'POST', path: REVIEWS, status: 422, body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] }, times: 1000 }], posts: 'summary' },
  { name: 'a slow answer to the review (carried out after the client gave up)', faults: [{ method: 'POST', path: REVIEWS, delayMs: HTTP_TIMEOUT_MS + 400 }], posts: true },
  { name: 'a slow answer to the summary comment (carried out after the client gave up)', faults: [{ method: 'POST', path: ISSUE_COMMENTS, delayMs: HTTP_TIMEOUT_MS + 400 }], posts: true },
  { name: 'dropped connections while reading comments', faults: [{ method: 'GET', path: REVIEW_COMMENTS, drop: true, times: 2 }], posts: true },
  { name: 'a dropped connection on posting the summary', faults: [{ method: 'POST', path: ISSUE_COMMENTS, drop: true }], posts: true },
  { name: 'every answer slower than the time limit, always', faults: [{ delayMs: HTTP_TIMEOUT_MS * 3, times: 1000 }], posts: false }
]

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let tried = 0
let lost = 0
let duplicated = 0

beforeEach(() => {
  root = tempDir('elb-ir-faults-')
})
afterEach(async () => {
  await github?.close()
  root.cleanup()
})
afterAll(() => {
  console.log(`github faults: ${tried} runs under ${SCENARIOS.length} fault scenarios, ${lost} lost findings, ${duplicated} duplicates`)
})

async function start(scenario: Scenario) {
  github = await startGitHubServer({ headSha: HEAD, files: EXAMPLE_PR_FILES, tokens: { [TOKEN]: { login: 'github-actions[bot]', write: true, app: true } }, pullState: scenario.pullState, pageSize: 2 })
  github.faults.push(...scenario.faults.map((f) => ({ ...f })))
}

async function run(workspace: string): Promise<ActionRun & { ms: number }> {
  const started = Date.now()
  const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, token: TOKEN, event: EVENT, apiUrl: github.url, env: { ELB_IR_HTTP_TIMEOUT_MS: String(HTTP_TIMEOUT_MS), ELB_IR_PUBLISH_TIMEOUT_MS: String(PUBLISH_TIMEOUT_MS) } })
  tried++
  return { ...result, ms: Date.now() - started }
}

/** Every failed check of the JSON report is in the job summary or an annotation. */
function lostFindings(result: ActionRun): string[] {
  const missing = findingsMissing(result)
  lost += missing.length
  return missing
}

function findingsMissing(result: ActionRun): string[] {
  const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as { results: { ruleId: string; address: string | null; verdict: string }[] }
  const annotated = [...workflowCommands(result.stdout, 'error'), ...workflowCommands(result.stdout, 'warning'), ...workflowCommands(result.stdout, 'notice')].map((a) => `${a.properties.title?.split(' ')[0]} ${a.message.split(':')[0]}`)
  const summaryHeads = result.summary.split('\n').filter((line) => line.startsWith('❌ **'))
  return report.results
    .filter((r) => r.verdict === 'fail')
    .filter((r) => {
      const where = r.address ?? 'plan'
      const inSummary = summaryHeads.some((line) => line.includes(`**${r.ruleId}**`) && line.includes(r.address ? `\`${r.address}\`` : '`plan '))
      const inAnnotations = annotated.includes(`${r.ruleId} ${where}`)
      return !inSummary && !inAnnotations
    })
    .map((r) => `${r.ruleId} ${r.address}`)
}

function duplicates(): string[] {
  const found = postedTwice()
  duplicated += found.length
  return found
}

function postedTwice(): string[] {
  const seen = new Map<string, number>()
  for (const c of github.state.reviewComments) {
    const marker = readFindingMarker(c.body)
    if (marker) seen.set(marker.fingerprint, (seen.get(marker.fingerprint) ?? 0) + 1)
  }
  const summaries = github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary')).length
  return [...[...seen].filter(([, n]) => n > 1).map(([fp, n]) => `${fp} ×${n}`), ...(summaries > 1 ? [`summary ×${summaries}`] : [])]
}

describe.each(SCENARIOS)('$name', (scenario) => {
  it('finishes in bounded time with the same exit code, loses no finding and posts nothing twice', async () => {
    await start(scenario)
    const workspace = workspaceWith(root.dir, 'fixtures/example')
    const result = await run(workspace)
    expect(result.code).toBe(1)
    expect(result.ms).toBeLessThan(BOUND_MS)
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
    expect(lostFindings(result)).toEqual([])
    expect(duplicates()).toEqual([])
    if (scenario.posts === 'summary') {
      expect(github.state.reviews).toHaveLength(0)
      expect(github.state.issueComments).toHaveLength(1)
      expect(github.state.issueComments[0].body).toMatch(/ELBIR002\*\* error/)
    } else if (scenario.posts) {
      expect(github.state.reviews.filter((r) => r.state === 'COMMENTED')).toHaveLength(1)
      expect(github.state.issueComments).toHaveLength(1)
    } else {
      expect(result.summary).toContain('No pull request comments')
      // A same-repository PR whose token may not comment is told about permissions, not forks.
      if (scenario.name.startsWith('403 Resource')) expect(workflowCommands(result.stdout, 'notice').some((n) => n.message.includes('pull-requests: write') && !n.message.includes('comes from a fork'))).toBe(true)
    }

    // Once GitHub is well again, a re-run completes the PR without a duplicate.
    github.faults.length = 0
    if (scenario.pullState === 'deleted') return
    const again = await run(workspace)
    expect(again.code).toBe(1)
    expect(duplicates()).toEqual([])
    expect(github.state.reviews.filter((r) => r.state === 'COMMENTED').length).toBeLessThanOrEqual(1)
    expect(github.state.issueComments).toHaveLength(1)
    expect(github.state.reviewComments.filter((c) => readFindingMarker(c.body))).toHaveLength(3)
  }, 60_000)
})
