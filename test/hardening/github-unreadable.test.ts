// What the action reads from GitHub decides what it posts: a page it cannot read (a cut body, bad JSON,
// a 5xx after the retries, a failed login lookup) must never pass for "no comments yet", which would post
// everything again. The run then posts nothing and says why; the findings are in the annotations and the
// job summary already. And the token goes only to the API's own origin.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../../src/github/markers.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, runAction, workflowCommands, workspaceWith } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'
import { startGitHubServer, type FakeGitHub, type Fault } from '../helpers/github-server.js'

const HEAD = '9d4c2b7e1f0a3c5e7b9d1f2a4c6e8b0d2f4a6c8e'
const APP_TOKEN = 'ghs_write'
/** A personal access token: GET /user tells its login. */
const PERSONAL_TOKEN = 'ghp_person'
const EVENT = pullRequestEvent(HEAD)
const REVIEW_COMMENTS = /\/pulls\/7\/comments(\?|$)/
const ISSUE_COMMENTS = /\/issues\/7\/comments(\?|$)/
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(async () => {
  github = await startGitHubServer({
    headSha: HEAD,
    files: EXAMPLE_PR_FILES,
    tokens: { [APP_TOKEN]: { login: 'github-actions[bot]', write: true, app: true }, [PERSONAL_TOKEN]: { login: 'octocat', write: true } },
    pageSize: 2
  })
  root = tempDir('elb-ir-unreadable-')
  workspace = workspaceWith(root.dir, 'fixtures/example')
})
afterEach(async () => {
  await github.close()
  root.cleanup()
})

const run = (token = APP_TOKEN) => runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, token, event: EVENT, apiUrl: github.url })
const writes = () => github.requests.filter((r) => r.method !== 'GET')

function postedOnce(): void {
  const fingerprints = github.state.reviewComments.map((c) => readFindingMarker(c.body)?.fingerprint).filter(Boolean)
  expect(fingerprints).toHaveLength(3)
  expect(new Set(fingerprints).size).toBe(3)
  expect(github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))).toHaveLength(1)
}

const UNREADABLE: { name: string; token?: string; faults: Fault[] }[] = [
  { name: 'the review comments answer is cut off halfway', faults: [{ method: 'GET', path: REVIEW_COMMENTS, cut: true }] },
  { name: 'the summary comments answer is cut off halfway', faults: [{ method: 'GET', path: ISSUE_COMMENTS, cut: true }] },
  { name: 'the review comments answer is not JSON', faults: [{ method: 'GET', path: REVIEW_COMMENTS, status: 200, headers: JSON_TYPE, body: '[{"id": 1001, "body": "<!-- elb-ir-' }] },
  { name: 'the summary comments answer is a JSON object, not a list', faults: [{ method: 'GET', path: ISSUE_COMMENTS, status: 200, body: { message: 'Server Error' } }] },
  { name: 'the second page of review comments fails with 502 after every retry', faults: [{ method: 'GET', path: /\/pulls\/7\/comments\?.*page=2/, status: 502, times: 10 }] },
  { name: 'GET /user fails with 502 after every retry (personal token)', token: PERSONAL_TOKEN, faults: [{ method: 'GET', path: /^\/user$/, status: 502, times: 10 }] },
  { name: 'GET /user answers without a login (personal token)', token: PERSONAL_TOKEN, faults: [{ method: 'GET', path: /^\/user$/, status: 200, body: {} }] }
]

describe.each(UNREADABLE)('a re-run where $name', ({ token, faults }) => {
  it('posts nothing (no duplicate), says why, and keeps the exit code and every finding in the job summary', async () => {
    expect((await run(token)).code).toBe(1)
    postedOnce()
    const writesBefore = writes().length

    github.faults.push(...faults)
    const again = await run(token)
    expect(again.code).toBe(1)
    expect(writes().slice(writesBefore)).toEqual([])
    postedOnce()
    const warning = workflowCommands(again.stdout, 'warning').find((w) => w.message.startsWith('No pull request comments'))
    expect(warning?.message).toBeDefined()
    expect(again.summary).toContain('No pull request comments')
    expect(again.summary).toContain('**ELBIR002**')
    expect(again.stdout + again.stderr).not.toMatch(/^\s+at /m)
  }, 60_000)
})

describe('pagination', () => {
  it('a next-page link to another host is not followed with the token: the run posts nothing and says so', async () => {
    const foreign: IncomingHttpHeaders[] = []
    const elsewhere = createServer((req, res) => {
      foreign.push(req.headers)
      res.writeHead(200, JSON_TYPE).end('[]')
    })
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
    try {
      expect((await run()).code).toBe(1)
      const writesBefore = writes().length
      const port = (elsewhere.address() as AddressInfo).port
      const firstPage = github.state.reviewComments.slice(0, 2)
      github.faults.push({ method: 'GET', path: REVIEW_COMMENTS, status: 200, body: firstPage, headers: { link: `<http://127.0.0.1:${port}/repos/acme/infra/pulls/7/comments?page=2>; rel="next"` } })

      const again = await run()
      expect(again.code).toBe(1)
      expect(foreign).toEqual([])
      expect(writes().slice(writesBefore)).toEqual([])
      postedOnce()
      expect(workflowCommands(again.stdout, 'warning').some((w) => w.message.includes(`leads away from ${github.url}`))).toBe(true)
    } finally {
      elsewhere.closeAllConnections()
      await new Promise((resolve) => elsewhere.close(resolve))
    }
  }, 60_000)

  it('pages on the API origin are all read: a re-run over many pages writes nothing', async () => {
    expect((await run()).code).toBe(1)
    const writesBefore = writes().length
    expect((await run()).code).toBe(1)
    expect(github.requests.filter((r) => r.method === 'GET' && /page=2/.test(r.path)).length).toBeGreaterThan(0)
    expect(writes().slice(writesBefore)).toEqual([])
  }, 60_000)
})
