// What the PR shows: the body of an inline review comment, and the one summary comment.

import { markdownCode } from '../report/escape.js'
import { changeLead, formatFinding, formatMarkdown } from '../report/markdown.js'
import type { Report, Result, RuleInfo } from '../report/types.js'
import { summaryMarker } from './markers.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT_LENGTH = 65_536

/**
 * An inline comment: the rule, the problem, why it matters, the fix; a ```suggestion block when the
 * fix is an edit of exactly the commented line.
 */
export function inlineCommentBody(result: Result, rule: RuleInfo | undefined, sourceLine: string | null): string {
  // What the PR did comes first: a review comment goes only to what the PR brings.
  const parts = result.change === 'new' || result.change === 'regressed' ? [changeLead(result, { rules: rule ? [rule] : [] }, 'this PR'), formatFinding(result, rule)] : [formatFinding(result, rule)]
  const suggestion = suggestionFor(result, sourceLine)
  if (suggestion !== null) parts.push(`Suggested change:\n\n\`\`\`suggestion\n${suggestion}\n\`\`\``)
  parts.push(`<sub>elb-ir-check · to accept the risk, write \`# elb-ir:ignore ${result.ruleId} <reason>\` above the resource.</sub>`)
  const body = parts.join('\n\n')
  return body.length > MAX_COMMENT_LENGTH - 200 ? `${body.slice(0, MAX_COMMENT_LENGTH - 400)}\n\n… (shortened; the summary comment has the rest)` : body
}

/**
 * The replacement for the commented line, indented as it is, when the rule's fix is a one-line edit of
 * that very attribute (`enabled = false` → `enabled = true`); otherwise null. The line is checked, so a
 * suggestion never overwrites anything else.
 */
export function suggestionFor(result: Result, sourceLine: string | null): string | null {
  if (!result.lineFix || !result.exactLocation || sourceLine === null || result.verdict !== 'fail') return null
  const key = /^([A-Za-z_][\w-]*)\s*=/.exec(result.lineFix)?.[1]
  if (!key) return null
  const current = new RegExp(`^(\\s*)${key}\\s*=\\s*(.*)$`).exec(sourceLine)
  // A single-line value only: not a block opener, heredoc or multi-line expression.
  if (!current || /[{[(]\s*$|<<-?\w+\s*$/.test(current[2])) return null
  // The line serves every instance (count, for_each): one instance's value must not replace it.
  if (/\b(?:each|count)\./.test(current[2])) return null
  if (!safeLineFix(result.lineFix)) return null
  return `${current[1]}${result.lineFix}`
}

/**
 * A line fix is written into the file as it is, and shown in the comment and the logs: plain printable
 * ASCII only (no control, escape or bidi characters, no backticks), a string value without quotes,
 * backslashes or template sequences inside (its HCL would differ from the value), and nothing the
 * Actions runner or our markers would read.
 */
function safeLineFix(lineFix: string): boolean {
  if (!/^[\x20-\x7e]*$/.test(lineFix) || /[`\\]|##\[|<!--/.test(lineFix)) return false
  const value = /^[A-Za-z_][\w-]*\s*=\s*(.*)$/.exec(lineFix)?.[1] ?? ''
  if (!value.startsWith('"')) return !value.includes('"')
  const inner = value.slice(1, -1)
  return value.endsWith('"') && value.length >= 2 && !inner.includes('"') && !/[$%]\{/.test(inner)
}

export interface SummaryOptions {
  scope: string
  /** Findings with a live inline comment: listed as a count, not repeated. */
  inline: Set<string>
  runUrl?: string
  fileUrl?: (file: string, line: number) => string
  /** Working directory (relative to the repository root) when it is not the root: named in the heading. */
  workingDirectory?: string
  /** Existing findings on changed lines: a line in the summary each, no review comment. */
  touched?: Set<string>
  /** The gate (`new` by default): with `all`, existing findings are not said to let the PR pass. */
  failOn?: 'new' | 'all'
  /** Notes about posting (findings moved from the diff because GitHub refused them). */
  notes?: string[]
  /** Markdown under the report: how to apply the fix patch, when there is one. */
  footer?: string
}

/** The one summary comment per PR (and working directory): marker first, so it is found again. */
export function summaryCommentBody(report: Report, options: SummaryOptions): string {
  const marker = summaryMarker(options.scope)
  const where = options.workingDirectory && options.workingDirectory !== '.' ? `Terraform in ${markdownCode(options.workingDirectory)}\n\n` : ''
  const notes = options.notes && options.notes.length > 0 ? `${options.notes.map((n) => `> ${n}`).join('\n>\n')}\n\n` : ''
  const head = `${marker}\n${where}${notes}`
  const foot = options.footer ? `\n${options.footer}\n` : ''
  return head + formatMarkdown(report, { omit: options.inline, touched: options.touched, failOn: options.failOn, changeOf: 'pull request', runUrl: options.runUrl, fileUrl: options.fileUrl, maxLength: MAX_COMMENT_LENGTH - head.length - foot.length - 100 }) + foot
}
