import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { judgePlan } from '../../src/check.js'
import { defaultSettings, type Settings } from '../../src/config/settings.js'
import { planFixes, renderFixPatch, unfixedLine } from '../../src/fix/index.js'
import type { Fixer } from '../../src/fix/types.js'
import { loadPlanFile } from '../../src/plan/load.js'
import { ACCESS_LOGS_FIXER, PREFIX_TAG_FIXER, TEST_FIXERS } from '../helpers/fixers.js'

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures')

/** A fixture's sources copied to a temporary folder, and its plan judged over them. */
async function judged(fixture: string, settings: Settings = defaultSettings()) {
  const sourceDir = mkdtempSync(path.join(tmpdir(), 'elb-ir-plan-fixes-'))
  cpSync(path.join(FIXTURES, fixture), sourceDir, { recursive: true })
  const plan = await loadPlanFile(path.join(sourceDir, 'plan.json'))
  const result = await judgePlan(plan, { settings, sourceDir, today: '2026-01-01' }, [])
  const findings = result.findings.map((finding, i) => ({ finding, verdict: result.results[i].verdict }))
  return { sourceDir, model: result.model, findings, settings }
}

describe('planFixes', () => {
  it('fixes what a fixer covers and names every other failing finding with the way to fix it', async () => {
    const { model, findings, settings } = await judged('rules/ELBIR001/fail-no-block')
    const plan = planFixes(model, findings, settings, TEST_FIXERS)
    expect(plan.edits.map((e) => `${e.finding.rule.id} ${e.edit.kind}`)).toEqual(['ELBIR001 add-blocks', 'ELBIR001 set-nested-block'])
    expect(plan.unfixed.map(unfixedLine)).toEqual([
      'not fixed: the plan ELBIR006: ELBIR006 has no automatic fix; make the change the check report gives as its fix',
      'not fixed: the plan ELBIR007: ELBIR007 has no automatic fix; make the change the check report gives as its fix'
    ])
  })

  it('gives the one-line fix of a finding it cannot fix, when the rule has one', async () => {
    const { model, findings, settings } = await judged('rules/ELBIR001/fail-disabled')
    expect(planFixes(model, findings, settings, []).unfixed.map(unfixedLine)).toContain('not fixed: aws_lb.web ELBIR001: ELBIR001 has no automatic fix; make the change the check report gives as its fix (`enabled = true`)')
  })

  it('asks fixers about failing findings only: never suppressed, unknown, passing or not applicable ones', async () => {
    const asked: string[] = []
    const seen: string[] = []
    const recorder = (ruleId: string): Fixer => ({ ruleId, fix: (finding) => (asked.push(`${ruleId} ${finding.outcome.verdict}`), { fixed: false, reason: 'recorded' }) })
    let failing = 0
    for (const fixture of ['example', 'rules/ELBIR001/unknown-enabled']) {
      const { model, findings, settings } = await judged(fixture)
      failing += findings.filter((f) => f.verdict === 'fail').length
      planFixes(model, findings, settings, ['ELBIR001', 'ELBIR002', 'ELBIR003', 'ELBIR004', 'ELBIR005', 'ELBIR006', 'ELBIR007', 'ELBIR008', 'ELBIR009'].map(recorder))
      seen.push(...findings.map((f) => f.verdict))
    }
    expect(new Set(seen)).toEqual(new Set(['fail', 'pass', 'not-applicable', 'unknown']))
    expect(asked.length).toBe(failing)
    expect(new Set(asked.map((a) => a.split(' ')[1]))).toEqual(new Set(['fail']))
  })

  it('leaves a finding alone that a suppression comment accepts', async () => {
    const { sourceDir } = await judged('rules/ELBIR001/fail-no-block')
    const main = path.join(sourceDir, 'main.tf')
    writeFileSync(main, readFileSync(main, 'utf8').replace('resource "aws_lb" "web" {', '# elb-ir:ignore ELBIR001 logs go to the proxy in front\nresource "aws_lb" "web" {'))
    const plan = await loadPlanFile(path.join(sourceDir, 'plan.json'))
    const result = await judgePlan(plan, { settings: defaultSettings(), sourceDir, today: '2026-01-01' }, [])
    const findings = result.findings.map((finding, i) => ({ finding, verdict: result.results[i].verdict }))
    expect(findings.find((f) => f.finding.rule.id === 'ELBIR001')?.verdict).toBe('suppressed')
    expect(planFixes(result.model, findings, defaultSettings(), [ACCESS_LOGS_FIXER]).edits).toEqual([])
  })

  it('drops an edit that would write a value the plan marks sensitive, and says so', async () => {
    const { model, findings, settings } = await judged('hardening/secrets')
    const plan = planFixes(model, findings, settings, [PREFIX_TAG_FIXER])
    const web = plan.unfixed.find((u) => u.finding.rule.id === 'ELBIR002' && u.finding.address === 'aws_lb.web')
    expect(web?.reason).toMatch(/^the fix would write a value the plan marks sensitive into the sources/)
    expect(JSON.stringify(plan.edits)).not.toContain('5ecret-9f27')
  })
})

describe('renderFixPatch', () => {
  it('renders the fix as a patch of the fixture, relative to its folder', async () => {
    const { sourceDir, model, findings, settings } = await judged('rules/ELBIR001/fail-no-block')
    const fixed = await renderFixPatch([planFixes(model, findings, settings, TEST_FIXERS)], { sourceDir })
    expect(fixed.changes.map((c) => c.path)).toEqual(['elb-ir-fixes.tf', 'main.tf'])
    expect(fixed.patch).toContain('+++ b/main.tf\n')
    expect(fixed.patch).toContain('+  access_logs {\n+    bucket  = aws_s3_bucket.elb_ir_logs.bucket\n+    enabled = true\n+  }\n')
  })

  it('turns an edit the sources do not allow into an unfixed finding with the reason', async () => {
    const { sourceDir, model, findings, settings } = await judged('rules/ELBIR001/fail-no-block')
    const main = path.join(sourceDir, 'main.tf')
    writeFileSync(main, readFileSync(main, 'utf8').replace('  drop_invalid_header_fields = true\n', '  drop_invalid_header_fields = true\n\n  dynamic "access_logs" {\n    for_each = []\n    content {\n      bucket = "x"\n    }\n  }\n'))
    const fixed = await renderFixPatch([planFixes(model, findings, settings, TEST_FIXERS)], { sourceDir })
    expect(fixed.unfixed.map(unfixedLine)).toContain('not fixed: aws_lb.web ELBIR001: aws_lb.web in main.tf: its `access_logs` block is written as a `dynamic` block, which the fix does not rewrite')
  })
})
