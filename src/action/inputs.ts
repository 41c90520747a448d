// The action's inputs as the runner passes them (INPUT_<NAME>, hyphens kept), checked once, up front.

import { InputError } from '../errors.js'
import { plainLine } from '../report/escape.js'
import { FAIL_ON, type FailOn } from '../report/gate.js'
import { FAIL_LEVELS, type FailLevel } from '../severity.js'

export const COMMENT_MODES = ['review', 'summary', 'off'] as const
const DRY_RUN = ['true', 'false', 'auto'] as const
const BOOLEAN = ['true', 'false'] as const

export interface ActionInputs {
  /** Empty: the sources in working-directory are judged, without a plan. */
  plans: string[]
  workingDirectory: string
  config: string
  token: string
  comment: (typeof COMMENT_MODES)[number]
  failLevel: FailLevel
  /** `new`: only findings the change introduces or regresses fail the step; `all`: every finding at the fail level. */
  failOn: FailOn
  sarifFile: string
  dryRun: boolean
  /** Tells apart two checks of one folder in one job (their PR comments). */
  id: string
  /** Outside pull requests, keep one issue with the current findings. */
  auditIssue: boolean
}

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const input = (name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  const plans = input('plan')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = input(name) || fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    throw new InputError(name, `must be one of ${allowed.join(', ')} (got \`${value}\`)`, `Fix the \`${name}\` input of the elb-ir-check step`)
  }
  const dryRun = oneOf('dry-run', DRY_RUN, 'auto')
  return {
    plans,
    workingDirectory: input('working-directory') || '.',
    config: input('config'),
    token: input('github-token'),
    comment: oneOf('comment', COMMENT_MODES, 'review'),
    failLevel: oneOf('fail-level', FAIL_LEVELS, 'error'),
    failOn: oneOf('fail-on', FAIL_ON, 'new'),
    // Unset means the default; set to empty, it means no SARIF file.
    sarifFile: env['INPUT_SARIF-FILE'] === undefined ? 'elb-ir.sarif' : input('sarif-file'),
    dryRun: dryRun === 'true' || (dryRun === 'auto' && env.ACT === 'true'),
    id: plainLine(input('id')),
    auditIssue: oneOf('audit-issue', BOOLEAN, 'false') === 'true'
  }
}
