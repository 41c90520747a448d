// Annotations on the run and the PR's files. GitHub shows 10 per level per step and drops the rest
// silently, so at most 10 per level are written (errors first) and the job summary holds everything.

import { plainText } from '../report/escape.js'
import { resultMessage } from '../report/json.js'
import { ruleOf, type Report } from '../report/types.js'
import { severityRank, type Severity } from '../severity.js'
import { unquote } from '../util/quoted.js'

export const ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  /** GitHub's annotation levels are our severities. */
  level: Severity
  title: string
  message: string
  /** Relative to the repository root. */
  file?: string
  line?: number
}

export function annotationsFor(report: Report): { annotations: Annotation[]; left: number } {
  const all: Annotation[] = []
  for (const result of report.results) {
    if (result.verdict !== 'fail' && result.verdict !== 'unknown') continue
    const level = result.verdict === 'unknown' ? 'notice' : (result.severity ?? 'notice')
    const where = result.address ?? `plan ${result.plan}`
    const rule = ruleOf(report, result.ruleId)
    const message = result.verdict === 'unknown' ? `${where}: ${unquote(result.summary)} (known only after apply)` : `${where}: ${resultMessage(result, rule)}`
    all.push({
      level,
      title: plainText(`${result.ruleId} ${rule?.title ?? ''}`),
      message: plainText(message),
      file: result.location?.file,
      line: result.location?.line
    })
  }
  // Stable: within a level, the report's order.
  all.sort((a, b) => severityRank(a.level) - severityRank(b.level))
  const perLevel = { error: 0, warning: 0, notice: 0 }
  const annotations = all.filter((a) => ++perLevel[a.level] <= ANNOTATIONS_PER_LEVEL)
  return { annotations, left: all.length - annotations.length }
}
