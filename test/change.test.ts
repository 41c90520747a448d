// Every rule judged on both worlds of a plan (interface.md, "Change and gate"): each fail, unknown or
// suppressed result says whether the plan brings it (new), breaks what was right (regressed) or keeps it
// (existing), and the findings the plan fixes are listed as resolved. Checked on the change fixtures,
// real plans of a change to resources that exist (fixtures/change/, see change-fixtures.test.ts), against
// the changes their expect.json states.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { validateReport } from '../src/generated/validators.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { formatJson, fromJsonReport, type JsonReport } from '../src/report/json.js'
import { mergeReports } from '../src/report/merge.js'
import type { Report } from '../src/report/types.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'change')
const scenarios = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'expect.json'))).sort()

interface Expectation {
  change: Record<string, Record<string, string>>
  resolved: { ruleId: string; address: string | null }[]
}

async function check(dir: string, sourceDir?: string, name = 'plan.json'): Promise<Report> {
  return checkPlans([parsePlanBytes(readFileSync(join(dir, 'plan.json')), name)], { sourceDir, today: '2026-11-27' })
}

/** Per rule and address (`plan` for plan-wide rules), the change of every fail, unknown and suppressed result. */
function changes(report: Report): Record<string, Record<string, string | undefined>> {
  const out: Record<string, Record<string, string | undefined>> = {}
  for (const r of report.results) {
    if (r.verdict === 'pass' || r.verdict === 'not-applicable') {
      expect(r.change, `${r.ruleId} ${r.address}: a ${r.verdict} has no change`).toBeUndefined()
      continue
    }
    ;(out[r.ruleId] ??= {})[r.address ?? 'plan'] = r.change
  }
  return out
}

describe('both worlds of a change fixture', () => {
  describe.each(scenarios)('%s', (scenario) => {
    const expected: Expectation = JSON.parse(readFileSync(join(ROOT, scenario, 'expect.json'), 'utf8'))

    it('says for each finding whether the change brings, breaks or keeps it, and what it fixes', async () => {
      const report = await check(join(ROOT, scenario), join(ROOT, scenario, 'after'))
      expect(changes(report)).toEqual(expected.change)
      expect((report.resolved ?? []).map(({ ruleId, address }) => ({ ruleId, address }))).toEqual(expected.resolved)
      const blocking = report.results.filter((r) => r.verdict === 'fail' && (r.change === 'new' || r.change === 'regressed')).length
      expect(report.summary.new).toBe(blocking)
      expect(report.summary.resolved).toBe(expected.resolved.length)
    })
  })

  it('a deleted load balancer is neither a result nor resolved, though it failed before', async () => {
    const report = await check(join(ROOT, 'lb-deleted'))
    expect(report.results.map((r) => r.address)).not.toContain('aws_lb.legacy')
    expect(report.resolved).toEqual([])
  })

  it('a resolved finding names its plan and severity', async () => {
    const report = await check(join(ROOT, 'logs-added'))
    expect(report.resolved).toEqual([{ ruleId: 'ELBIR001', address: 'aws_lb.web', plan: 'plan.json', severity: 'error' }])
  })

  it('a plan with no prior state has only new findings', async () => {
    const report = await check(join(import.meta.dirname, '..', 'fixtures', 'rules', 'ELBIR001', 'fail-disabled'))
    const findings = report.results.filter((r) => r.verdict === 'fail' || r.verdict === 'unknown')
    expect(findings.length).toBeGreaterThan(0)
    expect(new Set(findings.map((r) => r.change))).toEqual(new Set(['new']))
    expect(report.resolved).toEqual([])
  })

  it('the JSON report carries change and resolved, and reads back to the same bytes', async () => {
    const report = await check(join(ROOT, 'logs-added'))
    const json = formatJson(report)
    const parsed = JSON.parse(json) as JsonReport
    expect(parsed.resolved).toEqual([{ ruleId: 'ELBIR001', address: 'aws_lb.web', plan: 'plan.json', severity: 'error' }])
    expect(parsed.results.find((r) => r.ruleId === 'ELBIR005')?.change).toBe('regressed')
    expect(parsed.summary).toMatchObject({ new: 1, resolved: 1 })
    expect(validateReport(parsed), JSON.stringify(validateReport.errors)).toBe(true)
    expect(formatJson(fromJsonReport(parsed))).toBe(json)
  })

  it('reports merged from several plans keep what each plan resolves', async () => {
    const merged = mergeReports([{ report: await check(join(ROOT, 'logs-added'), undefined, 'web.json') }, { report: await check(join(ROOT, 'health-rule-added'), undefined, 'health.json') }])
    expect(merged.resolved).toEqual([
      { ruleId: 'ELBIR001', address: 'aws_lb.web', plan: 'web.json', severity: 'error' },
      { ruleId: 'ELBIR006', address: null, plan: 'health.json', severity: 'warning' }
    ])
    expect(merged.summary).toMatchObject({ new: 1, resolved: 2 })
  })
})
