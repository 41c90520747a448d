// Counts the imports between the units of src/ (a top-level folder, or a file at the top of src/) and the
// import cycles between them, for notes on the code's shape: `node scripts/folder-imports.mjs [src]`.
// test/imports.test.ts checks the same graph for cycles; eslint.config.js's LAYERS says which edges may exist.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(process.argv[2] ?? 'src')
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full)] : []
  })
const importsOf = (file) =>
  [...readFileSync(path.join(SRC, file), 'utf8').matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2])
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.normalize(path.join(path.dirname(file), specifier)).replace(/\.js$/, '.ts'))
const unitOf = (file) => (file.includes(path.sep) ? `${file.split(path.sep)[0]}/` : file)

const edges = new Map()
for (const file of sourceFiles(SRC)) {
  for (const target of importsOf(file)) {
    const edge = `${unitOf(file)} -> ${unitOf(target)}`
    if (unitOf(file) !== unitOf(target)) edges.set(edge, (edges.get(edge) ?? 0) + 1)
  }
}
const names = [...edges.keys()].sort()
const betweenFolders = names.filter((edge) => edge.split(' -> ').every((unit) => unit.endsWith('/')))
console.log(`edges between units: ${names.length} (between folders: ${betweenFolders.length}); imports along them: ${[...edges.values()].reduce((a, b) => a + b, 0)}`)
for (const edge of names) console.log(`  ${edge}  (${edges.get(edge)})`)

// Cycles: the strongly connected groups of more than one unit (Tarjan).
const next = new Map()
for (const edge of names) {
  const [from, to] = edge.split(' -> ')
  next.set(from, [...(next.get(from) ?? []), to])
}
let counter = 0
const index = new Map()
const low = new Map()
const stack = []
const groups = []
const visit = (unit) => {
  index.set(unit, counter)
  low.set(unit, counter++)
  stack.push(unit)
  for (const to of next.get(unit) ?? []) {
    if (!index.has(to)) {
      visit(to)
      low.set(unit, Math.min(low.get(unit), low.get(to)))
    } else if (stack.includes(to)) low.set(unit, Math.min(low.get(unit), index.get(to)))
  }
  if (low.get(unit) !== index.get(unit)) return
  const group = stack.splice(stack.indexOf(unit))
  if (group.length > 1) groups.push(group)
}
for (const unit of next.keys()) if (!index.has(unit)) visit(unit)
console.log(`cycles: ${groups.length}`)
for (const group of groups) console.log(`  ${group.join(' <-> ')}`)
