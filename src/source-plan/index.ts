// Sources without a plan: a folder of .tf files judged as Terraform would evaluate them. The loader
// gives the same plan-shaped document `terraform show -json` gives (src/plan/types.ts), so the model,
// the rules and the reporters read it unchanged: `kind: 'source'`, no prior world, `actions` empty.
//
// Load this module only when sources are judged without a plan: it brings in the tree-sitter runtime.

import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Tree } from 'web-tree-sitter'
import { InputError } from '../errors.js'
import type { LoadedPlan } from '../plan/load.js'
import { hclParser } from '../source/parser.js'
import { Loader } from './loader.js'
import { ModuleInstance } from './module-instance.js'
import { buildPlanDocument } from './plan-document.js'
import { readRootInputs } from './root-inputs.js'

export interface SourcePlanOptions {
  /** `--var-file` files, relative to the source folder or absolute, in the order given. */
  varFiles?: string[]
  /** `--var` values, `name=value`, in the order given. */
  vars?: string[]
  /** The environment (`TF_VAR_*`); none when absent. */
  env?: Record<string, string | undefined>
  /** Files and modules are read only inside this folder (default: the source folder). */
  boundary?: string
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
  const trees: Tree[] = []
  try {
    const inputs = readRootInputs(root, options, parser, trees)
    const loader = new Loader({ parser, root, boundary, trees }, inputs)
    const rootSource = loader.module(root, 'the root module')
    if (!rootSource) {
      const [first] = loader.problems
      throw new InputError(sourceDir, `cannot be judged: ${first ?? 'the root module cannot be read'}`, 'Fix the files of the root module')
    }
    for (const name of loader.undeclaredInputs(rootSource)) loader.warn(`a value is given for var.${name}, which the root module does not declare`)
    const rootModule = new ModuleInstance(loader, rootSource, [], undefined, undefined)
    const json = buildPlanDocument(loader, rootModule)
    return {
      path: sourceDir,
      json,
      formatVersion: json.format_version,
      terraformVersion: null,
      warnings: loader.warnings.map((w) => `${sourceDir}: ${w}`),
      problems: loader.problems.map((p) => `${sourceDir}: ${p}`),
      kind: 'source'
    }
  } finally {
    for (const tree of trees) tree.delete()
  }
}
