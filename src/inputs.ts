import { existsSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
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
    const matches = await glob(pattern, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, absolute: isAbsolute(pattern) })
    if (matches.length === 0) problems.push(`${pattern}: no file matches this pattern. Check the path, or run \`terraform show -json <planfile> > plan.json\` first`)
    files.push(...matches.sort())
  }
  return { files: [...new Set(files)], problems }
}

/** The bundled example: `fixtures/example` beside `dist/` (or `src/` when run from source). */
export function exampleDirectory(): string | null {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [resolve(here, '../fixtures/example'), resolve(here, '../../fixtures/example')]) {
    if (existsSync(resolve(candidate, 'plan.json'))) return candidate
  }
  return null
}
