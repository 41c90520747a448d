// How a regression is said on a pull request: what the rule checks that held before the plan and no
// longer does, in one plain sentence. Keyed by rule id (reporters know rules by their metadata only);
// a rule without a phrase here is said through its title. "Held before" covers a rule that did not apply
// before (logs turned on but not analyzed), so the phrases name what is missing now, not what was there.

import { markdownCode, markdownText } from './escape.js'
import type { Result, RuleInfo } from './types.js'

/** `lb` is Markdown already (a code span of the address); `by` is what makes the change (`this PR`). */
const PHRASES: Record<string, (lb: string, by: string) => string> = {
  ELBIR001: (lb, by) => `${by} turns off access logs on ${lb}, which had them`,
  ELBIR002: (lb, by) => `${by} stops the access logs of ${lb} from reaching their bucket, where they arrived before`,
  ELBIR003: (lb, by) => `${by} moves the access logs of ${lb} out of the central log archive`,
  ELBIR004: (lb, by) => `${by} leaves the access logs of ${lb} less protected than before`,
  ELBIR005: (lb, by) => `after ${by} nothing analyzes the access logs of ${lb}`,
  ELBIR006: (_, by) => `${by} stops AWS Health events for load balancers from reaching anyone, which they did`,
  ELBIR007: (_, by) => `${by} drops the way to contact AWS from the incident playbooks, which had it`,
  ELBIR008: (lb, by) => `${by} leaves ${lb} without a TLS listener, so its access logs stop being written`,
  ELBIR009: (lb, by) => `${by} leaves ${lb} with mutual TLS but no connection logs`
}

/** The regression in a sentence, Markdown-escaped: what this PR breaks that held before it. */
export function regressionPhrase(result: Pick<Result, 'ruleId' | 'address'>, rule: RuleInfo | undefined, by = 'this PR'): string {
  const subject = result.address === null ? 'the plan' : markdownCode(result.address)
  const phrase = PHRASES[result.ruleId]
  if (phrase) return phrase(subject, by)
  return `${by} breaks “${markdownText(rule?.title ?? result.ruleId)}” on ${subject}, which held before`
}
