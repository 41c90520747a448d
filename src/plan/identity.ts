// Where a plan sits in the repository, and what it holds: how reports of several jobs tell their plans
// apart when every job names its plan `plan.json`.

import { statSync } from 'node:fs'
import path from 'node:path'
import { relativeBelow, toPosix } from '../util/inside.js'

const gitRoots = new Map<string, string | null>()

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in worktrees and submodules). */
export function repositoryRootOf(dir: string): string | null {
  const seen: string[] = []
  let current = path.resolve(dir)
  let root: string | null = null
  for (;;) {
    const known = gitRoots.get(current)
    if (known !== undefined) {
      root = known
      break
    }
    seen.push(current)
    if (statSync(path.join(current, '.git'), { throwIfNoEntry: false })) {
      root = current
      break
    }
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of seen) gitRoots.set(folder, root)
  return root
}

/**
 * The plan's path relative to the repository it lies in (`repositoryRoot` when given, as the action gives
 * its workspace; else the nearest `.git` above the plan), with forward slashes. A plan outside any
 * repository is named relative to `cwd` when it lies inside it, else by the path as given.
 */
export function repositoryPathOf(givenPath: string, options: { cwd: string; repositoryRoot?: string }): string {
  const absolute = path.resolve(options.cwd, givenPath)
  const root = options.repositoryRoot ? path.resolve(options.repositoryRoot) : repositoryRootOf(path.dirname(absolute))
  for (const base of root ? [root, options.cwd] : [options.cwd]) {
    const relative = relativeBelow(base, absolute)
    if (relative !== null) return relative
  }
  return toPosix(path.normalize(givenPath))
}
