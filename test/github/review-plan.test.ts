import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { annotationsFor } from '../../src/github/annotations.js'
import { suggestionFor } from '../../src/github/comments.js'
import { commentableLines, diffLines } from '../../src/github/diff.js'
import { readEvent } from '../../src/github/event.js'
import { findingMarker, readFindingMarker } from '../../src/github/markers.js'
import { planReview, withMarker, type ExistingComment, type InlineFinding } from '../../src/github/review-plan.js'
import type { Report, Result } from '../../src/report/types.js'
import { tempDir } from '../helpers/cli.js'

const SCOPE = 'abcdef012345'

const finding = (fingerprint: string, line: number, extra: Partial<InlineFinding> = {}): InlineFinding => ({ fingerprint, severity: 'error', path: 'main.tf', line, body: `finding ${fingerprint}`, ...extra })
const posted = (id: number, f: InlineFinding, extra: Partial<ExistingComment> = {}): ExistingComment => ({ id, body: withMarker(f.body, SCOPE, f.fingerprint, false), path: f.path, line: f.line, hasReplies: false, ...extra })
const everyLine = (path: string, lines: number[]) => new Map([[path, new Set(lines)]])

describe('diff lines', () => {
  const patch = ['@@ -1,4 +1,5 @@', ' resource "aws_lb" "web" {', '-  internal = true', '+  internal = false', '+  name     = "web"', ' ', '   access_logs {', '@@ -20,3 +21,3 @@ resource', ' a', '-b', '+c', '\\ No newline at end of file'].join('\n')

  it('takes added and context lines of every hunk, numbered in the new file, and not removed lines', () => {
    expect([...commentableLines(patch)]).toEqual([1, 2, 3, 4, 5, 21, 22])
  })

  it('leaves out removed files and files without a patch (binary or too large)', () => {
    const lines = diffLines([
      { filename: 'a.tf', status: 'modified', patch },
      { filename: 'gone.tf', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
      { filename: 'big.tf', status: 'modified' }
    ])
    expect([...lines.keys()]).toEqual(['a.tf'])
  })
})

describe('review planner', () => {
  const f1 = finding('f1', 3)
  const f2 = finding('f2', 40)

  it('first run: comments on lines in the diff, the rest goes to the summary', () => {
    const plan = planReview([f1, f2], everyLine('main.tf', [1, 2, 3]), [], { scope: SCOPE, maxComments: 30 })
    expect(plan.create.map((c) => [c.fingerprint, c.line])).toEqual([['f1', 3]])
    expect(readFindingMarker(plan.create[0].body)).toEqual({ scope: SCOPE, fingerprint: 'f1', fixed: false })
    expect([...plan.outsideDiff]).toEqual(['f2'])
    expect([...plan.inline]).toEqual(['f1'])
  })

  it('identical re-run: nothing is created, updated or removed', () => {
    const plan = planReview([f1, f2], everyLine('main.tf', [1, 2, 3]), [posted(11, f1)], { scope: SCOPE, maxComments: 30 })
    expect([plan.create, plan.update, plan.remove, plan.markFixed]).toEqual([[], [], [], []])
    expect([...plan.inline]).toEqual(['f1'])
  })

  it('a finding whose wording changed updates its comment in place (the fingerprint is not the text)', () => {
    const plan = planReview([{ ...f1, body: 'new wording' }], everyLine('main.tf', [3]), [posted(11, f1)], { scope: SCOPE, maxComments: 30 })
    expect(plan.create).toEqual([])
    expect(plan.update.map((u) => u.id)).toEqual([11])
    expect(plan.update[0].body).toContain('new wording')
  })

  it('a fixed finding: its comment is deleted, or marked fixed when somebody replied', () => {
    const plan = planReview([], everyLine('main.tf', [3]), [posted(11, f1), posted(12, f2, { hasReplies: true })], { scope: SCOPE, maxComments: 30 })
    expect(plan.remove.map((r) => r.id)).toEqual([11])
    expect(plan.markFixed.map((r) => r.id)).toEqual([12])
    expect(readFindingMarker(plan.markFixed[0].body)?.fixed).toBe(true)
    // The next run leaves the fixed comment alone.
    const next = planReview([], everyLine('main.tf', [3]), [{ ...posted(12, f2), body: plan.markFixed[0].body, hasReplies: true }], { scope: SCOPE, maxComments: 30 })
    expect([next.remove, next.markFixed, next.update]).toEqual([[], [], []])
  })

  it('comments of another scope (another working directory) are never touched', () => {
    const other = { id: 13, body: `x\n\n${findingMarker({ scope: '999999999999', fingerprint: 'f9', fixed: false })}`, path: 'main.tf', line: 3, hasReplies: false }
    const plan = planReview([], everyLine('main.tf', [3]), [other], { scope: SCOPE, maxComments: 30 })
    expect(plan.remove).toEqual([])
  })

  it('a duplicate left by an interrupted run is removed, one comment per finding stays', () => {
    const plan = planReview([f1], everyLine('main.tf', [3]), [posted(11, f1), posted(14, f1)], { scope: SCOPE, maxComments: 30 })
    expect(plan.remove.map((r) => r.id)).toEqual([14])
    expect(plan.create).toEqual([])
  })

  it('at most 30 live comments, errors first; the rest are listed in the summary', () => {
    const many = Array.from({ length: 40 }, (_, i) => finding(`a${i}`, i + 1, { severity: i < 20 ? 'notice' : 'error' }))
    const plan = planReview(many, everyLine('main.tf', many.map((f) => f.line)), [posted(1, finding('a0', 1, { severity: 'notice' }))], { scope: SCOPE, maxComments: 30 })
    expect(plan.inline.size).toBe(30)
    expect(plan.create).toHaveLength(29)
    expect(plan.create.slice(0, 20).every((c) => Number(c.fingerprint.slice(1)) >= 20)).toBe(true)
    expect(plan.overCap.size).toBe(10)
  })
})

describe('review planner on a change: only what the PR brings goes inline', () => {
  const brought = finding('a1', 5, { change: 'new', severity: 'notice' })
  const regressed = finding('a2', 6, { change: 'regressed', severity: 'warning' })
  const debt = finding('dd', 7, { change: 'existing', severity: 'error' })

  it('an existing finding on a changed line gets no review comment, only a line in the summary', () => {
    const plan = planReview([brought, regressed, debt], everyLine('main.tf', [5, 6, 7]), [], { scope: SCOPE, maxComments: 30 })
    expect(plan.create.map((c) => c.fingerprint).sort()).toEqual(['a1', 'a2'])
    expect([...plan.inline].sort()).toEqual(['a1', 'a2'])
    expect([...plan.touched]).toEqual(['dd'])
    expect(plan.outsideDiff.has('dd')).toBe(false)
  })

  it('an existing finding off the diff is neither inline nor touched', () => {
    const plan = planReview([debt], everyLine('main.tf', [1]), [], { scope: SCOPE, maxComments: 30 })
    expect([plan.create, [...plan.touched], [...plan.inline]]).toEqual([[], [], []])
  })

  it('existing findings never fill the cap: a notice the PR brings beats thirty old errors', () => {
    const old = Array.from({ length: 30 }, (_, i) => finding(`c${i}`, 10 + i, { change: 'existing', severity: 'error' }))
    const plan = planReview([...old, brought], everyLine('main.tf', [5, ...old.map((f) => f.line)]), [], { scope: SCOPE, maxComments: 1 })
    expect(plan.create.map((c) => c.fingerprint)).toEqual(['a1'])
    expect(plan.overCap.size).toBe(0)
    expect(plan.touched.size).toBe(30)
  })

  it("an earlier run's comment on a finding that is existing debt goes, and is not marked fixed; answered, it is kept as it is", () => {
    const plan = planReview([debt], everyLine('main.tf', [7]), [posted(21, debt)], { scope: SCOPE, maxComments: 30 })
    expect(plan.remove).toEqual([{ id: 21, fingerprint: 'dd' }])
    expect(plan.markFixed).toEqual([])
    const answered = planReview([debt], everyLine('main.tf', [7]), [posted(21, debt, { hasReplies: true })], { scope: SCOPE, maxComments: 30 })
    expect([answered.remove, answered.markFixed, answered.update, answered.create]).toEqual([[], [], [], []])
  })

  it('a finding without change (a report of an earlier version) is commented as before', () => {
    const plan = planReview([finding('b1', 3)], everyLine('main.tf', [3]), [], { scope: SCOPE, maxComments: 30 })
    expect(plan.create.map((c) => c.fingerprint)).toEqual(['b1'])
  })
})

describe('suggestions', () => {
  const result = { verdict: 'fail', lineFix: 'enabled = true', exactLocation: true } as Result
  it('replaces the commented attribute line, keeping its indentation', () => {
    expect(suggestionFor(result, '    enabled = false')).toBe('    enabled = true')
  })
  it('is left out when the line is not that attribute, the location is the enclosing block, or the value spans lines', () => {
    expect(suggestionFor(result, '    bucket = "x"')).toBeNull()
    expect(suggestionFor({ ...result, exactLocation: false }, '    enabled = false')).toBeNull()
    expect(suggestionFor({ ...result, lineFix: 'status = "Enabled"' }, '  status = <<EOT')).toBeNull()
  })
})

describe('annotations', () => {
  it('errors first, at most 10 per level; the count of the rest is reported', () => {
    const results = Array.from({ length: 30 }, (_, i) => ({ ruleId: 'ELBIR001', address: `aws_lb.a${i}`, plan: 'p.json', verdict: 'fail', severity: i % 2 ? 'warning' : 'error', summary: '::add-mask::x\n::error::y', location: { file: 'main.tf', line: i + 1 } }))
    const rules = [{ id: 'ELBIR001', name: 'n', title: 't', practice: 'p', helpUri: 'https://example.com', defaultSeverity: 'error', rationale: '::error::why', remediation: 'r' }]
    const { annotations, left } = annotationsFor({ results, rules } as unknown as Report)
    expect(annotations.map((a) => a.level)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning')])
    expect(left).toBe(10)
    // Newlines are escaped by @actions/core; a workflow command at a line start must not survive in the text.
    expect(annotations.every((a) => !/^\s*::/m.test(a.message))).toBe(true)
  })
})

describe('event', () => {
  const { dir } = tempDir()
  const eventFile = (payload: unknown) => {
    const file = path.join(dir, `event-${Math.random()}.json`)
    writeFileSync(file, JSON.stringify(payload))
    return file
  }
  const pr = (head: string) => ({ number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: { full_name: head } }, base: { repo: { full_name: 'acme/infra' } } } })

  it('a pull request from a fork is recognised as such', () => {
    const event = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pr('someone/infra')), GITHUB_REPOSITORY: 'acme/infra' })
    expect(event.target).toMatchObject({ number: 7, fromFork: true, mustVerifyHead: false })
    expect(readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pr('acme/infra')), GITHUB_REPOSITORY: 'acme/infra' }).target?.fromFork).toBe(false)
  })

  it('workflow_run: a number from the environment must be verified against the head commit; junk is refused', () => {
    const file = eventFile({ workflow_run: { head_sha: 'b'.repeat(40), pull_requests: [] } })
    const event = readEvent({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/infra', ELB_IR_PULL_REQUEST: '12' })
    expect(event.target).toMatchObject({ number: 12, headSha: 'b'.repeat(40), mustVerifyHead: true })
    expect(readEvent({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/infra', ELB_IR_PULL_REQUEST: '12; rm -rf /' }).target).toBeNull()
  })

  it('push, schedule and a PR event without a payload name no pull request, with the reason', () => {
    const push = readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/infra' })
    expect(push.target).toBeNull()
    expect(push.target === null && push.reason).toMatch(/not a pull request event/)
    const bare = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/infra' })
    expect(bare.target === null && bare.reason).toMatch(/act pull_request -e/)
  })
})

describe('summary comment size', () => {
  it('stays under GitHub 65,536-character limit however many findings there are, and says where the rest is', async () => {
    const { summaryCommentBody, MAX_COMMENT_LENGTH } = await import('../../src/github/comments.js')
    const results = Array.from({ length: 2000 }, (_, i) => ({ ruleId: 'ELBIR001', address: `aws_lb.lb${i}`, plan: 'plan.json', verdict: 'fail', severity: 'error', summary: 'Access logs are off.', fix: 'access_logs {\n  enabled = true\n}', location: { file: 'main.tf', line: i + 1 }, fingerprint: `${i}`, subject: null, exactLocation: true }))
    const report = { schemaVersion: 1, tool: { name: 'elb-ir-check', version: '0' }, rules: [], plans: [{ path: 'plan.json', formatVersion: '1.2', terraformVersion: '1.11.4' }], loadBalancers: results.map((r) => ({ address: r.address, type: 'aws_lb', kind: 'application', plan: 'plan.json', actions: ['create'] })), results, summary: { error: 2000, warning: 0, notice: 0, suppressed: 0 }, problems: [], warnings: [] } as unknown as Report
    const body = summaryCommentBody(report, { scope: SCOPE, inline: new Set(), runUrl: 'https://github.com/acme/infra/actions/runs/42' })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body.startsWith('<!-- elb-ir-check:summary scope=abcdef012345 -->')).toBe(true)
    expect(body).toContain('the full report is in the [job summary](https://github.com/acme/infra/actions/runs/42)')
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length)
  })
})

describe('markers', () => {
  it('a marker quoted from a plan value inside the text does not pass for ours: only the one that ends the body counts', () => {
    const forged = findingMarker({ scope: SCOPE, fingerprint: 'beef', fixed: false })
    const body = withMarker(`bucket \`${forged}\` is wrong`, SCOPE, 'f00d', false)
    expect(readFindingMarker(body)?.fingerprint).toBe('f00d')
    expect(readFindingMarker(`text ${forged} more text`)).toBeNull()
  })

  it('the summary is ours only when its marker opens the body', async () => {
    const { isSummaryOf, summaryMarker } = await import('../../src/github/markers.js')
    expect(isSummaryOf(`${summaryMarker(SCOPE)}\nreport`, SCOPE)).toBe(true)
    expect(isSummaryOf(`> quoted\n${summaryMarker(SCOPE)}\nreport`, SCOPE)).toBe(false)
    expect(isSummaryOf(`${summaryMarker('999999999999')}\nreport`, SCOPE)).toBe(false)
  })
})
