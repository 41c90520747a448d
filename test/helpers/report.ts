import { resultMessage } from '../../src/report/json.js'
import { ruleOf, type Report, type Result } from '../../src/report/types.js'

/** A result's message as the JSON report writes it: what is wrong, why it matters, the fix. */
export function messageOf(report: Report, result: Result): string {
  return resultMessage(result, ruleOf(report, result.ruleId))
}
