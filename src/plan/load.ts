import { createHash, type Hash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { decodePlanBytes, parseJsonText } from './decode.js'
import { InputError, specialFileKind } from '../errors.js'
import { MAX_MODULE_DEPTH, modulesTooDeep, SHOW_JSON_REMEDY } from './limits.js'
import { prunePlan } from './prune.js'
import { rawStateAsPlan, isRawState, stateJsonAsPlan } from './state.js'
import { readPlanStreaming } from './stream.js'
import { validatePlan } from '../generated/validators.js'
import type { PlanJson } from './types.js'

export interface LoadedPlan {
  /** The path as the user gave it (reports name plans by it). */
  path: string
  json: PlanJson
  formatVersion: string
  terraformVersion: string | null
  /** `sha256:<hex>` of the file's bytes: tells two plans apart that are named alike. */
  digest?: string
  /** The path relative to the repository (see plan/identity.ts); set by the runner. */
  repositoryPath?: string
  /** Non-fatal remarks about the input, one line each. */
  warnings: string[]
  /**
   * Problems that left part of the input unjudged (a source module that does not parse, a cycle between
   * locals), one line each naming the file: the run ends with exit code 2, and what loaded is still judged.
   */
  problems?: string[]
  /**
   * `plan` (a change to judge) or `state` (judged as it stands: no prior world, so every finding of a
   * state is existing debt), or `source` (Terraform sources evaluated without a plan: nothing applied, so
   * every finding is new). Travels to the report as `plans[].kind`; absent means `plan`.
   */
  kind?: InputKind
}

export type InputKind = 'plan' | 'state' | 'source'

const PLAN_KEYS = ['planned_values', 'resource_changes', 'configuration', 'prior_state', 'output_changes', 'variables']

function validatePlanShape(value: unknown): string | null {
  if (validatePlan(value)) return null
  const error = validatePlan.errors?.[0]
  return error ? `${error.instancePath || '/'} ${error.message ?? 'is not valid'}` : 'does not have the shape of a plan'
}

export interface LoadOptions {
  /** Keep only resources of these types (see prunePlan); everything when absent. */
  keep?: ReadonlySet<string>
  /** Read files larger than this many bytes by streaming (needs `keep`). Default 32 MiB, or ELB_IR_STREAM_ABOVE. */
  streamAbove?: number
  onProgress?: (bytesRead: number, totalBytes: number) => void
}

const DEFAULT_STREAM_ABOVE = 32 * 1024 * 1024

export async function loadPlanFile(path: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError(path, 'is a directory', 'Pass the plan JSON file inside it, or a glob such as `plans/**/*.json`')
    const special = specialFileKind(info)
    if (special) throw new InputError(path, `is ${special}, not a regular file`, `Write the plan to a file first (\`terraform show -json tfplan > plan.json\`) and pass that file`)
    const fromEnv = process.env.ELB_IR_STREAM_ABOVE
    const streamAbove = options.streamAbove ?? (fromEnv !== undefined && fromEnv !== '' && Number.isFinite(Number(fromEnv)) ? Number(fromEnv) : DEFAULT_STREAM_ABOVE)
    if (options.keep && info.size > streamAbove) {
      if (info.size === 0) throw new InputError(path, 'is empty', `${SHOW_JSON_REMEDY} > plan.json and check the command succeeded`)
      const hash = createHash('sha256')
      const doc = readPlanStreaming(path, { keep: options.keep, onProgress: options.onProgress && ((read) => options.onProgress!(read, info.size)), onBytes: (chunk) => hash.update(chunk) })
      return { ...classifyPlan(doc, path, options), digest: digestOf(hash) }
    }
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(path, 'does not exist', 'Check the path, or run `terraform show -json <planfile> > plan.json` first')
    if (code === 'EACCES') throw new InputError(path, 'cannot be read (permission denied)', 'Make the file readable')
    // Only the file system's errors are the input's; anything else is a bug, to be reported, not disguised.
    if (typeof code !== 'string') throw error
    throw new InputError(path, `cannot be read (${code})`, 'Check the path')
  }
  return parsePlanBytes(bytes, path, options)
}

export function parsePlanBytes(bytes: Uint8Array, path: string, options: LoadOptions = {}): LoadedPlan {
  const text = decodePlanBytes(bytes, path)
  return { ...classifyPlan(parseJsonText(text, path), path, options), digest: digestOf(createHash('sha256').update(bytes)) }
}

function digestOf(hash: Hash): string {
  return `sha256:${hash.digest('hex')}`
}

/** Decides whether a parsed JSON value is a plan we can judge, and refuses everything else clearly. */
export function classifyPlan(value: unknown, path: string, options: LoadOptions = {}): LoadedPlan {
  if (Array.isArray(value) && value.some((item) => item && typeof item === 'object' && 'format_version' in item)) {
    throw new InputError(path, 'holds a list of plans (as `jq -s` writes), not one plan', 'Pass each plan file on its own: --plan can be repeated or given a glob')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(path, 'is JSON but not a Terraform plan (not an object)', SHOW_JSON_REMEDY)
  }
  const doc = value as Record<string, unknown>
  if ('remote_plan_format' in doc) {
    throw new InputError(path, 'is an HCP Terraform saved-plan bookmark, not a plan', 'Run `terraform show -json <planfile>` where the plan can be read, or download the JSON plan of the run')
  }
  if ('plan_format_version' in doc) {
    throw new InputError(path, 'is HCP Terraform redacted JSON (json-output-redacted), which has no values to judge', 'Download the unredacted JSON plan (json-output) of the run, or run `terraform show -json <planfile>`')
  }
  if ('encrypted_data' in doc && 'encryption_version' in doc) {
    throw new InputError(path, 'is an encrypted OpenTofu plan or state', 'Run `tofu show -json <planfile>` with the encryption configuration')
  }
  const warnings: string[] = []
  let kind: InputKind = 'plan'
  let judged: Record<string, unknown> = doc
  if (isRawState(doc)) {
    kind = 'state'
    judged = rawStateAsPlan(doc, path, warnings) as unknown as Record<string, unknown>
  } else if (typeof doc.format_version !== 'string') {
    throw new InputError(path, 'is JSON but neither a Terraform plan nor a state (no format_version)', `${SHOW_JSON_REMEDY}, or of \`terraform show -json\` / \`terraform state pull\` for a state`)
  }
  if (kind === 'plan') {
    const formatVersion = doc.format_version as string
    const major = formatVersion.split('.')[0]
    if (major !== '0' && major !== '1') {
      throw new InputError(path, `has plan format version ${safeVersion(formatVersion)}, which this version of elb-ir-check does not read`, 'Upgrade elb-ir-check, or produce the plan with a Terraform version that writes format 0.x or 1.x')
    }
    // State JSON (`terraform show -json` without a plan file): `values`, or nothing but the versions when empty.
    if (!PLAN_KEYS.some((key) => key in doc) || 'values' in doc) {
      kind = 'state'
      judged = stateJsonAsPlan(doc)
    }
  }
  if (moduleDepth(judged) > MAX_MODULE_DEPTH) throw modulesTooDeep(path)
  const shapeError = validatePlanShape(judged)
  if (shapeError) {
    const what = kind === 'state' ? 'a Terraform state' : 'a Terraform plan'
    const remedy = kind === 'state' ? 'Pass the output of `terraform show -json` or `terraform state pull` as Terraform wrote it' : `${SHOW_JSON_REMEDY}; hand-edited plans must keep Terraform's structure`
    throw new InputError(path, `does not have the shape of ${what}: ${shapeError}`, remedy)
  }
  const json = options.keep ? prunePlan(judged as unknown as PlanJson, options.keep) : (judged as unknown as PlanJson)
  if (json.errored === true) warnings.push(`${path}: Terraform reported errors while planning; the plan is partial and only what it holds was judged`)
  return {
    path,
    json,
    // A raw state has no format_version: its own `version` (4) says what was read.
    formatVersion: isRawState(doc) ? String(doc.version) : json.format_version,
    terraformVersion: typeof json.terraform_version === 'string' ? safeVersion(json.terraform_version) : null,
    warnings,
    kind
  }
}

/** How deep modules nest (configuration and values), found without recursion: the plan is not validated yet. */
function moduleDepth(doc: Record<string, unknown>): number {
  const member = (value: unknown, key: string): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
  const stack = [member(member(doc, 'configuration'), 'root_module'), member(member(doc, 'planned_values'), 'root_module'), member(member(member(doc, 'prior_state'), 'values'), 'root_module')].map((node) => ({ node, depth: 0 }))
  let deepest = 0
  while (stack.length > 0 && deepest <= MAX_MODULE_DEPTH) {
    const { node, depth } = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    deepest = Math.max(deepest, depth)
    const calls = member(node, 'module_calls')
    if (calls !== null && typeof calls === 'object' && !Array.isArray(calls)) for (const call of Object.values(calls)) stack.push({ node: member(call, 'module'), depth: depth + 1 })
    const children = member(node, 'child_modules')
    if (Array.isArray(children)) for (const child of children as unknown[]) stack.push({ node: child, depth: depth + 1 })
  }
  return deepest
}

/** Versions are printed back to the user: keep them to version characters. */
function safeVersion(version: string): string {
  return version.replace(/[^0-9A-Za-z.+-]/g, '').slice(0, 40)
}
