// The source directory as the writer sees it while it edits: every file read once, edited in memory,
// and compared with what is on disk only when the patch is rendered. Module folders are found the way
// the source index finds them (local `source` paths from the root module).

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Parser } from 'web-tree-sitter'
import type { ModuleTree } from '../../model/module-tree.js'
import { localModuleFolder, terraformFileOrder } from '../../source/module-folders.js'
import { relativeBelow, toPosix } from '../../util/inside.js'
import { parseTree } from './syntax.js'
import type { Node, Tree } from 'web-tree-sitter'

/** A tree is freed only after this many newer parses, so a node is never used after its tree is gone. */
const MAX_TREES = 64

export interface FileChange {
  /** Relative to the source directory, forward slashes. */
  path: string
  /** Null for a new file. */
  before: string | null
  after: string
}

export class SourceTree {
  private readonly original = new Map<string, string | null>()
  private readonly current = new Map<string, string>()

  constructor(
    readonly root: string,
    readonly parser: Parser
  ) {}

  /** How each file read was written (a byte order mark, CRLF line ends): kept when it is written back. */
  private readonly styles = new Map<string, { bom: boolean; crlf: boolean }>()

  /** The file's text as edited so far (LF line ends), or null when it does not exist. */
  read(rel: string): string | null {
    const edited = this.current.get(rel)
    if (edited !== undefined) return edited
    if (!this.original.has(rel)) {
      const file = path.join(this.root, rel)
      let text: string | null = null
      if (existsSync(file)) {
        text = readFileSync(file, 'utf8')
        const bom = text.startsWith('\uFEFF')
        const crlf = text.includes('\r\n')
        this.styles.set(rel, { bom, crlf })
        if (bom) text = text.slice(1)
        if (crlf) text = text.replace(/\r\n/g, '\n')
      }
      this.original.set(rel, text)
    }
    return this.original.get(rel) ?? null
  }

  /** A text as the file writes it: its byte order mark and line ends restored. */
  private asWritten(rel: string, text: string | null): string | null {
    const style = this.styles.get(rel)
    if (text === null || !style) return text
    return `${style.bom ? '\uFEFF' : ''}${style.crlf ? text.replace(/\n/g, '\r\n') : text}`
  }

  write(rel: string, text: string): void {
    this.read(rel)
    this.current.set(rel, text)
  }

  parse(rel: string): Node | null {
    const text = this.read(rel)
    return text === null ? null : this.parseText(text)
  }

  /** Trees of the texts parsed last, freed when they fall out (tree-sitter's memory is not collected). */
  private readonly trees = new Map<string, Tree>()

  parseText(text: string): Node {
    const cached = this.trees.get(text)
    if (cached) return cached.rootNode
    const tree = parseTree(this.parser, text)
    this.trees.set(text, tree)
    if (this.trees.size > MAX_TREES) {
      const [oldest, old] = this.trees.entries().next().value as [string, Tree]
      this.trees.delete(oldest)
      old.delete()
    }
    return tree.rootNode
  }

  /** Frees every tree kept. */
  dispose(): void {
    for (const tree of this.trees.values()) tree.delete()
    this.trees.clear()
  }

  /** A path inside the source directory, relative to it; null for one outside. */
  relative(abs: string): string | null {
    if (path.resolve(abs) === path.resolve(this.root)) return '.'
    return relativeBelow(this.root, abs)
  }

  /** The module's folder relative to the source directory, or why it cannot be edited. */
  moduleFolder(moduleTree: ModuleTree, modulePath: readonly string[]): { folder: string } | { problem: string } {
    const located = localModuleFolder(this.root, moduleTree, modulePath)
    if (!located) return { problem: `module.${modulePath.join('.module.')} is not a local module, so its sources cannot be edited here` }
    const folder = this.relative(located.dir)
    if (folder === null) return { problem: `the folder of ${located.address} lies outside the source directory` }
    return { folder }
  }

  /** The module's .tf files (on disk and created in this run), in Terraform's order, relative to the source directory. */
  moduleFiles(folder: string): string[] {
    let names: string[] = []
    try {
      names = readdirSync(path.join(this.root, folder))
    } catch {
      names = []
    }
    const created = [...this.current.keys()].filter((rel) => path.posix.dirname(rel) === folder).map((rel) => path.posix.basename(rel))
    return terraformFileOrder([...new Set([...names, ...created])]).map((name) => (folder === '.' ? name : toPosix(path.join(folder, name))))
  }

  /** Every file whose text changed, in path order. */
  changes(): FileChange[] {
    const out: FileChange[] = []
    for (const [rel, after] of this.current) {
      const before = this.original.get(rel) ?? null
      if (after !== before) out.push({ path: rel, before: this.asWritten(rel, before), after: this.asWritten(rel, after) ?? after })
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
}
