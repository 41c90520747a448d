import { beforeAll, describe, expect, it } from 'vitest'
import { checkPlans, RULE_CATALOG } from '../src/check.js'
import { loadPlanFile } from '../src/plan/load.js'
import { formatJson } from '../src/report/json.js'
import { formatMarkdown } from '../src/report/markdown.js'
import { SYMBOLS } from '../src/report/matrix.js'
import { formatSarif } from '../src/report/sarif.js'
import { formatText } from '../src/report/text.js'
import type { Report, Result } from '../src/report/types.js'
import { PLANS } from './helpers/corpus.js'
import { PLAN_CORPUS, lacks } from './helpers/shared.js'
import { codeSpans, outsideCode, tableCells } from './helpers/markdown.js'
import { quote } from '../src/util/quoted.js'

const ESC = '\u001b'

/** A line GitHub Actions would run as a workflow command: `::` after leading white space (the runner trims it). */
const workflowCommandLines = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('::'))

describe.skipIf(lacks(PLAN_CORPUS, 'reports of real plans'))('reports of real plans', () => {
  let report: Report

  beforeAll(async () => {
    const plans = await Promise.all([PLANS.classicNoLogs, PLANS.classicWithLogs, PLANS.nlbNoLogs].map((file) => loadPlanFile(file)))
    report = await checkPlans(plans, { today: '2025-06-15' })
    // What the tests below read from the report.
    expect(report.loadBalancers.map((lb) => `${lb.address} (${lb.kind})`)).toEqual(['aws_elb.example (classic)', 'aws_elb.bar (classic)', 'aws_lb.nlb-noncompliant (network)'])
  })

  const verdictOf = (ruleId: string, address: string) => report.results.find((r) => r.ruleId === ruleId && r.address === address)?.verdict

  it('text: a matrix row per load balancer with one symbol per rule', () => {
    const text = formatText(report, { color: false })
    const lines = text.split('\n')
    const header = lines.find((line) => line.startsWith('load balancer'))
    expect(header?.split(/\s+/).slice(2)).toEqual(['001', '002', '003', '004', '005', '008', '009'])
    for (const lb of report.loadBalancers) {
      const rows = lines.filter((line) => line.startsWith(`${lb.address} (${lb.kind})`))
      expect(rows, lb.address).toHaveLength(1)
      const symbols = rows[0].slice(`${lb.address} (${lb.kind})`.length).trim().split(/\s+/)
      const expected = ['ELBIR001', 'ELBIR002', 'ELBIR003', 'ELBIR004', 'ELBIR005', 'ELBIR008', 'ELBIR009'].map((id) => SYMBOLS[verdictOf(id, lb.address) ?? 'not-applicable'])
      expect(symbols).toEqual(expected)
    }
    // Each plan gets its own matrix, headed by its path.
    for (const plan of report.plans) expect(lines).toContain(plan.path)
  })

  it('text: a findings section with every fail and the totals', () => {
    const text = formatText(report, { color: false })
    const lines = text.split('\n')
    expect(lines).toContain('Findings')
    const findings = lines.slice(lines.indexOf('Findings'))
    for (const result of report.results.filter((r) => r.verdict === 'fail')) {
      const subject = result.address ?? `plan ${result.plan}`
      expect(findings.some((line) => line.startsWith(`${SYMBOLS.fail} ${result.ruleId} ${result.severity} ${subject}`)), `${result.ruleId} ${subject}`).toBe(true)
    }
    const { error, warning, notice } = report.summary
    expect(error).toBe(2)
    expect(lines.filter(Boolean).at(-1)).toBe(`${error} errors, ${warning} warnings, ${notice} notices, 0 suppressed`)
    expect(text).not.toContain(ESC)
  })

  it('text: colour only when asked for', () => {
    expect(formatText(report, { color: true })).toContain(`${ESC}[31m`)
    expect(formatText(report, { color: false })).not.toContain(ESC)
  })

  it('markdown: a table per plan whose rows have a cell per rule', () => {
    const markdown = formatMarkdown(report)
    const lines = markdown.split('\n')
    const headers = lines.filter((line) => line.startsWith('| load balancer |'))
    expect(headers).toHaveLength(3)
    const columns = tableCells(headers[0]).length
    expect(columns).toBe(8)
    for (const lb of report.loadBalancers) {
      const rows = lines.filter((line) => line.startsWith('| ') && codeSpans(line)[0] === lb.address)
      expect(rows, lb.address).toHaveLength(1)
      expect(tableCells(rows[0])).toHaveLength(columns)
    }
    expect(markdown).toContain(`**${report.summary.error}** errors`)
  })

  it('sarif and json: the same findings', () => {
    const sarif = JSON.parse(formatSarif(report)) as { runs: { results: { ruleId: string; level: string }[] }[] }
    const json = JSON.parse(formatJson(report)) as { results: { ruleId: string; verdict: string }[] }
    const judged = report.results.filter((r) => r.verdict === 'fail' || r.verdict === 'unknown' || r.verdict === 'suppressed')
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(judged.map((r) => r.ruleId))
    expect(json.results).toHaveLength(report.results.length)
  })
})

describe('hostile text from the plan', () => {
  // Everything below comes from user-controlled input: for_each keys, file names, configuration text.
  const HOSTILE =
    'x</details><img src=x onerror=alert(1)> @org/team | `tick` ``` [link](http://evil) *bold* #12\n::error::pwned \u001b[31mred\u001b[0m\r\n::add-mask::secret ##[error]v1'
  const PLAN = `plans/${HOSTILE}.json`
  const LB = `aws_lb.web["${HOSTILE}"]`
  const FIX = `access_logs {\n  bucket  = "${HOSTILE}"\n  enabled = true\n}\n::warning::fix\n  ::error::indented\n\t::add-mask::tabbed`

  const result = (overrides: Partial<Result>): Result => ({
    ruleId: 'ELBIR001',
    address: LB,
    plan: PLAN,
    verdict: 'pass',
    severity: null,
    location: null,
    summary: '',
    subject: null,
    fingerprint: `fp-${Math.random().toString(36).slice(2)}`,
    exactLocation: false,
    ...overrides
  })

  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'elb-ir-check', version: '1.2.3' },
    rules: [...RULE_CATALOG],
    plans: [
      { path: PLAN, formatVersion: '1.2', terraformVersion: '1.9.5' },
      { path: 'second.json', formatVersion: '1.2', terraformVersion: '1.9.5' }
    ],
    loadBalancers: [
      { address: LB, type: 'aws_lb', kind: 'application', plan: PLAN, actions: ['create'] },
      { address: 'aws_lb.plain', type: 'aws_lb', kind: 'network', plan: 'second.json', actions: ['create'] }
    ],
    results: [
      result({
        verdict: 'fail',
        severity: 'error',
        summary: `Access logs are off for ${quote(HOSTILE)}: ${quote(HOSTILE)}`,
        fix: FIX,
        location: { file: `modules/${HOSTILE}.tf`, line: 7 }
      }),
      result({ ruleId: 'ELBIR002', verdict: 'pass', summary: `Delivered to ${quote(HOSTILE)}` }),
      result({
        ruleId: 'ELBIR003',
        verdict: 'suppressed',
        severity: 'warning',
        summary: `Not central: ${quote(HOSTILE)}`,
        suppression: { kind: 'config', reason: HOSTILE, origin: `config/${HOSTILE}.yml`, expires: '2099-01-01', unsuppressedVerdict: 'fail' }
      }),
      result({ ruleId: 'ELBIR005', verdict: 'unknown', severity: 'warning', summary: ` ${quote(HOSTILE)}` }),
      result({ ruleId: 'ELBIR006', address: null, verdict: 'fail', severity: 'warning', summary: quote(HOSTILE) }),
      result({
        ruleId: 'ELBIR007',
        address: null,
        verdict: 'suppressed',
        severity: 'notice',
        summary: quote(HOSTILE),
        suppression: { kind: 'inline', reason: `  ${HOSTILE}`, origin: 'checkov', unsuppressedVerdict: 'fail' }
      }),
      result({ ruleId: 'ELBIR001', address: 'aws_lb.plain', plan: 'second.json', verdict: 'pass', summary: 'Access logs are enabled.' })
    ],
    summary: { error: 1, warning: 1, notice: 0, suppressed: 2 },
    problems: [`${HOSTILE}: is not JSON`],
    warnings: [HOSTILE]
  }

  describe('markdown', () => {
    const markdown = formatMarkdown(report)
    const rendered = outsideCode(markdown)

    it('has no raw HTML from the input', () => {
      expect(rendered).not.toMatch(/<img/i)
      expect(rendered).not.toContain('x</details>')
      // Inside code spans `</details>` is literal text; outside them every <details> must be closed.
      expect((rendered.match(/<details>/g) ?? []).length).toBe((rendered.match(/<\/details>/g) ?? []).length)
    })

    it('has no live mention, link, emphasis or issue reference from the input', () => {
      expect(rendered).not.toMatch(/(^|[^\\&#\w])@org/m)
      expect(rendered).not.toContain('[link](')
      expect(rendered).not.toMatch(/(?<!\\)\*bold(?<!\\)\*/)
      expect(rendered).not.toMatch(/(?<![&\\])#12/)
    })

    it('keeps hostile addresses and reasons inside their table cells', () => {
      const lines = markdown.split('\n')
      const matrixRows = lines.filter((line) => line.startsWith('| ') && line.includes('(application)'))
      expect(matrixRows).toHaveLength(1)
      const header = lines[lines.indexOf(matrixRows[0]) - 2]
      expect(header.startsWith('| load balancer |')).toBe(true)
      expect(tableCells(matrixRows[0])).toHaveLength(tableCells(header).length)
      expect(codeSpans(matrixRows[0])[0]).toContain('::add-mask::secret')

      const suppressedHeader = lines.indexOf('| rule | address | reason | by |')
      expect(suppressedHeader).toBeGreaterThan(-1)
      const suppressedRows = lines.slice(suppressedHeader + 2).filter((line) => line.startsWith('| ELBIR'))
      expect(suppressedRows.map((row) => tableCells(row)[0])).toEqual(['ELBIR003', 'ELBIR007'])
      for (const row of suppressedRows) expect(tableCells(row)).toHaveLength(4)
    })

    it('keeps a quoted value that holds backticks inside code in a rule message', () => {
      // Rule messages quote plan values (an S3 prefix, an address); the value may hold backticks itself.
      for (const value of ['``<img src=x onerror=alert(1)>', HOSTILE]) {
        const summary = `The prefix ${quote(value)} contains "AWSLogs", which ELB refuses.`
        const markdown = formatMarkdown({ ...report, results: [{ ...report.results[4], summary }] })
        const lines = markdown.split('\n').filter((l) => l.startsWith('The prefix'))
        expect(lines, value).toHaveLength(1)
        expect(outsideCode(lines[0]), value).not.toMatch(/<img/i)
      }
    })

    it('keeps code spans that touch, or empty ones, from letting the rest of a summary out of code', () => {
      // A summary read from a JSON report (an artifact of another job) is input in its text as in its values.
      const IMG = '<img src=x onerror=alert(42)>'
      const summaries = [
        `${quote(`${IMG}\``)}\`x\` and more`,
        `\`\`${quote(IMG)} and more`,
        `${quote(`${IMG}\``)}\u0007\`x\` and more`,
        `${quote(`\`${IMG}`)}${quote(`${IMG}\``)} and more`,
        `${quote('')}x${quote(`\`${IMG}`)} and more`,
        `\`x\`${quote('')}${quote(`\`${IMG}`)} and more`
      ]
      for (const summary of summaries) {
        const markdown = formatMarkdown({ ...report, results: [{ ...report.results[4], summary }] })
        const line = markdown.split('\n').find((l) => l.includes('alert(42)'))
        expect(line, summary).toBeDefined()
        expect(outsideCode(line!), summary).not.toMatch(/<img/i)
      }
    })

    it('shows @org/team as typed, without starting a mention (which GitHub finds after decoding entities)', () => {
      const notes = markdown.split('\n').filter((line) => line.startsWith('- x'))
      expect(notes).toHaveLength(2)
      for (const note of notes) {
        // A zero-width space after the @ shows nothing and keeps GitHub from notifying the team.
        expect(note).toContain('@\u200borg/team')
        expect(note).not.toMatch(/@org|&#64;org|&#x40;org|&commat;org/i)
      }
    })

    it('folds newlines in input so that no input starts a line', () => {
      for (const line of markdown.split('\n')) {
        expect(line.startsWith('::add-mask')).toBe(false)
        expect(line.startsWith('::error::pwned')).toBe(false)
      }
      expect(rendered).not.toContain('::error::')
      expect(rendered).not.toContain('::add-mask::')
    })

    it('printed to a CI log, has no line the runner would take as a workflow command', () => {
      expect(workflowCommandLines(markdown)).toEqual([])
    })

    it('has no terminal escape sequences', () => {
      expect(markdown).not.toContain(ESC)
      expect(markdown).not.toContain('\r')
    })
  })

  describe('text', () => {
    const text = formatText(report, { color: false })

    it('has no terminal escape sequences', () => {
      expect(text).not.toContain(ESC)
      expect(text).not.toContain('\r')
    })

    it('has no line that GitHub Actions would run as a workflow command (::command::)', () => {
      expect(workflowCommandLines(text)).toEqual([])
    })

    it('has no workflow command in the older ##[command] form, which the runner finds anywhere in a line', () => {
      expect(text).not.toContain('##[')
    })

    it('keeps a hostile address on its matrix row', () => {
      const rows = text.split('\n').filter((line) => line.includes('(application)'))
      expect(rows).toHaveLength(1)
      expect(rows[0].startsWith('aws_lb.web["x</details>')).toBe(true)
      // The runner reads `##[cmd]` anywhere in a line: it is broken up; `::` mid-line is inert.
      expect(rows[0]).toContain('::add-mask::secret #\u200b#[error]v1"] (application)')
    })
  })

  describe('sarif', () => {
    const sarif = JSON.parse(formatSarif(report)) as { runs: { results: { message: { text: string } }[] }[] }

    it('has no terminal escape sequences in messages', () => {
      const results = sarif.runs[0].results
      expect(results.length).toBe(5)
      for (const r of results) expect(r.message.text).not.toContain(ESC)
    })
  })

  describe('json', () => {
    const text = formatJson(report)

    it('is valid JSON that keeps every value verbatim', () => {
      const json = JSON.parse(text) as {
        plans: { path: string }[]
        loadBalancers: { address: string }[]
        results: { address: string | null; plan: string; message: string; location: { file: string; line: number } | null }[]
      }
      expect(json.plans[0].path).toBe(PLAN)
      expect(json.loadBalancers[0].address).toBe(LB)
      expect(json.results[0].address).toBe(LB)
      expect(json.results[0].plan).toBe(PLAN)
      const rationale = (id: string) => RULE_CATALOG.find((rule) => rule.id === id)?.rationale
      expect(json.results[0].message).toBe(`Access logs are off for \`${HOSTILE}\`: \`${HOSTILE}\`\n${rationale('ELBIR001')}\nFix:\n${FIX}`)
      expect(json.results[0].message).toContain(ESC)
      expect(json.results[0].location).toEqual({ file: `modules/${HOSTILE}.tf`, line: 7 })
      expect(json.results[4].message).toBe(`\`${HOSTILE}\` ${rationale('ELBIR006')}`)
    })

    it('escapes control characters as JSON does, so the file itself holds none', () => {
      expect(text).not.toContain(ESC)
      expect(text).toContain('\\u001b[31m')
    })
  })
})
