// Sources without a plan: a folder of .tf files judged as Terraform would evaluate them. The loader
// gives the same plan-shaped document `terraform show -json` gives (src/plan/types.ts), so the model,
// the rules and the reporters read it unchanged: `kind: 'source'`, no prior world, `actions` empty.
//
// Load this module only when sources are judged without a plan: it brings in the tree-sitter runtime.

import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import type { LoadedPlan } from '../plan/load.js'
import { hclParser } from '../source/parser.js'
import { Loader } from './loader.js'
import { ModuleInstance } from './module-instance.js'
import { readModule } from './module-source.js'
import { buildPlanDocument } from './plan-document.js'
import { readRootInputs, type VariableArgument } from './root-inputs.js'

export type { VariableArgument }

export interface SourcePlanOptions {
  /**
   * `--var-file` files (relative to the source folder or absolute) and `--var` values (`name=value`),
   * mixed in the order given: after the automatic files and TF_VAR_*, a later one wins.
   */
  variables?: VariableArgument[]
  /** The environment (`TF_VAR_*`); none when absent. */
  env?: Record<string, string | undefined>
  /** Files and modules are read only inside this folder (default: the source folder). */
  boundary?: string
  /**
   * Keep only the configuration of resources of these types, the others as stubs, as the plan loader
   * does with its `keep` (the runner passes RELEVANT_TYPES); everything when absent.
   */
  keep?: ReadonlySet<string>
}

/** A path relative to the source folder, as the user can open it. */
function inFolder(sourceDir: string, relative: string): string {
  return `${sourceDir.replace(/[\\/]+$/, '')}/${relative}`
}

function realFolder(folder: string, what: string): string {
  let real: string
  try {
    real = realpathSync(path.resolve(folder))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(folder, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`, `Give the folder with the Terraform files as ${what}`)
  }
  if (!statSync(real).isDirectory()) throw new InputError(folder, 'is not a directory', `Give the folder with the Terraform files as ${what}`)
  return real
}

/**
 * Evaluates the Terraform sources in `sourceDir` into a plan. Throws InputError when the sources cannot
 * be judged at all (no such folder, a variables file that does not parse, a root module with a syntax
 * error); a problem confined to one part (a module, a resource) is a line in `problems` and the rest is judged.
 */
export async function loadSourcePlan(sourceDir: string, options: SourcePlanOptions = {}): Promise<LoadedPlan> {
  const root = realFolder(sourceDir, '--source-dir')
  let boundary = options.boundary !== undefined ? realFolder(options.boundary, 'the boundary') : root
  if (root !== boundary && !root.startsWith(boundary + path.sep)) boundary = root
  const parser = await hclParser()
  const inputs = readRootInputs(root, options, parser)
  const loader = new Loader({ parser, root, boundary }, inputs)
  let rootSource
  try {
    rootSource = readModule(root, loader.context)
  } catch (error) {
    // Nothing can be judged without the root module: its problem is the run's.
    if (error instanceof InputError) throw new InputError(inFolder(sourceDir, error.file), error.problem, error.remedy)
    throw error
  }
  for (const warning of rootSource.warnings) loader.warn(warning)
  loader.validate(rootSource)
  for (const name of loader.undeclaredInputs(rootSource)) loader.warn(`a value is given for var.${name}, which the root module does not declare`)
  const rootModule = new ModuleInstance(loader, rootSource, [], undefined, undefined)
  const json = buildPlanDocument(loader, rootModule, options.keep)
  return {
    path: sourceDir,
    json,
    formatVersion: json.format_version,
    terraformVersion: null,
    warnings: loader.warnings.map((w) => `${sourceDir}: ${w}`),
    // Each problem starts with the file (relative to the source folder) and line it is at.
    problems: loader.problems.map((p) => inFolder(sourceDir, p)),
    kind: 'source'
  }
}
