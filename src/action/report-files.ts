// The `plan` input takes plans and, from other jobs of a matrix, the JSON reports they wrote: each file
// is told apart by its first bytes.

import { closeSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'

/** The files that are JSON reports of earlier runs, and the rest (plans), each in the given order. */
export function separateReports(files: readonly string[], workspace: string): { planFiles: string[]; reportFiles: string[] } {
  const planFiles: string[] = []
  const reportFiles: string[] = []
  for (const file of files) (isJsonReport(path.resolve(workspace, file)) ? reportFiles : planFiles).push(file)
  return { planFiles, reportFiles }
}

/** A JSON report of an earlier run starts with its schema version and tool name (formatJson's order). */
export function isJsonReport(file: string): boolean {
  try {
    // Opening a named pipe would wait for a writer: only a regular file is sniffed; the plan loader refuses the rest.
    if (!statSync(file).isFile()) return false
    const head = Buffer.alloc(256)
    const fd = openSync(file, 'r')
    let read: number
    try {
      read = readSync(fd, head, 0, 256, 0)
    } finally {
      closeSync(fd)
    }
    return /^\uFEFF?\s*\{\s*"schemaVersion"\s*:\s*1\s*,\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"elb-ir-check"/.test(head.subarray(0, read).toString('utf8'))
  } catch {
    return false
  }
}
