// Edits outside the .tf files: a playbook written when missing, and its path listed under `playbooks:`
// in the configuration file (comments and layout of the file kept, through yaml's Document API).

import path from 'node:path'
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml'
import type { SourceTree } from './source-tree.js'

/** Writes the file when it does not exist yet. */
export function addFile(tree: SourceTree, file: string, content: string): { problem?: string } {
  const rel = tree.relative(path.resolve(tree.root, file))
  if (rel === null || rel === '.') return { problem: `${file} lies outside the source directory` }
  if (tree.read(rel) === null) tree.write(rel, content.endsWith('\n') ? content : `${content}\n`)
  return {}
}

/** Lists the paths (relative to the source directory) in the configuration's `playbooks`, each once. */
export function addPlaybooks(tree: SourceTree, configFile: string, paths: string[]): { problem?: string } {
  const rel = tree.relative(configFile)
  if (rel === null || rel === '.') return { problem: `the configuration file ${configFile} lies outside the source directory, so the patch cannot edit it` }
  const base = path.dirname(path.resolve(configFile))
  const wanted = paths.map((p) => path.relative(base, path.resolve(tree.root, p)).split(path.sep).join('/'))
  const before = tree.read(rel)
  const document = parseDocument(before ?? '')
  if (document.errors.length > 0) return { problem: `${rel} is not valid YAML, so the playbooks could not be added to it` }
  if (document.contents !== null && !isMap(document.contents)) return { problem: `${rel} is not a mapping, so the playbooks could not be added to it` }
  let list = document.get('playbooks', true)
  if (list === undefined || list === null) {
    list = new YAMLSeq()
    document.set('playbooks', list)
  }
  if (!isSeq(list)) return { problem: `\`playbooks\` in ${rel} is not a list` }
  const listed = new Set(list.items.map((item) => String(item && typeof item === 'object' && 'value' in item ? item.value : item)))
  const added = wanted.filter((p) => !listed.has(p))
  if (added.length === 0) return {}
  for (const p of added) list.add(document.createNode(p))
  tree.write(rel, document.toString())
  return {}
}
