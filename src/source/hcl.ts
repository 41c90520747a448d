// Turns one parsed .tf file into the little we need: the resource and data blocks (with their
// nested blocks, attributes and object keys, each with its line) and the comments around them that
// can carry a suppression. Parsing is the costly part and happens once per file; a resource is
// turned into plain objects only when a query asks for it, so the tree is kept until then.

import type { Node, Parser, Tree, TreeCursor } from 'web-tree-sitter'
import { type CommentDirective, parseSuppressionComment } from './peer-suppressions.js'

export interface HclAttribute {
  kind: 'attribute'
  name: string
  /** 1-based. */
  line: number
  /** Set only for object and tuple literals: what a path can walk into. */
  value: HclValue | null
}

export interface HclBlock {
  kind: 'block'
  type: string
  labels: string[]
  /** 1-based line of the header. */
  line: number
  /** 1-based line of the closing brace. */
  endLine: number
  body: HclItem[]
}

export type HclItem = HclAttribute | HclBlock

export type HclValue =
  | { kind: 'object'; entries: { key: string | null; line: number; value: HclValue | null }[] }
  | { kind: 'tuple'; items: { line: number; value: HclValue | null }[] }

export interface HclComment {
  /** 1-based. */
  startLine: number
  endLine: number
  directives: CommentDirective[]
}

/** The comments in and directly above one resource block. */
export interface HclComments {
  /** 1-based lines that hold nothing but comments. */
  commentOnlyLines: Set<number>
  /** Comments that start or end on a line, keyed by that 1-based line. */
  commentsByLine: Map<number, HclComment[]>
  /** Comments with at least one suppression directive. */
  directiveComments: HclComment[]
}

/** A `resource` or `data` block with exactly two labels. */
export interface HclResource {
  mode: 'managed' | 'data'
  type: string
  name: string
  /** The block with everything a path can walk into; built on first use. */
  block(): HclBlock
  /** Comments inside the block and between it and the block before it; found on first use. */
  comments(): HclComments
}

export interface HclFile {
  /** In source order. */
  resources: HclResource[]
  /** 1-based line of the first syntax error, when the file has one. */
  errorLine?: number
}

function stringLitText(node: Node): string | null {
  let text = ''
  for (const child of node.namedChildren) {
    if (!child) continue
    if (child.type === 'template_literal') text += child.text
    else if (child.type !== 'quoted_template_start' && child.type !== 'quoted_template_end') return null
  }
  return text
}

function labelText(node: Node): string | null {
  if (node.type === 'identifier') return node.text
  if (node.type === 'string_lit') return stringLitText(node)
  return null
}

/** The key of an object element: a bare identifier or a plain string literal. */
function objectKey(expr: Node | null): string | null {
  if (!expr || expr.type !== 'expression' || expr.namedChildCount !== 1) return null
  const inner = expr.namedChild(0)
  if (!inner) return null
  if (inner.type === 'variable_expr' && inner.namedChildCount === 1) return inner.namedChild(0)?.text ?? null
  if (inner.type === 'literal_value') {
    const lit = inner.namedChild(0)
    if (lit?.type === 'string_lit') return stringLitText(lit)
    if (lit?.type === 'numeric_lit' || lit?.type === 'bool_lit') return lit.text
  }
  return null
}

function convertValue(expr: Node | null, base: number): HclValue | null {
  if (!expr || expr.type !== 'expression' || expr.namedChildCount !== 1) return null
  const collection = expr.namedChild(0)
  if (collection?.type !== 'collection_value') return null
  const literal = collection.namedChild(0)
  if (!literal) return null
  if (literal.type === 'object') {
    const entries: { key: string | null; line: number; value: HclValue | null }[] = []
    for (const elem of literal.namedChildren) {
      if (!elem || elem.type !== 'object_elem') continue
      entries.push({
        key: objectKey(elem.childForFieldName('key')),
        line: elem.startPosition.row + 1 + base,
        value: convertValue(elem.childForFieldName('val'), base)
      })
    }
    return { kind: 'object', entries }
  }
  if (literal.type === 'tuple') {
    const items: { line: number; value: HclValue | null }[] = []
    for (const item of literal.namedChildren) {
      if (!item || item.type !== 'expression') continue
      items.push({ line: item.startPosition.row + 1 + base, value: convertValue(item, base) })
    }
    return { kind: 'tuple', items }
  }
  return null
}

function convertBody(body: Node | null, base: number): HclItem[] {
  const items: HclItem[] = []
  if (!body) return items
  for (const child of body.namedChildren) {
    if (!child) continue
    if (child.type === 'attribute') {
      const attribute = convertAttribute(child, base)
      if (attribute) items.push(attribute)
    } else if (child.type === 'block') {
      const block = convertBlock(child, base)
      if (block) items.push(block)
    }
    // comments and ERROR nodes carry nothing a path can walk into
  }
  return items
}

function convertAttribute(node: Node, base: number): HclAttribute | null {
  const name = node.namedChild(0)
  if (name?.type !== 'identifier') return null
  let value: Node | null = null
  for (const child of node.namedChildren) {
    if (child?.type === 'expression') value = child
  }
  return { kind: 'attribute', name: name.text, line: node.startPosition.row + 1 + base, value: convertValue(value, base) }
}

function convertBlock(node: Node, base: number): HclBlock | null {
  const children = node.namedChildren
  const head = children[0]
  if (head?.type !== 'identifier') return null
  const labels: string[] = []
  let body: Node | null = null
  for (let i = 1; i < children.length; i++) {
    const child = children[i]
    if (!child) continue
    if (child.type === 'body') body = child
    else if (child.type === 'string_lit' || child.type === 'identifier') {
      const label = labelText(child)
      if (label === null) return null
      labels.push(label)
    }
  }
  return {
    kind: 'block',
    type: head.text,
    labels,
    line: node.startPosition.row + 1 + base,
    endLine: node.endPosition.row + 1 + base,
    body: convertBody(body, base)
  }
}

/** A comment's place in the parsed text, read without creating a Node for it. */
interface RawComment {
  startIndex: number
  endIndex: number
  startRow: number
  endRow: number
}

function rawComment(at: Node | TreeCursor): RawComment {
  return {
    startIndex: at.startIndex,
    endIndex: at.endIndex,
    startRow: at.startPosition.row,
    endRow: at.endPosition.row
  }
}

/** The two labels of a `resource`/`data` block, or null for any other block. */
function resourceLabels(node: Node): [string, string] | null {
  const children = node.namedChildren
  const head = children[0]
  if (head?.type !== 'identifier' || (head.text !== 'resource' && head.text !== 'data')) return null
  const labels: string[] = []
  for (let i = 1; i < children.length; i++) {
    const child = children[i]
    if (child?.type !== 'string_lit' && child?.type !== 'identifier') continue
    const label = labelText(child)
    if (label === null) return null
    labels.push(label)
  }
  return labels.length === 2 ? [labels[0], labels[1]] : null
}

const PLAIN_STRING = /^"([^"\\$%]*)"$/

/** `resourceLabels` for the block under the cursor, reading the text directly (the common case). */
function resourceLabelsAt(cursor: TreeCursor, text: string): [string, string] | null {
  if (!cursor.gotoFirstChild()) return null
  try {
    if (cursor.nodeType !== 'identifier') return null
    const head = text.slice(cursor.startIndex, cursor.endIndex)
    if (head !== 'resource' && head !== 'data') return null
    const labels: string[] = []
    while (cursor.gotoNextSibling()) {
      const type = cursor.nodeType
      if (type === 'identifier') {
        labels.push(text.slice(cursor.startIndex, cursor.endIndex))
      } else if (type === 'string_lit') {
        const plain = PLAIN_STRING.exec(text.slice(cursor.startIndex, cursor.endIndex))
        const label = plain ? plain[1] : labelText(cursor.currentNode)
        if (label === null) return null
        labels.push(label)
      } else if (type !== 'comment') {
        break
      }
    }
    return labels.length === 2 ? [labels[0], labels[1]] : null
  } finally {
    cursor.gotoParent()
  }
}

interface Parsed {
  text: string
  /** Lines before this text in its file (a cut piece of a file with a syntax error). */
  base: number
  /** Reachable from every resource of the file: its trees are freed once this is collected. */
  owner: object
}

/**
 * @param above the comments between the block before and this one, in order
 */
function lazyResource(node: Node, labels: [string, string], parsed: Parsed, above: RawComment[]): HclResource {
  let block: HclBlock | undefined
  let comments: HclComments | undefined
  const header = node.startPosition.row
  return {
    mode: parsed.text.startsWith('data', node.startIndex) ? 'data' : 'managed',
    type: labels[0],
    name: labels[1],
    block() {
      block ??= convertBlock(node, parsed.base) ?? {
        kind: 'block',
        type: 'resource',
        labels,
        line: header + 1 + parsed.base,
        endLine: node.endPosition.row + 1 + parsed.base,
        body: []
      }
      return block
    },
    comments() {
      if (!comments) {
        const inside = node.descendantsOfType('comment').flatMap((c) => (c ? [rawComment(c)] : []))
        comments = collectComments([...above, ...inside], parsed)
      }
      return comments
    }
  }
}

/**
 * The resource and data blocks of a file that parsed without error, with the comments just above
 * each, in one cursor pass over the top level (no Node is made for the other blocks).
 */
function scanTopLevel(tree: Tree, parsed: Parsed, out: HclResource[]): void {
  const cursor = tree.walk()
  try {
    let pending: RawComment[] = []
    const visit = (): void => {
      do {
        if (!cursor.nodeIsNamed) continue
        const type = cursor.nodeType
        if (type === 'comment') {
          pending.push(rawComment(cursor))
        } else if (type === 'body') {
          // config_file → body: comments before the body still sit above its first block
          if (cursor.gotoFirstChild()) {
            visit()
            cursor.gotoParent()
          }
        } else {
          if (type === 'block') {
            const labels = resourceLabelsAt(cursor, parsed.text)
            if (labels) out.push(lazyResource(cursor.currentNode, labels, parsed, pending))
          }
          pending = []
        }
      } while (cursor.gotoNextSibling())
    }
    if (cursor.gotoFirstChild()) visit()
  } finally {
    cursor.delete()
  }
}

/**
 * Resource and data blocks of a file with a syntax error, anywhere outside ERROR nodes: a missing
 * closing brace makes tree-sitter nest the following blocks inside the unclosed one, and Terraform
 * never nests a labelled `resource`/`data` block, so such a nested block is taken as a top-level one.
 */
function collectResourcesDeep(node: Node, parsed: Parsed, out: HclResource[], pending: RawComment[] = []): RawComment[] {
  for (const child of node.namedChildren) {
    if (!child) continue
    if (child.type === 'comment') {
      pending.push(rawComment(child))
      continue
    }
    if (child.type === 'body') {
      pending = collectResourcesDeep(child, parsed, out, pending)
      continue
    }
    if (child.type === 'block') {
      const labels = resourceLabels(child)
      if (labels) out.push(lazyResource(child, labels, parsed, pending))
      collectResourcesDeep(child, parsed, out)
    } else if (child.type !== 'ERROR' && child.hasError) {
      collectResourcesDeep(child, parsed, out)
    }
    pending = []
  }
  return pending
}

/** 1-based line of the first syntax error under a node, or undefined when it has none. */
export function firstErrorLine(node: Node): number | undefined {
  if (node.isError || node.isMissing) return node.startPosition.row + 1
  if (!node.hasError) return undefined
  for (const child of node.children) {
    if (!child) continue
    const line = firstErrorLine(child)
    if (line !== undefined) return line
  }
  return node.startPosition.row + 1
}

const BLANK = /^[ \t\r\f\v\uFEFF]*$/

/** True when nothing but blanks or other comments share the comment's first and last lines. */
function standsAlone(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const before = text.slice(lineStart, start)
  if (!BLANK.test(before) && !/\*\/[ \t]*$/.test(before)) return false
  let lineEnd = text.indexOf('\n', end)
  if (lineEnd < 0) lineEnd = text.length
  const after = text.slice(end, lineEnd)
  return BLANK.test(after) || /^[ \t]*(#|\/\/|\/\*)/.test(after)
}

function collectComments(raws: RawComment[], parsed: Parsed): HclComments {
  const out: HclComments = { commentOnlyLines: new Set(), commentsByLine: new Map(), directiveComments: [] }
  for (const raw of raws) {
    const startLine = raw.startRow + 1 + parsed.base
    const endLine = raw.endRow + 1 + parsed.base
    const text = parsed.text.slice(raw.startIndex, raw.endIndex)
    const comment: HclComment = { startLine, endLine, directives: parseSuppressionComment(text) }
    if (standsAlone(parsed.text, raw.startIndex, raw.endIndex)) {
      for (let line = startLine; line <= endLine; line++) out.commentOnlyLines.add(line)
    }
    for (const line of startLine === endLine ? [startLine] : [startLine, endLine]) {
      const list = out.commentsByLine.get(line)
      if (list) list.push(comment)
      else out.commentsByLine.set(line, [comment])
    }
    if (comment.directives.length > 0) out.directiveComments.push(comment)
  }
  return out
}

/** Lines where a top-level block starts: where a file with a syntax error is cut for a second try. */
const TOP_LEVEL_START =
  /^(?:resource|data|module|variable|output|locals|provider|terraform|moved|import|removed|check|ephemeral)\b/gm

/** Where the comment lines directly above the line starting at `start` begin (or `start`). */
function commentLinesAbove(text: string, start: number): number {
  let at = start
  let inBlockComment = false
  while (at > 0) {
    const lineStart = text.lastIndexOf('\n', at - 2) + 1
    const line = text.slice(lineStart, at - 1).trim()
    if (inBlockComment) {
      if (line.startsWith('/*')) inBlockComment = false
      else if (line.includes('/*')) return start
    } else if (line.startsWith('/*') && line.endsWith('*/')) {
      // a one-line block comment
    } else if (line.endsWith('*/') && !line.includes('/*')) {
      inBlockComment = true
    } else if (!/^(#|\/\/)/.test(line)) {
      break
    }
    at = lineStart
  }
  return inBlockComment ? start : at
}

/**
 * The file cut into top-level blocks, each with the comment lines just above it: each piece's text
 * and the number of lines before it.
 */
function topLevelChunks(text: string): { text: string; base: number }[] {
  const starts = [0]
  for (const m of text.matchAll(TOP_LEVEL_START)) {
    const start = commentLinesAbove(text, m.index)
    if (start > starts[starts.length - 1]) starts.push(start)
  }
  const chunks: { text: string; base: number }[] = []
  let base = 0
  for (let i = 0; i < starts.length; i++) {
    const chunk = text.slice(starts[i], starts[i + 1] ?? text.length)
    chunks.push({ text: chunk, base })
    base += chunk.split('\n').length - 1
  }
  return chunks
}

/** Parses `text` and adds its resources to `out`; returns the first error line and the tree. */
function addParsed(
  parser: Parser,
  text: string,
  base: number,
  owner: object,
  out: HclResource[]
): { errorLine?: number; tree: Tree } {
  const tree = parser.parse(text)
  if (!tree) throw new Error('the parser returned no tree')
  const root = tree.rootNode
  const parsed: Parsed = { text, base, owner }
  if (root.hasError) collectResourcesDeep(root, parsed, out)
  else scanTopLevel(tree, parsed, out)
  const line = root.hasError ? firstErrorLine(root) : undefined
  return { errorLine: line === undefined ? undefined : line + base, tree }
}

/**
 * Trees are kept so that a resource is converted only when asked for; they cost about 50 bytes of
 * WebAssembly memory per byte of source, and that memory is capped at 2 GiB for the process. Past
 * this many characters of kept source, a file's resources are converted at once and its trees freed.
 */
let keepTreesUpToChars = 16 * 1024 * 1024
let keptChars = 0

/** Changes the limit above (tests use 0 to exercise the convert-at-once path); returns the old one. */
export function setKeptTreeLimit(chars: number): number {
  const old = keepTreesUpToChars
  keepTreesUpToChars = chars
  return old
}

/** Frees the trees of a file whose resources are no longer reachable (an index that was dropped). */
const dropTrees = new FinalizationRegistry<{ trees: Tree[]; chars: number }>(({ trees, chars }) => {
  for (const tree of trees) tree.delete()
  keptChars -= chars
})

function keepOrConvert(file: HclFile, owner: object, trees: Tree[], chars: number): HclFile {
  if (keptChars + chars <= keepTreesUpToChars) {
    keptChars += chars
    dropTrees.register(owner, { trees, chars })
    return file
  }
  for (const resource of file.resources) {
    resource.block()
    resource.comments()
  }
  for (const tree of trees) tree.delete()
  return file
}

/**
 * Parses one file's text. Never throws for bad input: syntax errors show up as `errorLine`. When the
 * file has a syntax error, it is parsed again cut into top-level blocks, so that an error (or a
 * construct the grammar gets wrong) costs only the block it is in, not everything after it.
 */
export function parseHcl(parser: Parser, text: string): HclFile {
  const owner = {}
  const whole: HclResource[] = []
  const first = addParsed(parser, text, 0, owner, whole)
  if (first.errorLine === undefined) return keepOrConvert({ resources: whole }, owner, [first.tree], text.length)
  first.tree.delete()
  const pieces: HclResource[] = []
  const trees: Tree[] = []
  let errorLine: number | undefined
  for (const chunk of topLevelChunks(text)) {
    const parsed = addParsed(parser, chunk.text, chunk.base, owner, pieces)
    trees.push(parsed.tree)
    errorLine ??= parsed.errorLine
  }
  // The pieces may all parse when the error was in how they joined: still report it.
  return keepOrConvert({ resources: pieces, errorLine: errorLine ?? first.errorLine }, owner, trees, text.length)
}
