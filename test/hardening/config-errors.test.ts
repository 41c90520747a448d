// Every bad configuration is refused with one line that names the key's path and what is allowed.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadSettings } from '../../src/config/load.js'
import { InputError } from '../../src/errors.js'
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

describe('files that are no YAML text', () => {
  // An unknown directive carrying terminal escapes, and binary bytes: the YAML reader warns about both.
  const BAD_FILES: [string, Buffer][] = [
    ['a bad directive', Buffer.from('%BAD directive\n---\nrules:\n  ELBIR001: off\n')],
    ['a directive with terminal escapes', Buffer.from('%\u001b[31mEVIL\n---\nrules: {}\n')],
    ['binary bytes', Buffer.concat([Buffer.from('%\u001b[2J'), Buffer.from([0x00, 0xfe, 0xff, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x0a])])]
  ]
  const ROOT = path.join(import.meta.dirname, '..', '..')
  const PLAN = path.join(ROOT, 'fixtures', 'example', 'plan.json')

  const expectOneLine = (stderr: string, file: string) => {
    const lines = stderr.split('\n').filter((line) => line !== '')
    expect(lines, stderr).toHaveLength(1)
    expect(lines[0]).toContain(file)
    expect(lines[0]).not.toMatch(/YAMLWarning|\u001b/)
  }

  it.each(BAD_FILES)('refuses %s in one clean line, and the YAML reader prints nothing (in process)', async (name, bytes) => {
    const { runCli } = await import('../../src/command.js')
    const file = path.join(tmp.dir, `${name.replace(/\W+/g, '-')}.yml`)
    writeFileSync(file, bytes)
    const warnings: string[] = []
    const onWarning = (warning: Error) => warnings.push(warning.name)
    process.on('warning', onWarning)
    let stderr = ''
    const code = await runCli(['check', '--plan', PLAN, '--config', file, '--format', 'json'], { stdout: () => {}, stderr: (t) => (stderr += t), cwd: ROOT, isTTY: false, env: {} })
    // Node reports warnings on the next tick.
    await new Promise((resolve) => setImmediate(resolve))
    process.off('warning', onWarning)
    expect(code).toBe(2)
    expectOneLine(stderr, file)
    expect(warnings).toEqual([])
  })

  it.each(BAD_FILES)('refuses %s in one clean line on stderr (the built command line)', async (name, bytes) => {
    const { spawnSync } = await import('node:child_process')
    const file = path.join(tmp.dir, `spawned-${name.replace(/\W+/g, '-')}.yml`)
    writeFileSync(file, bytes)
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--plan', PLAN, '--config', file, '--format', 'json'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expectOneLine(run.stderr, file)
  })
})
