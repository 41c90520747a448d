import { unquote } from '../util/quoted.js'
import { xmlAttribute, xmlText } from './escape.js'
import { locationPath, type PathOptions } from './gitlab.js'
import { resultMessage } from './json.js'
import { ruleOf, type Report, type Result, type RuleInfo } from './types.js'

/**
 * JUnit XML as Jenkins (junit-10.xsd), Azure DevOps and GitLab read it: one testsuite per plan, one
 * testcase per result. `fail` is a <failure> with the finding, why it matters and the fix; `unknown`,
 * `not-applicable` and `suppressed` are <skipped> with the reason (a suppressed finding was not judged
 * away, somebody decided to accept it); `pass` has no child. The output holds no time stamp, so the
 * same plan gives the same file.
 */
export function formatJunit(report: Report, options: PathOptions = {}): string {
  const suites = report.plans.map((plan) => testsuite(report, plan.path, report.results.filter((r) => r.plan === plan.path), options))
  const all = report.results
  const counts = count(all)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="elb-ir-check" tests="${all.length}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

function testsuite(report: Report, plan: string, results: Result[], options: PathOptions): string {
  const counts = count(results)
  const head = `  <testsuite name="${xmlAttribute(plan)}" tests="${results.length}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">`
  return [head, ...results.map((r) => testcase(r, ruleOf(report, r.ruleId), options)), '  </testsuite>'].join('\n')
}

function testcase(result: Result, rule: RuleInfo | undefined, options: PathOptions): string {
  // Jenkins and Azure DevOps show classname.name: the rule, then what it judged.
  const attributes = `classname="${xmlAttribute(`elb-ir-check.${result.ruleId}`)}" name="${xmlAttribute(result.address ?? 'plan-wide')}" time="0"`
  const child = outcome(result, rule, options)
  return child ? `    <testcase ${attributes}>\n      ${child}\n    </testcase>` : `    <testcase ${attributes}/>`
}

function outcome(result: Result, rule: RuleInfo | undefined, options: PathOptions): string | null {
  const summary = unquote(result.summary)
  const title = rule?.title ?? result.ruleId
  switch (result.verdict) {
    case 'fail': {
      const where = `${locationPath(result, options)}${result.location ? `:${result.location.line}` : ''}`
      const body = `${result.ruleId} ${title}\n${resultMessage(result, rule)}\n\nAt ${where}`
      return `<failure message="${xmlAttribute(`${title}: ${summary}`)}" type="${result.severity ?? 'error'}">${xmlText(body)}</failure>`
    }
    case 'unknown':
      return `<skipped message="${xmlAttribute(`known only after apply: ${summary}`)}"/>`
    case 'not-applicable':
      return `<skipped message="${xmlAttribute(`not applicable: ${summary}`)}"/>`
    case 'suppressed': {
      const by = result.suppression ? ` (${result.suppression.kind === 'inline' ? `${result.suppression.origin} comment` : result.suppression.origin}): ${result.suppression.reason}` : ''
      return `<skipped message="${xmlAttribute(`suppressed${by}`)}"/>`
    }
    default:
      return null
  }
}

function count(results: readonly Result[]): { failures: number; skipped: number } {
  let failures = 0
  let skipped = 0
  for (const r of results) {
    if (r.verdict === 'fail') failures++
    else if (r.verdict !== 'pass') skipped++
  }
  return { failures, skipped }
}
