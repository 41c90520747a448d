// Which failing or unknown findings somebody accepted: an exemption in the configuration, or a
// suppression comment in the .tf source. A pure function of the results, the exemptions, the comments
// found where each finding sits, and the date; what it cannot honour it says in warnings.

import type { Exemption } from './config/settings.js'
import type { ResultDraft } from './report/types.js'
import type { SuppressionComment } from './source/types.js'
import { matchesPattern } from './util/glob.js'

export interface SuppressionInput {
  result: ResultDraft
  /** The suppression comments written where the result's subject is in the source (any rule). */
  comments: readonly SuppressionComment[]
}

export interface SuppressionContext {
  exemptions: readonly Exemption[]
  /** The configuration file the exemptions come from, as messages name it. */
  configSource: string
  /** ISO date, for the exemptions' expiry. */
  today: string
}

/** The results with the accepted findings `suppressed`, and a warning for each suppression not honoured. */
export function applySuppressions(inputs: readonly SuppressionInput[], context: SuppressionContext): { results: ResultDraft[]; warnings: string[] } {
  const warnings: string[] = []
  const results = inputs.map(({ result, comments }) => suppressed(result, comments, context, warnings))
  return { results, warnings }
}

function suppressed(result: ResultDraft, comments: readonly SuppressionComment[], context: SuppressionContext, warnings: string[]): ResultDraft {
  const { verdict, ruleId, address } = result
  if (verdict !== 'fail' && verdict !== 'unknown') return result
  const exemption = context.exemptions.find((e) => e.rule === ruleId && matchesPattern(address ?? 'plan', e.address))
  if (exemption) {
    if (exemption.expires && exemption.expires < context.today) {
      warnings.push(`${context.configSource}: the exemption of ${ruleId} for ${exemption.address} expired on ${exemption.expires}; the finding is back`)
    } else {
      return { ...result, verdict: 'suppressed', suppression: { kind: 'config', reason: exemption.reason, origin: context.configSource, expires: exemption.expires, unsuppressedVerdict: verdict } }
    }
  }
  const inline = comments.filter((c) => c.ruleId === ruleId || c.ruleId === '*')
  const withReason = inline.find((c) => c.reason.trim() !== '')
  if (withReason) return { ...result, verdict: 'suppressed', suppression: { kind: 'inline', reason: withReason.reason, origin: withReason.origin, unsuppressedVerdict: verdict } }
  if (inline.length > 0) {
    warnings.push(`${inline[0].file}:${inline[0].line}: the ${inline[0].origin} suppression of ${ruleId} gives no reason, so it is not honoured; add one: \`# elb-ir:ignore ${ruleId} <reason>\``)
  }
  return result
}
