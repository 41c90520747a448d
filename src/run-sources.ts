// Terraform sources judged without a plan: each source folder is evaluated into a plan of its own (see
// source-plan/) and checked as a plan is, with its locations from the same source index. A folder whose
// sources are wrong becomes a problem line; the other folders are still judged.

import path from 'node:path'
import { checkPlans } from './check.js'
import type { Settings } from './config/settings.js'
import { InputError } from './errors.js'
import { RELEVANT_TYPES } from './model/relevant-types.js'
import { repositoryPathOf, repositoryRootOf } from './plan/identity.js'
import { mergeReports } from './report/merge.js'
import type { Report } from './report/types.js'
import type { VariableArgument } from './source-plan/index.js'
import { relativeBelow, toPosix } from './util/inside.js'

export type { VariableArgument }

export interface SourceRunOptions {
  cwd: string
  settings: Settings
  /** `--var-file` (relative to cwd) and `--var` (`name=value`) arguments, in the order given. */
  variables?: VariableArgument[]
  /** The environment, for `TF_VAR_*`. */
  env: Record<string, string | undefined>
  /**
   * Files and local modules are read only inside this folder: the repository root, so that the
   * `../../modules` of an `envs/prod` layout are followed. Default: the repository holding each folder,
   * else the folder itself.
   */
  boundary?: string
  /** Name files from cwd (`infra/main.tf`) rather than from each folder (`main.tf`): for one report of several folders. */
  namedFromCwd?: boolean
}

/** Evaluates and checks every source folder (as given, relative to cwd) into one report. */
export async function runSources(folders: string[], options: SourceRunOptions): Promise<{ report: Report; problems: string[] }> {
  // Loaded on demand: the evaluator and the HCL parser are not needed (nor loaded) to read plans.
  const { loadSourcePlan } = await import('./source-plan/index.js')
  const reports: { report: Report }[] = []
  const problems: string[] = []
  // Var files are relative to cwd here, to the source folder in the loader: it gets them absolute.
  const given = options.variables ?? []
  const variables = given.map((v) => (v.kind === 'file' ? { kind: v.kind, value: path.resolve(options.cwd, v.value) } : v))
  const varFiles = given.flatMap((v, i) => (v.kind === 'file' ? [{ given: v.value, absolute: variables[i].value }] : []))
  for (const folder of folders) {
    const dir = path.resolve(options.cwd, folder)
    const name = toPosix(path.normalize(folder)).replace(/(.)\/$/, '$1')
    const boundary = options.boundary ?? repositoryRootOf(dir) ?? undefined
    // The loader names the folder and var files as it was given them (absolute), the user as written.
    const shown = (line: string) => {
      for (const [absolute, given] of [[dir, name], ...varFiles.map((f) => [f.absolute, f.given])]) if (line.startsWith(absolute)) return `${given}${line.slice(absolute.length)}`
      return line
    }
    try {
      const loaded = await loadSourcePlan(dir, { variables, env: options.env, boundary, keep: RELEVANT_TYPES })
      const plan = { ...loaded, kind: 'source' as const, path: name, repositoryPath: repositoryPathOf(folder, { cwd: options.cwd, repositoryRoot: options.boundary }), warnings: loaded.warnings.map(shown) }
      // A part that could not be evaluated (a module, a resource) is a problem; the rest is judged.
      problems.push(...(loaded.problems ?? []).map(shown))
      const report = await checkPlans([plan], { settings: options.settings, sourceDir: dir, sourceRoot: boundary })
      reports.push({ report: options.namedFromCwd ? namedFrom(report, relativeBelow(options.cwd, dir)) : report })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(shown(error.message))
    }
  }
  return { report: mergeReports(reports, problems), problems }
}

/** The report with its files named from a parent folder: `main.tf` of `infra` as `infra/main.tf`. */
function namedFrom(report: Report, folder: string | null): Report {
  if (folder === null) return report
  return { ...report, results: report.results.map((r) => (r.location ? { ...r, location: { ...r.location, file: path.posix.join(folder, r.location.file) } } : r)) }
}
