// New top-level blocks go into `elb-ir-fixes.tf` in the module's folder, so that their references
// resolve in that module; a block the module already declares (anywhere in its .tf files) is skipped.

import path from 'node:path'
import type { ModuleTree } from '../../model/module-tree.js'
import type { GeneratedBlock } from '../types.js'
import type { SourceTree } from './source-tree.js'
import { declaredKeys } from './syntax.js'

export const FIXES_FILE = 'elb-ir-fixes.tf'

const HEADER = '# Written by `elb-ir-check fix`: what the load balancers\' findings needed. You may edit this file.\n'

/** Appends the blocks the module lacks; returns the file's path, or why the module cannot be edited. */
export function addBlocks(tree: SourceTree, moduleTree: ModuleTree, modulePath: string[], blocks: GeneratedBlock[]): { problem?: string } {
  const located = tree.moduleFolder(moduleTree, modulePath)
  if ('problem' in located) return { problem: located.problem }
  const declared = new Set<string>()
  for (const file of tree.moduleFiles(located.folder)) {
    const root = tree.parse(file)
    if (root) for (const key of declaredKeys(root)) declared.add(key)
  }
  const unreadable = blocks.find((block) => tree.parseText(block.text).hasError)
  if (unreadable) return { problem: `the block ${unreadable.key} is not valid HCL, so it is left out` }
  const fresh = blocks.filter((block) => {
    if (declared.has(block.key)) return false
    declared.add(block.key)
    return true
  })
  if (fresh.length === 0) return {}
  const file = located.folder === '.' ? FIXES_FILE : path.posix.join(located.folder, FIXES_FILE)
  const before = tree.read(file)
  const start = before === null || before.trim() === '' ? HEADER : before.endsWith('\n') ? before : `${before}\n`
  tree.write(file, `${start}${fresh.map((block) => `\n${block.text.trimEnd()}\n`).join('')}`)
  return {}
}
