import { severityRank } from '../severity.js'
import { unquote } from '../util/quoted.js'
import { plainLine, plainText } from './escape.js'
import { readinessMatrix, SYMBOLS } from './matrix.js'
import { ruleOf, sourcesOnly, type Report, type Result, type RuleInfo } from './types.js'

export interface TextOptions {
  color: boolean
  /** The gate's verdict in one line (report/gate.ts), printed last: what blocks and what is existing debt. */
  gate?: string
}


export function formatText(report: Report, options: TextOptions = { color: false }): string {
  const c = colors(options.color)
  const out: string[] = []
  const plans = report.plans.length === 1 ? plainLine(report.plans[0].path) : `${report.plans.length} plans`
  out.push(c.bold(`elb-ir-check ${report.tool.version}: ${report.loadBalancers.length} load balancer${report.loadBalancers.length === 1 ? '' : 's'} in ${plans}`))
  out.push('')
  const matrices = readinessMatrix(report)
  for (const matrix of matrices) {
    if (report.plans.length > 1) out.push(c.bold(plainLine(matrix.plan)))
    const header = ['load balancer', ...matrix.columns.map((id) => id.replace('ELBIR', ''))]
    const rows = matrix.rows.map((row) => [`${plainLine(row.address)} (${row.kind})`, ...row.cells.map((cell) => SYMBOLS[cell])])
    const width = Math.max(header[0].length, ...rows.map((r) => r[0].length))
    out.push(`${header[0].padEnd(width)}  ${header.slice(1).map((h) => h.padStart(3)).join(' ')}`)
    for (const row of rows) out.push(`${row[0].padEnd(width)}  ${row.slice(1).map((s) => ` ${colorSymbol(c, s)} `).join(' ')}`)
    if (matrix.planWide.length > 0) out.push(`plan-wide: ${matrix.planWide.map((p) => `${p.ruleId} ${colorSymbol(c, SYMBOLS[p.verdict])}`).join('  ')}`)
    out.push('')
  }
  if (matrices.length > 0) {
    out.push(`${SYMBOLS.pass} pass  ${SYMBOLS.fail} fail  ${SYMBOLS.unknown} known after apply  ${SYMBOLS['not-applicable']} not applicable  ${SYMBOLS.suppressed} suppressed`)
    out.push('')
  } else {
    out.push(sourcesOnly(report) ? 'No load balancer in the sources.' : 'No load balancer in the plan.')
    out.push('')
  }
  const findings = report.results
    .filter((r) => r.verdict === 'fail' || r.verdict === 'unknown')
    .sort((a, b) => order(a) - order(b) || a.ruleId.localeCompare(b.ruleId))
  // What the change brings first, then the debt it keeps; reports of earlier versions know no change.
  const existing = findings.filter((r) => r.change === 'existing')
  const brought = findings.filter((r) => r.change !== 'existing')
  const resolved = report.resolved ?? []
  // Sources have no world before them: "new" on each of their findings would say nothing.
  const fromSources = new Set(report.plans.filter((p) => p.kind === 'source').map((p) => p.path))
  const finding = (result: Result) => formatFinding(result, ruleOf(report, result.ruleId), c, !fromSources.has(result.plan))
  // One plain list when nothing predates the change (a first plan, a report of an earlier version).
  const mixed = existing.length > 0 || resolved.length > 0
  if (brought.length > 0) {
    out.push(c.bold(mixed ? 'New and regressed findings' : 'Findings'))
    for (const result of brought) out.push(...finding(result), '')
  }
  if (existing.length > 0) {
    out.push(c.bold('Existing findings (they failed before this change too)'))
    for (const result of existing) out.push(...finding(result), '')
  }
  if (resolved.length > 0) {
    out.push(c.bold('Fixed by this change'))
    for (const r of [...resolved].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId))) {
      out.push(`${c.green(SYMBOLS.pass)} ${r.ruleId} ${r.severity} ${c.bold(plainLine(r.address ?? `plan ${r.plan}`))}: ${plainLine(ruleOf(report, r.ruleId)?.title ?? '')}`)
    }
    out.push('')
  }
  const suppressed = report.results.filter((r) => r.verdict === 'suppressed')
  if (suppressed.length > 0) {
    out.push(c.bold('Suppressed'))
    for (const r of suppressed) out.push(`  ${r.ruleId} ${plainLine(r.address ?? 'plan')}: ${plainLine(r.suppression?.reason ?? '')} (${plainLine(r.suppression?.origin ?? '')}${r.suppression?.expires ? `, until ${r.suppression.expires}` : ''})`)
    out.push('')
  }
  for (const line of [...report.problems, ...report.warnings]) out.push(c.dim(`note: ${plainLine(line)}`))
  const { error, warning, notice, suppressed: s } = report.summary
  out.push(c.bold(`${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${notice} notice${notice === 1 ? '' : 's'}, ${s} suppressed`))
  if (options.gate) out.push(c.bold(plainLine(options.gate)))
  return out.join('\n') + '\n'
}

function order(result: Result): number {
  return (result.verdict === 'unknown' ? 10 : 0) + (result.severity ? severityRank(result.severity) : 5)
}

function formatFinding(result: Result, rule: RuleInfo | undefined, c: ReturnType<typeof colors>, showChange: boolean): string[] {
  const mark = result.verdict === 'fail' ? c.red(SYMBOLS.fail) : c.yellow(SYMBOLS.unknown)
  const where = result.location ? ` ${plainLine(result.location.file)}:${result.location.line}` : ''
  const subject = result.address ?? `plan ${result.plan}`
  const change = result.change && showChange ? ` [${result.change}]` : ''
  const lines = [`${mark} ${result.ruleId} ${result.severity ?? ''} ${c.bold(plainLine(subject))}${c.dim(where)}${change}`]
  lines.push(`  ${plainLine(unquote(result.summary))}`)
  if (result.verdict === 'fail' && rule) lines.push(c.dim(`  Why: ${plainLine(rule.rationale)}`))
  if (result.verdict === 'fail' && result.fix) {
    lines.push('  Fix:')
    for (const line of plainText(result.fix).split('\n')) lines.push(`    ${line}`)
  }
  if (rule) lines.push(c.dim(`  ${plainLine(rule.helpUri)}`))
  return lines
}

function colorSymbol(c: ReturnType<typeof colors>, symbol: string): string {
  if (symbol === SYMBOLS.pass) return c.green(symbol)
  if (symbol === SYMBOLS.fail) return c.red(symbol)
  if (symbol === SYMBOLS.unknown) return c.yellow(symbol)
  return c.dim(symbol)
}

function colors(enabled: boolean) {
  const wrap = (code: string) => (text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text)
  return { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), green: wrap('32'), yellow: wrap('33') }
}
