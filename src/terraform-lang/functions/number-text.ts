// Numbers as Terraform writes them (tostring, jsonencode, string templates): plain decimal notation,
// integers without a fraction, never an exponent.

export function numberText(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN'
  if (Object.is(n, -0)) return '0'
  const text = String(n)
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!exponent) return text
  const [, sign, lead, rest = '', power] = exponent
  const digits = lead + rest
  const point = 1 + Number(power)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** Parses a string the way Terraform converts it to a number; undefined when it is not a decimal number. */
export function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined
  return Number(text)
}

/**
 * The sum as Terraform computes it, in decimal rather than binary: 0.1 + 0.2 is 0.3. Each number is
 * taken at its shortest decimal text, which is the literal a configuration wrote.
 */
export function decimalSum(values: number[]): number {
  const parts = values.map((n) => {
    const [digits, fraction = ''] = numberText(Math.abs(n)).split('.')
    return { units: BigInt(digits + fraction) * (n < 0 ? -1n : 1n), scale: fraction.length }
  })
  const scale = Math.max(0, ...parts.map((p) => p.scale))
  const total = parts.reduce((sum, p) => sum + p.units * 10n ** BigInt(scale - p.scale), 0n)
  const negative = total < 0n
  const text = (negative ? -total : total).toString().padStart(scale + 1, '0')
  return Number(`${negative ? '-' : ''}${text.slice(0, text.length - scale)}.${text.slice(text.length - scale) || '0'}`)
}
