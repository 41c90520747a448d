// Every fixture under fixtures/rules/<RULE>/<case>/ is a Terraform configuration planned by Terraform
// itself (plan.json). expect.json states the verdicts the rules must reach on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { loadSettings } from '../src/config/load.js'
import { defaultSettings } from '../src/config/settings.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { RULES } from '../src/rules/index.js'
import { messageOf } from './helpers/report.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'rules')
const VERDICTS = ['pass', 'fail', 'unknown', 'not-applicable'] as const

interface Case {
  rule: string
  name: string
  dir: string
  expect: Record<string, Record<string, string>>
}

function cases(): Case[] {
  const found: Case[] = []
  for (const rule of readdirSync(ROOT).sort()) {
    for (const name of readdirSync(join(ROOT, rule)).sort()) {
      const dir = join(ROOT, rule, name)
      if (!existsSync(join(dir, 'plan.json'))) continue
      found.push({ rule, name, dir, expect: JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) })
    }
  }
  return found
}

const all = cases()

describe('rule fixtures made by Terraform', () => {
  it('cover pass, fail, unknown and not-applicable for every rule', () => {
    for (const rule of RULES) {
      const names = all.filter((c) => c.rule === rule.meta.id).map((c) => c.name)
      for (const verdict of VERDICTS) expect(names.some((n) => n === verdict || n.startsWith(`${verdict}-`)), `${rule.meta.id} has a ${verdict} case`).toBe(true)
    }
  })

  it.each(all.map((c) => [`${c.rule}/${c.name}`, c] as const))('%s', async (_label, fixture) => {
    const plan = parsePlanBytes(readFileSync(join(fixture.dir, 'plan.json')), 'plan.json')
    const configPath = join(fixture.dir, '.elb-ir.yml')
    const settings = existsSync(configPath) ? await loadSettings(configPath) : defaultSettings()
    const report = await checkPlans([plan], { settings, today: '2026-11-27' })
    // The case's name states the verdict of its own rule; expect.json must agree with it.
    const ownVerdict = VERDICTS.find((v) => fixture.name === v || fixture.name.startsWith(`${v}-`))
    expect(Object.values(fixture.expect[fixture.rule] ?? {})).toContain(ownVerdict)
    for (const [ruleId, byAddress] of Object.entries(fixture.expect)) {
      for (const [address, verdict] of Object.entries(byAddress)) {
        const result = report.results.find((r) => r.ruleId === ruleId && r.address === (address === 'plan' ? null : address))
        expect(result, `${ruleId} has a result for ${address}`).toBeDefined()
        expect({ ruleId, address, verdict: result!.verdict, message: messageOf(report, result!) }).toMatchObject({ ruleId, address, verdict })
      }
    }
  })
})

describe('source locations of the findings', () => {
  it.each(all.map((c) => [`${c.rule}/${c.name}`, c] as const))('%s', async (_label, fixture) => {
    const plan = parsePlanBytes(readFileSync(join(fixture.dir, 'plan.json')), 'plan.json')
    const report = await checkPlans([plan], { sourceDir: fixture.dir, today: '2026-11-27' })
    for (const result of report.results.filter((r) => r.verdict === 'fail' || r.verdict === 'unknown')) {
      if (!result.subject) continue
      // Every finding about a resource points into the .tf files: the attribute, or the block's header.
      expect(result.location, `${result.ruleId} ${result.subject.address}`).not.toBeNull()
      const text = readFileSync(join(fixture.dir, result.location!.file), 'utf8').split('\n')[result.location!.line - 1]
      const attribute = [...result.subject.attribute].reverse().find((step) => typeof step === 'string')
      if (result.exactLocation && attribute) expect(text, `${result.ruleId} ${result.location!.file}:${result.location!.line}`).toContain(String(attribute))
      else expect(text, `${result.ruleId} ${result.location!.file}:${result.location!.line}`).toMatch(/^\s*(resource|data|dynamic|[a-z_]+)\s*("[^"]*"\s*)*\{/)
    }
  })
})

describe('messages', () => {
  it('ELBIR004 writes the missing controls of the log bucket as a readable list', async () => {
    // The bundled example's log bucket has neither versioning nor a lifecycle rule.
    const plan = parsePlanBytes(readFileSync(join(ROOT, '..', 'example', 'plan.json')), 'plan.json')
    const report = await checkPlans([plan], { today: '2026-11-27' })
    const finding = report.results.find((r) => r.ruleId === 'ELBIR004' && r.verdict === 'fail')
    expect(finding && messageOf(report, finding).split('\n')[0]).toBe('`acme-shop-alb-logs-eu-west-1` (`aws_s3_bucket.alb_logs`) lacks two controls: versioning or object lock, and a lifecycle rule that expires logs after the retention period.')
  })
})
