// Reading tree-sitter HCL nodes: their parts, string literals, and the text around them. Whitespace
// between a template's parts is not in any node, so templates are read from the file's text.

import type { Node, Parser, Tree } from 'web-tree-sitter'

const texts = new WeakMap<Tree, string>()

/** Remembers the text a tree was parsed from (templates are read from it). */
export function rememberText(tree: Tree, text: string): void {
  texts.set(tree, text)
}

/** The text of the file a node belongs to. */
export function fileText(node: Node): string {
  const text = texts.get(node.tree)
  if (text === undefined) throw new Error('the text of this tree was not remembered')
  return text
}

export const lineOf = (node: Node): number => node.startPosition.row + 1

export function namedChildren(node: Node): Node[] {
  const out: Node[] = []
  for (const child of node.namedChildren) if (child && child.type !== 'comment') out.push(child)
  return out
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
  return unescapeQuoted(fileText(lit).slice(start.endIndex, end.startIndex))
}

/** A bare identifier expression (`foo`), as object keys and block-type constraints are written. */
export function bareIdentifier(node: Node): string | null {
  const inner = unwrap(node)
  if (inner.type !== 'variable_expr') return null
  const id = inner.namedChild(0)
  return id?.type === 'identifier' ? id.text : null
}

/**
 * The operands of an `operation` node's binary or unary operation, and its operator. The grammar writes
 * operands without a wrapper: `a.b != ""` is `variable_expr get_attr "!=" literal_value`.
 */
export function operands(operation: Node): { operator: string; operands: Node[][] } {
  const op = operation.namedChild(0)!
  const groups: Node[][] = [[]]
  let operator = ''
  for (const child of op.children) {
    if (!child || child.type === 'comment') continue
    if (!child.isNamed) {
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
 * an attribute. The tree is the caller's to delete; `expression` is null when the text does not parse.
 */
export function parseExpression(parser: Parser, text: string): { expression: Node | null; tree: Tree } {
  const source = `v = ${text}\n`
  const tree = parser.parse(source)
  if (!tree) throw new Error('the parser returned no tree')
  rememberText(tree, source)
  const attribute = tree.rootNode.hasError ? null : tree.rootNode.descendantsOfType('attribute')[0]
  const expression = attribute?.namedChildren.find((c) => c?.type === 'expression') ?? null
  return { expression, tree }
}
