// Terraform itself, offline (scripts/terraform-offline.mjs: provider mirror, dummy credentials, a local STS),
// for tests that check generated HCL the way a user's `terraform validate` and `plan` would.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const SCRIPT = path.join(import.meta.dirname, '..', '..', 'scripts', 'terraform-offline.mjs')

interface Offline {
  terraform: string
  mirror: string
  offlineTerraform(prefix: string): Promise<{ tmpRoot: string; env: NodeJS.ProcessEnv; close(): void }>
  runTerraform(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: Buffer; stderr: string }>
  copyConfiguration(src: string, dest: string): void
}

const offline = (await import(pathToFileURL(SCRIPT).href)) as Offline

/** Why Terraform cannot run here (to skip with), or undefined when it can. */
export function terraformMissing(): string | undefined {
  if (spawnSync(offline.terraform, ['version'], { stdio: 'ignore' }).error) return `'${offline.terraform}' is not on PATH`
  if (!existsSync(offline.mirror)) return `the provider mirror ${offline.mirror} does not exist`
  return undefined
}

export const copyConfiguration = offline.copyConfiguration

export interface PlanRun {
  /** Each step's exit code and output, in order, up to the first that failed. */
  steps: { args: string[]; code: number; output: string }[]
  /** `terraform show -json` of the plan, when every step passed. */
  planJson?: Buffer
}

/** fmt -check, init, validate, plan and show -json in `dir`, stopping at the first failure. */
export async function validateAndPlan(dir: string): Promise<PlanRun> {
  const session = await offline.offlineTerraform('elb-ir-fix-')
  const run: PlanRun = { steps: [] }
  try {
    const steps = [
      ['fmt', '-check', '-recursive', '-no-color'],
      ['init', '-input=false', '-no-color'],
      ['validate', '-no-color'],
      ['plan', '-refresh=false', '-input=false', '-no-color', '-lock=false', '-out=fix.tfplan'],
      ['show', '-json', '-no-color', 'fix.tfplan']
    ]
    for (const args of steps) {
      const result = await offline.runTerraform(args, dir, session.env)
      run.steps.push({ args, code: result.code, output: args[0] === 'show' ? '' : `${result.stdout.toString('utf8')}${result.stderr}` })
      if (result.code !== 0) return run
      if (args[0] === 'show') run.planJson = result.stdout
    }
    return run
  } finally {
    session.close()
  }
}
