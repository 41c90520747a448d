import { readdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
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
 * Terraform files (or of `--source-dir`, for one root module that calls modules elsewhere). With
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
    const folders = [...new Set((changed.length > 0 ? changed : ['main.tf']).map((file) => toPosix(dirname(file))))].filter((folder) => holdsConfiguration(resolve(cwd, folder))).sort()
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

/** Whether the folder holds a Terraform configuration (a `.tf` or `.tf.json` file). */
function holdsConfiguration(folder: string): boolean {
  try {
    return readdirSync(folder, { withFileTypes: true }).some((entry) => entry.isFile() && /\.tf(?:\.json)?$/.test(entry.name))
  } catch {
    return false
  }
}
