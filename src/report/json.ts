import type { Report } from './types.js'

/** The JSON report, schema version 1, exactly the fields of the published interface. */
export function toJsonReport(report: Report) {
  return {
    schemaVersion: 1 as const,
    tool: report.tool,
    // repositoryPath and digest (and results' fingerprint) are additions to schema version 1: readers of
    // earlier reports go without them.
    plans: report.plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest })),
    loadBalancers: report.loadBalancers.map((lb) => ({ address: lb.address, type: lb.type, kind: lb.kind, plan: lb.plan, actions: lb.actions })),
    results: report.results.map((r) => ({
      ruleId: r.ruleId,
      address: r.address,
      plan: r.plan,
      verdict: r.verdict,
      severity: r.severity,
      message: r.message,
      location: r.location,
      fingerprint: r.fingerprint as string | undefined
    })),
    summary: report.summary
  }
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n'
}
