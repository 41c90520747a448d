// What Terraform refuses in a module before it evaluates anything: locals that refer to each other in a
// cycle, and calls of functions it does not have. Values stay lazy (only what the rules need is
// evaluated), so these are found here, once per module read, without evaluating.

import { unknownFunctionCalls } from '../terraform-lang/function-calls.js'
import { traversals } from '../terraform-lang/references.js'
import { isDeferred, type Attribute, type Block, type ModuleSource } from './module-source.js'

/** A problem with the file and line it is at (relative to the source folder). */
export interface StaticProblem {
  file: string
  line: number
  message: string
}

/** The cycles between the module's locals and its calls of unknown functions, in the order written. */
export function staticProblems(module: ModuleSource): StaticProblem[] {
  return [...localCycles(module.locals), ...unknownCalls(module)]
}

/** The locals each local refers to (`local.<name>`, only those the module declares). */
function localGraph(locals: Map<string, Attribute>): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const [name, attribute] of locals) {
    const refers = new Set<string>()
    for (const { root, steps } of traversals(attribute.expr)) {
      if (root === 'local' && steps[0]?.kind === 'attr' && locals.has(steps[0].name)) refers.add(steps[0].name)
    }
    graph.set(name, [...refers])
  }
  return graph
}

/** One problem per cycle found by a depth-first walk; each local is in at most one reported cycle. */
function localCycles(locals: Map<string, Attribute>): StaticProblem[] {
  const graph = localGraph(locals)
  const done = new Set<string>()
  const problems: StaticProblem[] = []
  for (const start of graph.keys()) {
    if (done.has(start)) continue
    // An explicit stack of (local, next edge to follow): a long chain of locals does not overflow.
    const path: string[] = []
    const onPath = new Set<string>()
    const frames: { name: string; next: number }[] = [{ name: start, next: 0 }]
    path.push(start)
    onPath.add(start)
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]
      const edges = graph.get(frame.name) ?? []
      if (frame.next >= edges.length) {
        frames.pop()
        path.pop()
        onPath.delete(frame.name)
        done.add(frame.name)
        continue
      }
      const target = edges[frame.next++]
      if (onPath.has(target)) {
        const cycle = [...path.slice(path.indexOf(target)), target]
        const first = locals.get(target)!
        problems.push({ file: first.file, line: first.line, message: `the locals ${cycle.map((n) => `local.${n}`).join(' → ')} refer to each other in a cycle, which Terraform refuses. Break the cycle` })
        // The locals of a cycle are reported once: walk on as if they were settled.
        for (const name of cycle) done.add(name)
      } else if (!done.has(target)) {
        frames.push({ name: target, next: 0 })
        path.push(target)
        onPath.add(target)
      }
    }
  }
  return problems
}

/** Every expression of the blocks already parsed (resources of types the rules do not read are parsed only when referred to, and left out). */
function* expressions(module: ModuleSource): Generator<Attribute> {
  yield* module.locals.values()
  // A variable's `type` is a type constraint (`list(string)`), not a call; its default and validations are expressions.
  for (const variable of module.variables.values()) {
    for (const [name, attribute] of variable.attributes) if (name !== 'type') yield attribute
  }
  const blocks: Block[] = [...[...module.variables.values()].flatMap((v) => v.blocks), ...module.outputs.values(), ...module.moduleCalls.values(), ...module.providers, ...[...module.resources.values()].filter((b) => !isDeferred(b))]
  while (blocks.length > 0) {
    const block = blocks.pop()!
    yield* block.attributes.values()
    blocks.push(...block.blocks)
  }
}

function unknownCalls(module: ModuleSource): StaticProblem[] {
  const problems: StaticProblem[] = []
  for (const attribute of expressions(module)) {
    for (const call of unknownFunctionCalls(attribute.expr)) {
      problems.push({ file: attribute.file, line: call.line, message: `there is no function named "${call.name}", which Terraform refuses. Use one of its built-in functions` })
    }
  }
  return problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
}
