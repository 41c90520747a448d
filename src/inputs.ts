import { existsSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Expands `--plan` arguments: literal paths stay as given (so a missing file is reported), globs expand. */
export async function expandPlanArguments(patterns: string[], cwd: string): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = []
  const problems: string[] = []
  for (const pattern of patterns) {
    if (!/[*?[\]{}]/.test(pattern)) {
      files.push(pattern)
      continue
    }
    // Loaded on demand: a run with plain file names does not pay for the glob library.
    const { glob } = await import('tinyglobby')
    // The walk follows no link (a link can loop, or lead anywhere), but the folders the pattern names
    // literally may be links: macOS's /tmp is one. So the walk starts from where they really lead, and
    // the matches are named by the path as the user wrote it.
    const { base, rest } = splitLiteralBase(pattern)
    const start = realFolder(resolve(cwd, base))
    const found = start === null ? [] : await glob(rest, { cwd: start, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
    const matches = found.map((file) => (isAbsolute(pattern) ? join(base, file) : relative(cwd, join(resolve(cwd, base), file)).split('\\').join('/')))
    if (matches.length === 0) problems.push(`${pattern}: no file matches this pattern. Check the path, or run \`terraform show -json <planfile> > plan.json\` first`)
    files.push(...matches.sort())
  }
  return { files: [...new Set(files)], problems }
}

/** The leading folders of a glob that hold no glob character (`/tmp/plans` of `/tmp/plans/*.json`), and the rest. */
function splitLiteralBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/')
  const firstGlob = segments.findIndex((segment) => /[*?[\]{}]/.test(segment))
  const base = segments.slice(0, firstGlob).join('/') || (isAbsolute(pattern) ? '/' : '.')
  return { base, rest: segments.slice(firstGlob).join('/') }
}

function realFolder(folder: string): string | null {
  try {
    return realpathSync(folder)
  } catch {
    return null
  }
}

/** The bundled example: `fixtures/example` beside `dist/` (or `src/` when run from source). */
export function exampleDirectory(): string | null {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [resolve(here, '../fixtures/example'), resolve(here, '../../fixtures/example')]) {
    if (existsSync(resolve(candidate, 'plan.json'))) return candidate
  }
  return null
}
