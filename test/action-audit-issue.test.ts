// The audit issue (`audit-issue: true` outside pull requests), in-process against a loopback GitHub that
// keeps GitHub's issue rules: one issue, edited in place, closed when nothing fails, reopened when
// something fails again, left alone when an input could not be judged.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { commentScope, auditIssueMarker } from '../src/github/markers.js'
import { runInProcess } from './helpers/action-io.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, REPO_ROOT, workspaceWith, type ActionEnv } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'
import { startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const BOT = 'github-actions[bot]'
const WRITE_TOKEN = 'ghs_write'
const NO_ISSUES_TOKEN = 'ghs_no_issues'
const OTHER_TOKEN = 'ghp_other'
const STEP = { plan: 'infra/plans/*.json', 'working-directory': 'infra', 'audit-issue': 'true' }
const SCHEDULE = { name: 'schedule', payload: { schedule: '0 6 * * 1', repository: { full_name: 'acme/infra' } } }
/** The example has one error (ELBIR002); this plan has warnings only, so nothing fails at fail-level error. */
const FAILING_PLAN = path.join(REPO_ROOT, 'fixtures/example/plan.json')
const CLEAN_PLAN = path.join(REPO_ROOT, 'fixtures/rules/ELBIR002/pass-alb-elb-account/plan.json')

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(async () => {
  github = await startGitHubServer({
    headSha: HEAD,
    files: EXAMPLE_PR_FILES,
    tokens: {
      [WRITE_TOKEN]: { login: BOT, write: true, app: true },
      [NO_ISSUES_TOKEN]: { login: BOT, write: true, app: true, issues: false },
      [OTHER_TOKEN]: { login: 'octocat', write: true }
    }
  })
  root = tempDir('elb-ir-audit-')
  workspace = workspaceWith(root.dir, 'fixtures/example')
  plans({ 'a.json': FAILING_PLAN })
})

afterEach(async () => {
  await github.close()
  root.cleanup()
})

/** The plans of this run under infra/plans/ (the input is a glob, so the check's scope stays the same). */
function plans(files: Record<string, string | null>): void {
  const dir = path.join(workspace, 'infra/plans')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const [name, source] of Object.entries(files)) {
    if (source === null) writeFileSync(path.join(dir, name), '{"format_version": "1.2", "planned_values": ')
    else copyFileSync(source, path.join(dir, name))
  }
}

const step = (extra: Partial<ActionEnv> = {}): ActionEnv => ({ workspace, with: STEP, token: WRITE_TOKEN, event: SCHEDULE, apiUrl: github.url, ...extra })
const writesSince = (from: number) => github.requests.slice(from).filter((r) => r.method !== 'GET')
const ourIssues = () => github.state.issues.filter((i) => i.user.login === BOT)
const commentsOn = (number: number) => github.state.issueComments.filter((c) => c.issue_url.endsWith(`/issues/${number}`))

describe('the audit issue', () => {
  it('counts existing debt: the step passes under fail-on new, yet the issue opens with every finding at fail-level', async () => {
    plans({ 'a.json': path.join(REPO_ROOT, 'fixtures/change/unrelated-change-beside-debt/plan.json') })
    const run = await runInProcess(step())
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ errors: '1', new: '0' })
    expect(ourIssues()).toHaveLength(1)
    expect(ourIssues()[0].state).toBe('open')
    expect(ourIssues()[0].body).toContain('> **1 finding at or above fail-level `error`.**')
  })

  it('is opened on the first run, with the marker, the readiness matrix and the findings; an identical re-run writes nothing', async () => {
    const first = await runInProcess(step())
    expect(first.code).toBe(1)
    expect(ourIssues()).toHaveLength(1)
    const [issue] = ourIssues()
    expect(issue).toMatchObject({ number: 8, state: 'open', title: 'ELB incident-response readiness in infra: findings to fix' })
    expect(issue.body).toMatch(new RegExp(`^<!-- elb-ir-check:audit scope=${commentScope('infra', ['infra/plans/*.json'])} -->\n`))
    expect(issue.body).toContain('> **1 finding at or above fail-level `error`.**')
    expect(issue.body).toContain('| `aws_lb.web` (application) |')
    expect(issue.body).toContain('**ELBIR002**')
    expect(issue.body).toContain('[this workflow run](https://github.com/acme/infra/actions/runs/42)')
    expect(first.log).toContain('audit-issue: opened issue #8 (1 failing).')
    expect(first.summary.trimEnd()).toMatch(/_Audit issue: opened issue #8 \(1 failing\)\._$/)
    // Nothing of a pull request is read or written.
    expect(github.requests.filter((r) => r.path.includes('/pulls'))).toEqual([])

    // Another run (another run id) with the same findings.
    const before = github.requests.length
    const again = await runInProcess(step({ env: { GITHUB_RUN_ID: '43' } }))
    expect(again.code).toBe(1)
    expect(writesSince(before)).toEqual([])
    expect(ourIssues()).toHaveLength(1)
    expect(again.log).toContain('audit-issue: issue #8 is up to date; nothing written.')
  })

  it('is closed with a comment when nothing fails, then reopened with an edited body when failures return', async () => {
    await runInProcess(step())
    plans({ 'a.json': CLEAN_PLAN })
    const fixed = await runInProcess(step({ env: { GITHUB_RUN_ID: '43' } }))
    expect(fixed.code).toBe(0)
    const [issue] = ourIssues()
    expect(issue).toMatchObject({ number: 8, state: 'closed', state_reason: 'completed' })
    expect(issue.body).toContain('> **Nothing fails at fail-level `error`.**')
    expect(commentsOn(8).map((c) => c.body)).toEqual(['✅ Nothing fails at fail-level `error` any more ([workflow run](https://github.com/acme/infra/actions/runs/43)). Closing; elb-ir-check reopens this issue when a finding fails again.'])
    expect(fixed.summary).toContain('_Audit issue: issue #8 closed with a comment: nothing fails any more._')

    // Still clean: the closed issue is not touched.
    const before = github.requests.length
    await runInProcess(step({ env: { GITHUB_RUN_ID: '44' } }))
    expect(writesSince(before)).toEqual([])

    plans({ 'a.json': FAILING_PLAN })
    const broken = await runInProcess(step({ env: { GITHUB_RUN_ID: '45' } }))
    expect(broken.code).toBe(1)
    expect(ourIssues()).toHaveLength(1)
    expect(ourIssues()[0]).toMatchObject({ number: 8, state: 'open', state_reason: 'reopened' })
    expect(ourIssues()[0].body).toContain('**ELBIR002**')
    expect(broken.log).toContain('audit-issue: issue #8 reopened: findings fail again (1 failing).')
  })

  it('is left open, or closed, when a plan could not be read, and the run says so', async () => {
    await runInProcess(step())
    // Clean readable plan beside an unreadable one: a partial report cannot close the issue.
    plans({ 'a.json': CLEAN_PLAN, 'b.json': null })
    let before = github.requests.length
    const partial = await runInProcess(step({ env: { GITHUB_RUN_ID: '43' } }))
    expect(partial.code).toBe(2)
    expect(writesSince(before)).toEqual([])
    expect(ourIssues()[0].state).toBe('open')
    expect(partial.log).toContain('audit-issue: input problems (see the errors above): issue #8 is left as it is, since a partial report cannot say what fails.')

    // Every plan unreadable: nothing is checked, nothing is written.
    plans({ 'a.json': null })
    before = github.requests.length
    const none = await runInProcess(step({ env: { GITHUB_RUN_ID: '44' } }))
    expect(none.code).toBe(2)
    expect(writesSince(before)).toEqual([])
    expect(none.log).toContain('audit-issue: no plan could be checked, so the audit issue is left as it is.')

    // Closed after a clean run, then failures in a readable plan beside an unreadable one: it stays closed.
    plans({ 'a.json': CLEAN_PLAN })
    await runInProcess(step({ env: { GITHUB_RUN_ID: '45' } }))
    expect(ourIssues()[0].state).toBe('closed')
    plans({ 'a.json': FAILING_PLAN, 'b.json': null })
    before = github.requests.length
    const reopenedNot = await runInProcess(step({ env: { GITHUB_RUN_ID: '46' } }))
    expect(reopenedNot.code).toBe(2)
    expect(writesSince(before)).toEqual([])
    expect(ourIssues()[0].state).toBe('closed')
  })

  it('without issues permission (403) posts a notice naming the permission, keeps the exit code, and still annotates', async () => {
    const result = await runInProcess(step({ token: NO_ISSUES_TOKEN }))
    expect(result.code).toBe(1)
    expect(github.requests.some((r) => r.method === 'POST' && r.status === 403)).toBe(true)
    expect(github.state.issues).toEqual([])
    const notice = result.annotations.find((a) => a.properties.title === 'elb-ir-check: no audit issue')
    expect(notice?.level).toBe('notice')
    expect(notice?.message).toContain('Give the job `permissions: issues: write`')
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.properties.file)).toContain('infra/main.tf')
    expect(result.summary).toContain('**ELBIR002**')
    expect(result.summary).toContain('_No audit issue:')
    expect(result.failed).toEqual(['elb-ir-check: 1 new or regressed finding at or above fail-level error blocks this change (1 errors, 6 warnings, 1 notices)'])
  })

  it("leaves somebody else's issue with our marker alone, and keeps its own beside it", async () => {
    const scope = commentScope('infra', ['infra/plans/*.json'])
    const forged = `${auditIssueMarker(scope)}\nnot written by the action`
    const opened = await fetch(`${github.url}/repos/acme/infra/issues`, { method: 'POST', headers: { authorization: `token ${OTHER_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'look-alike', body: forged }) })
    expect(opened.status).toBe(201)
    await runInProcess(step())
    plans({ 'a.json': CLEAN_PLAN })
    await runInProcess(step({ env: { GITHUB_RUN_ID: '43' } }))
    const theirs = github.state.issues.find((i) => i.user.login === 'octocat')
    expect(theirs).toMatchObject({ number: 8, state: 'open', body: forged, comments: 0 })
    expect(ourIssues().map((i) => [i.number, i.state])).toEqual([[9, 'closed']])
  })

  it('two checks with different ids keep two issues', async () => {
    await runInProcess(step({ with: { ...STEP, id: 'blue' } }))
    await runInProcess(step({ with: { ...STEP, id: 'green' } }))
    expect(ourIssues().map((i) => i.title)).toEqual(['ELB incident-response readiness in infra (blue): findings to fix', 'ELB incident-response readiness in infra (green): findings to fix'])
  })

  it('on a pull request does not touch issues; the PR comments go as before', async () => {
    const result = await runInProcess(step({ event: pullRequestEvent(HEAD) }))
    expect(result.code).toBe(1)
    expect(github.state.issues).toEqual([])
    expect(github.requests.filter((r) => /\/issues(\?|$)/.test(r.path))).toEqual([])
    expect(github.state.issueComments.filter((c) => c.body.startsWith('<!-- elb-ir-check:summary'))).toHaveLength(1)
    expect(result.log).toContain('audit-issue: this run belongs to a pull request, so no audit issue is kept (it is kept on schedule, workflow_dispatch and push runs).')
  })

  it('shortens a body over 65,536 characters with a note, and GitHub takes it', async () => {
    plans(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`plan-${String(i).padStart(2, '0')}.json`, FAILING_PLAN])))
    const result = await runInProcess(step())
    expect(result.summary.length).toBeGreaterThan(65_536)
    const [issue] = ourIssues()
    expect([...(issue?.body ?? '')].length).toBeLessThanOrEqual(65_536)
    expect(issue.body).toContain('… the report is too long to show here in full; the full report is in the job summary.')
    expect(github.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([201])
  })

  it('in a dry run writes nothing and prints the issue it would open', async () => {
    const result = await runInProcess(step({ token: '', env: { ACT: 'true' } }))
    expect(result.code).toBe(1)
    expect(github.requests).toEqual([])
    expect(result.log).toContain('audit-issue: Dry run, nothing was written: an audit issue would be opened (1 failing).')
    const start = result.log.indexOf('group: elb-ir-check dry run: the audit issue (nothing is written)')
    expect(start).toBeGreaterThanOrEqual(0)
    expect(result.log[start + 1]).toMatch(/^::stop-commands::[0-9a-f]{24}$/)
    expect(result.log[start + 2]).toMatch(/^--- issue body\n<!-- elb-ir-check:audit scope=/)
  })
})
