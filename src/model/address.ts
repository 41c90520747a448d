// Terraform absolute addresses: `module.a["k"].module.b[0].data.aws_x.name["key.with.dots"]`.
// Keys may hold dots, quotes and brackets, so addresses are split by the grammar, never on ".".

export interface ModuleStep {
  name: string
  key?: string | number
}

export interface ParsedAddress {
  modules: ModuleStep[]
  mode: 'managed' | 'data'
  type: string
  name: string
  index?: string | number
}

/** Reads `[0]` or `["key"]` at `pos`; returns the key and the position after `]`. */
function readKey(text: string, pos: number): { key: string | number; end: number } | null {
  if (text[pos] !== '[') return null
  if (text[pos + 1] === '"') {
    let i = pos + 2
    let key = ''
    while (i < text.length) {
      const c = text[i]
      if (c === '\\') {
        const next = text[i + 1]
        key += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next
        i += 2
        continue
      }
      if (c === '"') break
      key += c
      i++
    }
    if (text[i + 1] !== ']') return null
    return { key: key.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'), end: i + 2 }
  }
  const close = text.indexOf(']', pos)
  if (close === -1) return null
  const raw = text.slice(pos + 1, close)
  if (!/^\d+$/.test(raw)) return null
  return { key: Number(raw), end: close + 1 }
}

function readName(text: string, pos: number): { name: string; end: number } {
  let i = pos
  while (i < text.length && text[i] !== '.' && text[i] !== '[') i++
  return { name: text.slice(pos, i), end: i }
}

export function parseAddress(address: string): ParsedAddress | null {
  const modules: ModuleStep[] = []
  let pos = 0
  while (address.startsWith('module.', pos)) {
    const { name, end } = readName(address, pos + 7)
    const step: ModuleStep = { name }
    pos = end
    const key = readKey(address, pos)
    if (key) {
      step.key = key.key
      pos = key.end
    }
    modules.push(step)
    if (address[pos] !== '.') return null
    pos++
  }
  let mode: 'managed' | 'data' = 'managed'
  if (address.startsWith('data.', pos)) {
    mode = 'data'
    pos += 5
  }
  const type = readName(address, pos)
  if (!type.name || address[type.end] !== '.') return null
  const name = readName(address, type.end + 1)
  if (!name.name) return null
  const parsed: ParsedAddress = { modules, mode, type: type.name, name: name.name }
  pos = name.end
  const key = readKey(address, pos)
  if (key) {
    parsed.index = key.key
    pos = key.end
  }
  return pos === address.length ? parsed : null
}

export function formatKey(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`
  const escaped = key.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, '$${')
  return `["${escaped}"]`
}

export function formatModuleInstance(steps: ModuleStep[]): string {
  return steps.map((s) => `module.${s.name}${s.key === undefined ? '' : formatKey(s.key)}`).join('.')
}
