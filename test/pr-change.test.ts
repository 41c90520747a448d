// What a pull request shows of a change (interface.md, "Change and gate"): the summary comment opens with
// the findings the PR brings (each regression said plainly), then what it fixes, then the estate: the
// readiness matrix and the existing debt, collapsed. Rendered from real change fixtures (fixtures/change/).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { auditIssueBody } from '../src/github/audit-issue.js'
import { inlineCommentBody, summaryCommentBody } from '../src/github/comments.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { formatMarkdown } from '../src/report/markdown.js'
import type { Report } from '../src/report/types.js'
import { outsideCode } from './helpers/markdown.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'change')

async function judge(scenario: string): Promise<Report> {
  const dir = join(ROOT, scenario)
  return checkPlans([parsePlanBytes(readFileSync(join(dir, 'plan.json')), 'plan.json')], { sourceDir: join(dir, 'after'), today: '2026-11-27' })
}

const comment = (report: Report, extra: Partial<Parameters<typeof summaryCommentBody>[1]> = {}) => summaryCommentBody(report, { scope: 'abcdef012345', inline: new Set(), ...extra })
const fingerprintOf = (report: Report, ruleId: string, address: string | null) => report.results.find((r) => r.ruleId === ruleId && r.address === address)!.fingerprint

/** The collapsed existing-debt section (nested <details> of fixes included), or null. */
function existingSection(markdown: string): string | null {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => /^<details><summary>\d+ existing findings?: /.test(line))
  if (start < 0) return null
  let depth = 0
  for (let i = start; i < lines.length; i++) {
    if (lines[i].startsWith('<details>')) depth++
    if (lines[i].startsWith('</details>') && --depth === 0) return lines.slice(start, i + 1).join('\n')
  }
  return null
}

describe('the summary comment of a change', () => {
  it('regresses one, fixes one, keeps two: new first, then fixed, then the matrix and the debt, collapsed', async () => {
    // logs-added: access logs turned on (ELBIR001 fixed) but nothing analyzes them (ELBIR005 regressed).
    const markdown = comment(await judge('logs-added'))
    const at = (text: string) => {
      const index = markdown.indexOf(text)
      expect(index, text).toBeGreaterThanOrEqual(0)
      return index
    }
    expect(markdown).toContain('#### What this pull request changes\n\n**1 new or regressed finding** · **1 fixed** by this PR · 2 existing findings from before it\n')
    const order = [
      at('#### What this pull request changes'),
      at('**Regressed**: after this PR nothing analyzes the access logs of `aws_lb.web`.'),
      at('❌ **ELBIR005** warning · `aws_lb.web` · `main.tf:47`'),
      at('#### Fixed by this PR\n\n- ✅ **ELBIR001** error · `aws_lb.web`: Enable access logs\n'),
      at('| load balancer |'),
      at('<details><summary>2 existing findings: there before this pull request (they do not block it)</summary>'),
      at('❌ **ELBIR006** warning'),
      at('❌ **ELBIR007** notice')
    ]
    expect(order).toEqual([...order].sort((a, b) => a - b))
    const existing = existingSection(markdown)
    expect(existing).not.toBeNull()
    expect(existing).toContain('**ELBIR006**')
    expect(existing).toContain('**ELBIR007**')
    expect(existing).not.toContain('**ELBIR005**')
    // The fixed finding is not listed as a finding anywhere.
    expect(markdown).not.toContain('❌ **ELBIR001**')
  })

  it.each([
    ['logs-turned-off', '**Regressed**: this PR turns off access logs on `aws_lb.web`, which had them.'],
    ['bucket-policy-removed', '**Regressed**: this PR stops the access logs of `aws_lb.web` from reaching their bucket, where they arrived before.'],
    ['bucket-encryption-to-kms', '**Regressed**: this PR stops the access logs of `aws_lb.web` from reaching their bucket, where they arrived before.'],
    ['health-rule-removed', '**Regressed**: this PR stops AWS Health events for load balancers from reaching anyone, which they did.'],
    ['module-key-changed', '**Regressed**: this PR turns off access logs on `module.svc["b"].aws_lb.this`, which had them.']
  ])('%s: the regression is said plainly, before any existing finding', async (scenario, sentence) => {
    const markdown = comment(await judge(scenario))
    expect(markdown).toContain(`\n${sentence}\n`)
    const existing = markdown.indexOf('existing findings: there before this pull request')
    expect(markdown.indexOf(sentence)).toBeLessThan(existing)
  })

  it('a new load balancer is said to come with the PR; its old neighbours stay in the debt', async () => {
    const markdown = comment(await judge('new-lb-beside-old'))
    expect(markdown).toContain('**2 new or regressed findings** · **0 fixed** by this PR · 4 existing findings from before it')
    expect(markdown).toContain('**New**: `aws_lb.api` comes with this PR.')
    expect(markdown).toContain('**New**: `aws_lb.worker[1]` comes with this PR.')
    const existing = existingSection(markdown)!
    expect(existing).toContain('`aws_lb.web`')
    expect(existing).toContain('`aws_lb.worker[0]`')
    expect(existing).not.toContain('`aws_lb.api`')
  })

  it('a PR that changes nothing about load balancers says so, and keeps all the debt collapsed', async () => {
    const markdown = comment(await judge('unrelated-change-beside-debt'))
    expect(markdown).toContain('**0 new or regressed findings** · **0 fixed** by this PR · 3 existing findings from before it')
    expect(markdown).toContain('This pull request brings no new finding and breaks nothing that held before it.')
    expect(markdown).not.toContain('#### Fixed by this PR')
    expect(existingSection(markdown)).toContain('`aws_lb.web`')
  })

  it('findings posted inline are counted, not repeated; an existing one on a changed line gets one line saying it does not block', async () => {
    const report = await judge('new-lb-beside-old')
    const api = fingerprintOf(report, 'ELBIR001', 'aws_lb.api')
    const web = fingerprintOf(report, 'ELBIR001', 'aws_lb.web')
    const markdown = comment(report, { inline: new Set([api]), touched: new Set([web]) })
    expect(markdown).toContain('Posted as review comments on the changed lines (1):\n\n- **New**: `aws_lb.api` comes with this PR. ❌ **ELBIR001** error · `main.tf:59`\n')
    expect(markdown).toContain('Not posted as review comments (1):\n\n**New**: `aws_lb.worker[1]` comes with this PR.\n\n❌ **ELBIR001** error · `aws_lb.worker[1]`')
    expect(markdown).not.toContain('❌ **ELBIR001** error · `aws_lb.api`')
    expect(existingSection(markdown)).toContain('- **ELBIR001** on `aws_lb.web` (`main.tf:37`, a line this PR changes) predates this pull request and does not block it.\n')
  })

  it('a review comment on a regression opens with what the PR broke', async () => {
    const report = await judge('logs-turned-off')
    const result = report.results.find((r) => r.ruleId === 'ELBIR001')!
    const body = inlineCommentBody(result, report.rules.find((r) => r.id === 'ELBIR001'), null)
    expect(body.startsWith('**Regressed**: this PR turns off access logs on `aws_lb.web`, which had them.\n\n❌ **ELBIR001** error')).toBe(true)
  })

  it('with fail-on all, the debt is not said to let the PR pass', async () => {
    const markdown = comment(await judge('unrelated-change-beside-debt'), { failOn: 'all' })
    expect(markdown).toContain('3 existing findings: there before this pull request (they block with `fail-on: all`)')
    expect(markdown).not.toContain('do not block')
  })

  it('escapes user-controlled addresses and rule titles in the regression, fixed and debt lines', async () => {
    const report = structuredClone(await judge('logs-added'))
    const hostile = 'aws_lb.web`<img src=x onerror=alert(1)>` @admins #1 **bold**'
    for (const r of report.results) if (r.address === 'aws_lb.web') r.address = hostile
    for (const r of report.resolved ?? []) r.address = hostile
    report.rules = report.rules.map((rule) => (rule.id === 'ELBIR001' ? { ...rule, title: '<script>x</script> [link](http://evil) @team' } : rule))
    const markdown = comment(report)
    const rendered = outsideCode(markdown)
    expect(rendered).not.toMatch(/<img|<script|\]\(http:\/\/evil|@team/)
    expect(markdown).toContain('**Regressed**: after this PR nothing analyzes the access logs of ``aws_lb.web`<img src=x onerror=alert(1)>` @admins #1 **bold**``.')
    expect(markdown).toContain('- ✅ **ELBIR001** error · ``aws_lb.web`<img src=x onerror=alert(1)>` @admins #1 **bold**``: &lt;script&gt;x&lt;/script&gt; \\[link\\]\\(http\\:')
  })

  it('the job summary renders the same sections, said of the plan where no pull request is known', async () => {
    const markdown = formatMarkdown(await judge('logs-turned-off'))
    expect(markdown).toContain('#### What this plan changes')
    expect(markdown).toContain('**Regressed**: this plan turns off access logs on `aws_lb.web`, which had them.')
    expect(markdown).toContain('<details><summary>2 existing findings: there before this plan (they do not block it)</summary>')
  })

  it('a report without change information (an earlier version) renders as before: every finding alike', async () => {
    const report = structuredClone(await judge('logs-turned-off'))
    delete report.resolved
    for (const r of report.results) delete r.change
    const markdown = comment(report)
    expect(markdown).not.toContain('What this pull request changes')
    expect(markdown).not.toContain('existing finding')
    expect(markdown).toContain('#### Findings\n\n❌ **ELBIR001** error · `aws_lb.web`')
    expect(markdown.indexOf('| load balancer |')).toBeLessThan(markdown.indexOf('#### Findings'))
  })

  it('the audit issue shows the estate: every finding listed openly, none collapsed as debt', async () => {
    const report = await judge('logs-added')
    const body = auditIssueBody(report, { scope: 'abcdef012345', failLevel: 'warning' })
    expect(body).not.toContain('What this')
    expect(body).not.toContain('existing finding')
    const findings = body.slice(body.indexOf('#### Findings'))
    for (const rule of ['ELBIR005', 'ELBIR006', 'ELBIR007']) expect(findings).toContain(`**${rule}**`)
  })

  it('a state audit is shown as the estate, not as a change with everything collapsed', async () => {
    const report = structuredClone(await judge('nothing-changes'))
    for (const plan of report.plans) plan.kind = 'state'
    const markdown = formatMarkdown(report)
    expect(markdown).not.toContain('What this plan changes')
    expect(markdown).toContain('#### Findings')
  })
})
