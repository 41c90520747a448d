import { markdownCode, markdownFence, markdownSummary, markdownText } from './escape.js'
import { readinessMatrix, SYMBOLS } from './matrix.js'
import { regressionPhrase } from './regressions.js'
import { ruleOf, sourcesOnly, type Report, type Result, type RuleInfo } from './types.js'

export interface MarkdownOptions {
  /** Findings to leave out of the details (already posted inline on the PR), by fingerprint. */
  omit?: Set<string>
  /** A link to the workflow run. */
  runUrl?: string
  /** Links to files: repository URL prefix for `blob/<sha>/`. */
  fileUrl?: (file: string, line: number) => string
  /** Keep the document under this many characters (GitHub comments take 65,536). */
  maxLength?: number
  /**
   * `change` (the default when the report says what the plan changed): what this PR brings first, then
   * what it fixes, then the existing debt, collapsed. `estate`: every finding alike (the audit issue).
   */
  view?: 'change' | 'estate'
  /** The gate: with `all`, existing findings block too, and the report does not say they do not. */
  failOn?: 'new' | 'all'
  /** What the change is: `pull request` on a PR's comment; `plan` (the default) where no PR is known. */
  changeOf?: 'pull request' | 'plan'
  /** Existing findings on lines the PR changes (they get a line here, not a review comment), by fingerprint. */
  touched?: Set<string>
}

const ICONS: Record<string, string> = { pass: '✅', fail: '❌', unknown: '❔', 'not-applicable': '➖', suppressed: '🔕' }

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = []
  const { error, warning, notice, suppressed } = report.summary
  const status = error > 0 ? '❌' : warning > 0 ? '⚠️' : '✅'
  out.push(`### ${status} ELB incident-response readiness`)
  out.push('')
  const judged = sourcesOnly(report) ? `the sources of ${report.plans.length} folder${report.plans.length === 1 ? '' : 's'}` : `${report.plans.length} plan${report.plans.length === 1 ? '' : 's'}`
  out.push(`${report.loadBalancers.length} load balancer${report.loadBalancers.length === 1 ? '' : 's'} in ${judged}: **${error}** error${error === 1 ? '' : 's'}, **${warning}** warning${warning === 1 ? '' : 's'}, **${notice}** notice${notice === 1 ? '' : 's'}, **${suppressed}** suppressed.`)
  out.push('')
  const byChange = options.view !== 'estate' && hasChangeInformation(report)
  if (byChange) out.push(...changeSections(report, options))
  // The estate follows: the matrix, then (in a PR's view) its existing debt, collapsed.
  const matrices = readinessMatrix(report)
  for (const matrix of matrices) {
    if (report.plans.length > 1) out.push(`**${markdownCode(matrix.plan)}**`, '')
    const rule = (id: string) => ruleOf(report, id)
    out.push(`| load balancer | ${matrix.columns.map((id) => `[${id.replace('ELBIR', '')}](${linkDestination(rule(id)?.helpUri ?? '')} "${id} ${markdownText(rule(id)?.title ?? '')}")`).join(' | ')} |`)
    out.push(`|---|${matrix.columns.map(() => ':-:').join('|')}|`)
    for (const row of matrix.rows) out.push(`| ${markdownCode(row.address)} (${row.kind}) | ${row.cells.map((cell) => ICONS[cell]).join(' | ')} |`)
    out.push('')
    if (matrix.planWide.length > 0) out.push(`Plan-wide: ${matrix.planWide.map((p) => `${ICONS[p.verdict]} [${p.ruleId}](${linkDestination(rule(p.ruleId)?.helpUri ?? '')}) ${markdownText(rule(p.ruleId)?.title ?? '')}`).join(' · ')}`, '')
  }
  if (matrices.length > 0) {
    out.push(`${ICONS.pass} pass · ${ICONS.fail} fail · ${ICONS.unknown} known after apply · ${ICONS['not-applicable']} not applicable · ${ICONS.suppressed} suppressed`)
    out.push('')
    out.push(`<details><summary>Rules</summary>\n\n${report.rules.map((r) => `- **${r.id}** [${markdownText(r.title)}](${linkDestination(r.helpUri)}) (${r.defaultSeverity})`).join('\n')}\n\n</details>`)
  } else {
    out.push(sourcesOnly(report) ? 'No load balancer in the sources.' : 'No load balancer in the plan.')
  }
  out.push('')
  out.push(...(byChange ? existingSection(report, options) : findingsSection(report, options)))
  const suppressedResults = report.results.filter((r) => r.verdict === 'suppressed')
  if (suppressedResults.length > 0) {
    out.push(`<details><summary>${suppressedResults.length} suppressed</summary>\n`)
    out.push('| rule | address | reason | by |')
    out.push('|---|---|---|---|')
    for (const r of suppressedResults) out.push(`| ${r.ruleId} | ${markdownCode(r.address ?? 'plan')} | ${markdownText(r.suppression?.reason ?? '')}${r.suppression?.expires ? ` (until ${r.suppression.expires})` : ''} | ${markdownText(r.suppression?.origin ?? '')} |`)
    out.push('\n</details>\n')
  }
  const notes = [...report.problems, ...report.warnings]
  if (notes.length > 0) {
    out.push(`<details><summary>${notes.length} note${notes.length === 1 ? '' : 's'}</summary>\n\n${notes.map((n) => `- ${markdownText(n)}`).join('\n')}\n\n</details>\n`)
  }
  if (options.runUrl) out.push(`[Workflow run](${options.runUrl}) · elb-ir-check ${report.tool.version}`)
  else out.push(`elb-ir-check ${report.tool.version}`)
  return truncate(out.join('\n') + '\n', options.maxLength, options.runUrl)
}

/** Every finding alike, as before reports said what a plan changed (and as an audit of the estate shows them). */
function findingsSection(report: Report, options: MarkdownOptions): string[] {
  const out: string[] = []
  const omit = options.omit ?? new Set<string>()
  const findings = report.results.filter((r) => (r.verdict === 'fail' || r.verdict === 'unknown') && !omit.has(r.fingerprint))
  const inline = report.results.filter((r) => (r.verdict === 'fail' || r.verdict === 'unknown') && omit.has(r.fingerprint)).length
  if (findings.length > 0) {
    out.push(`#### Findings${inline > 0 ? ` (${inline} more as review comments on the changed lines)` : ''}`)
    out.push('')
    for (const result of findings) out.push(formatFinding(result, ruleOf(report, result.ruleId), options), '')
  } else if (inline > 0) {
    out.push(`All ${inline} findings are posted as review comments on the changed lines.`)
    out.push('')
  }
  return out
}

const isFinding = (r: Result) => r.verdict === 'fail' || r.verdict === 'unknown'

/** Reports of earlier versions (and merged JSON reports from them) carry no `change`: rendered as before. */
function hasChangeInformation(report: Report): boolean {
  // A state is judged as it stands: all of it is the estate, shown in full. Sources have no world before
  // them: every finding is new, which says nothing of what a change did, so they are shown in full too.
  if (report.plans.length > 0 && report.plans.every((p) => p.kind === 'state' || p.kind === 'source')) return false
  return report.resolved !== undefined || report.results.some((r) => r.change !== undefined)
}

/**
 * What this PR changes, first: the findings it brings (new and regressed, each said plainly), what it
 * fixes, then the debt that was there before it, collapsed. A finding without `change` (from a merged
 * report of an earlier version) counts as brought by the PR: nothing says otherwise.
 */
function changeSections(report: Report, options: MarkdownOptions): string[] {
  const out: string[] = []
  const omit = options.omit ?? new Set<string>()
  const findings = report.results.filter(isFinding)
  const brought = findings.filter((r) => r.change !== 'existing')
  const existing = findings.filter((r) => r.change === 'existing')
  const resolved = report.resolved ?? []
  const shown = brought.filter((r) => !omit.has(r.fingerprint))
  const inline = brought.length - shown.length
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const noun = options.changeOf ?? 'plan'
  const short = noun === 'pull request' ? 'PR' : 'plan'

  out.push(`#### What this ${noun} changes`, '')
  out.push(`**${plural(brought.length, 'new or regressed finding', 'new or regressed findings')}** · **${resolved.length} fixed** by this ${short} · ${plural(existing.length, 'existing finding', 'existing findings')} from before it`, '')
  if (brought.length === 0) out.push(`This ${noun} brings no new finding and breaks nothing that held before it.`, '')
  if (inline > 0) {
    // Posted inline in full; here one line each, so the summary still says everything the PR brings.
    out.push(`Posted as review comments on the changed lines (${inline}):`, '')
    for (const result of brought.filter((r) => omit.has(r.fingerprint))) {
      const where = result.location ? ` · ${markdownCode(`${result.location.file}:${result.location.line}`)}` : ''
      out.push(`- ${changeLead(result, report, `this ${short}`)} ${ICONS[result.verdict]} **${result.ruleId}** ${result.severity ?? ''}${where}`)
    }
    out.push('')
  }
  if (shown.length > 0) {
    if (inline > 0) out.push(`Not posted as review comments (${shown.length}):`, '')
    for (const result of shown) out.push(changeLead(result, report, `this ${short}`), '', formatFinding(result, ruleOf(report, result.ruleId), options), '')
  }

  if (resolved.length > 0) {
    out.push(`#### Fixed by this ${short}`, '')
    for (const r of resolved) {
      const rule = ruleOf(report, r.ruleId)
      const where = r.address === null ? (report.plans.length > 1 ? `plan ${markdownCode(r.plan)}` : 'the plan') : markdownCode(r.address)
      out.push(`- ${ICONS.pass} **${r.ruleId}** ${r.severity} · ${where}: ${markdownText(rule?.title ?? r.ruleId)}`)
    }
    out.push('')
  }
  return out
}

/** The debt from before the change, collapsed; existing findings on lines the PR changes are named first. */
function existingSection(report: Report, options: MarkdownOptions): string[] {
  const out: string[] = []
  const existing = report.results.filter((r) => isFinding(r) && r.change === 'existing')
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const noun = options.changeOf ?? 'plan'
  const short = noun === 'pull request' ? 'PR' : 'plan'
  if (existing.length > 0) {
    const touched = existing.filter((r) => options.touched?.has(r.fingerprint))
    const blocks = options.failOn === 'all' ? 'they block with `fail-on: all`' : 'they do not block it'
    out.push(`<details><summary>${plural(existing.length, 'existing finding', 'existing findings')}: there before this ${noun} (${blocks})</summary>`, '')
    if (touched.length > 0) {
      for (const r of touched) {
        const where = r.location ? ` (${markdownCode(`${r.location.file}:${r.location.line}`)}, a line this ${short} changes)` : ''
        out.push(`- **${r.ruleId}** on ${markdownCode(r.address ?? `plan ${r.plan}`)}${where} predates this ${noun}${options.failOn === 'all' ? '' : ' and does not block it'}.`)
      }
      out.push('')
    }
    for (const result of existing) out.push(formatFinding(result, ruleOf(report, result.ruleId), options), '')
    out.push('</details>', '')
  }
  return out
}

/** The line above a new or regressed finding: what the PR did, in a sentence. */
export function changeLead(result: Result, report: Pick<Report, 'rules'>, by: string): string {
  if (result.change === 'regressed') {
    if (result.verdict === 'fail') return `**Regressed**: ${regressionPhrase(result, ruleOf(report, result.ruleId), by)}.`
    return `**Regressed**: after ${by}, whether ${result.address === null ? 'the plan' : markdownCode(result.address)} meets this rule is known only after apply.`
  }
  if (result.address === null) return `**New** with ${by}.`
  return `**New**: ${markdownCode(result.address)} comes with ${by}.`
}

/** One finding: what is wrong, why it matters (from its rule's metadata) and the fix. */
export function formatFinding(result: Result, rule: RuleInfo | undefined, options: MarkdownOptions = {}): string {
  const where = result.location ? (options.fileUrl ? ` · [${markdownText(`${result.location.file}:${result.location.line}`)}](${linkDestination(options.fileUrl(result.location.file, result.location.line))})` : ` · ${markdownCode(`${result.location.file}:${result.location.line}`)}`) : ''
  const head = `${ICONS[result.verdict]} **${result.ruleId}** ${result.severity ?? ''} · ${markdownCode(result.address ?? `plan ${result.plan}`)}${where}`
  const lines = [head, '', markdownSummary(result.summary)]
  if (result.verdict === 'fail' && rule) lines.push('', `*Why it matters:* ${markdownText(rule.rationale)} [${markdownText(rule.practice)}](${linkDestination(rule.helpUri)})`)
  if (result.verdict === 'fail' && result.fix) lines.push('', '<details><summary>Fix</summary>', '', markdownFence(result.fix, 'hcl'), '', '</details>')
  return lines.join('\n')
}

/**
 * A link destination that ends where it should: file names may hold parentheses (which `encodeURIComponent`
 * keeps) and the like, which would end the link early and show the rest as text.
 */
function linkDestination(url: string): string {
  return url.replace(/[()<>\s\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

function truncate(text: string, max: number | undefined, runUrl: string | undefined): string {
  if (!max || text.length <= max) return text
  const note = `\n\n… the report is too long to show here in full; the full report is in the ${runUrl ? `[job summary](${runUrl})` : 'job summary'}.\n`
  const cut = text.lastIndexOf('\n', max - note.length)
  let head = text.slice(0, cut > 0 ? cut : max - note.length)
  // Close an open code fence and <details> so the rest of the page renders.
  const { fence, details } = openBlocks(head)
  if (fence) head += `\n${fence}`
  head += '\n\n</details>'.repeat(details)
  return head + note
}

/**
 * What is still open at the end of our Markdown, read as CommonMark reads it: a fenced code block (a line
 * of three or more backticks and an info string without backticks, closed by a line of at least as many),
 * and our <details> blocks, whose tags start lines outside code. Plan values cannot fake either: outside
 * code they are escaped, and a line that starts with a code span has backticks after its opening run.
 */
function openBlocks(markdown: string): { fence: string | null; details: number } {
  let fence: string | null = null
  let details = 0
  for (const line of markdown.split('\n')) {
    if (fence !== null) {
      const close = /^ {0,3}(`{3,})[ \t]*$/.exec(line)
      if (close && close[1].length >= fence.length) fence = null
      continue
    }
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line)
    if (open) fence = open[1]
    else if (line.startsWith('<details>')) details++
    else if (line.startsWith('</details>')) details = Math.max(0, details - 1)
  }
  return { fence, details }
}

export { SYMBOLS }
