// Reading values back out of generated HCL as Terraform decodes them, for tests that check what a kit says.

/** A quoted HCL string's value: escapes undone, `$${` and `%%{` back to text; an interpolation left as `${…}`. */
export function decodeHclString(quoted: string): string {
  if (!quoted.startsWith('"') || !quoted.endsWith('"')) throw new Error(`not a quoted HCL string: ${quoted}`)
  const body = quoted.slice(1, -1)
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') {
      const next = body[++i]
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }
      if (next === 'u') {
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16))
        i += 4
      } else if (next in simple) out += simple[next]
      else throw new Error(`unknown escape \\${next} in ${quoted}`)
    } else if ((c === '$' || c === '%') && body[i + 1] === c && body[i + 2] === '{') {
      out += `${c}{`
      i += 2
    } else out += c
  }
  return out
}

/** The quoted value of the first `name = "…"` line (a map key may be quoted too). */
export function stringAttribute(hcl: string, name: string): string {
  const key = name.includes('.') ? `"${name.replace(/\./g, '\\.')}"` : name
  const match = new RegExp(`^\\s*${key}\\s*=\\s*(".*")\\s*$`, 'm').exec(hcl)
  if (!match) throw new Error(`no ${name} in\n${hcl}`)
  return decodeHclString(match[1])
}

/** The `columns { name = … type = … }` blocks, in order. */
export function columnBlocks(hcl: string): { name: string; type: string }[] {
  return [...hcl.matchAll(/columns \{\s*name\s*=\s*"([^"]*)"\s*type\s*=\s*"([^"]*)"\s*\}/g)].map((m) => ({ name: m[1], type: m[2] }))
}

/** The text of a `<<-EOT` heredoc, its common indent removed as Terraform removes it. */
export function heredoc(hcl: string, name: string): string {
  const match = new RegExp(`^\\s*${name}\\s*=\\s*<<-EOT\\n([\\s\\S]*?)\\n\\s*EOT$`, 'm').exec(hcl)
  if (!match) throw new Error(`no heredoc ${name} in\n${hcl}`)
  const lines = match[1].split('\n')
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length))
  return lines.map((l) => l.slice(indent)).join('\n').replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
}
