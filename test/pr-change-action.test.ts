// A pull request that changes existing load balancers, end to end in-process (src/main.ts's run against
// the loopback GitHub): the change fixture new-lb-beside-old, whose diff (count 1 → 2, a new `api`) holds
// the line of a new finding (worker[1]) that is also the line of an existing one (worker[0]).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../src/github/markers.js'
import type { JsonReport } from '../src/report/json.js'
import { runInProcess } from './helpers/action-io.js'
import { pullRequestEvent, REPO_ROOT } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'
import { modifiedFilePatch, startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const TOKEN = 'ghs_write'
const FIXTURE = path.join(REPO_ROOT, 'fixtures/change/new-lb-beside-old')
const MAIN_TF = readFileSync(path.join(FIXTURE, 'after/main.tf'), 'utf8')
/** The PR's real change: `count = 2` (line 48) and the lines added after it, up to the new `api` (51-60). */
const CHANGED = [48, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60]

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(async () => {
  github = await startGitHubServer({
    headSha: HEAD,
    files: [{ filename: 'infra/main.tf', status: 'modified', patch: modifiedFilePatch(MAIN_TF, CHANGED) }],
    tokens: { [TOKEN]: { login: 'github-actions[bot]', write: true, app: true } }
  })
  root = tempDir('elb-ir-pr-change-')
  workspace = path.join(root.dir, 'repo')
  mkdirSync(path.join(workspace, 'infra'), { recursive: true })
  writeFileSync(path.join(workspace, 'infra/main.tf'), MAIN_TF)
  cpSync(path.join(FIXTURE, 'plan.json'), path.join(workspace, 'infra/plan.json'))
})

afterEach(async () => {
  await github.close()
  root.cleanup()
})

describe('a pull request on an existing estate', () => {
  it('comments inline on what the PR brings only; the debt on a changed line gets one line in the summary', async () => {
    const result = await runInProcess({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, token: TOKEN, event: pullRequestEvent(HEAD), apiUrl: github.url })
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as JsonReport
    const fingerprint = (address: string) => report.results.find((r) => r.ruleId === 'ELBIR001' && r.address === address)!.fingerprint
    expect(report.results.filter((r) => r.ruleId === 'ELBIR001').map((r) => [r.address, r.change])).toEqual(
      expect.arrayContaining([['aws_lb.web', 'existing'], ['aws_lb.worker[0]', 'existing'], ['aws_lb.worker[1]', 'new'], ['aws_lb.api', 'new']])
    )

    // One review, with the two findings the PR brings; none for worker[0], though it sits on the same line.
    expect(github.state.reviews).toHaveLength(1)
    const inline = github.state.reviewComments.filter((c) => readFindingMarker(c.body))
    expect(inline.map((c) => [c.path, c.line, readFindingMarker(c.body)!.fingerprint]).sort()).toEqual(
      [
        ['infra/main.tf', 47, fingerprint('aws_lb.worker[1]')],
        ['infra/main.tf', 59, fingerprint('aws_lb.api')]
      ].sort()
    )
    expect(inline.map((c) => readFindingMarker(c.body)!.fingerprint)).not.toContain(fingerprint('aws_lb.worker[0]'))

    // The summary comment: what the PR changes first, the debt collapsed, the touched debt named once.
    const summaries = github.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))
    expect(summaries).toHaveLength(1)
    const body = summaries[0].body
    expect(body).toContain('#### What this pull request changes\n\n**2 new or regressed findings** · **0 fixed** by this PR · 4 existing findings from before it\n\nPosted as review comments on the changed lines (2):\n\n')
    expect(body).toContain('- **New**: `aws_lb.worker[1]` comes with this PR. ❌ **ELBIR001** error · `infra/main.tf:47`\n')
    expect(body).toContain('- **New**: `aws_lb.api` comes with this PR. ❌ **ELBIR001** error · `infra/main.tf:59`\n')
    expect(body).not.toContain('❌ **ELBIR001** error · `aws_lb.api`')
    expect(body.indexOf('What this pull request changes')).toBeLessThan(body.indexOf('| load balancer |'))
    expect(body.indexOf('| load balancer |')).toBeLessThan(body.indexOf('<details><summary>4 existing findings: there before this pull request (they do not block it)</summary>'))
    const notes = body.split('\n').filter((line) => line.includes('a line this PR changes'))
    expect(notes).toEqual(['- **ELBIR001** on `aws_lb.worker[0]` (`infra/main.tf:47`, a line this PR changes) predates this pull request and does not block it.'])
    // Each review comment opens with what the PR did.
    expect(inline.find((c) => c.line === 59)!.body.startsWith('**New**: `aws_lb.api` comes with this PR.\n\n❌ **ELBIR001**')).toBe(true)

    // The job summary still shows the whole estate: every finding, the debt included.
    for (const address of ['aws_lb.web', 'aws_lb.worker[0]', 'aws_lb.worker[1]', 'aws_lb.api']) expect(result.summary).toContain(`\`${address}\``)
    expect(result.summary).toContain('#### What this plan changes')
    expect(result.summary).toMatch(/_Pull request: 2 review comments posted, 0 updated, 0 removed; summary comment created\._/)
  })
})
