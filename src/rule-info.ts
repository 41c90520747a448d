import type { Severity } from './severity.js'

/**
 * A rule as everyone may know it: the rules declare it beside their logic, and the report carries it, so
 * that every format renders from the report alone, whichever run or version judged it.
 */
export interface RuleInfo {
  id: string
  name: string
  title: string
  /** The AWS ELB guide's best-practice id. */
  practice: string
  helpUri: string
  defaultSeverity: Severity
  /** Why the practice matters when responding to an incident (one or two sentences). */
  rationale: string
  /** General remediation, for rule help in SARIF and docs. */
  remediation: string
}
