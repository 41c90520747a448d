// The audit-issue planner alone: which issue is ours, and when to open, edit, close, reopen or leave it.
import { describe, expect, it } from 'vitest'
import { auditContent, planAuditIssue, RUN_FOOTER, type AuditFacts } from '../../src/github/audit-plan.js'
import type { Issue } from '../../src/github/client.js'
import { auditIssueMarker } from '../../src/github/markers.js'

const SCOPE = 'abcdef012345'
const BOT = 'github-actions[bot]'
const body = (text: string, run = 1) => `${auditIssueMarker(SCOPE)}\n${text}\n${RUN_FOOTER}\n<sub>run ${run}</sub>\n`
const facts = (extra: Partial<AuditFacts> = {}): AuditFacts => ({ scope: SCOPE, login: BOT, body: body('2 findings'), failing: true, judged: true, ...extra })
const issue = (number: number, extra: Partial<Issue> = {}): Issue => ({ number, title: 'audit', body: body('2 findings'), state: 'open', user: BOT, pullRequest: false, ...extra })

describe('the audit issue planner', () => {
  it('opens an issue when something fails and none is ours', () => {
    expect(planAuditIssue(facts(), [])).toEqual({ kind: 'create', body: facts().body })
  })

  it('writes nothing when only the run link changed', () => {
    expect(planAuditIssue(facts({ body: body('2 findings', 2) }), [issue(8)])).toEqual({ kind: 'none', number: 8, why: 'unchanged' })
    expect(auditContent(body('x', 1))).toBe(auditContent(body('x', 2)))
  })

  it('edits the open issue in place when the findings changed', () => {
    expect(planAuditIssue(facts({ body: body('3 findings') }), [issue(8)])).toEqual({ kind: 'edit', number: 8, body: body('3 findings') })
  })

  it('closes the open issue when nothing fails, with the current body when it changed', () => {
    expect(planAuditIssue(facts({ failing: false, body: body('clean') }), [issue(8)])).toEqual({ kind: 'close', number: 8, body: body('clean') })
    expect(planAuditIssue(facts({ failing: false }), [issue(8)])).toEqual({ kind: 'close', number: 8, body: null })
  })

  it('reopens a closed issue with the new body when failures return', () => {
    expect(planAuditIssue(facts({ body: body('1 finding') }), [issue(8, { state: 'closed' })])).toEqual({ kind: 'reopen', number: 8, body: body('1 finding') })
  })

  it('does nothing when nothing fails and the issue is closed, or there is none', () => {
    expect(planAuditIssue(facts({ failing: false }), [issue(8, { state: 'closed' })])).toEqual({ kind: 'none', number: 8, why: 'closed' })
    expect(planAuditIssue(facts({ failing: false }), [])).toEqual({ kind: 'none', number: null, why: 'clean' })
  })

  it('leaves the issue as it is, open or closed, when an input could not be judged', () => {
    for (const failing of [true, false]) {
      expect(planAuditIssue(facts({ judged: false, failing, body: body('partial') }), [issue(8)])).toEqual({ kind: 'none', number: 8, why: 'not-judged' })
      expect(planAuditIssue(facts({ judged: false, failing, body: body('partial') }), [issue(8, { state: 'closed' })])).toEqual({ kind: 'none', number: 8, why: 'not-judged' })
      expect(planAuditIssue(facts({ judged: false, failing }), [])).toEqual({ kind: 'none', number: null, why: 'not-judged' })
    }
  })

  it("ignores somebody else's issue with our marker, pull requests, another scope's issue and a quoted marker", () => {
    const others = [
      issue(3, { user: 'octocat' }),
      issue(4, { pullRequest: true }),
      issue(5, { body: `${auditIssueMarker('000000000000')}\nother check` }),
      issue(6, { body: `> quoted\n${auditIssueMarker(SCOPE)}` })
    ]
    expect(planAuditIssue(facts(), others)).toEqual({ kind: 'create', body: facts().body })
    expect(planAuditIssue(facts({ failing: false }), others)).toEqual({ kind: 'none', number: null, why: 'clean' })
  })

  it('keeps to the oldest open issue of ours, else the newest closed one', () => {
    expect(planAuditIssue(facts({ body: body('new') }), [issue(12), issue(9), issue(15, { state: 'closed' })])).toMatchObject({ kind: 'edit', number: 9 })
    expect(planAuditIssue(facts(), [issue(9, { state: 'closed' }), issue(12, { state: 'closed' })])).toMatchObject({ kind: 'reopen', number: 12 })
  })
})

describe('the audit issue title', () => {
  it("names the working directory and id, and keeps within GitHub's 256 characters", async () => {
    const { auditIssueTitle } = await import('../../src/github/audit-issue.js')
    expect(auditIssueTitle('infra/prod', 'blue')).toBe('ELB incident-response readiness in infra/prod (blue): findings to fix')
    expect(auditIssueTitle('.', '')).toBe('ELB incident-response readiness: findings to fix')
    expect([...auditIssueTitle('d'.repeat(400), '')].length).toBe(256)
  })
})
