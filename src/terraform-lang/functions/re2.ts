// Terraform's regular expressions are Go's RE2; JavaScript runs most of that syntax once Go-only forms
// are rewritten: (?P<name>…) groups, leading (?i)(?s)(?m) flags, \A and \z anchors.
import { failed, invalid } from './define.js'

/**
 * The pattern as a JavaScript RegExp. A pattern RE2 refuses fails as Terraform words it: regex() and
 * regexall() name their "pattern" parameter, replace() passes on Go's own error text.
 */
export function re2(pattern: string, global = false, errors: 'pattern' | 'go' = 'pattern'): RegExp {
  let source = pattern
  let flags = global ? 'g' : ''
  const leading = /^\(\?([ism]+)\)/.exec(source)
  if (leading) {
    flags += [...new Set(leading[1])].join('')
    source = source.slice(leading[0].length)
  }
  source = source.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$(?![\\s\\S])')
  const refuse = (code: string, expr: string): never =>
    errors === 'pattern' ? invalid('pattern', `invalid regexp pattern: ${code} in ${expr}.`) : failed(`error parsing regexp: ${code}: \`${expr}\`.`)
  // Look-around and back-references are JavaScript's, not RE2's.
  const lookaround = /\(\?<?[=!]/.exec(pattern)
  if (lookaround) refuse('invalid or unsupported Perl syntax', lookaround[0])
  const backReference = /\\[1-9]/.exec(pattern)
  if (backReference) refuse('invalid escape sequence', backReference[0])
  try {
    return new RegExp(source, flags + 'u')
  } catch {
    try {
      return new RegExp(source, flags)
    } catch (error) {
      const message = (error as Error).message
      if (/Unterminated character class/i.test(message)) return refuse('missing closing ]', pattern.slice(pattern.lastIndexOf('[')))
      if (/Unterminated group/i.test(message)) return refuse('missing closing )', pattern)
      if (/Unmatched '\)'/i.test(message)) return refuse('unexpected )', pattern)
      if (/Nothing to repeat/i.test(message)) return refuse('missing argument to repetition operator', pattern)
      return refuse(message, pattern)
    }
  }
}

/** Go's Regexp.Expand: $1, ${1}, $name, ${name} and $$ in a replacement; $name takes the longest name. */
export function expandReplacement(template: string, match: RegExpExecArray | string[], groups?: Record<string, string | undefined>): string {
  return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_all, dollar: string, braced?: string, bare?: string) => {
    if (dollar === '$') return '$'
    const name = (braced ?? bare) as string
    if (/^\d+$/.test(name)) return match[Number(name)] ?? ''
    return groups?.[name] ?? ''
  })
}
