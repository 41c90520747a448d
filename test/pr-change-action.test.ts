// A pull request that changes existing load balancers, end to end in-process (src/main.ts's run against
// the loopback GitHub), on change fixtures: new-lb-beside-old, whose diff (count 1 → 2, a new `api`) holds
// the line of a new finding (worker[1]) that is also the line of an existing one (worker[0]); logs-added,
// which regresses one finding and fixes another.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readFindingMarker } from '../src/github/markers.js'
import type { JsonReport } from '../src/report/json.js'
import { runInProcess } from './helpers/action-io.js'
import { pullRequestEvent, REPO_ROOT } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'
import { modifiedFilePatch, startGitHubServer, type FakeGitHub } from './helpers/github-server.js'

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const TOKEN = 'ghs_write'

let github: FakeGitHub | undefined
let root: { dir: string; cleanup: () => void } | undefined

afterEach(async () => {
  await github?.close()
  root?.cleanup()
  github = root = undefined
})

/** A repository whose infra/ holds the fixture's planned configuration and plan, and a PR that changes `changed` lines of it. */
async function pullRequestOn(scenario: string, changed: number[], inputs: Record<string, string> = {}) {
  const fixture = path.join(REPO_ROOT, 'fixtures/change', scenario)
  const mainTf = readFileSync(path.join(fixture, 'after/main.tf'), 'utf8')
  const server = await startGitHubServer({
    headSha: HEAD,
    files: [{ filename: 'infra/main.tf', status: 'modified', patch: modifiedFilePatch(mainTf, changed) }],
    tokens: { [TOKEN]: { login: 'github-actions[bot]', write: true, app: true } }
  })
  github = server
  root = tempDir('elb-ir-pr-change-')
  const workspace = path.join(root.dir, 'repo')
  mkdirSync(path.join(workspace, 'infra'), { recursive: true })
  writeFileSync(path.join(workspace, 'infra/main.tf'), mainTf)
  cpSync(path.join(fixture, 'plan.json'), path.join(workspace, 'infra/plan.json'))
  const result = await runInProcess({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra', ...inputs }, token: TOKEN, event: pullRequestEvent(HEAD), apiUrl: server.url })
  const summaries = server.state.issueComments.filter((c) => c.body.includes('<!-- elb-ir-check:summary'))
  expect(summaries).toHaveLength(1)
  const inline = server.state.reviewComments.filter((c) => readFindingMarker(c.body))
  return { result, github: server, summary: summaries[0].body, inline, report: JSON.parse(readFileSync(result.outputs.report, 'utf8')) as JsonReport }
}

describe('a pull request on an existing estate', () => {
  it('comments inline on what the PR brings only; the debt on a changed line gets one line in the summary', async () => {
    // The PR's real change: `count = 2` (line 48) and the lines added after it, up to the new `api` (51-60).
    const { result, github, summary: body, inline, report } = await pullRequestOn('new-lb-beside-old', [48, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60])
    const fingerprint = (address: string) => report.results.find((r) => r.ruleId === 'ELBIR001' && r.address === address)!.fingerprint
    expect(report.results.filter((r) => r.ruleId === 'ELBIR001').map((r) => [r.address, r.change])).toEqual(
      expect.arrayContaining([['aws_lb.web', 'existing'], ['aws_lb.worker[0]', 'existing'], ['aws_lb.worker[1]', 'new'], ['aws_lb.api', 'new']])
    )

    // One review, with the two findings the PR brings; none for worker[0], though it sits on the same line.
    expect(github.state.reviews).toHaveLength(1)
    expect(inline.map((c) => [c.path, c.line, readFindingMarker(c.body)!.fingerprint]).sort()).toEqual(
      [
        ['infra/main.tf', 47, fingerprint('aws_lb.worker[1]')],
        ['infra/main.tf', 59, fingerprint('aws_lb.api')]
      ].sort()
    )
    expect(inline.map((c) => readFindingMarker(c.body)!.fingerprint)).not.toContain(fingerprint('aws_lb.worker[0]'))

    // The summary comment: what the PR changes first, the debt collapsed, the touched debt named once.
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

  it('a PR that turns logs on regresses their analysis and fixes the logs: the review comment says so, the summary lists the fix', async () => {
    // logs-added: the PR adds the access_logs block (lines 45-50) to a load balancer that had none.
    const { result, summary, inline } = await pullRequestOn('logs-added', [45, 46, 47, 48, 49, 50])
    expect(inline.map((c) => [c.path, c.line])).toEqual([['infra/main.tf', 47]])
    expect(inline[0].body.startsWith('**Regressed**: after this PR nothing analyzes the access logs of `aws_lb.web`.\n\n❌ **ELBIR005** warning')).toBe(true)
    expect(summary).toContain('**1 new or regressed finding** · **1 fixed** by this PR · 2 existing findings from before it')
    expect(summary).toContain('- **Regressed**: after this PR nothing analyzes the access logs of `aws_lb.web`. ❌ **ELBIR005** warning · `infra/main.tf:47`\n')
    expect(summary).toContain('#### Fixed by this PR\n\n- ✅ **ELBIR001** error · `aws_lb.web`: Enable access logs\n')
    expect(summary.indexOf('#### Fixed by this PR')).toBeLessThan(summary.indexOf('<details><summary>2 existing findings: there before this pull request'))
    expect(result.summary).toContain('#### Fixed by this plan')
  })

  it('with `fail-on: all` the step fails on the debt too, and the summary and job summary say it blocks', async () => {
    const { result, summary } = await pullRequestOn('new-lb-beside-old', [48, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60], { 'fail-on': 'all' })
    expect(result.code).toBe(1)
    expect(summary).toContain('(they block with `fail-on: all`)')
    expect(summary).not.toContain('does not block it')
    expect(result.summary).toContain('they block with `fail-on: all`')
  }, 60_000)

  it('regresses one finding, fixes one, leaves three: the regression inline and said plainly, the fix named, the debt collapsed', async () => {
    // The PR's change: a KMS key (lines 72-76) and SSE-KMS on the log bucket (82-83), and a Health rule (155-176).
    const changed = [72, 73, 74, 75, 76, 82, 83, ...Array.from({ length: 22 }, (_, i) => 155 + i)]
    const { result, summary, inline } = await pullRequestOn('regress-one-fix-one', changed)
    expect(result.code).toBe(1)
    expect(result.outputs.new).toBe('1')
    expect(inline.map((c) => c.line)).toEqual([82])
    expect(summary).toContain('**1 new or regressed finding** · **1 fixed** by this PR · 3 existing findings from before it')
    expect(summary).toMatch(/\*\*Regressed\*\*: .*`aws_lb\.web`/)
    expect(summary).toContain('ELBIR006')
    expect(summary.indexOf('Fixed by this PR')).toBeLessThan(summary.indexOf('<details><summary>3 existing findings'))
  }, 60_000)
})
