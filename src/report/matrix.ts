import type { Report, ResultVerdict } from './types.js'

export const SYMBOLS: Record<ResultVerdict, string> = { pass: '✓', fail: '✗', unknown: '?', 'not-applicable': '–', suppressed: 's' }

export interface PlanMatrix {
  plan: string
  /** Load-balancer rules, as columns. */
  columns: string[]
  rows: { address: string; kind: string; cells: ResultVerdict[] }[]
  /** The plan-wide rules and their verdicts. */
  planWide: { ruleId: string; verdict: ResultVerdict }[]
}

/** Per plan: load balancers as rows, rules as columns, and the plan-wide rules beside. Plans without a load balancer are left out. */
export function readinessMatrix(report: Report): PlanMatrix[] {
  const columns = [...new Set(report.results.filter((r) => r.address !== null).map((r) => r.ruleId))].sort()
  const matrices: PlanMatrix[] = []
  for (const plan of report.plans) {
    const lbs = report.loadBalancers.filter((lb) => lb.plan === plan.path)
    if (lbs.length === 0) continue
    const results = report.results.filter((r) => r.plan === plan.path)
    matrices.push({
      plan: plan.path,
      columns,
      rows: lbs.map((lb) => ({
        address: lb.address,
        kind: lb.kind,
        cells: columns.map((id) => results.find((r) => r.address === lb.address && r.ruleId === id)?.verdict ?? 'not-applicable')
      })),
      planWide: results.filter((r) => r.address === null).map((r) => ({ ruleId: r.ruleId, verdict: r.verdict }))
    })
  }
  return matrices
}
