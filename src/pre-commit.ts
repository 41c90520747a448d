import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** The files pre-commit passes that belong to a Terraform configuration. */
const TERRAFORM_FILE = /\.(?:tf|tf\.json|tfvars|tfvars\.json)$/

export interface HookOptions {
  plan?: string[]
  'source-dir'?: string
}

export type HookDecision =
  | { kind: 'skip' }
  | { kind: 'usage'; message: string }
  | { kind: 'check'; plan: string[]; sourceDir: string | undefined; notes: string[] }

/**
 * `elb-ir-check pre-commit [check options] <file>...`, as pre-commit runs the hook: the staged files come
 * last, as arguments. The folders holding changed Terraform files are what the hook judges; until the
 * checker can judge sources without a plan, the hook judges the plan given with `--plan` (args in
 * .pre-commit-config.yaml), with its folder as the source folder, and says when that plan is older than
 * the changes.
 */
export function preCommitDecision(files: string[], options: HookOptions, cwd: string): HookDecision {
  const changed = files.filter((file) => TERRAFORM_FILE.test(file))
  if (files.length > 0 && changed.length === 0) return { kind: 'skip' }
  const plan = options.plan ?? []
  if (plan.length === 0) {
    return { kind: 'usage', message: 'the pre-commit hook needs the plan to judge: add `args: [--plan, plan.json]` to the hook in .pre-commit-config.yaml (the output of `terraform show -json <planfile>`)' }
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
