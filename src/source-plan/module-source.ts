// One module folder read as Terraform reads it: every `.tf` file parsed once, its top-level blocks
// (variables, locals, outputs, resources, data sources, module calls, providers) kept with their
// expressions as syntax nodes, evaluated later and only when asked. Override files are merged in last.

import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Parser } from 'web-tree-sitter'
import { RELEVANT_TYPES } from '../model/relevant-types.js'
import { InputError } from '../errors.js'
import { firstErrorLine } from '../source/hcl.js'
import { isIgnoredName, isOverrideName, terraformFileOrder } from '../source/module-folders.js'
import { fromTree, plainString, SourceText, unescapeQuoted, type Node } from '../terraform-lang/syntax.js'
import { scanBlocks } from '../source/block-scanner.js'

export interface Attribute {
  name: string
  expr: Node
  line: number
  /** Relative to the source folder, forward slashes. */
  file: string
}

export interface Block {
  type: string
  labels: string[]
  line: number
  file: string
  attributes: Map<string, Attribute>
  blocks: Block[]
}

export interface ModuleSource {
  /** Absolute folder. */
  dir: string
  /** Relative to the source folder, forward slashes (`.` for the root). */
  rel: string
  variables: Map<string, Block>
  locals: Map<string, Attribute>
  outputs: Map<string, Block>
  /** `managed.aws_lb.web` / `data.aws_region.current` → the block. */
  resources: Map<string, Block>
  moduleCalls: Map<string, Block>
  providers: Block[]
  /** Files Terraform would read that are not read here (JSON syntax), one line each. */
  warnings: string[]
}

export interface ReadContext {
  parser: Parser
  /** The source folder: file names are given relative to it. */
  root: string
  /** Folders outside this one are not read. */
  boundary: string
}

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024

const relative = (root: string, abs: string): string => {
  const r = path.relative(root, abs)
  return r === '' ? '.' : r.split(path.sep).join('/')
}

/** The items of a body node (a file or a block), as attributes and blocks. */
export function readBody(body: Node | null, file: string, into: Block): Block {
  if (!body) return into
  for (const child of body.namedChildren) {
    if (child.type === 'attribute') {
      const name = child.namedChild(0)!.text
      const expr = child.namedChildren.find((c) => c.type === 'expression')
      if (expr) into.attributes.set(name, { name, expr, line: child.line, file })
    } else if (child.type === 'block') {
      into.blocks.push(readBlock(child, file))
    }
  }
  return into
}

function readBlock(node: Node, file: string): Block {
  const children = node.namedChildren
  const labels: string[] = []
  let body: Node | null = null
  for (const child of children.slice(1)) {
    if (child.type === 'body') body = child
    else if (child.type === 'identifier') labels.push(child.text)
    else if (child.type === 'string_lit') labels.push(plainString(child) ?? child.text)
  }
  const block: Block = { type: children[0].text, labels, line: node.line, file, attributes: new Map(), blocks: [] }
  return readBody(body, file, block)
}

/** Merges an override block into the block it overrides: attributes replace, nested blocks of a type replace all of that type. */
function override(base: Block, patch: Block): void {
  for (const [name, attribute] of patch.attributes) base.attributes.set(name, attribute)
  const types = new Set(patch.blocks.map((b) => b.type === 'dynamic' ? `dynamic:${b.labels[0]}` : b.type))
  base.blocks = [...base.blocks.filter((b) => !types.has(b.type === 'dynamic' ? `dynamic:${b.labels[0]}` : b.type) && !types.has(b.type === 'dynamic' ? b.labels[0] : `dynamic:${b.type}`)), ...patch.blocks]
}

function readText(abs: string, file: string, boundary: string): string {
  let info = lstatSync(abs)
  if (info.isSymbolicLink()) {
    const real = realpathSync(abs)
    if (real !== boundary && !real.startsWith(boundary + path.sep)) throw new InputError(file, 'is a symlink to a file outside the source folder', 'Keep the Terraform files inside the folder given as --source-dir')
    info = statSync(abs)
  }
  if (info.size > DEFAULT_MAX_FILE_BYTES) throw new InputError(file, `is ${info.size} bytes, over the ${DEFAULT_MAX_FILE_BYTES}-byte limit for a .tf file`, 'Split the file, or judge a plan of it instead (--plan)')
  const bytes = readFileSync(abs)
  if (bytes.includes(0)) throw new InputError(file, 'holds binary content (NUL bytes), not HCL', 'Remove the file or rename it so that it does not end in .tf')
  const text = new TextDecoder('utf-8').decode(bytes)
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

/** Reads one module folder. Throws InputError for a file Terraform would refuse (with file and line). */
export function readModule(dir: string, context: ReadContext): ModuleSource {
  const rel = relative(context.root, dir)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(rel, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`, 'Check the module source path')
  }
  const module: ModuleSource = { dir, rel, variables: new Map(), locals: new Map(), outputs: new Map(), resources: new Map(), moduleCalls: new Map(), providers: [], warnings: [] }
  for (const name of names.filter((n) => n.endsWith('.tf.json') && !isIgnoredName(n)).sort()) {
    module.warnings.push(`${relative(context.root, path.join(dir, name))}: Terraform JSON syntax is not read; its blocks are not judged`)
  }
  for (const name of terraformFileOrder(names)) {
    const file = relative(context.root, path.join(dir, name))
    const text = readText(path.join(dir, name), file, context.boundary)
    addBlocks(module, topLevelBlocks(text, file, context.parser), isOverrideName(name))
  }
  return module
}

/** Resources of types the model does not read are parsed only if something refers to them. */
const deferred = (type: string, labels: string[]) => (type === 'resource' || type === 'data') && labels.length === 2 && !RELEVANT_TYPES.has(labels[0])

const unquote = (label: string) => (label.startsWith('"') ? unescapeQuoted(label.slice(1, -1)) : label)

/**
 * The top-level blocks of a file. The file is scanned for its blocks, and each block is parsed alone
 * when it is needed: most of a large configuration is resources the model never reads, never parsed.
 * A file the scan cannot follow is parsed whole, which finds its syntax error.
 */
function topLevelBlocks(text: string, file: string, parser: Parser): Block[] {
  const source = new SourceText(text)
  const scan = scanBlocks(text)
  if ('errorAt' in scan) return parsedWhole(text, source, file, parser)
  return scan.blocks.map((found) => {
    const labels = found.labels.map(unquote)
    if (deferred(found.type, labels)) return new DeferredBlock(found.type, labels, source.lineAt(found.start), file, source, found.start, found.end, parser)
    return parseBlock(parser, source, found.start, found.end, file)
  })
}

/** One block, parsed from its place in the file; a syntax error is an InputError with its line. */
function parseBlock(parser: Parser, source: SourceText, start: number, end: number, file: string): Block {
  const tree = parser.parse(source.text.slice(start, end))
  if (!tree) throw new Error('the parser returned no tree')
  try {
    const errorLine = firstErrorLine(tree.rootNode)
    if (errorLine !== undefined) throw new InputError(`${file}:${source.lineAt(start) + errorLine - 1}`, 'has a syntax error', 'Fix the file (`terraform validate` shows the error)')
    // The block is the body's first: the text parsed starts at its header and ends at its brace.
    const node = tree.rootNode.namedChildren.find((c) => c?.type === 'body')?.namedChildren.find((c) => c?.type === 'block')
    if (!node) throw new InputError(`${file}:${source.lineAt(start)}`, 'has a syntax error', 'Fix the file (`terraform validate` shows the error)')
    return readBlock(fromTree(node, source, start), file)
  } finally {
    tree.delete()
  }
}

/** A file the block scan could not follow, parsed whole: its syntax error, or its blocks. */
function parsedWhole(text: string, source: SourceText, file: string, parser: Parser): Block[] {
  const tree = parser.parse(text)
  if (!tree) throw new Error('the parser returned no tree')
  try {
    const errorLine = firstErrorLine(tree.rootNode)
    if (errorLine !== undefined) throw new InputError(`${file}:${errorLine}`, 'has a syntax error', 'Fix the file (`terraform validate` shows the error)')
    const root = fromTree(tree.rootNode, source)
    return readBody(root.namedChildren.find((c) => c.type === 'body') ?? null, file, { type: 'file', labels: [], line: 1, file, attributes: new Map(), blocks: [] }).blocks
  } finally {
    tree.delete()
  }
}

/** A block read from the file only when first asked for its content. */
class DeferredBlock implements Block {
  private content: { attributes: Map<string, Attribute>; blocks: Block[] } | undefined

  constructor(
    readonly type: string,
    readonly labels: string[],
    readonly line: number,
    readonly file: string,
    private readonly source: SourceText,
    private readonly start: number,
    private readonly end: number,
    private readonly parser: Parser
  ) {}

  private read(): { attributes: Map<string, Attribute>; blocks: Block[] } {
    if (!this.content) {
      const block = parseBlock(this.parser, this.source, this.start, this.end, this.file)
      this.content = { attributes: block.attributes, blocks: block.blocks }
    }
    return this.content
  }

  get attributes(): Map<string, Attribute> {
    return this.read().attributes
  }

  get blocks(): Block[] {
    return this.read().blocks
  }

  set blocks(blocks: Block[]) {
    this.read().blocks = blocks
  }
}

/** A block whose content is not read yet (a resource of a type the rules do not read): reading it parses it. */
export function isDeferred(block: Block): boolean {
  return block instanceof DeferredBlock
}

function addBlocks(module: ModuleSource, blocks: Block[], isOverride: boolean): void {
  const place = (map: Map<string, Block>, key: string, block: Block) => {
    const existing = map.get(key)
    if (isOverride && existing) override(existing, block)
    else if (existing) throw new InputError(`${block.file}:${block.line}`, `declares ${key.replace(/^managed\./, '')} a second time (first at ${existing.file}:${existing.line})`, 'Give each block a unique name')
    else map.set(key, block)
  }
  for (const block of blocks) {
    switch (block.type) {
      case 'variable':
        if (block.labels.length === 1) place(module.variables, block.labels[0], block)
        break
      case 'output':
        if (block.labels.length === 1) place(module.outputs, block.labels[0], block)
        break
      case 'locals':
        for (const [name, attribute] of block.attributes) {
          const existing = module.locals.get(name)
          if (existing && !isOverride) throw new InputError(`${attribute.file}:${attribute.line}`, `declares local.${name} a second time (first at ${existing.file}:${existing.line})`, 'Give each local value a unique name')
          module.locals.set(name, attribute)
        }
        break
      case 'resource':
      case 'data':
        if (block.labels.length === 2) place(module.resources, `${block.type === 'data' ? 'data' : 'managed'}.${block.labels[0]}.${block.labels[1]}`, block)
        break
      case 'module':
        if (block.labels.length === 1) place(module.moduleCalls, block.labels[0], block)
        break
      case 'provider':
        if (block.labels.length === 1) {
          const alias = block.attributes.get('alias')
          const existing = module.providers.find((p) => p.labels[0] === block.labels[0] && p.attributes.get('alias')?.expr.text === alias?.expr.text)
          if (isOverride && existing) override(existing, block)
          else module.providers.push(block)
        }
        break
    }
  }
}
