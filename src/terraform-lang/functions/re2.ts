// Terraform's regular expressions are Go's RE2; JavaScript runs most of that syntax once Go-only forms
// are rewritten: (?P<name>…) groups, leading (?i)(?s)(?m) flags, \A and \z anchors.
import { failed } from './define.js'

export function re2(pattern: string, global = false): RegExp {
  let source = pattern
  let flags = global ? 'g' : ''
  const leading = /^\(\?([ism]+)\)/.exec(source)
  if (leading) {
    flags += [...new Set(leading[1])].join('')
    source = source.slice(leading[0].length)
  }
  source = source.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$(?![\\s\\S])')
  try {
    return new RegExp(source, flags + 'u')
  } catch {
    try {
      return new RegExp(source, flags)
    } catch (error) {
      return failed(`invalid regular expression pattern: ${(error as Error).message}.`)
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
