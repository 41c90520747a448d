import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const TERRAFORM = process.env.TERRAFORM || 'terraform'

/** Whether Terraform runs on this machine. */
export const terraformPresent = spawnSync(TERRAFORM, ['version'], { encoding: 'utf8' }).status === 0

/** True when Terraform is missing, so that `describe.skipIf(lacksTerraform(...))` skips `suite`; then prints the one line that says why. */
export function lacksTerraform(suite: string): boolean {
  if (terraformPresent) return false
  process.stdout.write(`${suite}: skipped, Terraform is not installed (set TERRAFORM to its path)\n`)
  return true
}

/** What `terraform fmt` makes of an HCL text. */
export function terraformFmt(text: string): string {
  const run = spawnSync(TERRAFORM, ['fmt', '-no-color', '-'], { input: text, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`terraform fmt failed: ${run.stderr}`)
  return run.stdout
}

/** Formats every .tf file under `dir` in place (one run of `terraform fmt -recursive`). */
export function terraformFmtInPlace(dir: string): void {
  const run = spawnSync(TERRAFORM, ['fmt', '-no-color', '-recursive', dir], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`terraform fmt failed: ${run.stderr}`)
}

/** The .tf files under `dir` that `terraform fmt` would change (relative to dir). */
export function filesTerraformFmtWouldChange(dir: string): string[] {
  const run = spawnSync(TERRAFORM, ['fmt', '-no-color', '-recursive', '-write=false', '-list=true', '.'], { cwd: dir, encoding: 'utf8' })
  if (run.status !== 0 && run.status !== 3) throw new Error(`terraform fmt failed: ${run.stderr}`)
  return run.stdout.split('\n').filter((line) => line !== '')
}

const MIRROR = process.env.TF_PROVIDER_MIRROR || '/opt/tf-plugins'

/** True when Terraform or the provider mirror (scripts/terraform-offline.mjs) is missing; then prints the one line that says why. */
export function lacksOfflineTerraform(suite: string): boolean {
  if (lacksTerraform(suite)) return true
  if (existsSync(MIRROR)) return false
  process.stdout.write(`${suite}: skipped, the provider mirror ${MIRROR} is missing (set TF_PROVIDER_MIRROR)\n`)
  return true
}
