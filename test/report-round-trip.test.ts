// A finding is data until the edge. The JSON report gives back the report it was written from, so a
// report read back (`merge`, the action's matrix gate) renders exactly as the report of a direct check:
// the same SARIF (fingerprints included), Markdown, text, GitLab and JUnit, and the same PR comments.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { loadSettings } from '../src/config/load.js'
import { defaultSettings, type Settings } from '../src/config/settings.js'
import { publish } from '../src/github/publish.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { formatGitlab } from '../src/report/gitlab.js'
import { formatJson, readJsonReports } from '../src/report/json.js'
import { formatJunit } from '../src/report/junit.js'
import { formatMarkdown } from '../src/report/markdown.js'
import { mergeReports } from '../src/report/merge.js'
import { formatSarif } from '../src/report/sarif.js'
import { formatText } from '../src/report/text.js'
import type { Report } from '../src/report/types.js'
import { cli, tempDir } from './helpers/cli.js'

const ROOT = path.join(import.meta.dirname, '..')
const FIXTURES = path.join(ROOT, 'fixtures')
const tmp = tempDir('elb-ir-round-trip-')
afterAll(() => tmp.cleanup())

/** The bundled example and every rule fixture: folders with a Terraform-made plan.json beside its sources. */
function fixtureFolders(): string[] {
  const folders = [path.join(FIXTURES, 'example')]
  const rules = path.join(FIXTURES, 'rules')
  for (const rule of readdirSync(rules).sort()) {
    for (const name of readdirSync(path.join(rules, rule)).sort()) {
      const dir = path.join(rules, rule, name)
      if (existsSync(path.join(dir, 'plan.json'))) folders.push(dir)
    }
  }
  return folders
}

/** `check` of a folder's plan with its sources (file:line, inline suppressions). */
async function checkFolder(dir: string, settings?: Settings): Promise<Report> {
  const configPath = path.join(dir, '.elb-ir.yml')
  settings ??= existsSync(configPath) ? await loadSettings(configPath) : defaultSettings()
  const plan = parsePlanBytes(readFileSync(path.join(dir, 'plan.json')), 'plan.json')
  return checkPlans([plan], { settings, sourceDir: dir, today: '2026-11-27' })
}

/** The JSON report written to a file and read back as `merge` and the action read it. */
async function readBack(json: string, name: string): Promise<Report> {
  const file = path.join(tmp.dir, `${name}.json`)
  writeFileSync(file, json)
  const { reports, problems } = await readJsonReports([file], tmp.dir)
  expect(problems).toEqual([])
  return reports[0].report
}

/** What the action would post on a PR whose diff holds every located finding: review comments (with their markers) and the summary. */
async function pullRequestComments(report: Report, dir: string): Promise<unknown> {
  const sourceLine = (file: string, line: number) => readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/)[line - 1] ?? null
  const target = { owner: 'acme', repo: 'infra', number: 7, headSha: 'a'.repeat(40), fromFork: false, mustVerifyHead: false }
  const outcome = await publish({ report, mode: 'review', target, scope: 'abcdef012345', api: null, dryRun: true, sourceLine, log: () => {} })
  return outcome.wouldPost
}

/** Every rendering a user sees of a report. */
async function renderings(report: Report, dir: string) {
  return {
    sarif: formatSarif(report),
    markdown: formatMarkdown(report),
    comments: await pullRequestComments(report, dir),
    text: formatText(report, { color: false }),
    gitlab: formatGitlab(report),
    junit: formatJunit(report)
  }
}

const folders = fixtureFolders()
const label = (dir: string) => path.relative(FIXTURES, dir)

describe('the JSON report', () => {
  it.each(folders.map((dir) => [label(dir), dir] as const))('%s: written, read and written again gives the same bytes', async (name, dir) => {
    const json = formatJson(await checkFolder(dir))
    expect(formatJson(await readBack(json, name.replace(/\W/g, '_')))).toBe(json)
  })

  it('carries a finding in its parts: the summary with its plan values apart, the fix, the line fix, the attribute at fault', async () => {
    const report = JSON.parse(formatJson(await checkFolder(path.join(FIXTURES, 'rules', 'ELBIR001', 'fail-disabled'))))
    const failureOf = (ruleId: string) => report.results.find((r: { ruleId: string; verdict: string }) => r.ruleId === ruleId && r.verdict === 'fail')
    expect(failureOf('ELBIR006').summary).toEqual({ text: 'No EventBridge or User Notifications rule routes AWS Health events for ELB to a target in {0}.', arguments: ['eu-west-1'] })
    const failure = failureOf('ELBIR001')
    expect(failure).toMatchObject({
      summary: { text: '`access_logs` is switched off (`enabled = false`).', arguments: [] },
      lineFix: 'enabled = true',
      subject: { address: 'aws_lb.web', attribute: ['access_logs', 0, 'enabled'] },
      exactLocation: true
    })
    expect(failure.fix).toContain('enabled = true')
    expect(report.rules.map((rule: { id: string }) => rule.id)).toEqual(['ELBIR001', 'ELBIR002', 'ELBIR003', 'ELBIR004', 'ELBIR005', 'ELBIR006', 'ELBIR007', 'ELBIR008', 'ELBIR009'])
  })
})

describe('check, and check → JSON → merge', () => {
  it.each(folders.map((dir) => [label(dir), dir] as const))('%s: the same SARIF, Markdown, PR comments, text, GitLab and JUnit', async (name, dir) => {
    const direct = await checkFolder(dir)
    const merged = mergeReports([{ report: await readBack(formatJson(direct), name.replace(/\W/g, '_')) }])
    expect(await renderings(merged, dir)).toEqual(await renderings(direct, dir))
  })

  it('keep suppressions from the configuration and from the sources, with their reasons', async () => {
    const dir = path.join(tmp.dir, 'suppressed')
    cpSync(path.join(FIXTURES, 'example'), dir, { recursive: true })
    const main = path.join(dir, 'main.tf')
    writeFileSync(main, readFileSync(main, 'utf8').replace('resource "aws_lb" "web" {', '# elb-ir:ignore ELBIR003 the `Log Archive` account comes next quarter\nresource "aws_lb" "web" {'))
    const settings = { ...defaultSettings(), exemptions: [{ address: 'aws_lb.web', rule: 'ELBIR004', reason: 'bucket <b>controls</b> are #12', expires: '2099-01-01' }], source: '.elb-ir.yml' }
    const direct = await checkFolder(dir, settings)
    expect(direct.results.filter((r) => r.verdict === 'suppressed').map((r) => `${r.ruleId} ${r.suppression?.kind}`)).toEqual(['ELBIR003 inline', 'ELBIR004 config'])
    const merged = mergeReports([{ report: await readBack(formatJson(direct), 'suppressed') }])
    expect(await renderings(merged, dir)).toEqual(await renderings(direct, dir))
    expect(formatMarkdown(merged)).toContain('the `Log Archive` account comes next quarter'.replace(/`/g, '\\`'))
  })

  it('through the command line too: `merge` of a check\'s JSON report prints the Markdown of the check', async () => {
    const direct = await cli(['check', '--format', 'markdown'], { cwd: ROOT })
    await cli(['check', '--format', 'json', '--output', path.join(tmp.dir, 'example.json')], { cwd: ROOT })
    const merged = await cli(['merge', path.join(tmp.dir, 'example.json'), '--format', 'markdown'], { cwd: ROOT })
    expect(merged.stdout).toBe(direct.stdout)
    // Plan values render as code, and the fixes as suggestions' HCL.
    expect(merged.stdout).toContain('`acme-shop-alb-logs-eu-west-1`')
    expect(merged.stdout).toContain('<details><summary>Fix</summary>')
  })
})

describe('a JSON report with only the interface\'s fields (written by hand or by another tool)', () => {
  it('still merges: summary and fix are taken from the message, the rules\' metadata from this version', async () => {
    const json = JSON.parse(formatJson(await checkFolder(path.join(FIXTURES, 'example'))))
    delete json.rules
    for (const result of json.results) for (const addition of ['summary', 'fix', 'lineFix', 'subject', 'exactLocation', 'suppression']) delete result[addition]
    const file = path.join(tmp.dir, 'bare.json')
    writeFileSync(file, JSON.stringify(json))
    const merged = await cli(['merge', file, '--format', 'json'], { cwd: ROOT })
    expect(merged.stderr).toBe('')
    const again = JSON.parse(merged.stdout)
    // The messages are composed again from the parts taken out of them: the same words.
    expect(again.results.map((r: { message: string }) => r.message)).toEqual(json.results.map((r: { message: string }) => r.message))
    expect(again.rules).toHaveLength(9)
  })
})

describe('a JSON report from a file is input', () => {
  it('its rules\' text is not rendered as ours: `merge` describes the rules by its own metadata', async () => {
    const original = path.join(tmp.dir, 'original.json')
    await cli(['check', '--format', 'json', '--output', original], { cwd: ROOT })
    const json = JSON.parse(readFileSync(original, 'utf8'))
    const HOSTILE = '[click](https://evil.example) <img src=x> @org/team\n::error::forged'
    for (const rule of json.rules) Object.assign(rule, { title: HOSTILE, practice: HOSTILE, rationale: HOSTILE, remediation: HOSTILE, helpUri: 'https://evil.example/")' })
    const forged = path.join(tmp.dir, 'forged-rules.json')
    writeFileSync(forged, JSON.stringify(json))
    for (const format of ['markdown', 'sarif', 'text', 'junit', 'gitlab']) {
      const merged = await cli(['merge', forged, '--format', format], { cwd: ROOT })
      expect(merged.stderr, format).toBe('')
      expect(merged.stdout, format).not.toContain('evil.example')
      expect(merged.stdout, format).toBe((await cli(['merge', original, '--format', format], { cwd: ROOT })).stdout)
    }
  })
})

describe('the formats and src/github/', () => {
  it('render from the report alone: none of them imports src/rules/', () => {
    const importers = ['report', 'github'].flatMap((folder) =>
      readdirSync(path.join(ROOT, 'src', folder))
        .filter((file) => file.endsWith('.ts'))
        .filter((file) => /\bfrom\s+['"]\.\.\/rules\//.test(readFileSync(path.join(ROOT, 'src', folder, file), 'utf8')))
        .map((file) => `src/${folder}/${file}`)
    )
    expect(importers).toEqual([])
  })
})
