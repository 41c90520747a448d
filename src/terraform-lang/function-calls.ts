// Calls of functions Terraform does not have, found without evaluating: Terraform refuses them when it
// validates, whether or not the expression's value is ever needed.

import { isFunctionName } from './evaluate.js'
import type { Node } from './syntax.js'

export interface UnknownCall {
  name: string
  line: number
}

/** Every call in an expression of a function Terraform does not have, in the order written. */
export function unknownFunctionCalls(expression: Node): UnknownCall[] {
  const found: UnknownCall[] = []
  // A loop, not recursion: an expression nested too deeply for the evaluator is still walked.
  const pending: Node[] = [expression]
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'function_call') {
      const name = node.namedChild(0)?.text
      if (name !== undefined && !isFunctionName(name)) found.push({ name, line: node.line })
    }
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i])
  }
  return found
}
