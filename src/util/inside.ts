import { realpathSync } from 'node:fs'
import path from 'node:path'

/** Whether `inner` is `outer` or lies below it (both absolute, already resolved). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** The path with every symbolic link resolved, or null when it does not exist or cannot be read. */
export function realPath(file: string): string | null {
  try {
    return realpathSync(file)
  } catch {
    return null
  }
}

/** Whether `file`, its symbolic links followed, lies inside `root` (its links followed too). */
export function staysInside(root: string, file: string): boolean {
  const rootReal = realPath(root) ?? path.resolve(root)
  const fileReal = realPath(file)
  return fileReal !== null && isWithin(rootReal, fileReal)
}

/** `file` relative to `root` with forward slashes when it lies below root, else `file` unchanged. */
export function shownPath(root: string, file: string): string {
  const absolute = path.resolve(root, file)
  return isWithin(path.resolve(root), absolute) ? path.relative(path.resolve(root), absolute).split(path.sep).join('/') || '.' : file
}

/** A path with forward slashes, whatever the platform's separator. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

/** `file` relative to `root` with forward slashes when it lies strictly below root (no link followed), else null. */
export function relativeBelow(root: string, file: string): string | null {
  const rel = path.relative(path.resolve(root), path.resolve(file))
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel) ? toPosix(rel) : null
}
