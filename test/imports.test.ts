// The layout of src/: its folders depend on one another in one direction only (plan/ -> model/ -> rules/ ->
// report/ -> github/, with config/ beside them), so that each can be read, tested and changed on its own.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.join(import.meta.dirname, '..', 'src')

/** Every .ts file under src/, relative to it. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full)] : []
  })
}

/** The relative modules a file imports or re-exports, statically or by `import()`, types included. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2])
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.normalize(path.join(path.dirname(file), s)).replace(/\.js$/, '.ts'))
}

/** A file's unit: its folder under src/, or the file itself when it sits at the top of src/. */
const unitOf = (file: string) => (file.includes(path.sep) ? file.split(path.sep)[0] + '/' : file)

/** The edges between units, each with one import that makes it. */
function unitGraph(files: string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const file of files) {
    for (const target of importsOf(file)) {
      const from = unitOf(file)
      const to = unitOf(target)
      if (from === to) continue
      if (!graph.has(from)) graph.set(from, new Map())
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${file} imports ${target}`)
    }
  }
  return graph
}

/** One cycle per strongly connected part of the graph, as the imports that make it. */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const found: string[][] = []
  const done = new Set<string>()
  const visit = (unit: string, trail: string[]) => {
    const at = trail.indexOf(unit)
    if (at >= 0) {
      const loop = [...trail.slice(at), unit]
      found.push(loop.slice(1).map((to, i) => graph.get(loop[i])!.get(to)!))
      return
    }
    if (done.has(unit)) return
    for (const next of graph.get(unit)?.keys() ?? []) visit(next, [...trail, unit])
    done.add(unit)
  }
  for (const unit of graph.keys()) visit(unit, [])
  return found
}

describe('imports between the folders of src/', () => {
  it('finds the imports it checks (static, re-exports and dynamic)', () => {
    const graph = unitGraph(sourceFiles())
    expect(graph.get('rules/')?.has('model/')).toBe(true)
    expect(graph.get('config/')?.size ?? 0).toBeGreaterThan(0)
    // settingsFrom loads the YAML reader with import(): dynamic imports count too.
    expect(importsOf(path.join('config', 'settings.ts'))).toContain(path.join('config', 'load.ts'))
  })

  it('go one way only: no folder imports, directly or through others, a folder that imports it', () => {
    expect(cycles(unitGraph(sourceFiles()))).toEqual([])
  })
})
