// Where a module's .tf files are: the folder of a local module call, found by following `source` paths
// from the root module, and the files Terraform reads there. Shared by the source index (locations) and
// the fix writer (edits), so both read the same files for the same module.

import path from 'node:path'
import type { ModuleTree } from '../model/module-tree.js'

/** Terraform treats only `./` and `../` sources as local paths. */
export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source.startsWith('.\\') || source.startsWith('..\\')
}

/** Files Terraform itself skips: hidden files and editor backups. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'))
}

export function isOverrideName(name: string): boolean {
  return name === 'override.tf' || name.endsWith('_override.tf')
}

/** The `.tf` files of a folder listing in Terraform's order: primary files by name, then override files. */
export function terraformFileOrder(names: readonly string[]): string[] {
  const tf = names.filter((n) => n.endsWith('.tf') && !isIgnoredName(n)).sort()
  return [...tf.filter((n) => !isOverrideName(n)), ...tf.filter(isOverrideName)]
}

/**
 * The folder of the module at `modulePath` (call names from the root) and its address for messages,
 * or null when a call on the way is not a local module of the tree.
 */
export function localModuleFolder(rootDir: string, tree: ModuleTree, modulePath: readonly string[]): { dir: string; address: string } | null {
  let node: ModuleTree | undefined = tree
  let dir = path.resolve(rootDir)
  const address: string[] = []
  for (const name of modulePath) {
    node = node?.calls?.[name]
    if (!node || typeof node.source !== 'string' || !isLocalSource(node.source)) return null
    dir = path.resolve(dir, node.source)
    address.push(`module.${name}`)
  }
  return { dir, address: address.length ? address.join('.') : 'the root module' }
}
