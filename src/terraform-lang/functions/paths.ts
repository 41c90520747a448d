// Path functions that are plain text operations (Go's filepath.Base and filepath.Dir on Unix). The
// ones that need the machine (abspath, pathexpand) and the file functions are left out.
import { str } from './coerce.js'
import { type FunctionFamily } from './define.js'

/** Go's path.Clean: the shortest equivalent path, by lexical processing alone. */
export function cleanPath(path: string): string {
  if (path === '') return '.'
  const rooted = path.startsWith('/')
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else if (part !== '..' || !rooted) parts.push(part)
  }
  const joined = parts.join('/')
  return rooted ? '/' + joined : joined || '.'
}

function basename(path: string): string {
  if (path === '') return '.'
  const trimmed = path.replace(/\/+$/, '')
  if (trimmed === '') return '/'
  return trimmed.slice(trimmed.lastIndexOf('/') + 1)
}

const dirname = (path: string): string => cleanPath(path.slice(0, path.lastIndexOf('/') + 1))

export const paths: FunctionFamily = {
  basename: { params: ['path'], impl: ([p]) => basename(str(p, 'path')) },
  dirname: { params: ['path'], impl: ([p]) => dirname(str(p, 'path')) }
}
