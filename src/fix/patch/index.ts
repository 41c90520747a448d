// The patch writer: applies the fixers' edits to the .tf files (found with the HCL grammar), in order,
// in memory, and renders one unified diff of every file that changed.

import path from 'node:path'
import type { ModuleTree } from '../../model/module-tree.js'
import { hclParser } from '../../source/parser.js'
import type { BlockRef, SourceEdit } from '../types.js'
import { addDependsOn, type BlockEditResult, setAttribute, setNestedBlock } from './block-edits.js'
import { unifiedDiff } from './diff.js'
import { addBlocks } from './fixes-file.js'
import { addFile, addPlaybooks } from './other-files.js'
import { type FileChange, SourceTree } from './source-tree.js'
import { type BlockShape, findResourceBlock } from './syntax.js'

export type { FileChange } from './source-tree.js'
export { FIXES_FILE } from './fixes-file.js'
export { writeInPlace } from './write-in-place.js'

export interface WriteOptions {
  /** The directory the plans were made from. */
  sourceDir: string
  /** The configuration file for `add-playbooks` (default: `.elb-ir.yml` in the source directory). */
  configFile?: string
}

/** The edits of one plan, with the plan's module calls to find each module's folder. */
export interface EditBatch {
  moduleTree: ModuleTree
  edits: readonly SourceEdit[]
}

export interface WrittenFixes {
  /** Every file that changed, with its text before (null: new) and after. */
  changes: FileChange[]
  /** The edits that could not be applied, by batch and index in it, with the reason. */
  unapplied: { batch: number; index: number; edit: SourceEdit; reason: string }[]
}

/** Applies the batches' edits in order, on one set of files; an edit that does not apply is returned with its reason, the others go on. */
export async function writeFixes(batches: readonly EditBatch[], options: WriteOptions): Promise<WrittenFixes> {
  const tree = new SourceTree(path.resolve(options.sourceDir), await hclParser())
  const configFile = path.resolve(options.configFile ?? path.join(options.sourceDir, '.elb-ir.yml'))
  const unapplied: WrittenFixes['unapplied'] = []
  try {
    batches.forEach(({ moduleTree, edits }, batch) => {
      edits.forEach((edit, index) => {
        const problem = applyEdit(tree, moduleTree, edit, configFile)
        if (problem) unapplied.push({ batch, index, edit, reason: problem })
      })
    })
  } finally {
    tree.dispose()
  }
  return { changes: tree.changes(), unapplied }
}

export function renderPatch(changes: readonly FileChange[]): string {
  return unifiedDiff(changes)
}

function applyEdit(tree: SourceTree, moduleTree: ModuleTree, edit: SourceEdit, configFile: string): string | undefined {
  switch (edit.kind) {
    case 'set-attribute':
      return editBlock(tree, moduleTree, edit.block, (text, shape, relocate) => setAttribute(text, shape, edit, relocate))
    case 'set-nested-block':
      return editBlock(tree, moduleTree, edit.block, (text, shape) => setNestedBlock(text, shape, edit))
    case 'add-depends-on':
      return editBlock(tree, moduleTree, edit.block, (text, shape) => addDependsOn(text, shape, edit))
    case 'add-blocks':
      return addBlocks(tree, moduleTree, edit.modulePath, edit.blocks).problem
    case 'add-file':
      return addFile(tree, edit.path, edit.content).problem
    case 'add-playbooks':
      return addPlaybooks(tree, configFile, edit.paths).problem
  }
}

function blockName(ref: BlockRef): string {
  return `${ref.modulePath.map((m) => `module.${m}.`).join('')}${ref.mode === 'data' ? 'data.' : ''}${ref.type}.${ref.name}`
}

/** Finds the block in its module's files (the first definition, as Terraform reads them) and edits it there. */
function editBlock(tree: SourceTree, moduleTree: ModuleTree, ref: BlockRef, edit: (text: string, shape: BlockShape, relocate: (text: string) => BlockShape | null) => BlockEditResult): string | undefined {
  const located = tree.moduleFolder(moduleTree, ref.modulePath)
  if ('problem' in located) return located.problem
  for (const file of tree.moduleFiles(located.folder)) {
    const root = tree.parse(file)
    const shape = root ? findResourceBlock(root, ref) : null
    if (!root || !shape) continue
    // A file the grammar cannot read whole is not edited: where things are in it is not sure.
    if (root.hasError) return `${file} has a syntax error, so ${blockName(ref)} is not edited there; fix the file first`
    const text = tree.read(file) ?? ''
    const result = edit(text, shape, (again) => findResourceBlock(tree.parseText(again), ref))
    if ('problem' in result) return `${blockName(ref)} in ${file}: ${result.problem}`
    if (result.text === text) return undefined
    if (tree.parseText(result.text).hasError) return `${blockName(ref)} in ${file}: the change would not be valid HCL, so it is left out`
    tree.write(file, result.text)
    return undefined
  }
  return `${blockName(ref)} was not found in the .tf files of ${located.folder === '.' ? 'the source directory' : located.folder}`
}
