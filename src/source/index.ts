// Maps Terraform addresses to file and line in the .tf files of a source directory, and finds the
// inline suppression comments written at those places.
//
// Load this module only when a source directory is given (`await import('./source/index.js')`): it
// brings in the tree-sitter runtime.

import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Parser } from 'web-tree-sitter'
import {
  type HclBlock,
  type HclComment,
  type HclComments,
  type HclFile,
  type HclItem,
  type HclResource,
  type HclValue,
  parseHcl
} from './hcl.js'
import { isLocalSource, localModuleFolder, terraformFileOrder } from './module-folders.js'
import { hclParser } from './parser.js'
import type { ModuleTree } from '../model/module-tree.js'
import type { SourceIndex, SourceLookup, SourceQuery, SuppressionComment } from './types.js'

export type { SourceIndex, SourceLocation, SourceLookup, SourceQuery, SuppressionComment } from './types.js'
export { ANY_RULE, PEER_SUPPRESSIONS, parseSuppressionComment, peerSuppressionsMarkdown } from './peer-suppressions.js'
export type { PeerSuppressionMapping } from './peer-suppressions.js'

export interface SourceIndexOptions {
  /** Larger .tf files are skipped with a warning. Default 4 MiB. */
  maxFileBytes?: number
  /**
   * Files and module folders are read only inside this folder (default: the source directory). The
   * action sets the repository root, so that `../../modules` of an `envs/prod` layout is read too.
   */
  boundary?: string
}

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024

interface SourceFile {
  /** Relative to the source directory, forward slashes. */
  rel: string
  hcl: HclFile
}

interface Definition {
  file: SourceFile
  resource: HclResource
}

interface ModuleFiles {
  /** `managed|aws_lb|web` → its definitions, primary files first, then override files. */
  resources: Map<string, Definition[]>
}

interface WalkResult {
  /** 1-based line of the deepest thing found. */
  line: number
  /** How many path segments were resolved. */
  consumed: number
  /** Lines of the header and of every block, attribute and key walked through. */
  chain: number[]
}

interface NestedBlock {
  /** The header a location points at (for a dynamic block, the `dynamic "x"` line). */
  line: number
  /** Further lines on the path (the `content` line of a dynamic block). */
  extra: number[]
  body: HclItem[]
  dynamic: boolean
}

/** Origins whose comment covers the whole resource from anywhere inside its block. */
const RESOURCE_WIDE = new Set(['checkov', 'terrascan'])

function resourceKey(mode: string, type: string, name: string): string {
  return `${mode}|${type}|${name}`
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code
  return error instanceof Error ? error.message : String(error)
}

/** Blocks named `name` in a body, in source order; `dynamic "name"` counts through its `content`. */
function nestedBlocks(body: HclItem[], name: string): NestedBlock[] {
  const out: NestedBlock[] = []
  for (const item of body) {
    if (item.kind !== 'block') continue
    if (item.type === name && item.labels.length === 0) {
      out.push({ line: item.line, extra: [], body: item.body, dynamic: false })
    } else if (item.type === 'dynamic' && item.labels.length === 1 && item.labels[0] === name) {
      const content = item.body.find(
        (c): c is HclBlock => c.kind === 'block' && c.type === 'content' && c.labels.length === 0
      )
      out.push({ line: item.line, extra: content ? [content.line] : [], body: content?.body ?? [], dynamic: true })
    }
  }
  return out
}

function walk(block: HclBlock, attributePath: readonly (string | number)[]): WalkResult {
  const chain = [block.line]
  let line = block.line
  let body: HclItem[] | null = block.body
  let value: HclValue | null = null
  let i = 0
  while (i < attributePath.length) {
    const segment = attributePath[i]
    if (body) {
      if (typeof segment !== 'string') break
      const attribute = body.find((item) => item.kind === 'attribute' && item.name === segment)
      if (attribute && attribute.kind === 'attribute') {
        line = attribute.line
        chain.push(line)
        value = attribute.value
        body = null
        i++
        continue
      }
      const blocks = nestedBlocks(body, segment)
      if (blocks.length === 0) break
      const next = attributePath[i + 1]
      let pick: NestedBlock | undefined
      let used = 1
      if (typeof next === 'number') {
        used = 2
        // A dynamic block stands for any number of blocks, so an index past the written ones
        // falls to the last dynamic block.
        pick = blocks[next] ?? [...blocks].reverse().find((b) => b.dynamic)
      } else {
        pick = blocks[0]
      }
      if (!pick) break
      line = pick.line
      chain.push(pick.line, ...pick.extra)
      body = pick.body
      value = null
      i += used
      continue
    }
    if (value?.kind === 'object') {
      const key = String(segment)
      const entry = value.entries.find((e) => e.key === key)
      if (!entry) break
      line = entry.line
      chain.push(line)
      value = entry.value
      i++
      continue
    }
    if (value?.kind === 'tuple' && typeof segment === 'number') {
      const item = value.items[segment]
      if (!item) break
      line = item.line
      chain.push(line)
      value = item.value
      i++
      continue
    }
    break
  }
  return { line, consumed: i, chain }
}

/** Lines of the contiguous comment-only lines directly above `line`, nearest first. */
function linesAbove(comments: HclComments, line: number): number[] {
  const out: number[] = []
  for (let l = line - 1; l >= 1 && comments.commentOnlyLines.has(l); l--) out.push(l)
  return out
}

/**
 * Builds the index. Files are read and parsed lazily, one module directory at a time, when a query
 * first needs that module; reading `warnings` reads every local module of the tree, so it is
 * complete whenever it is read. Never throws for a bad file; throws only when the tree-sitter
 * runtime cannot be loaded or `rootDir` is not a directory.
 */
export async function buildSourceIndex(
  rootDir: string,
  tree: ModuleTree,
  options: SourceIndexOptions = {}
): Promise<SourceIndex> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const rootAbs = path.resolve(rootDir)
  let rootReal: string
  try {
    rootReal = realpathSync(rootAbs)
  } catch (error) {
    throw new Error(`source directory ${rootDir} cannot be read (${errorCode(error)})`)
  }
  if (!statSync(rootReal).isDirectory()) throw new Error(`source directory ${rootDir} is not a directory`)
  let boundaryReal = rootReal
  if (options.boundary !== undefined) {
    try {
      boundaryReal = realpathSync(path.resolve(options.boundary))
    } catch (error) {
      throw new Error(`source boundary ${options.boundary} cannot be read (${errorCode(error)})`)
    }
    // A boundary inside the source directory would shut out the root module itself.
    const within = (outer: string, inner: string) => inner === outer || inner.startsWith(outer + path.sep)
    if (!within(boundaryReal, rootReal)) boundaryReal = rootReal
  }
  const parser: Parser = await hclParser()

  const warnings: string[] = []
  const modules = new Map<string, ModuleFiles | null>()

  const rel = (abs: string): string => {
    const r = path.relative(rootAbs, abs)
    return r === '' ? '.' : r.split(path.sep).join('/')
  }
  const inside = (real: string): boolean => real === boundaryReal || real.startsWith(boundaryReal + path.sep)

  function readSourceFile(abs: string): SourceFile | null {
    const name = rel(abs)
    const warn = (what: string): null => {
      warnings.push(`${name}: ${what}`)
      return null
    }
    let stats
    try {
      stats = lstatSync(abs)
      if (stats.isSymbolicLink()) {
        let real: string
        try {
          real = realpathSync(abs)
        } catch (error) {
          return warn(`symlink whose target cannot be read (${errorCode(error)}); skipped`)
        }
        if (!inside(real)) return warn('symlink to a file outside the source directory; not followed')
        stats = statSync(abs)
      }
    } catch (error) {
      return warn(`cannot be read (${errorCode(error)}); skipped`)
    }
    if (stats.isDirectory()) return null
    if (!stats.isFile()) return warn('not a regular file; skipped')
    if (stats.size > maxFileBytes) return warn(`${stats.size} bytes, over the ${maxFileBytes}-byte limit; skipped`)
    let bytes: Buffer
    try {
      bytes = readFileSync(abs)
    } catch (error) {
      return warn(`cannot be read (${errorCode(error)}); skipped`)
    }
    if (bytes.length > maxFileBytes) return warn(`${bytes.length} bytes, over the ${maxFileBytes}-byte limit; skipped`)
    if (bytes.includes(0)) return warn('binary content (NUL bytes), not HCL; skipped')
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      warn('not valid UTF-8; invalid bytes replaced')
      text = new TextDecoder('utf-8').decode(bytes)
    }
    if (text.startsWith('\uFEFF')) text = text.slice(1)
    let hcl: HclFile
    try {
      hcl = parseHcl(parser, text)
    } catch (error) {
      return warn(`could not be parsed (${error instanceof Error ? error.message : String(error)}); skipped`)
    }
    if (hcl.errorLine !== undefined) {
      warn(`syntax error at line ${hcl.errorLine}; only the blocks parsed outside the error are used`)
    }
    return { rel: name, hcl }
  }

  function loadModule(dirAbs: string, address: string): ModuleFiles | null {
    const dirName = rel(dirAbs)
    let real: string
    try {
      real = realpathSync(dirAbs)
    } catch (error) {
      const code = errorCode(error)
      warnings.push(
        code === 'ENOENT'
          ? `${dirName}: directory of ${address} does not exist`
          : `${dirName}: directory of ${address} cannot be read (${code})`
      )
      return null
    }
    if (!inside(real)) {
      warnings.push(`${dirName}: directory of ${address} is outside the source directory; not read`)
      return null
    }
    let names: string[]
    try {
      names = readdirSync(dirAbs)
    } catch (error) {
      warnings.push(`${dirName}: directory of ${address} cannot be listed (${errorCode(error)})`)
      return null
    }
    names = terraformFileOrder(names)
    const resources = new Map<string, Definition[]>()
    for (const name of names) {
      const file = readSourceFile(path.join(dirAbs, name))
      if (!file) continue
      for (const resource of file.hcl.resources) {
        const key = resourceKey(resource.mode, resource.type, resource.name)
        const list = resources.get(key)
        if (list) list.push({ file, resource })
        else resources.set(key, [{ file, resource }])
      }
    }
    return { resources }
  }

  function moduleFiles(modulePath: readonly string[]): ModuleFiles | null {
    const located = localModuleFolder(rootAbs, tree, modulePath)
    if (!located) return null
    if (modules.has(located.dir)) return modules.get(located.dir) ?? null
    let files: ModuleFiles | null
    try {
      files = loadModule(located.dir, located.address)
    } catch (error) {
      warnings.push(
        `${rel(located.dir)}: could not be read (${error instanceof Error ? error.message : String(error)})`
      )
      files = null
    }
    modules.set(located.dir, files)
    return files
  }

  function definitions(query: SourceQuery): Definition[] {
    const files = moduleFiles(query.modulePath ?? [])
    if (!files) return []
    const mode = query.mode === 'data' ? 'data' : 'managed'
    return files.resources.get(resourceKey(mode, query.type, query.name)) ?? []
  }

  /** Runs `f`; an unexpected failure becomes a warning naming the address, never a throw. */
  function guarded<T>(query: SourceQuery, fallback: T, f: () => T): T {
    try {
      return f()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const callPath = (query.modulePath ?? []).map((m) => `module.${m}.`).join('')
      const where = `${callPath}${query.mode === 'data' ? 'data.' : ''}${query.type}.${query.name}`
      const warning = `${where}: could not be looked up (${message})`
      if (!warnings.includes(warning)) warnings.push(warning)
      return fallback
    }
  }

  function readAllModules(node: ModuleTree, modulePath: string[]): void {
    moduleFiles(modulePath)
    for (const [name, call] of Object.entries(node.calls ?? {})) {
      if (call && typeof call.source === 'string' && isLocalSource(call.source)) {
        readAllModules(call, [...modulePath, name])
      }
    }
  }

  /** The comments of one definition that apply to the walked path, each directive once across definitions. */
  function commentsOn(def: Definition, walked: WalkResult, seen: Set<string>): SuppressionComment[] {
    const out: SuppressionComment[] = []
    const block = def.resource.block()
    const found = def.resource.comments()
    // comment → which of its directives apply: all, all but line-only ones, or resource-wide ones
    const comments = new Map<HclComment, 'all' | 'path' | 'resource'>()
    for (const line of walked.chain) {
      const scope = line === walked.line ? 'all' : 'path'
      const here = [line, ...linesAbove(found, line)].flatMap((l) => found.commentsByLine.get(l) ?? [])
      for (const c of here) if (comments.get(c) !== 'all') comments.set(c, scope)
    }
    // Checkov and Terrascan place their skip comment anywhere inside the resource block.
    for (const c of found.directiveComments) {
      if (!comments.has(c) && c.startLine > block.line && c.endLine <= block.endLine) comments.set(c, 'resource')
    }
    for (const [c, scope] of comments) {
      for (const d of c.directives) {
        if (scope === 'resource' && !RESOURCE_WIDE.has(d.origin)) continue
        if (scope === 'path' && d.lineOnly) continue
        const line = c.startLine + d.lineOffset
        const key = `${def.file.rel}:${line}:${d.origin}:${d.ruleId}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push({ ruleId: d.ruleId, reason: d.reason, origin: d.origin, file: def.file.rel, line })
      }
    }
    return out
  }

  function lookup(query: SourceQuery): SourceLookup {
    return guarded(query, { location: null, suppressions: [] } as SourceLookup, () => {
      const attributePath = query.attributePath ?? []
      let best: { def: Definition; walked: WalkResult } | null = null
      const suppressions: SuppressionComment[] = []
      const seen = new Set<string>()
      // Every definition (a resource and its overrides) is walked once, for the location and the comments.
      for (const def of definitions(query)) {
        const walked = walk(def.resource.block(), attributePath)
        if (!best || walked.consumed > best.walked.consumed) best = { def, walked }
        // A comment that cannot be read costs its suppressions, not the location.
        suppressions.push(...guarded(query, [] as SuppressionComment[], () => commentsOn(def, walked, seen)))
      }
      suppressions.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
      const location = best ? { file: best.def.file.rel, line: best.walked.line, exact: best.walked.consumed === attributePath.length } : null
      return { location, suppressions }
    })
  }

  return {
    lookup,
    locate: (query) => lookup(query).location,
    suppressionsFor: (query) => lookup(query).suppressions,

    get warnings(): string[] {
      readAllModules(tree, [])
      return warnings
    }
  }
}
