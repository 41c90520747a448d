// `fix --write`: the changed files written over the sources, each through a temporary file renamed into
// place, so that an interrupted run leaves every file whole.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { FileChange } from './source-tree.js'

/** Writes every change under `sourceDir`; returns one line per file (`created x` or `changed x`). */
export function writeInPlace(sourceDir: string, changes: readonly FileChange[]): string[] {
  return changes.map((change) => {
    const file = path.join(sourceDir, change.path)
    mkdirSync(path.dirname(file), { recursive: true })
    const temporary = `${file}.elb-ir-${process.pid}.tmp`
    writeFileSync(temporary, change.after)
    renameSync(temporary, file)
    return `${change.before === null ? 'created' : 'changed'} ${change.path}`
  })
}
