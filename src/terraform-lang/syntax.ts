// Reading tree-sitter HCL nodes: their parts, string literals, and the text around them. Whitespace
// between a template's parts is not in any node, so templates are read from the file's text.

import type { Node as TreeNode, Parser } from 'web-tree-sitter'

/** The text of one file, with where its lines start (lines are computed only for messages). */
export class SourceText {
  private lineStarts: number[] | undefined

  constructor(readonly text: string) {}

  /** 1-based line of a character index. */
  lineAt(index: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0]
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
    }
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid] <= index) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}

const NO_CHILDREN: readonly Node[] = Object.freeze([])

/**
 * A syntax node as plain data: tree-sitter's nodes cost a call into WebAssembly for every property
 * read, so an expression is copied out of the tree once, in one cursor walk, and evaluated from here.
 */
export class Node {
  /** Leaves (most nodes) share one empty list rather than each holding its own. */
  children: readonly Node[] = NO_CHILDREN
  private named: readonly Node[] | undefined

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    /** The field this node is in its parent (`key`, `val`), if any. */
    readonly field: string | null,
    readonly source: SourceText
  ) {}

  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex)
  }

  get line(): number {
    return this.source.lineAt(this.startIndex)
  }

  get namedChildren(): readonly Node[] {
    return (this.named ??= this.children.length === 0 ? NO_CHILDREN : this.children.filter((c) => c.isNamed))
  }

  get namedChildCount(): number {
    return this.namedChildren.length
  }

  namedChild(index: number): Node | null {
    return this.namedChildren[index] ?? null
  }

  get childCount(): number {
    return this.children.length
  }

  child(index: number): Node | null {
    return this.children[index] ?? null
  }

  childForFieldName(name: string): Node | null {
    return this.children.find((c) => c.field === name) ?? null
  }
}

/** Nodes whose unnamed tokens carry meaning (the operator); elsewhere punctuation is left out. */
const KEEPS_TOKENS = new Set(['binary_operation', 'unary_operation'])

/** Whether the nodes of a type id are named, as the parser's one language says, learnt as met. */
const namedByType: boolean[] = []

/**
 * Copies a tree-sitter subtree into plain nodes, walking with a cursor, without recursion. Comments are
 * left out, and so are punctuation tokens other than operators: nothing reads them. `offset` is where the
 * parsed text starts in the file (a block parsed alone).
 */
export function fromTree(root: TreeNode, source: SourceText, offset = 0): Node {
  const cursor = root.walk()
  try {
    const top = new Node(cursor.nodeType, cursor.nodeIsNamed, cursor.startIndex + offset, cursor.endIndex + offset, null, source)
    const parents: Node[] = [top]
    if (!cursor.gotoFirstChild()) return top
    // Every cursor read is a call into WebAssembly: a node's type is read once, and whether it is named
    // (a property of its type) is remembered by type, so a punctuation token costs one read.
    const types = root.tree.language.types
    for (;;) {
      const parent = parents[parents.length - 1]
      const typeId = cursor.nodeTypeId
      let named = namedByType[typeId]
      if (named === undefined) named = namedByType[typeId] = cursor.nodeIsNamed
      const type = types[typeId] || 'ERROR'
      if (type !== 'comment' && (named || KEEPS_TOKENS.has(parent.type))) {
        const field = parent.type === 'object_elem' ? cursor.currentFieldName : null
        const node = new Node(type, named, cursor.startIndex + offset, cursor.endIndex + offset, field, source)
        if (parent.children.length === 0) parent.children = [node]
        else (parent.children as Node[]).push(node)
        if (named && cursor.gotoFirstChild()) {
          parents.push(node)
          continue
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || parents.length === 1) return top
        parents.pop()
      }
    }
  } finally {
    cursor.delete()
  }
}

export const lineOf = (node: Node): number => node.line

export function namedChildren(node: Node): readonly Node[] {
  return node.namedChildren
}

/** The single meaningful node of an `expression` wrapper (parentheses included), else the node itself. */
export function unwrap(node: Node): Node {
  let current = node
  while (current.type === 'expression') {
    const children = namedChildren(current)
    if (children.length !== 1) return current
    current = children[0]
  }
  return current
}

/** Unescapes the text of a quoted string's literal part (`\n`, `\"`, `\u00e9`, `$${`, `%%{`). */
export function unescapeQuoted(raw: string): string {
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c === '\\') {
      const next = raw[i + 1]
      i++
      switch (next) {
        case 'n': out += '\n'; break
        case 'r': out += '\r'; break
        case 't': out += '\t'; break
        case '"': out += '"'; break
        case '\\': out += '\\'; break
        case 'u': out += String.fromCodePoint(parseInt(raw.slice(i + 1, i + 5), 16)); i += 4; break
        case 'U': out += String.fromCodePoint(parseInt(raw.slice(i + 1, i + 9), 16)); i += 8; break
        default: out += '\\' + (next ?? '')
      }
      continue
    }
    if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out += c + '{'
      i += 2
      continue
    }
    out += c
  }
  return out
}

/** Unescapes heredoc literal text: only `$${` and `%%{`. */
export function unescapeHeredoc(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
}

/** The text of a string literal with no interpolation (a label, an object key), or null. */
export function plainString(node: Node): string | null {
  const inner = unwrap(node)
  const lit = inner.type === 'literal_value' ? inner.namedChild(0) : inner
  if (!lit || lit.type !== 'string_lit') return null
  const start = lit.child(0)
  const end = lit.child(lit.childCount - 1)
  if (!start || !end) return null
  return unescapeQuoted(lit.source.text.slice(start.endIndex, end.startIndex))
}

/** A bare identifier expression (`foo`), as object keys and block-type constraints are written. */
export function bareIdentifier(node: Node): string | null {
  const inner = unwrap(node)
  if (inner.type !== 'variable_expr') return null
  const id = inner.namedChild(0)
  return id?.type === 'identifier' ? id.text : null
}

const OPERATORS = new Set(['==', '!=', '<', '>', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '!'])

/**
 * The operands of an `operation` node's binary or unary operation, and its operator. The grammar writes
 * operands without a wrapper: `a.b != ""` is `variable_expr get_attr "!=" literal_value`.
 */
export function operands(operation: Node): { operator: string; operands: Node[][] } {
  const op = operation.namedChild(0)!
  const groups: Node[][] = [[]]
  let operator = ''
  for (const child of op.children) {
    if (!child.isNamed) {
      // Parentheses around an operand are tokens here too: only an operator splits the operands.
      if (!OPERATORS.has(child.text)) continue
      operator = child.text
      if (groups[groups.length - 1].length > 0) groups.push([])
      continue
    }
    groups[groups.length - 1].push(child)
  }
  return { operator, operands: groups.filter((g) => g.length > 0) }
}

/**
 * Parses one expression written on its own (a `--var` value, an expression in a test), as the value of
 * an attribute; null when the text does not parse.
 */
export function parseExpression(parser: Parser, text: string): Node | null {
  const source = `v = ${text}\n`
  const tree = parser.parse(source)
  if (!tree) throw new Error('the parser returned no tree')
  try {
    const attribute = tree.rootNode.hasError ? null : tree.rootNode.descendantsOfType('attribute')[0]
    const expression = attribute?.namedChildren.find((c) => c?.type === 'expression')
    return expression ? fromTree(expression, new SourceText(source)) : null
  } finally {
    tree.delete()
  }
}
