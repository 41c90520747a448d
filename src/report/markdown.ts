import { markdownCode, markdownFence, markdownSummary, markdownText } from './escape.js'
import { readinessMatrix, SYMBOLS } from './matrix.js'
import { ruleOf, type Report, type Result, type RuleInfo } from './types.js'

export interface MarkdownOptions {
  /** Findings to leave out of the details (already posted inline on the PR), by fingerprint. */
  omit?: Set<string>
  /** A link to the workflow run. */
  runUrl?: string
  /** Links to files: repository URL prefix for `blob/<sha>/`. */
  fileUrl?: (file: string, line: number) => string
  /** Keep the document under this many characters (GitHub comments take 65,536). */
  maxLength?: number
}

const ICONS: Record<string, string> = { pass: '✅', fail: '❌', unknown: '❔', 'not-applicable': '➖', suppressed: '🔕' }

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = []
  const { error, warning, notice, suppressed } = report.summary
  const status = error > 0 ? '❌' : warning > 0 ? '⚠️' : '✅'
  out.push(`### ${status} ELB incident-response readiness`)
  out.push('')
  out.push(`${report.loadBalancers.length} load balancer${report.loadBalancers.length === 1 ? '' : 's'} in ${report.plans.length} plan${report.plans.length === 1 ? '' : 's'}: **${error}** error${error === 1 ? '' : 's'}, **${warning}** warning${warning === 1 ? '' : 's'}, **${notice}** notice${notice === 1 ? '' : 's'}, **${suppressed}** suppressed.`)
  out.push('')
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
    out.push('No load balancer in the plan.')
  }
  out.push('')
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
  const note = `\n\n… the report is too long for a comment; the full report is in the ${runUrl ? `[job summary](${runUrl})` : 'job summary'}.\n`
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
