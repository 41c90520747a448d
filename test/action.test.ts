// End-to-end: the bundled action against a loopback server that keeps GitHub's rules.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../src/github/markers.js'
import { EXAMPLE_MAIN_TF, EXAMPLE_PR_FILES, pullRequestEvent, REPO_ROOT, runAction, workflowCommands, workspaceWith, type ActionEnv } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'
import { modifiedFilePatch, startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const WRITE_TOKEN = 'ghs_write'
const FORK_TOKEN = 'ghs_fork'
const BOT = 'github-actions[bot]'


const prEvent = (headRepo = 'acme/infra') => pullRequestEvent(HEAD, headRepo)

const STEP = { plan: 'infra/plan.json', 'working-directory': 'infra' }

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(async () => {
  github = await startGitHubServer({
    headSha: HEAD,
    files: EXAMPLE_PR_FILES,
    tokens: { [WRITE_TOKEN]: { login: BOT, write: true, app: true }, [FORK_TOKEN]: { login: BOT, write: false, app: true }, ghp_other: { login: 'octocat', write: true } },
    pageSize: 2
  })
  root = tempDir('elb-ir-action-')
  workspace = workspaceWith(root.dir, 'fixtures/example')
})

afterEach(async () => {
  await github.close()
  root.cleanup()
})

const run = (extra: Partial<ActionEnv> = {}) => runAction({ workspace, with: STEP, token: WRITE_TOKEN, event: prEvent(), apiUrl: github.url, ...extra })
const writes = () => github.requests.filter((r) => r.method !== 'GET')
const findingComments = () => github.state.reviewComments.filter((c) => readFindingMarker(c.body))
const summaryComments = () => github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))

describe('first run on a pull request', () => {
  it('posts one review with comments on the changed lines only, and one summary comment with the rest', async () => {
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)

    const reviews = github.state.reviews
    expect(reviews).toHaveLength(1)
    expect(reviews[0].state).toBe('COMMENTED')
    const comments = findingComments()
    expect(comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['infra/main.tf:157', 'infra/main.tf:157', 'infra/main.tf:99'])
    expect(comments.every((c) => c.side === 'RIGHT' && c.commit_id === HEAD)).toBe(true)
    const encryption = comments.find((c) => c.line === 99)!
    expect(encryption.body).toContain('ELBIR002')
    expect(encryption.body).toContain('```suggestion\n      sse_algorithm = "AES256"\n```')

    const summaries = summaryComments()
    expect(summaries).toHaveLength(1)
    const summary = summaries[0].body
    // What the PR brings comes first (a plan with no prior state brings everything): the findings posted
    // inline get one line each here, and their full text only in the review comments.
    expect(summary).toContain('Posted as review comments on the changed lines (3):')
    expect(summary).toContain('❌ **ELBIR002** error · `infra/main.tf:99`')
    // Findings off the diff are in the summary: the bucket's protections (line 67) and the NLB module.
    const protection = summary.split('\n').find((line) => line.startsWith('❌ **ELBIR004**'))
    expect(protection).toContain('`aws_lb.web`')
    expect(protection).toContain(`(https://github.com/acme/infra/blob/${HEAD}/infra/main.tf#L67)`)
    expect(summary).toContain('`module.edge.aws_lb.this`')
    expect(summary).not.toContain('encrypted with `aws:kms`')
    expect(summary).toContain('[Workflow run](https://github.com/acme/infra/actions/runs/42)')
    expect(summary).toContain('| `aws_lb.web` (application) |')
  })

  it('annotates the files relative to the repository root, errors first, and writes outputs, report, SARIF and job summary', async () => {
    const result = await run()
    const errors = workflowCommands(result.stdout, 'error')
    expect(errors[0]).toMatchObject({ properties: { file: 'infra/main.tf', line: '99', title: 'ELBIR002 Access logs can actually be written' } })
    const firstWarning = result.stdout.indexOf('::warning ')
    expect(result.stdout.indexOf('::error title=ELBIR002')).toBeLessThan(firstWarning)
    expect(workflowCommands(result.stdout, 'warning').map((w) => w.properties.file)).toContain('infra/modules/edge-nlb/main.tf')

    expect(result.outputs).toMatchObject({ errors: '1', warnings: '6', notices: '1' })
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect(report.schemaVersion).toBe(1)
    // The JSON report names files relative to working-directory, as the CLI does.
    expect(report.results.find((r: { ruleId: string }) => r.ruleId === 'ELBIR002').location).toEqual({ file: 'main.tf', line: 99 })
    expect(result.outputs.sarif).toBe(path.join(workspace, 'elb-ir.sarif'))
    const sarif = JSON.parse(readFileSync(result.outputs.sarif, 'utf8'))
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain('infra/modules/edge-nlb/main.tf')
    // The job summary holds every finding, whatever happened on the PR.
    for (const rule of ['ELBIR002', 'ELBIR003', 'ELBIR004', 'ELBIR005', 'ELBIR007', 'ELBIR008']) expect(result.summary).toContain(`**${rule}**`)
    expect(result.summary).toContain('Pull request: 3 review comments posted')
  })
})

describe('later runs', () => {
  it('an identical re-run posts nothing twice and changes nothing', async () => {
    await run()
    const before = { comments: github.state.reviewComments.length, issues: github.state.issueComments.length, writes: writes().length }
    const again = await run()
    expect(again.code).toBe(1)
    expect(github.state.reviewComments.length).toBe(before.comments)
    expect(github.state.issueComments.length).toBe(before.issues)
    expect(writes().length).toBe(before.writes)
    expect(github.state.reviews).toHaveLength(1)
  })

  it('after the fix, the stale comment is deleted and the summary is updated in place', async () => {
    await run()
    const encryption = findingComments().find((c) => c.line === 99)!
    const summaryId = summaryComments()[0].id
    rmSync(path.join(workspace, 'infra'), { recursive: true })
    cpSync(path.join(REPO_ROOT, 'fixtures/action/fixed'), path.join(workspace, 'infra'), { recursive: true })

    const fixed = await run()
    expect(fixed.code).toBe(0)
    expect(github.state.reviewComments.map((c) => c.id)).not.toContain(encryption.id)
    expect(findingComments()).toHaveLength(2)
    expect(summaryComments().map((c) => c.id)).toEqual([summaryId])
    expect(summaryComments()[0].body).toContain('**0** errors')
    expect(github.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${summaryId}`))).toHaveLength(1)
  })

  it('a stale comment somebody replied to is kept and marked fixed, not deleted', async () => {
    await run()
    const encryption = findingComments().find((c) => c.line === 99)!
    const reply = await fetch(`${github.url}/repos/acme/infra/pulls/7/comments/${encryption.id}/replies`, { method: 'POST', headers: { authorization: 'token ghp_other', 'content-type': 'application/json' }, body: JSON.stringify({ body: 'We use KMS on purpose?' }) })
    // The server may not implement replies; then the reply is recorded directly.
    if (reply.status !== 201) github.state.reviewComments.push({ ...encryption, id: 99_999, body: 'We use KMS on purpose?', in_reply_to_id: encryption.id, user: { login: 'octocat', id: 1, type: 'User' } })
    rmSync(path.join(workspace, 'infra'), { recursive: true })
    cpSync(path.join(REPO_ROOT, 'fixtures/action/fixed'), path.join(workspace, 'infra'), { recursive: true })
    await run()
    const kept = github.state.reviewComments.find((c) => c.id === encryption.id)
    expect(kept?.body).toContain('**Fixed**')
    expect(readFindingMarker(kept?.body)?.fixed).toBe(true)
  })
})

describe('comment modes and ownership', () => {
  it('comment: summary posts the summary comment only, with every finding in it', async () => {
    const result = await run({ with: { ...STEP, comment: 'summary' } })
    expect(result.code).toBe(1)
    expect(github.state.reviews).toHaveLength(0)
    const summary = summaryComments()
    expect(summary).toHaveLength(1)
    expect(summary[0].body).toMatch(/ELBIR002\*\* error/)
  })

  it('switching from review to summary removes the earlier inline comments; the summary lists every finding', async () => {
    await run()
    expect(findingComments()).toHaveLength(3)
    await run({ with: { ...STEP, comment: 'summary' } })
    expect(findingComments()).toHaveLength(0)
    const summary = summaryComments()
    expect(summary).toHaveLength(1)
    expect(summary[0].body).toMatch(/ELBIR002\*\* error/)
    expect(summary[0].body).not.toContain('as review comments')
  })

  it("a comment by somebody else that copies the marker is never edited: the summary is the token's own", async () => {
    await run()
    const ours = summaryComments()[0]
    const copied = await fetch(`${github.url}/repos/acme/infra/issues/7/comments`, { method: 'POST', headers: { authorization: 'token ghp_other', 'content-type': 'application/json' }, body: JSON.stringify({ body: ours.body.replace('### ', '### quoted: ') }) })
    expect(copied.status).toBe(201)
    const copyId = ((await copied.json()) as { id: number }).id
    rmSync(path.join(workspace, 'infra'), { recursive: true })
    cpSync(path.join(REPO_ROOT, 'fixtures/action/fixed'), path.join(workspace, 'infra'), { recursive: true })
    await run()
    expect(github.state.issueComments.find((c) => c.id === copyId)?.body).toContain('quoted:')
    expect(github.state.issueComments.find((c) => c.id === ours.id)?.body).toContain('**0** errors')
  })

  it('comment: off makes no GitHub calls', async () => {
    const result = await run({ with: { ...STEP, comment: 'off' } })
    expect(result.code).toBe(1)
    expect(github.requests).toHaveLength(0)
  })
})

describe('fork-safe: workflow_run', () => {
  const workflowRun = (headSha: string) => ({ name: 'workflow_run', payload: { workflow_run: { head_sha: headSha, pull_requests: [], head_repository: { full_name: 'someone/infra' } }, repository: { full_name: 'acme/infra', name: 'infra', owner: { login: 'acme' } } } })

  it('posts on the PR named by ELB_IR_PULL_REQUEST when its head is the commit that was planned', async () => {
    const result = await run({ event: workflowRun(HEAD), env: { ELB_IR_PULL_REQUEST: '7' } })
    expect(result.code).toBe(1)
    expect(findingComments()).toHaveLength(3)
    expect(summaryComments()).toHaveLength(1)
  })

  it('a forged PR number (another head commit) posts nothing and says why', async () => {
    const result = await run({ event: workflowRun('c'.repeat(40)), env: { ELB_IR_PULL_REQUEST: '7' } })
    expect(result.code).toBe(1)
    expect(writes()).toHaveLength(0)
    expect(workflowCommands(result.stdout, 'warning').some((w) => w.message.includes('not at the commit this run checked'))).toBe(true)
    expect(result.summary).toContain('**ELBIR002**')
  })
})

describe('degraded runs', () => {
  it('a fork PR (read-only token): annotations and job summary only, a notice with the fork-safe pattern, same exit code', async () => {
    const result = await run({ token: FORK_TOKEN, event: prEvent('someone/infra') })
    expect(result.code).toBe(1)
    expect(github.state.reviewComments).toHaveLength(0)
    expect(github.state.issueComments).toHaveLength(0)
    expect(github.requests.some((r) => r.status === 403)).toBe(true)
    const notices = workflowCommands(result.stdout, 'notice').map((n) => n.message)
    expect(notices.some((n) => n.includes('fork-safe pattern') && n.includes('workflow_run'))).toBe(true)
    expect(workflowCommands(result.stdout, 'error')[0].properties.file).toBe('infra/main.tf')
    expect(result.summary).toContain('**ELBIR002**')
    expect(result.summary).toContain('No pull request comments')
    expect(result.stdout).not.toMatch(/^\s+at /m)
  })

  it('a flaky API (one 502, one 429 with retry-after) is retried: everything is posted once', async () => {
    github.faults.push({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 502 }, { method: 'POST', path: /\/issues\/7\/comments$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } })
    const result = await run()
    expect(result.code).toBe(1)
    expect(github.requests.filter((r) => r.status === 502 || r.status === 429)).toHaveLength(2)
    expect(github.state.reviews).toHaveLength(1)
    expect(findingComments()).toHaveLength(3)
    expect(summaryComments()).toHaveLength(1)
  })

  it('GitHub refuses a comment (422): the review is posted without it and the summary lists it', async () => {
    // The file list the action reads claims line 67 changed too; GitHub's own diff does not have it.
    github.faults.push({ method: 'GET', path: /\/pulls\/7\/files/, status: 200, body: [{ filename: 'infra/main.tf', status: 'modified', patch: modifiedFilePatch(EXAMPLE_MAIN_TF, [67, 99, 157]) }] })
    const result = await run()
    expect(result.code).toBe(1)
    expect(github.requests.filter((r) => r.status === 422).length).toBeGreaterThan(0)
    const submitted = github.state.reviews.filter((r) => r.state === 'COMMENTED')
    expect(submitted).toHaveLength(1)
    expect(findingComments().map((c) => c.line).sort()).toEqual([157, 157, 99])
    expect(github.state.reviews.filter((r) => r.state === 'PENDING')).toHaveLength(0)
    const summary = summaryComments()[0].body
    expect(summary).toContain('GitHub refused 1 review comment')
    expect(summary).toMatch(/ELBIR004\*\* warning/)
  })

  it('a push event: no GitHub calls at all; annotations, outputs and job summary as usual', async () => {
    const result = await run({ event: { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/infra' } } } })
    expect(result.code).toBe(1)
    expect(github.requests).toHaveLength(0)
    expect(result.stdout).toContain('No pull request comments: push is not a pull request event')
    expect(result.outputs.errors).toBe('1')
    expect(result.summary).toContain('**ELBIR002**')
  })

  it('under act, dry-run auto posts nothing, prints what it would post, and keeps the exit code', async () => {
    const result = await run({ token: '', env: { ACT: 'true' } })
    expect(result.code).toBe(1)
    expect(github.requests).toHaveLength(0)
    // Without a token the PR's diff cannot be read: every located finding is shown as a review comment.
    expect(result.stdout).toContain('::group::elb-ir-check dry run: 7 review comments and the summary comment for pull request #7 (nothing is posted)')
    expect(result.stdout).toContain('--- review comment on infra/main.tf:99')
    expect(result.stdout).toContain('<!-- elb-ir-check:summary')
    expect(result.summary).toContain('Dry run: nothing was posted')
  })
})

describe('inputs', () => {
  it('accepts the JSON reports of earlier runs (a matrix gate) with the plans', async () => {
    const first = await run({ with: { ...STEP, comment: 'off', 'fail-level': 'never' } })
    expect(first.code).toBe(0)
    cpSync(first.outputs.report, path.join(workspace, 'reports-prod.json'))
    const gate = await run({ with: { plan: 'reports-*.json', comment: 'off' } })
    expect(gate.code).toBe(1)
    expect(gate.outputs).toMatchObject({ errors: '1', warnings: '6', notices: '1' })
    expect(github.requests).toHaveLength(0)
  })

  it('a bad input is one clear error line and exit 2, never a stack trace', async () => {
    const result = await run({ with: { ...STEP, 'fail-level': 'severe' } })
    expect(result.code).toBe(2)
    const errors = workflowCommands(result.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain('fail-level')
    expect(errors[0].message).toContain('error, warning, notice, never')
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
    expect(existsSync(path.join(workspace, 'elb-ir.sarif'))).toBe(false)
  })
})

describe('audit issue (bundled)', () => {
  const SCHEDULE = { name: 'schedule', payload: { schedule: '0 6 * * 1', repository: { full_name: 'acme/infra' } } }
  const DISPATCH = { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/infra' } } }
  const auditStep = { ...STEP, 'audit-issue': 'true' }

  it('a scheduled run opens one issue; a later run by hand with the same findings writes nothing', async () => {
    const first = await run({ with: auditStep, event: SCHEDULE })
    expect(first.stderr).toBe('')
    expect(first.code).toBe(1)
    expect(github.state.issues.map((i) => [i.number, i.state, i.user.login])).toEqual([[8, 'open', BOT]])
    expect(github.state.issues[0].body).toMatch(/^<!-- elb-ir-check:audit scope=[0-9a-f]{12} -->\n/)
    expect(github.state.issues[0].body).toContain('**ELBIR002**')
    expect(first.summary).toContain('_Audit issue: opened issue #8 (1 failing)._')

    const before = github.requests.length
    const second = await run({ with: auditStep, event: DISPATCH, env: { GITHUB_RUN_ID: '43' } })
    expect(second.code).toBe(1)
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([])
    expect(second.stdout).toContain('audit-issue: issue #8 is up to date; nothing written.')
  })

  it('a token without issues permission gets a notice, and the exit code stays', async () => {
    const result = await run({ with: auditStep, event: SCHEDULE, token: FORK_TOKEN })
    expect(result.code).toBe(1)
    expect(github.state.issues).toEqual([])
    const [notice] = workflowCommands(result.stdout, 'notice').filter((n) => n.properties.title === 'elb-ir-check: no audit issue')
    expect(notice.message).toContain('`permissions: issues: write`')
  })
})
