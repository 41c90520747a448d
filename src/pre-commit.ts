import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { toPosix } from './util/inside.js'

/** The files pre-commit passes that belong to a Terraform configuration. */
const TERRAFORM_FILE = /\.(?:tf|tf\.json|tfvars|tfvars\.json)$/

export interface HookOptions {
  plan?: string[]
  'source-dir'?: string
}

export type HookDecision =
  | { kind: 'skip' }
  | { kind: 'usage'; message: string }
  /** Judge these folders' sources, without a plan. */
  | { kind: 'sources'; folders: string[] }
  | { kind: 'check'; plan: string[]; sourceDir: string | undefined; notes: string[] }

/**
 * `elb-ir-check pre-commit [check options] <file>...`, as pre-commit runs the hook: the staged files come
 * last, as arguments. Without `--plan`, the hook judges the sources of the folders holding changed
 * Terraform files, each through the folder above it that calls it as a local module, if any (or of
 * `--source-dir`, for one root module that calls modules elsewhere, `../../modules`). With
 * `--plan` (args in .pre-commit-config.yaml) it judges that plan, with its folder as the source folder,
 * and says when the plan is older than the changes.
 */
export function preCommitDecision(files: string[], options: HookOptions, cwd: string): HookDecision {
  const changed = files.filter((file) => TERRAFORM_FILE.test(file))
  if (files.length > 0 && changed.length === 0) return { kind: 'skip' }
  const plan = options.plan ?? []
  if (plan.length === 0) {
    if (options['source-dir'] !== undefined) return { kind: 'sources', folders: [options['source-dir']] }
    // A folder of variable files alone (`envs/prod.tfvars`) is no configuration to evaluate.
    const changedFolders = (changed.length > 0 ? changed : ['main.tf']).map((file) => toPosix(dirname(file))).filter((folder) => holdsConfiguration(resolve(cwd, folder)))
    const folders = [...new Set(changedFolders.map((folder) => rootOf(folder, cwd)))].sort()
    if (folders.length > 0) return { kind: 'sources', folders }
    if (changed.length > 0) return { kind: 'skip' }
    return { kind: 'usage', message: 'the pre-commit hook found no Terraform file to judge here: pass the changed files, or add `args: [--source-dir, <folder>]` to the hook in .pre-commit-config.yaml' }
  }
  const single = plan.length === 1 && !/[*?[\]{}]/.test(plan[0]) ? plan[0] : null
  const sourceDir = options['source-dir'] ?? (single ? dirname(single) : undefined)
  const notes: string[] = []
  const planTime = single ? statSync(resolve(cwd, single), { throwIfNoEntry: false })?.mtimeMs : undefined
  if (planTime !== undefined) {
    const newer = changed.filter((file) => (statSync(resolve(cwd, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) > planTime)
    if (newer.length > 0) notes.push(`${single} is older than ${newer[0]}${newer.length > 1 ? ` and ${newer.length - 1} more changed file(s)` : ''}: the findings are those of the last plan; run terraform plan and \`terraform show -json\` again to judge the changes`)
  }
  return { kind: 'check', plan, sourceDir, notes }
}

/**
 * The root module a changed folder belongs to: a folder that a folder above it calls as a local module
 * (`infra` calls `./modules/edge`) is judged through its caller, where its variables get their values.
 */
function rootOf(folder: string, cwd: string): string {
  let root = folder
  for (let above = parentOf(folder); above !== null; above = parentOf(above)) {
    if (callsLocalModule(resolve(cwd, above), resolve(cwd, root))) root = above
  }
  return root
}

function parentOf(folder: string): string | null {
  return folder === '.' ? null : toPosix(dirname(folder))
}

/** Whether a .tf file of `folder` has a module call whose source is the local folder `module`. */
function callsLocalModule(folder: string, module: string): boolean {
  return configurationFiles(folder).some((file) => {
    const text = readFileSync(join(folder, file), 'utf8')
    return [...text.matchAll(/"?source"?\s*[=:]\s*"(\.\.?\/[^"]*)"/g)].some((match) => resolve(folder, match[1]) === module)
  })
}

/** Whether the folder holds a Terraform configuration (a `.tf` or `.tf.json` file). */
function holdsConfiguration(folder: string): boolean {
  return configurationFiles(folder).length > 0
}

function configurationFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tf(?:\.json)?$/.test(entry.name))
      .map((entry) => entry.name)
  } catch {
    return []
  }
}
