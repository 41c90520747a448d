// The plan corpus: real `terraform show -json` output from public projects (Terraform 0.12 to 1.14,
// OpenTofu, UTF-16 files). Every plan is judged, and every state as it stands; every broken or wrapped file is refused.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { InputError } from '../src/errors.js'
import { loadPlanFile, type LoadedPlan } from '../src/plan/load.js'
import { RULES } from '../src/rules/index.js'
import { PLAN_CORPUS, lacks } from './helpers/shared.js'
import { messageOf } from './helpers/report.js'

const CORPUS = PLAN_CORPUS.path
const noCorpus = lacks(PLAN_CORPUS, 'plan corpus')
interface Entry {
  file: string
  kind: string
  resource_changes?: number
  types_of_interest?: string[]
}
const index: Entry[] = noCorpus ? [] : JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8'))
const LB_RULES = RULES.filter((r) => r.scope === 'load-balancer').length
const PLAN_RULES = RULES.filter((r) => r.scope === 'plan').length

const REFUSAL: Record<string, RegExp> = {
  'INVALID JSON': /not (valid )?JSON|text before the JSON|truncated/
}
const isState = (e: Entry) => e.kind.startsWith('state')

describe.skipIf(noCorpus)('plan corpus', () => {
  it('holds the files the tests expect', () => {
    expect(index.filter((e) => e.kind === 'plan').length).toBeGreaterThanOrEqual(270)
    expect(index.filter(isState).length).toBeGreaterThanOrEqual(8)
    expect(index.filter((e) => e.kind !== 'plan' && !isState(e)).length).toBeGreaterThanOrEqual(2)
  })

  it.each(index.filter(isState).map((e) => [e.file, e] as const))('judges the state %s as it stands', async (file) => {
    const state = await loadPlanFile(join(CORPUS, file))
    expect(state.kind).toBe('state')
    const report = await checkPlans([state])
    expect(report.plans[0].kind).toBe('state')
    expect(report.results.length).toBe(report.loadBalancers.length * LB_RULES + PLAN_RULES)
  })

  it.each(index.filter((e) => e.kind === 'plan').map((e) => [e.file, e] as const))('judges %s', async (file, entry) => {
    const plan = await loadPlanFile(join(CORPUS, file))
    const report = await checkPlans([plan])
    // One result per rule and load balancer, one per plan-wide rule, and nothing else.
    expect(report.results.length).toBe(report.loadBalancers.length * LB_RULES + PLAN_RULES)
    const lbTypes = (entry.types_of_interest ?? []).filter((t) => ['aws_lb', 'aws_alb', 'aws_elb'].includes(t))
    if (lbTypes.length === 0) expect(report.loadBalancers).toEqual([])
    for (const result of report.results) {
      expect(['pass', 'fail', 'unknown', 'not-applicable']).toContain(result.verdict)
      expect(result.severity === null).toBe(result.verdict === 'pass' || result.verdict === 'not-applicable')
      expect(messageOf(report, result).length).toBeGreaterThan(0)
    }
  })

  it.each(index.filter((e) => e.kind !== 'plan' && !isState(e)).map((e) => [e.file, e] as const))('refuses %s', async (file, entry) => {
    const error = await loadPlanFile(join(CORPUS, file)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    const message = (error as InputError).message
    expect(message.startsWith(join(CORPUS, file))).toBe(true)
    expect(message).not.toContain('\n')
    expect(message).toMatch(REFUSAL[entry.kind])
  })
})

describe.skipIf(noCorpus)('keeping only the resources the rules read', () => {
  it('gives the same report as reading the whole plan, on every corpus plan', async () => {
    const { RELEVANT_TYPES } = await import('../src/model/relevant-types.js')
    const { toJsonReport } = await import('../src/report/json.js')
    for (const entry of index.filter((e) => e.kind === 'plan')) {
      const whole = await checkPlans([await loadPlanFile(join(CORPUS, entry.file))])
      const pruned = await checkPlans([await loadPlanFile(join(CORPUS, entry.file), { keep: RELEVANT_TYPES })])
      expect(toJsonReport(pruned), entry.file).toEqual(toJsonReport(whole))
    }
  })
})

describe.skipIf(noCorpus)('reading by streaming', () => {
  it('gives the same plan model input as reading the file whole, on every corpus file', async () => {
    const { RELEVANT_TYPES } = await import('../src/model/relevant-types.js')
    for (const entry of index) {
      const file = join(CORPUS, entry.file)
      const whole = await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: Infinity }).catch((e: unknown) => e)
      const streamed = await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: 0 }).catch((e: unknown) => e)
      if (whole instanceof Error) {
        // Both refuse, for the same kind of reason.
        expect(streamed, entry.file).toBeInstanceOf(InputError)
        continue
      }
      expect(streamed, entry.file).not.toBeInstanceOf(Error)
      expect((streamed as LoadedPlan).json, entry.file).toEqual((whole as LoadedPlan).json)
    }
  })
})
