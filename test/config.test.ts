import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { gate } from '../src/report/gate.js'
import { loadSettings } from '../src/config/load.js'
import type { Settings } from '../src/config/settings.js'
import { InputError } from '../src/errors.js'
import { loadPlanFile, type LoadedPlan } from '../src/plan/load.js'
import { toJsonReport } from '../src/report/json.js'
import { PLANS } from './helpers/corpus.js'
import { PLAN_CORPUS, lacks } from './helpers/shared.js'
import { tempDir } from './helpers/cli.js'
import { messageOf } from './helpers/report.js'

const CANARY = 'canary-7f3a'

let tmp: { dir: string; cleanup: () => void }
let counter = 0

beforeAll(() => {
  tmp = tempDir('elb-ir-config-')
})
afterAll(() => tmp.cleanup())

/** Writes `yaml` as a configuration file in its own folder and returns its path. */
function configFile(yaml: string, files: Record<string, string> = {}): string {
  const dir = path.join(tmp.dir, `c${++counter}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  const file = path.join(dir, '.elb-ir.yml')
  writeFileSync(file, yaml)
  return file
}

const settingsFrom = (yaml: string, files: Record<string, string> = {}) => loadSettings(configFile(yaml, files))

/** The InputError a configuration must be refused with. */
async function refusal(yaml: string, files: Record<string, string> = {}): Promise<InputError> {
  const file = configFile(yaml, files)
  const error = await loadSettings(file).then(
    () => null,
    (e: unknown) => e
  )
  expect(error, 'the configuration should be refused').toBeInstanceOf(InputError)
  const input = error as InputError
  expect(input.message.startsWith(`${file}: `)).toBe(true)
  expect(input.message).not.toMatch(/[\r\n]/)
  expect(input.message).not.toContain(CANARY)
  return input
}

describe('loadSettings: a valid configuration', () => {
  const full = `# ELB incident-response settings
rules:
  ELBIR003: off
  ELBIR005: notice
  ELBIR007: { enabled: true, severity: warning }
  ELBIR009: { enabled: false }
logArchive:
  buckets:
    - central-elb-logs
    - "aws-accelerator-elb-access-logs-*"
  accounts: ["111122223333"]
analysisTool: Splunk (security account)
organizationHealthMonitoring: AWS Health organizational view, routed by the security team
retentionDays: 400
playbooks:
  - playbooks/*.md
exemptions:
  - address: module.legacy.*
    rule: ELBIR001
    reason: decommissioned with the legacy stack
    expires: 2099-12-31
  - address: plan
    rule: ELBIR006
    reason: Health events are watched by the NOC
`

  let settings: Settings
  let file: string
  beforeAll(async () => {
    file = configFile(full, {
      'playbooks/ddos.md': '# DDoS\nEngage the Shield Response Team (SRT).\n',
      'playbooks/breach.md': '# Breach\nWrite to aws-security@amazon.com and open a case with the CIRT.\n',
      'playbooks/README.txt': 'not a playbook'
    })
    settings = await loadSettings(file)
  })

  it('reads rules switched off and severity overrides, in both spellings', () => {
    expect(Object.fromEntries(settings.rules)).toEqual({
      ELBIR003: { enabled: false },
      ELBIR005: { enabled: true, severity: 'notice' },
      ELBIR007: { enabled: true, severity: 'warning' },
      ELBIR009: { enabled: false, severity: undefined }
    })
  })

  it('reads the Log Archive buckets and accounts, the analysis tool and organization-wide Health monitoring', () => {
    expect(settings.logArchive).toEqual({ buckets: ['central-elb-logs', 'aws-accelerator-elb-access-logs-*'], accounts: ['111122223333'] })
    expect(settings.analysisTool).toBe('Splunk (security account)')
    expect(settings.organizationHealthMonitoring).toBe('AWS Health organizational view, routed by the security team')
  })

  it('reads how many days the fix keeps access logs', async () => {
    expect(settings.retentionDays).toBe(400)
    expect((await settingsFrom('rules: {}\n')).retentionDays).toBeUndefined()
  })

  it('reads the playbooks matched by a glob relative to the configuration file, in order', () => {
    // The test process runs from the project root: the glob must not be taken from there.
    expect(process.cwd()).not.toBe(path.dirname(file))
    expect(settings.playbooks.map((p) => p.path)).toEqual(['playbooks/breach.md', 'playbooks/ddos.md'])
    expect(settings.playbooks[1].text).toContain('Shield Response Team')
  })

  it('reads exemptions, keeping an unquoted date as text', () => {
    expect(settings.exemptions).toEqual([
      { address: 'module.legacy.*', rule: 'ELBIR001', reason: 'decommissioned with the legacy stack', expires: '2099-12-31' },
      { address: 'plan', rule: 'ELBIR006', reason: 'Health events are watched by the NOC' }
    ])
    expect(settings.source).toBe(file)
  })

  it('treats an empty file as the defaults', async () => {
    const empty = await settingsFrom('# nothing configured yet\n')
    expect(empty.rules.size).toBe(0)
    expect(empty.logArchive).toEqual({ buckets: [], accounts: [] })
    expect(empty.playbooks).toEqual([])
    expect(empty.exemptions).toEqual([])
  })
})

describe('loadSettings: refusals name the key and what is allowed', () => {
  it('an unknown top-level key', async () => {
    const error = await refusal('rules: {}\nlogArchives:\n  buckets: [central]\n')
    expect(error.problem).toContain('`logArchives`')
    for (const key of ['rules', 'logArchive', 'analysisTool', 'organizationHealthMonitoring', 'playbooks', 'exemptions']) expect(error.problem).toContain(key)
  })

  it('a retention that is not a whole number of days', async () => {
    expect((await refusal('retentionDays: 0\n')).problem).toContain('`retentionDays`')
    expect((await refusal('retentionDays: 1.5\n')).problem).toContain('`retentionDays`')
  })

  it('an unknown key inside a section', async () => {
    const error = await refusal('logArchive:\n  bucket: [central]\n')
    expect(error.problem).toContain('`logArchive.bucket`')
    expect(error.problem).toContain('buckets')
    expect(error.problem).toContain('accounts')
  })

  it('an unknown rule id under rules', async () => {
    const error = await refusal('rules:\n  ELBIR010: off\n')
    expect(error.problem).toContain('rules.ELBIR010')
    expect(error.problem).toMatch(/ELBIR001\b/)
    expect(error.problem).toMatch(/ELBIR009\b/)
  })

  it('a bad severity value', async () => {
    const error = await refusal('rules:\n  ELBIR002: critical\n')
    expect(error.problem).toContain('rules.ELBIR002')
    for (const value of ['off', 'error', 'warning', 'notice']) expect(error.problem).toContain(value)
    expect(error.problem).not.toContain('critical')
  })

  it('a bad severity inside the long form', async () => {
    const error = await refusal('rules:\n  ELBIR002: { severity: high }\n')
    expect(error.problem).toContain('rules.ELBIR002.severity')
    for (const value of ['error', 'warning', 'notice']) expect(error.problem).toContain(value)
  })

  it('an account id that is not 12 digits', async () => {
    const error = await refusal(`logArchive:\n  accounts: ["111122223333", "12345-${CANARY}"]\n`)
    expect(error.problem).toContain('logArchive.accounts.1')
    expect(error.problem).toContain('12 digits')
  })

  it('an exemption without a reason', async () => {
    const error = await refusal('exemptions:\n  - address: aws_lb.web\n    rule: ELBIR003\n')
    expect(error.problem).toContain('exemptions.0.reason')
    expect(error.problem).toMatch(/address, rule and reason/)
  })

  it('an exemption for an unknown rule', async () => {
    const error = await refusal('exemptions:\n  - address: aws_lb.web\n    rule: ELBIR099\n    reason: legacy\n')
    expect(error.problem).toContain('exemptions.0.rule')
    expect(error.problem).toContain('ELBIR001')
  })

  it('an expiry date in the wrong format', async () => {
    const error = await refusal('exemptions:\n  - address: aws_lb.web\n    rule: ELBIR003\n    reason: legacy\n    expires: 31/12/2025\n')
    expect(error.problem).toContain('exemptions.0.expires')
    expect(error.problem).toContain('YYYY-MM-DD')
  })

  it('an expiry date that does not exist', async () => {
    const error = await refusal('exemptions:\n  - address: aws_lb.web\n    rule: ELBIR003\n    reason: legacy\n    expires: 2025-13-45\n')
    expect(error.problem).toContain('exemptions.0.expires')
    expect(error.problem).toContain('YYYY-MM-DD')
  })

  it('a playbook glob that matches nothing', async () => {
    const error = await refusal('playbooks:\n  - runbooks/*.md\n', { 'playbooks/ir.md': 'aws-security@amazon.com' })
    expect(error.problem).toContain('runbooks/*.md')
    expect(error.problem).toMatch(/playbook/)
    expect(error.problem).toMatch(/matches no file/)
    expect(error.remedy).toMatch(/relative to the configuration file/)
  })

  it('invalid YAML: a duplicate key, with its line and without the content', async () => {
    const error = await refusal(`analysisTool: Splunk\nrules:\n  ELBIR001: off\nanalysisTool: ${CANARY}\n`)
    expect(error.problem).toMatch(/not valid YAML/)
    expect(error.problem).toContain('line 4')
  })

  it('invalid YAML: a tab as indentation, with its line and without the content', async () => {
    const error = await refusal(`rules:\n\tELBIR001: ${CANARY}\n`)
    expect(error.problem).toMatch(/not valid YAML/)
    expect(error.problem).toContain('line 2')
  })

  it('a configuration that is a list, not a mapping', async () => {
    const error = await refusal(`- rules\n- ${CANARY}\n`)
    expect(error.problem).toMatch(/top level/)
    expect(error.problem).toMatch(/object/)
  })

  it('a configuration file that does not exist', async () => {
    const file = path.join(tmp.dir, 'absent', '.elb-ir.yml')
    const error = await loadSettings(file).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message.startsWith(`${file}: does not exist`)).toBe(true)
  })
})

describe.skipIf(lacks(PLAN_CORPUS, 'the configuration changes the verdicts'))('the configuration changes the verdicts', () => {
  // aws_elb.bar logs to the bucket `foo`, outside the plan: ELBIR005 and ELBIR006 fail (warning), ELBIR007 (notice).
  let withLogs: LoadedPlan
  // aws_elb.example has no access logs: ELBIR001 fails (error).
  let noLogs: LoadedPlan
  const TODAY = '2025-06-15'

  beforeAll(async () => {
    withLogs = await loadPlanFile(PLANS.classicWithLogs)
    noLogs = await loadPlanFile(PLANS.classicNoLogs)
  })

  const check = async (plan: LoadedPlan, yaml: string, files: Record<string, string> = {}) => checkPlans([plan], { settings: await settingsFrom(yaml, files), today: TODAY })
  const verdict = (report: Awaited<ReturnType<typeof check>>, ruleId: string, address: string | null) => report.results.find((r) => r.ruleId === ruleId && r.address === address)

  it('the plans hold the findings these tests rely on', async () => {
    const defaults = await check(withLogs, '')
    expect(verdict(defaults, 'ELBIR005', 'aws_elb.bar')).toMatchObject({ verdict: 'fail', severity: 'warning' })
    expect(verdict(defaults, 'ELBIR003', 'aws_elb.bar')).toMatchObject({ verdict: 'pass' })
    expect(verdict(defaults, 'ELBIR006', null)).toMatchObject({ verdict: 'fail', severity: 'warning' })
    expect(verdict(defaults, 'ELBIR007', null)).toMatchObject({ verdict: 'fail', severity: 'notice' })
    expect(verdict(await check(noLogs, ''), 'ELBIR001', 'aws_elb.example')).toMatchObject({ verdict: 'fail', severity: 'error' })
  })

  it('a rule switched off gives no results, and the others still run', async () => {
    const report = await check(withLogs, 'rules:\n  ELBIR005: off\n  ELBIR007: { enabled: false }\n')
    expect(report.results.filter((r) => r.ruleId === 'ELBIR005' || r.ruleId === 'ELBIR007')).toEqual([])
    expect(new Set(report.results.map((r) => r.ruleId))).toEqual(new Set(['ELBIR001', 'ELBIR002', 'ELBIR003', 'ELBIR004', 'ELBIR006', 'ELBIR008', 'ELBIR009']))
    expect(report.summary).toEqual({ error: 0, warning: 1, notice: 0, suppressed: 0, new: 1, resolved: 0 })
  })

  it('a severity override changes the severity, the summary and the exit level', async () => {
    const report = await check(withLogs, 'rules:\n  ELBIR005: error\n  ELBIR006: { severity: notice }\n')
    expect(verdict(report, 'ELBIR005', 'aws_elb.bar')).toMatchObject({ verdict: 'fail', severity: 'error' })
    expect(verdict(report, 'ELBIR006', null)).toMatchObject({ verdict: 'fail', severity: 'notice' })
    expect(report.summary).toEqual({ error: 1, warning: 0, notice: 2, suppressed: 0, new: 3, resolved: 0 })
    expect(gate(report, 'error', 'new').fails).toBe(true)
  })

  it('an exemption with a reason turns the fail into suppressed, with the reason', async () => {
    const report = await check(noLogs, 'exemptions:\n  - address: aws_elb.example\n    rule: ELBIR001\n    reason: replaced by an ALB next sprint\n    expires: 2099-01-31\n')
    const result = verdict(report, 'ELBIR001', 'aws_elb.example')
    expect(result).toMatchObject({ verdict: 'suppressed', severity: 'error' })
    expect(result?.suppression).toMatchObject({ kind: 'config', reason: 'replaced by an ALB next sprint', expires: '2099-01-31' })
    expect(report.summary.error).toBe(0)
    expect(report.summary.suppressed).toBe(1)
    expect(gate(report, 'error', 'new').fails).toBe(false)
    expect(toJsonReport(report).results.find((r) => r.ruleId === 'ELBIR001')?.verdict).toBe('suppressed')
  })

  it('an exemption address is a glob, and `plan` exempts a plan-wide rule', async () => {
    const report = await check(withLogs, 'exemptions:\n  - address: aws_elb.*\n    rule: ELBIR005\n    reason: logs go to the SIEM\n  - address: plan\n    rule: ELBIR006\n    reason: the NOC watches AWS Health\n')
    expect(verdict(report, 'ELBIR005', 'aws_elb.bar')?.verdict).toBe('suppressed')
    expect(verdict(report, 'ELBIR006', null)?.verdict).toBe('suppressed')
    expect(verdict(report, 'ELBIR006', null)?.suppression?.reason).toBe('the NOC watches AWS Health')
    expect(report.summary).toEqual({ error: 0, warning: 0, notice: 1, suppressed: 2, new: 1, resolved: 0 })
  })

  it('an exemption stays in force on its expiry date', async () => {
    const report = await check(noLogs, `exemptions:\n  - address: aws_elb.example\n    rule: ELBIR001\n    reason: migration\n    expires: ${TODAY}\n`)
    expect(verdict(report, 'ELBIR001', 'aws_elb.example')?.verdict).toBe('suppressed')
    expect(report.warnings.filter((w) => w.includes('expired'))).toEqual([])
  })

  it('an expired exemption does not suppress, and a warning says it expired', async () => {
    const report = await check(noLogs, 'exemptions:\n  - address: aws_elb.example\n    rule: ELBIR001\n    reason: migration\n    expires: 2025-06-14\n')
    const result = verdict(report, 'ELBIR001', 'aws_elb.example')
    expect(result).toMatchObject({ verdict: 'fail', severity: 'error' })
    expect(result?.suppression).toBeUndefined()
    expect(report.summary.error).toBe(1)
    const expired = report.warnings.filter((w) => w.includes('expired'))
    expect(expired).toHaveLength(1)
    expect(expired[0]).toContain('ELBIR001')
    expect(expired[0]).toContain('aws_elb.example')
    expect(expired[0]).toContain('2025-06-14')
  })

  it('an exemption for another rule or address changes nothing', async () => {
    const report = await check(noLogs, 'exemptions:\n  - address: aws_elb.other\n    rule: ELBIR001\n    reason: not this one\n  - address: aws_elb.example\n    rule: ELBIR003\n    reason: not this rule\n')
    expect(verdict(report, 'ELBIR001', 'aws_elb.example')?.verdict).toBe('fail')
    expect(report.summary.suppressed).toBe(0)
  })

  it('a declared analysis tool passes ELBIR005 where logs are written', async () => {
    const report = await check(withLogs, 'analysisTool: Splunk\n')
    expect(verdict(report, 'ELBIR005', 'aws_elb.bar')?.verdict).toBe('pass')
    expect(messageOf(report, verdict(report, 'ELBIR005', 'aws_elb.bar')!)).toContain('Splunk')
  })

  it('a declared analysis tool leaves ELBIR005 not applicable where logging is off', async () => {
    const report = await check(noLogs, 'analysisTool: Splunk\n')
    expect(verdict(report, 'ELBIR001', 'aws_elb.example')?.verdict).toBe('fail')
    expect(verdict(report, 'ELBIR005', 'aws_elb.example')?.verdict).toBe('not-applicable')
  })

  it('organization-wide Health monitoring passes ELBIR006', async () => {
    const report = await check(withLogs, 'organizationHealthMonitoring: Health organizational view in the security account\n')
    expect(verdict(report, 'ELBIR006', null)?.verdict).toBe('pass')
  })

  it('configured Log Archive buckets make a bucket outside the plan fail ELBIR003 unless it matches', async () => {
    const other = await check(withLogs, 'logArchive:\n  buckets: ["central-elb-*"]\n')
    expect(verdict(other, 'ELBIR003', 'aws_elb.bar')).toMatchObject({ verdict: 'fail', severity: 'warning' })
    const matching = await check(withLogs, 'logArchive:\n  buckets: ["central-elb-*", "fo?"]\n')
    expect(verdict(matching, 'ELBIR003', 'aws_elb.bar')?.verdict).toBe('pass')
    const accountOnly = await check(withLogs, 'logArchive:\n  accounts: ["111122223333"]\n')
    expect(verdict(accountOnly, 'ELBIR003', 'aws_elb.bar')?.verdict).toBe('fail')
  })

  it('playbooks that name every AWS contact channel pass ELBIR007; others fail naming what is missing', async () => {
    const complete = await check(withLogs, 'playbooks: [ir/*.md]\n', {
      'ir/security.md': 'Email aws-security@amazon.com; for active incidents engage the AWS Customer Incident Response Team (CIRT).\nFor DDoS, the Shield Response Team (SRT).\n'
    })
    expect(verdict(complete, 'ELBIR007', null)?.verdict).toBe('pass')
    const partial = await check(withLogs, 'playbooks: [ir/*.md]\n', { 'ir/security.md': 'Email aws-security@amazon.com.\n' })
    const result = verdict(partial, 'ELBIR007', null)
    expect(result).toMatchObject({ verdict: 'fail', severity: 'notice' })
    expect(result?.summary).toContain('ir/security.md')
    expect(result?.summary).toMatch(/CIRT/)
    expect(result?.summary).toMatch(/SRT/)
    expect(result?.summary).not.toMatch(/do not name AWS Security/)
  })
})
