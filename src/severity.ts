// How serious a failed check is. The rules, the configuration, the reports and the gate all read the order
// from here: rules/ and config/ both need it, and neither may import the other for it.

/** The severities, most serious first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const
export type Severity = (typeof SEVERITIES)[number]

/** The levels a run can fail at: a severity, or never. */
export const FAIL_LEVELS = [...SEVERITIES, 'never'] as const
export type FailLevel = (typeof FAIL_LEVELS)[number]

/** 0 for the most serious: sorting by it puts errors first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** Whether a finding of `severity` fails a run at `level`. */
export function failsAtLevel(severity: Severity, level: FailLevel): boolean {
  return level !== 'never' && severityRank(severity) <= severityRank(level)
}
