import { existsSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { glob, isDynamicPattern } from 'tinyglobby'
import { RELEVANT_TYPES } from './model/relevant-types.js'
import { InputError } from './plan/errors.js'
import { loadPlanFile, type LoadedPlan } from './plan/load.js'

/** Expands `--plan` arguments: literal paths stay as given (so a missing file is reported), globs expand. */
export async function expandPlanArguments(patterns: string[], cwd: string): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = []
  const problems: string[] = []
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern)
      continue
    }
    const matches = await glob(pattern, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, absolute: isAbsolute(pattern) })
    if (matches.length === 0) problems.push(`${pattern}: no file matches this pattern. Check the path, or run \`terraform show -json <planfile> > plan.json\` first`)
    files.push(...matches.sort())
  }
  return { files: [...new Set(files)], problems }
}

/** Loads every plan; a bad one becomes a problem line and the others are still judged. */
export async function loadPlans(files: string[], cwd: string, concurrency = 4): Promise<{ plans: LoadedPlan[]; problems: string[] }> {
  const plans: (LoadedPlan | undefined)[] = new Array(files.length)
  const problems: string[] = new Array(files.length)
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const i = next++
      try {
        const loaded = await loadPlanFile(resolve(cwd, files[i]), { keep: RELEVANT_TYPES })
        plans[i] = { ...loaded, path: files[i].split('\\').join('/') }
      } catch (error) {
        problems[i] = error instanceof InputError ? `${files[i]}: ${error.problem}. ${error.remedy}` : `${files[i]}: could not be read (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'})`
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
  return { plans: plans.filter((p): p is LoadedPlan => p !== undefined), problems: problems.filter(Boolean) }
}

/** The bundled example: `fixtures/example` beside `dist/` (or `src/` when run from source). */
export function exampleDirectory(): string | null {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [resolve(here, '../fixtures/example'), resolve(here, '../../fixtures/example')]) {
    if (existsSync(resolve(candidate, 'plan.json'))) return candidate
  }
  return null
}
