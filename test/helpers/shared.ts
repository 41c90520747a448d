import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The project's shared folder sits beside the checkout (`../shared`) and brings the external corpora: real
 * `terraform show -json` outputs and other scanners' test plans. A user's clone has no such folder, so the
 * suites that read it skip there, each saying so in one line. Every test finds these folders here.
 */
const SHARED = path.resolve(import.meta.dirname, '..', '..', '..', 'shared')

export interface SharedFolder {
  /** Absolute path of the folder. */
  path: string
  /** Why a suite skips when the folder is missing. */
  missing: string
  present: boolean
}

function sharedFolder(relative: string, marker: string, override?: string): SharedFolder {
  const folder = override ?? path.join(SHARED, relative)
  const missing = override === undefined ? `../shared/${relative} is not beside this clone (it comes with the project's shared folder)` : `${override} (ELB_IR_PLAN_CORPUS) does not exist`
  return { path: folder, missing, present: existsSync(path.join(folder, marker)) }
}

/** Real `terraform show -json` outputs from public projects; ELB_IR_PLAN_CORPUS points elsewhere when wanted. */
export const PLAN_CORPUS = sharedFolder('fixtures/plan-corpus', 'index.json', process.env.ELB_IR_PLAN_CORPUS)

/** Other scanners' own test inputs for the access-logging rule, planned by Terraform. */
export const PEER_PLANS = sharedFolder('external-suites/peer-plans', '')

/** Public modules (terraform-aws-modules, cloudposse and others) planned from their own examples. */
export const REAL_MODULES = sharedFolder('external-suites/real-modules', '')

/**
 * True when `folder` is missing, so that `describe.skipIf(lacks(...))` skips `suite`; then prints the one
 * line that says why. Call it once per suite.
 */
export function lacks(folder: SharedFolder, suite: string): boolean {
  if (folder.present) return false
  process.stdout.write(`${suite}: skipped, ${folder.missing}\n`)
  return true
}
