// Every fixture under fixtures/rules/<RULE>/<case>/ is a Terraform configuration planned by Terraform
// itself (plan.json). expect.json states the verdicts the rules must reach on it. For the case's own rule a
// verdict may be an object that pins the finding as ESLint's RuleTester does:
//   { "verdict": "fail", "blames": "<address>", "attribute": ["rule", 0, "x"], "file": "main.tf", "line": 12,
//     "lineFix": "x = true", "message": "<fragment of what the rule says>", "fix": "<fragment of the fix>" }
// Every key but `verdict` is optional; `"lineFix": null` pins that the finding offers no line fix.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { loadSettings } from '../src/config/load.js'
import { defaultSettings } from '../src/config/settings.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { RULES } from '../src/rules/index.js'
import { messageOf } from './helpers/report.js'
import type { Result } from '../src/report/types.js'
import { renderQuoted } from '../src/util/quoted.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'rules')
const VERDICTS = ['pass', 'fail', 'unknown', 'not-applicable'] as const

/** A pin of null states that the finding has no such part (a plan-wide finding blames no resource). */
interface Pin {
  verdict: string
  blames?: string | null
  attribute?: (string | number)[] | null
  file?: string | null
  line?: number | null
  lineFix?: string | null
  message?: string
  fix?: string
}

interface Case {
  rule: string
  name: string
  dir: string
  expect: Record<string, Record<string, string | Pin>>
}

const verdictOf = (expected: string | Pin): string => (typeof expected === 'string' ? expected : expected.verdict)

/** What the rule said, as plain text (plan values unquoted). */
const said = (result: Result): string => renderQuoted(result.summary, (value) => value, (text) => text)

/** The pinned parts of a finding, side by side with what the check gave, so that a failure shows both. */
function pinnedParts(pin: Pin, result: Result): { expected: Record<string, unknown>; actual: Record<string, unknown> } {
  const expected: Record<string, unknown> = {}
  const actual: Record<string, unknown> = {}
  const compare = (key: string, want: unknown, got: unknown) => {
    expected[key] = want
    actual[key] = got
  }
  if (pin.blames !== undefined) compare('blames', pin.blames, result.subject?.address ?? null)
  if (pin.attribute !== undefined) compare('attribute', pin.attribute, result.subject?.attribute ?? null)
  if (pin.file !== undefined) compare('file', pin.file, result.location?.file ?? null)
  if (pin.line !== undefined) compare('line', pin.line, result.location?.line ?? null)
  if (pin.lineFix !== undefined) compare('lineFix', pin.lineFix, result.lineFix ?? null)
  if (pin.message !== undefined) compare('message', true, said(result).includes(pin.message) || said(result))
  if (pin.fix !== undefined) compare('fix', true, (result.fix ?? '').includes(pin.fix) || result.fix)
  return { expected, actual }
}

/** The pins of a case's own rule (verdicts written as objects). */
function pinsOf(fixture: Case): [string, Pin][] {
  return Object.entries(fixture.expect[fixture.rule] ?? {}).filter((entry): entry is [string, Pin] => typeof entry[1] !== 'string')
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
    expect(Object.values(fixture.expect[fixture.rule] ?? {}).map(verdictOf)).toContain(ownVerdict)
    for (const [ruleId, byAddress] of Object.entries(fixture.expect)) {
      for (const [address, expected] of Object.entries(byAddress)) {
        const verdict = verdictOf(expected)
        const result = report.results.find((r) => r.ruleId === ruleId && r.address === (address === 'plan' ? null : address))
        expect(result, `${ruleId} has a result for ${address}`).toBeDefined()
        expect({ ruleId, address, verdict: result!.verdict, message: messageOf(report, result!) }).toMatchObject({ ruleId, address, verdict })
      }
    }
  })
})

const pinned = all.filter((c) => pinsOf(c).length > 0)

describe('pinned findings (attribute, line, line fix, message)', () => {
  it('pin at least one fail case of every rule: attribute, line and a message fragment', () => {
    for (const rule of RULES) {
      const failPins = pinned.filter((c) => c.rule === rule.meta.id).flatMap(pinsOf).map(([, pin]) => pin).filter((pin) => pin.verdict === 'fail')
      expect(failPins.some((pin) => pin.attribute !== undefined && pin.line !== undefined && pin.message !== undefined), `${rule.meta.id} pins a fail case`).toBe(true)
    }
  })

  it('pin only the case\'s own rule, with known keys', () => {
    const keys = new Set(['verdict', 'blames', 'attribute', 'file', 'line', 'lineFix', 'message', 'fix'])
    for (const fixture of all) {
      for (const [ruleId, byAddress] of Object.entries(fixture.expect)) {
        for (const [address, expected] of Object.entries(byAddress)) {
          if (typeof expected === 'string') continue
          expect(ruleId, `${fixture.rule}/${fixture.name}: ${ruleId} ${address} is pinned in another rule's case`).toBe(fixture.rule)
          expect(Object.keys(expected).filter((key) => !keys.has(key)), `${fixture.rule}/${fixture.name}: ${address}`).toEqual([])
        }
      }
    }
  })

  it.each(pinned.map((c) => [`${c.rule}/${c.name}`, c] as const))('%s', async (_label, fixture) => {
    const plan = parsePlanBytes(readFileSync(join(fixture.dir, 'plan.json')), 'plan.json')
    const configPath = join(fixture.dir, '.elb-ir.yml')
    const settings = existsSync(configPath) ? await loadSettings(configPath) : defaultSettings()
    const report = await checkPlans([plan], { settings, sourceDir: fixture.dir, today: '2026-11-27' })
    for (const [address, pin] of pinsOf(fixture)) {
      const result = report.results.find((r) => r.ruleId === fixture.rule && r.address === (address === 'plan' ? null : address))
      expect(result, `${fixture.rule} has a result for ${address}`).toBeDefined()
      const { expected, actual } = pinnedParts(pin, result!)
      expect({ address, verdict: result!.verdict, ...actual }).toEqual({ address, verdict: pin.verdict, ...expected })
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
