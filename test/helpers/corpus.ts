import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PLAN_CORPUS } from './shared.js'

/** The shared corpus of real `terraform show -json` outputs (see its README); see shared.ts for where it sits. */
export const CORPUS = PLAN_CORPUS.path

export function corpusFile(relative: string): string {
  return path.join(CORPUS, relative)
}

/** Corpus plans whose reports the tests rely on (checked against the JSON report). */
export const PLANS = {
  /** One ALB in a module (access logs on, bucket outside the plan): only warning and notice findings. */
  warningsOnly: corpusFile('terraform-compliance-cli/test_issue-249/plan.out.json'),
  /** One classic ELB without access logs: an ELBIR001 error. */
  classicNoLogs: corpusFile('terraform-compliance-cli/test_issue-127/plan.out.json'),
  /** One classic ELB with access logs to a bucket outside the plan. */
  classicWithLogs: corpusFile('terraform-compliance-cli/test_issue-126/plan.out.json'),
  /** One network load balancer without access logs. */
  nlbNoLogs: corpusFile('terraform-compliance-cli/test_issue-171/plan.out.json'),
  /** The setup-terraform wrapper's stdout captured as a "plan". */
  wrapperOutput: corpusFile('infracost-infracost/cmd/infracost/testdata/plan_with_terraform_wrapper.json'),
  /** A plan written by PowerShell: UTF-16LE with a byte-order mark. */
  utf16: corpusFile('bridgecrewio-checkov/tests/terraform/parser/resources/plan_encodings/tfplan_win_utf16.json')
} as const

export interface CorpusEntry {
  file: string
  kind: string
  encoding: string
  format_version: string | null
  terraform_version: string | null
}

/** The corpus index: every JSON file with its kind (plan, state, state (empty), INVALID JSON). */
export function corpusIndex(): CorpusEntry[] {
  return JSON.parse(readFileSync(path.join(CORPUS, 'index.json'), 'utf8')) as CorpusEntry[]
}
