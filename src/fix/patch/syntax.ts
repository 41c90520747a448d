// The blocks and attributes of one .tf file as tree-sitter's HCL grammar places them: where a block's
// body starts and ends, which attributes and nested blocks it holds, and what a module declares at
// its top level. Positions are offsets into the file's text, so an edit is a splice.

import type { Node, Parser, Tree } from 'web-tree-sitter'
import type { BlockRef } from '../types.js'

export interface BlockNode {
  node: Node
  type: string
  labels: string[]
}

/** A block's parts: where its `{` and `}` are and what its body holds. */
export interface BlockShape {
  node: Node
  /** Offset just after `{`. */
  openEnd: number
  /** Offset of `}`. */
  closeStart: number
  attributes: { name: string; node: Node; expression: Node | null }[]
  blocks: BlockNode[]
}

export function parseTree(parser: Parser, text: string): Tree {
  const tree = parser.parse(text)
  if (!tree) throw new Error('the HCL parser returned no tree')
  return tree
}

function stringLabel(node: Node): string | null {
  if (node.type === 'identifier') return node.text
  if (node.type !== 'string_lit') return null
  let text = ''
  for (const child of node.namedChildren) {
    if (child?.type === 'template_literal') text += child.text
    else if (child && child.type !== 'quoted_template_start' && child.type !== 'quoted_template_end') return null
  }
  return text
}

function asBlock(node: Node): BlockNode | null {
  const head = node.namedChild(0)
  if (node.type !== 'block' || head?.type !== 'identifier') return null
  const labels: string[] = []
  for (const child of node.namedChildren.slice(1)) {
    if (!child || (child.type !== 'string_lit' && child.type !== 'identifier')) continue
    const label = stringLabel(child)
    if (label === null) return null
    labels.push(label)
  }
  return { node, type: head.text, labels }
}

/** The blocks directly in a body (the file's top level, or a block's body). */
function blocksIn(body: Node | null): BlockNode[] {
  const out: BlockNode[] = []
  for (const child of body?.namedChildren ?? []) {
    const block = child ? asBlock(child) : null
    if (block) out.push(block)
  }
  return out
}

function bodyOf(node: Node): Node | null {
  if (node.type === 'config_file') return node.namedChildren.find((c) => c?.type === 'body') ?? null
  return node.namedChildren.find((c) => c?.type === 'body') ?? null
}

export function shapeOf(node: Node): BlockShape | null {
  const open = node.children.find((c) => c?.type === 'block_start')
  const close = node.children.find((c) => c?.type === 'block_end')
  if (!open || !close || close.isMissing) return null
  const body = bodyOf(node)
  const attributes: BlockShape['attributes'] = []
  for (const child of body?.namedChildren ?? []) {
    if (child?.type !== 'attribute') continue
    const name = child.namedChild(0)
    if (name?.type !== 'identifier') continue
    attributes.push({ name: name.text, node: child, expression: child.namedChildren.find((c) => c?.type === 'expression') ?? null })
  }
  return { node, openEnd: open.endIndex, closeStart: close.startIndex, attributes, blocks: blocksIn(body) }
}

/** The `resource`/`data` block the reference names, in a file's tree. */
export function findResourceBlock(root: Node, ref: BlockRef): BlockShape | null {
  const keyword = ref.mode === 'data' ? 'data' : 'resource'
  const found = blocksIn(bodyOf(root)).find((b) => b.type === keyword && b.labels.length === 2 && b.labels[0] === ref.type && b.labels[1] === ref.name)
  return found ? shapeOf(found.node) : null
}

/** Terraform's addresses of what a file declares at its top level: `aws_lb.web`, `data.x.y`, `provider.aws.alias` (or `provider.aws`). */
export function declaredKeys(root: Node): string[] {
  const keys: string[] = []
  for (const block of blocksIn(bodyOf(root))) {
    if (block.type === 'resource' && block.labels.length === 2) keys.push(`${block.labels[0]}.${block.labels[1]}`)
    else if (block.type === 'data' && block.labels.length === 2) keys.push(`data.${block.labels[0]}.${block.labels[1]}`)
    else if (block.type === 'provider' && block.labels.length === 1) {
      const shape = shapeOf(block.node)
      const alias = shape?.attributes.find((a) => a.name === 'alias')?.expression
      const name = alias ? stringLabel(alias.namedChild(0)?.namedChild(0) ?? alias) : null
      keys.push(name ? `provider.${block.labels[0]}.${name}` : `provider.${block.labels[0]}`)
    } else if (block.labels.length > 0) keys.push(`${block.type}.${block.labels.join('.')}`)
  }
  return keys
}
