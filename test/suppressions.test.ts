// Exemptions and suppression comments decide over results alone: a pure function of the results, the
// exemptions, the comments where each finding sits and the date, which says in warnings what it cannot honour.
import { describe, expect, it } from 'vitest'
import type { ResultDraft } from '../src/report/types.js'
import type { SuppressionComment } from '../src/source/types.js'
import { applySuppressions } from '../src/suppressions.js'

const failing: ResultDraft = {
  ruleId: 'ELBIR003',
  address: 'module.web.aws_lb.this["a"]',
  plan: 'plan.json',
  verdict: 'fail',
  severity: 'warning',
  location: { file: 'main.tf', line: 4 },
  exactLocation: false,
  summary: 'Logs stay in the workload account.',
  subject: { address: 'module.web.aws_lb.this["a"]', attribute: [] }
}
const comment = (ruleId: string, reason: string): SuppressionComment => ({ ruleId, reason, origin: 'elb-ir', file: 'main.tf', line: 3 })
const context = { exemptions: [], configSource: '.elb-ir.yml', today: '2026-11-27' }

describe('applySuppressions', () => {
  it('suppresses a finding by a comment with a reason, and records the verdict it set aside', () => {
    const { results, warnings } = applySuppressions([{ result: { ...failing, verdict: 'unknown' }, comments: [comment('ELBIR001', 'other rule'), comment('ELBIR003', 'next quarter')] }], context)
    expect(results[0]).toMatchObject({ verdict: 'suppressed', severity: 'warning', suppression: { kind: 'inline', reason: 'next quarter', origin: 'elb-ir', unsuppressedVerdict: 'unknown' } })
    expect(warnings).toEqual([])
  })

  it('does not honour a comment without a reason, and says so in a warning naming its file and line', () => {
    const input = [{ result: failing, comments: [comment('ELBIR003', ' ')] }]
    const { results, warnings } = applySuppressions(input, context)
    expect(results).toEqual([failing])
    expect(warnings).toEqual(['main.tf:3: the elb-ir suppression of ELBIR003 gives no reason, so it is not honoured; add one: `# elb-ir:ignore ELBIR003 <reason>`'])
  })

  it('honours an exemption of the configuration until it expires, then warns that the finding is back', () => {
    const exemption = { address: 'module.web.*', rule: 'ELBIR003', reason: 'migrating', expires: '2026-12-31' }
    const current = applySuppressions([{ result: failing, comments: [] }], { ...context, exemptions: [exemption] })
    expect(current.results[0].suppression).toEqual({ kind: 'config', reason: 'migrating', origin: '.elb-ir.yml', expires: '2026-12-31', unsuppressedVerdict: 'fail' })
    const later = applySuppressions([{ result: failing, comments: [] }], { ...context, exemptions: [exemption], today: '2027-01-01' })
    expect(later.results[0].verdict).toBe('fail')
    expect(later.warnings).toEqual(['.elb-ir.yml: the exemption of ELBIR003 for module.web.* expired on 2026-12-31; the finding is back'])
  })

  it('leaves passes alone and changes none of the results it was given', () => {
    const passing: ResultDraft = { ...failing, verdict: 'pass', severity: null }
    const given = [{ result: passing, comments: [comment('ELBIR003', 'reason')] }, { result: failing, comments: [comment('*', 'all rules')] }]
    const before = structuredClone(given)
    const { results } = applySuppressions(given, context)
    expect(results.map((r) => r.verdict)).toEqual(['pass', 'suppressed'])
    expect(given).toEqual(before)
  })
})
