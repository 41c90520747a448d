// The reports for CI systems other than GitHub, checked against the formats' own definitions:
// GitLab Code Quality (the fields GitLab's documentation lists as required, as a JSON schema below) and
// JUnit XML (test/formats/junit.xsd, validated by libxml2's xmllint compiled to wasm).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { GITLAB_SEVERITY } from '../../src/report/gitlab.js'
import { plainText, xmlAttribute, xmlText } from '../../src/report/escape.js'
import { REPO_ROOT } from '../helpers/action-runner.js'
import { cli, tempDir } from '../helpers/cli.js'

const EXAMPLE = 'fixtures/example'
const UNKNOWN_PLAN = 'fixtures/rules/ELBIR001/unknown-enabled'
const XSD = readFileSync(path.join(import.meta.dirname, 'junit.xsd'), 'utf8')
const out = tempDir('elb-ir-formats-')
afterAll(() => out.cleanup())

/**
 * GitLab's "Code Quality report format": a JSON array of objects, each with `description`, `check_name`,
 * `fingerprint`, `severity` (info, minor, major, critical or blocker) and `location` with `path` and
 * `lines.begin` (GitLab documents `location.positions.begin.line` as the alternative). GitLab needs no
 * other field; ours are the Code Climate ones it ignores (type, categories).
 */
const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: { path: { type: 'string', minLength: 1 }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } } }
      },
      type: { const: 'issue' },
      categories: { type: 'array', items: { type: 'string' } }
    }
  }
}
const validateCodeQuality = new Ajv({ allErrors: true }).compile(CODE_QUALITY_SCHEMA)

type JsonResult = { ruleId: string; address: string | null; plan: string; verdict: string; severity: string | null; message: string; location: { file: string; line: number } | null }
type CodeQualityIssue = { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

async function run(format: string, extra: string[] = [], plans = [EXAMPLE]) {
  const args = ['check', ...plans.flatMap((p) => ['--plan', `${p}/plan.json`]), ...(plans.length === 1 ? ['--source-dir', plans[0]] : []), '--format', format, ...extra]
  return cli(args, { cwd: REPO_ROOT })
}

async function jsonResults(extra: string[] = [], plans = [EXAMPLE]): Promise<JsonResult[]> {
  return (JSON.parse((await run('json', extra, plans)).stdout) as { results: JsonResult[] }).results
}

async function validJunit(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: XSD }] })
  return result.errors.map((e) => e.message)
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name), trimValues: false, processEntities: true, htmlEntities: true })
type Testcase = { classname: string; name: string; time: string; failure?: { '#text': string; message: string; type: string }; skipped?: { message: string } }
type Testsuite = { name: string; tests: string; failures: string; errors: string; skipped: string; testcase?: Testcase[] }
const parseJunit = (xml: string) => (parser.parse(xml) as { testsuites: { tests: string; failures: string; testsuite: Testsuite[] } }).testsuites

describe('--format gitlab (GitLab Code Quality)', () => {
  it('is a Code Quality report: one issue per failed result, in the file and on the line of the finding, relative to the repository root', async () => {
    const run1 = await run('gitlab')
    expect(run1.code).toBe(1)
    const issues = JSON.parse(run1.stdout) as CodeQualityIssue[]
    expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors)).toBe(true)
    const failed = (await jsonResults(['--source-dir', EXAMPLE])).filter((r) => r.verdict === 'fail')
    expect(issues).toHaveLength(failed.length)
    expect(issues.map((i) => i.check_name)).toEqual(failed.map((r) => r.ruleId))
    for (const [i, result] of failed.entries()) {
      const issue = issues[i]
      expect(issue.severity).toBe(GITLAB_SEVERITY[result.severity as 'error'])
      // The JSON report's location is relative to --source-dir; GitLab's is relative to the repository (the job's directory).
      expect(issue.location).toEqual(result.location ? { path: `${EXAMPLE}/${result.location.file}`, lines: { begin: result.location.line } } : { path: `${EXAMPLE}/plan.json`, lines: { begin: 1 } })
      expect(issue.description).toContain(result.address ?? 'plan')
    }
    expect(issues.find((i) => i.check_name === 'ELBIR002')).toMatchObject({ severity: 'major', location: { path: 'fixtures/example/main.tf', lines: { begin: 99 } } })
    expect(issues.find((i) => i.check_name === 'ELBIR007')).toMatchObject({ severity: 'info', location: { path: 'fixtures/example/plan.json' } })
    expect(new Set(issues.map((i) => i.severity))).toEqual(new Set(['major', 'minor', 'info']))
  })

  it('keeps each finding’s fingerprint across runs and CI systems: unique in the report, the same as SARIF’s and the PR comments’', async () => {
    const first = JSON.parse((await run('gitlab')).stdout) as CodeQualityIssue[]
    const again = JSON.parse((await run('gitlab', ['--output', path.join(out.dir, 'gl.json')])).stdout || readFileSync(path.join(out.dir, 'gl.json'), 'utf8')) as CodeQualityIssue[]
    expect(again.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint))
    expect(new Set(first.map((i) => i.fingerprint)).size).toBe(first.length)
    // The wording of a message is not part of the identity: another source folder changes paths, not fingerprints.
    const elsewhere = JSON.parse((await cli(['check', '--plan', `${EXAMPLE}/plan.json`, '--format', 'gitlab'], { cwd: REPO_ROOT })).stdout) as CodeQualityIssue[]
    expect(elsewhere.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint))
    const sarif = JSON.parse((await run('sarif')).stdout) as { runs: { results: { kind: string; partialFingerprints: Record<string, string> }[] }[] }
    const sarifFailed = sarif.runs[0].results.filter((r) => r.kind === 'fail').map((r) => r.partialFingerprints['elbIrFinding/v1'])
    expect(new Set(first.map((i) => i.fingerprint))).toEqual(new Set(sarifFailed))
  })

  it('lists only failures: unknown, not-applicable and suppressed results are not issues', async () => {
    const issues = JSON.parse((await run('gitlab', [], [UNKNOWN_PLAN])).stdout) as CodeQualityIssue[]
    const results = await jsonResults([], [UNKNOWN_PLAN])
    expect(results.some((r) => r.verdict === 'unknown')).toBe(true)
    expect(issues.map((i) => i.check_name).sort()).toEqual(results.filter((r) => r.verdict === 'fail').map((r) => r.ruleId).sort())
  })
})

describe('--format junit', () => {
  it('is valid against the JUnit schema; one testsuite per plan, one testcase per result, the counts add up', async () => {
    const { stdout, code } = await run('junit', [], [EXAMPLE, UNKNOWN_PLAN])
    expect(code).toBe(1)
    expect(await validJunit(stdout)).toEqual([])
    const suites = parseJunit(stdout)
    const results = await jsonResults([], [EXAMPLE, UNKNOWN_PLAN])
    expect(suites.testsuite.map((s) => s.name)).toEqual([`${EXAMPLE}/plan.json`, `${UNKNOWN_PLAN}/plan.json`])
    for (const suite of suites.testsuite) {
      const mine = results.filter((r) => r.plan === suite.name)
      const cases = suite.testcase ?? []
      expect(cases.map((c) => `${c.classname} ${c.name}`)).toEqual(mine.map((r) => `elb-ir-check.${r.ruleId} ${r.address ?? 'plan-wide'}`))
      expect(Number(suite.tests)).toBe(cases.length)
      expect(Number(suite.failures)).toBe(cases.filter((c) => c.failure).length)
      expect(Number(suite.skipped)).toBe(cases.filter((c) => c.skipped).length)
      expect(suite.errors).toBe('0')
      for (const [i, result] of mine.entries()) {
        const testcase = cases[i]
        if (result.verdict === 'fail') {
          expect(testcase.failure?.type).toBe(result.severity)
          // The message says what is wrong; the body adds why it matters, the fix and where.
          expect(testcase.failure?.['#text']).toContain(result.message)
          expect(testcase.failure?.['#text']).toContain(result.location ? `At ${path.posix.join(path.dirname(suite.name), result.location.file)}:${result.location.line}` : `At ${suite.name}`)
        } else if (result.verdict === 'pass') expect(testcase.failure ?? testcase.skipped).toBeUndefined()
        else expect(testcase.skipped?.message).toMatch(result.verdict === 'unknown' ? /^known only after apply: / : /^not applicable: /)
      }
    }
    expect(Number(suites.tests)).toBe(results.length)
    expect(Number(suites.failures)).toBe(results.filter((r) => r.verdict === 'fail').length)
    const example = suites.testsuite[0].testcase ?? []
    expect(example.find((c) => c.classname === 'elb-ir-check.ELBIR002' && c.name === 'aws_lb.web')?.failure?.['#text']).toContain('Fix:\napply_server_side_encryption_by_default {')
  })

  it('shows a suppressed finding as skipped, with who suppressed it and why, escaped whatever the reason holds', async () => {
    const reason = 'Moves to the Log Archive account ]]> <b>&amp;</b> "quoted" \'single\' \u0007bell\ttab'
    const config = path.join(out.dir, 'exemptions.yml')
    writeFileSync(config, `exemptions:\n  - address: aws_lb.web\n    rule: ELBIR003\n    reason: ${JSON.stringify(reason)}\n`)
    const { stdout } = await run('junit', ['--config', config])
    expect(await validJunit(stdout)).toEqual([])
    const testcase = parseJunit(stdout).testsuite[0].testcase?.find((c) => c.classname === 'elb-ir-check.ELBIR003' && c.name === 'aws_lb.web')
    expect(testcase?.failure).toBeUndefined()
    expect(testcase?.skipped?.message).toBe(`suppressed (${config}): Moves to the Log Archive account ]]> <b>&amp;</b> "quoted" 'single' bell\ttab`)
  })

  it('the schema catches what a reader would refuse (it is not a schema that passes anything)', async () => {
    const { stdout } = await run('junit')
    expect(await validJunit(stdout.replace('<testcase classname=', '<testcase class='))).not.toEqual([])
    expect(await validJunit(stdout.replace(/(<testsuite name="[^"]*" tests="\d+") failures="\d+"/, '$1'))).not.toEqual([])
    expect(await validJunit(stdout.replace('<failure ', '<broken '))).not.toEqual([])
  })
})

describe('XML escaping', () => {
  const PAYLOADS = ['a]]>b', '<![CDATA[x]]>', '</failure><failure message="x">', '&amp; &#0; &#x1;', 'nul\u0000 bell\u0007 esc\u001b[31m', 'lone \uD800 surrogate \uDFFF', '\uFFFE\uFFFF', 'emoji 🔥 kept', 'quote " and \' and\nnew line\r\n and\ttab', '\u202egnp.exe', '##vso[task.setvariable variable=x]1', '::error::x']

  it('every value stays one value: text and attributes parse back to the text, less what XML cannot carry', async () => {
    for (const payload of PAYLOADS) {
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="${xmlAttribute(payload)}" tests="1" failures="1" errors="0"><testcase classname="c" name="${xmlAttribute(payload)}" time="0"><failure message="${xmlAttribute(payload)}">${xmlText(payload)}</failure></testcase></testsuite></testsuites>\n`
      expect(await validJunit(xml), JSON.stringify(payload)).toEqual([])
      const suite = parseJunit(xml).testsuite[0]
      const expected = plainText(payload).replace(/[\uD800-\uDFFF\uFFFE\uFFFF]/gu, '')
      expect(suite.name, JSON.stringify(payload)).toBe(expected)
      expect(suite.testcase?.[0].failure?.message).toBe(expected)
      expect(suite.testcase?.[0].failure?.['#text'] ?? '').toBe(expected)
    }
  })

  it('plain text breaks Azure Pipelines logging commands (##vso[) as it breaks GitHub workflow commands', () => {
    expect(plainText('x ##vso[task.setvariable variable=token]stolen')).not.toContain('##vso[')
    expect(plainText('##VSO[task.complete result=Succeeded]')).not.toMatch(/##vso\[/i)
    expect(plainText('##[error]x')).not.toContain('##[')
  })
})
