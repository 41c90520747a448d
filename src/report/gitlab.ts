import type { Severity } from '../severity.js'
import { unquote } from '../util/quoted.js'
import { plainLine } from './escape.js'
import { ruleOf, type Report, type Result } from './types.js'

/**
 * Our severities on GitLab's scale, the way our SARIF `security-severity` places them on GitHub's
 * (error 8.0 high, warning 5.5 medium, notice 3.0 low) and the way Trivy's GitLab template maps
 * high, medium and low: major, minor, info. `critical` and `blocker` stay free for findings that are
 * exploitable by themselves; a missing log is a blind spot, not a breach.
 */
export const GITLAB_SEVERITY: Record<Severity, 'info' | 'minor' | 'major' | 'critical' | 'blocker'> = { error: 'major', warning: 'minor', notice: 'info' }

export interface PathOptions {
  /** Prefix for source locations (relative to --source-dir), to make them relative to the repository root. */
  pathPrefix?: string
}

/**
 * GitLab Code Quality (a Code Climate issue array): one entry per `fail` result. The fingerprint is the
 * result's own, the one the PR comments carry in their markers, so a finding keeps its identity across
 * runs and across CI systems.
 */
export function toGitlabCodeQuality(report: Report, options: PathOptions = {}) {
  return report.results.filter((r) => r.verdict === 'fail').map((r) => codeQualityIssue(r, ruleOf(report, r.ruleId)?.title ?? r.ruleId, options))
}

function codeQualityIssue(result: Result, title: string, options: PathOptions) {
  const severity = result.severity ?? 'notice'
  const where = result.address ?? `plan ${result.plan}`
  return {
    type: 'issue' as const,
    check_name: result.ruleId,
    description: plainLine(`${result.ruleId} ${title}: ${where}: ${unquote(result.summary)}`),
    categories: ['Security'],
    fingerprint: result.fingerprint,
    severity: GITLAB_SEVERITY[severity],
    location: { path: locationPath(result, options), lines: { begin: result.location?.line ?? 1 } }
  }
}

/** The source file (forward slashes, under the prefix), else the plan file the finding comes from. */
export function locationPath(result: Result, options: PathOptions): string {
  if (!result.location) return plainLine(result.plan.split('\\').join('/'))
  return plainLine(`${options.pathPrefix ?? ''}${result.location.file.split('\\').join('/')}`)
}

export function formatGitlab(report: Report, options: PathOptions = {}): string {
  return JSON.stringify(toGitlabCodeQuality(report, options), null, 2) + '\n'
}
