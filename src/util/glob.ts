/**
 * Matches names such as Terraform addresses and bucket names against a pattern where `*` stands for any
 * run of characters and `?` for one; everything else is literal (addresses are full of `.`, `[`, `"`).
 */
export function matchesPattern(value: string, pattern: string): boolean {
  let source = '^'
  for (const char of pattern) {
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`${source}$`, 's').test(value)
}
