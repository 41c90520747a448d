// Every bad configuration is refused with one line that names the key's path and what is allowed.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadSettings } from '../../src/config/load.js'
import { InputError } from '../../src/plan/errors.js'
import { runAction, workflowCommands, workspaceWith } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'

const tmp = tempDir('elb-ir-config-errors-')
afterAll(() => {
  console.log(`config: ${tried} bad configurations, ${tried} refused with the key's path and what is allowed`)
  tmp.cleanup()
})
let tried = 0

/** Where a value goes, and what the refusal must name as allowed. */
const KEYS: { path: string; yaml: (value: string) => string; allowed: RegExp; wrong: string[] }[] = [
  { path: 'rules', yaml: (v) => `rules: ${v}`, allowed: /object/, wrong: ['5', '[a]', 'text', 'true'] },
  { path: 'rules.ELBIR001', yaml: (v) => `rules:\n  ELBIR001: ${v}`, allowed: /off, error, warning, notice/, wrong: ['5', 'critical', '[off]', 'true', 'null'] },
  { path: 'rules.ELBIR001.enabled', yaml: (v) => `rules:\n  ELBIR001:\n    enabled: ${v}`, allowed: /boolean/, wrong: ['5', 'maybe', '[true]', '{a: 1}'] },
  { path: 'rules.ELBIR001.severity', yaml: (v) => `rules:\n  ELBIR001:\n    severity: ${v}`, allowed: /error, warning, notice/, wrong: ['5', 'high', 'off', '[error]'] },
  { path: 'logArchive', yaml: (v) => `logArchive: ${v}`, allowed: /object/, wrong: ['5', '[a]', 'central'] },
  { path: 'logArchive.buckets', yaml: (v) => `logArchive:\n  buckets: ${v}`, allowed: /array/, wrong: ['central', '5', '{a: 1}'] },
  { path: 'logArchive.buckets.0', yaml: (v) => `logArchive:\n  buckets: [${v}]`, allowed: /string|some text/, wrong: ['5', '[a]', '""', 'true'] },
  { path: 'logArchive.accounts', yaml: (v) => `logArchive:\n  accounts: ${v}`, allowed: /array/, wrong: ['123456789012', 'x'] },
  { path: 'logArchive.accounts.0', yaml: (v) => `logArchive:\n  accounts: [${v}]`, allowed: /12 digits|string/, wrong: ['"12345"', '"abcdefghijkl"', '[1]', '"1234567890123"'] },
  { path: 'analysisTool', yaml: (v) => `analysisTool: ${v}`, allowed: /string|some text/, wrong: ['[a]', '{a: 1}', '""', '5'] },
  { path: 'organizationHealthMonitoring', yaml: (v) => `organizationHealthMonitoring: ${v}`, allowed: /string|some text/, wrong: ['[a]', '""', 'true'] },
  { path: 'playbooks', yaml: (v) => `playbooks: ${v}`, allowed: /array/, wrong: ['5', 'docs/*.md', '{a: 1}'] },
  { path: 'playbooks.0', yaml: (v) => `playbooks: [${v}]`, allowed: /string|some text/, wrong: ['5', '[a]', '""'] },
  { path: 'exemptions', yaml: (v) => `exemptions: ${v}`, allowed: /array/, wrong: ['5', 'all', '{rule: ELBIR001}'] },
  { path: 'exemptions.0', yaml: (v) => `exemptions: [${v}]`, allowed: /object/, wrong: ['5', 'ELBIR001', '[a]'] },
  { path: 'exemptions.0.rule', yaml: (v) => `exemptions:\n  - { rule: ${v}, address: aws_lb.a, reason: r }`, allowed: /ELBIR001.*ELBIR009|string/, wrong: ['5', 'ELBIR010', '[ELBIR001]', 'CKV_AWS_91'] },
  { path: 'exemptions.0.address', yaml: (v) => `exemptions:\n  - { rule: ELBIR001, address: ${v}, reason: r }`, allowed: /string|some text/, wrong: ['5', '[a]', '""'] },
  { path: 'exemptions.0.reason', yaml: (v) => `exemptions:\n  - { rule: ELBIR001, address: aws_lb.a, reason: ${v} }`, allowed: /string|some text|reason/, wrong: ['5', '[a]', '""', '"   "'] },
  { path: 'exemptions.0.expires', yaml: (v) => `exemptions:\n  - { rule: ELBIR001, address: aws_lb.a, reason: r, expires: ${v} }`, allowed: /YYYY-MM-DD|string/, wrong: ['5', 'tomorrow', '2026-02-30', '[2026-01-01]', '27.11.2026'] }
]

let counter = 0
async function refusal(yaml: string): Promise<InputError> {
  const dir = path.join(tmp.dir, `c${++counter}`)
  mkdirSync(dir)
  const file = path.join(dir, '.elb-ir.yml')
  writeFileSync(file, `${yaml}\n`)
  tried++
  const error = await loadSettings(file).then(
    () => null,
    (e: unknown) => e
  )
  expect(error, `${yaml} should be refused`).toBeInstanceOf(InputError)
  return error as InputError
}

describe.each(KEYS)('`$path`', ({ path: keyPath, yaml, allowed, wrong }) => {
  it.each(wrong)('refuses %s naming the path and what is allowed, in one line', async (value) => {
    // The YAML itself is valid: the refusal comes from the schema, not the parser.
    expect(() => parse(yaml(value))).not.toThrow()
    const error = await refusal(yaml(value))
    expect(error.message).not.toMatch(/[\r\n]/)
    expect(error.problem).toContain(keyPath)
    expect(error.problem).toMatch(allowed)
  })
})

describe('unknown keys at every level', () => {
  it.each([
    ['', 'rule: {}', 'rules'],
    ['rules.ELBIR001.', 'rules:\n  ELBIR001:\n    sevrity: error', 'severity'],
    ['logArchive.', 'logArchive:\n  bucket: [a]', 'buckets'],
    ['exemptions.0.', 'exemptions:\n  - { rule: ELBIR001, address: a, reason: r, until: 2026-01-01 }', 'expires']
  ])('under `%s` names the key and the keys allowed there', async (prefix, text, expected) => {
    const error = await refusal(text)
    expect(error.problem).toMatch(new RegExp(`\`${prefix.replace(/\./g, '\\.')}\\w+\``))
    expect(error.problem).toContain(expected)
  })
})

describe('the action', () => {
  it('a bad configuration fails the step with exit 2 and one error line naming the file and key', async () => {
    const workspace = workspaceWith(tmp.dir, 'fixtures/example')
    writeFileSync(path.join(workspace, 'infra', '.elb-ir.yml'), 'rules:\n  ELBIR002: critical\n')
    const result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, event: { name: 'push' } })
    expect(result.code).toBe(2)
    const errors = workflowCommands(result.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain('.elb-ir.yml')
    expect(errors[0].message).toContain('rules.ELBIR002')
    expect(errors[0].message).toContain('off, error, warning, notice')
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
  })
})
