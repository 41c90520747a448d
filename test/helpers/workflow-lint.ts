/**
 * Small checks over GitHub Actions workflow files and action metadata, in the spirit of actionlint:
 * each function returns a list of problems (empty when the file is fine), named by a path such as
 * `jobs.check.steps[2].with`. They work on the parsed YAML and know only what the checks below need.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export interface LoadedYaml {
  file: string
  /** Parse errors and warnings (duplicate keys included), with line numbers. */
  problems: string[]
  value: Json
}

/** Parses YAML strictly: duplicate keys are errors, and so is anything the parser warns about. */
export function loadYaml(path: string, file = path): LoadedYaml {
  const text = readFileSync(path, 'utf8')
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, lineCounter })
  const problems = [...doc.errors, ...doc.warnings].map((e) => `${file}: ${e.code}: ${e.message.split('\n')[0]}`)
  let value: Json = null
  if (doc.errors.length === 0) value = doc.toJS({ maxAliasCount: 100 }) as Json
  return { file, problems, value }
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asObject(value: Json | undefined): JsonObject {
  return isObject(value) ? value : {}
}

// ---------------------------------------------------------------------------------------------
// Constants (GitHub Docs: "Workflow syntax for GitHub Actions", "Events that trigger workflows")

export const KNOWN_EVENTS = new Set([
  'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status',
  'discussion', 'discussion_comment', 'fork', 'gollum', 'image_version', 'issue_comment', 'issues', 'label',
  'merge_group', 'milestone', 'page_build', 'public', 'pull_request', 'pull_request_review',
  'pull_request_review_comment', 'pull_request_target', 'push', 'registry_package', 'release',
  'repository_dispatch', 'schedule', 'status', 'watch', 'workflow_call', 'workflow_dispatch', 'workflow_run'
])

export const PERMISSION_SCOPES = new Set([
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'id-token', 'issues', 'discussions', 'packages',
  'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses', 'models'
])

const PERMISSION_LEVELS = new Set(['read', 'write', 'none'])

const WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'])
const JOB_KEYS = new Set([
  'name', 'permissions', 'needs', 'if', 'runs-on', 'environment', 'concurrency', 'outputs', 'env', 'defaults',
  'steps', 'timeout-minutes', 'strategy', 'continue-on-error', 'container', 'services', 'uses', 'with', 'secrets',
  'snapshot'
])
const STEP_KEYS = new Set([
  'id', 'name', 'if', 'uses', 'run', 'with', 'env', 'shell', 'working-directory', 'continue-on-error', 'timeout-minutes'
])
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** github.event fields that are numbers, safe to interpolate into a script. */
const NUMERIC_EVENT_FIELDS = new Set(['number', 'id', 'run_number', 'run_attempt'])

// ---------------------------------------------------------------------------------------------
// Walking the document

export interface Job {
  id: string
  value: JsonObject
}

export interface Step {
  job: string
  index: number
  path: string
  value: JsonObject
}

export function jobs(workflow: Json): Job[] {
  return Object.entries(asObject(asObject(workflow).jobs)).map(([id, value]) => ({ id, value: asObject(value) }))
}

export function steps(job: Job): Step[] {
  const list = job.value.steps
  if (!Array.isArray(list)) return []
  return list.map((value, index) => ({ job: job.id, index, path: `jobs.${job.id}.steps[${index}]`, value: asObject(value) }))
}

/** Every string in a value, with its path. */
export function* strings(value: Json | undefined, path: string): Generator<{ path: string; text: string }> {
  if (typeof value === 'string') yield { path, text: value }
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`)
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) yield* strings(item, `${path}.${key}`)
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** The bodies of the `${{ }}` expressions in a string, and what is malformed about them. */
export function expressions(text: string): { bodies: string[]; problems: string[] } {
  const bodies: string[] = []
  const problems: string[] = []
  let i = text.indexOf('${{')
  while (i !== -1) {
    let j = i + 3
    let inLiteral = false
    let closed = -1
    while (j < text.length) {
      const char = text[j]
      if (inLiteral) {
        if (char === "'" && text[j + 1] === "'") j++
        else if (char === "'") inLiteral = false
      } else if (char === "'") inLiteral = true
      else if (text.startsWith('${{', j)) break
      else if (text.startsWith('}}', j)) {
        closed = j
        break
      }
      j++
    }
    if (closed === -1) {
      problems.push(`\`\${{\` at offset ${i} is not closed by \`}}\`${text.startsWith('${{', j) ? ' before the next `${{`' : ''}`)
      i = text.indexOf('${{', j)
      continue
    }
    const body = text.slice(i + 3, closed)
    if (body.trim() === '') problems.push(`empty expression at offset ${i}`)
    else bodies.push(body)
    i = text.indexOf('${{', closed + 2)
  }
  return { bodies, problems }
}

/** An expression with its string literals blanked, so that references are not found inside quotes. */
function withoutLiterals(body: string): string {
  return body.replace(/'(?:[^']|'')*'/g, "''")
}

/** Expressions in a field: `${{ }}` bodies, or the whole string for `if:` written without them. */
function fieldExpressions(text: string, bareIsExpression: boolean): string[] {
  if (bareIsExpression && !text.includes('${{')) return [text]
  return expressions(text).bodies
}

export interface Reference {
  context: 'steps' | 'needs' | 'matrix'
  name: string
  /** For steps: `outputs.<name>`, `outcome` or `conclusion`; for needs: `outputs.<name>` or `result`. */
  member?: string
}

export function references(expression: string): Reference[] {
  const found: Reference[] = []
  const text = withoutLiterals(expression)
  for (const m of text.matchAll(/(?<![\w.-])(steps|needs)\.([A-Za-z_][\w-]*)(?:\.(outputs\.[A-Za-z_][\w-]*|outcome|conclusion|result))?/g)) {
    found.push({ context: m[1] as 'steps' | 'needs', name: m[2], member: m[3] })
  }
  for (const m of text.matchAll(/(?<![\w.-])matrix\.([A-Za-z_][\w-]*)/g)) found.push({ context: 'matrix', name: m[1] })
  return found
}

/** Untrusted values interpolated by an expression (actionlint's "script injection" check). */
export function untrustedInputs(expression: string): string[] {
  const text = withoutLiterals(expression)
  const found: string[] = []
  for (const m of text.matchAll(/(?<![\w.-])github\.event(?![\w-])((?:\.[A-Za-z_*][\w-]*|\[[^\]]*\])*)/g)) {
    const last = /\.([\w-]+)$/.exec(m[1])?.[1]
    if (last === undefined || !NUMERIC_EVENT_FIELDS.has(last)) found.push(`github.event${m[1]}`)
  }
  for (const m of text.matchAll(/(?<![\w.-])github\.head_ref(?![\w-])/g)) found.push(m[0])
  return found
}

// ---------------------------------------------------------------------------------------------
// Checks on workflows

/** Every `${{` is closed and no expression is empty, anywhere in the document. */
export function expressionSyntaxProblems(value: Json): string[] {
  const problems: string[] = []
  for (const { path, text } of strings(value, '$')) for (const p of expressions(text).problems) problems.push(`${path}: ${p}`)
  return problems
}

/** Top-level keys are known and `on` names known events. */
export function triggerProblems(workflow: Json): string[] {
  if (!isObject(workflow)) return ['the document is not a mapping']
  const problems: string[] = []
  for (const key of Object.keys(workflow)) if (!WORKFLOW_KEYS.has(key)) problems.push(`unknown top-level key "${key}"`)
  const on = workflow.on
  let events: string[] = []
  if (typeof on === 'string') events = [on]
  else if (Array.isArray(on)) events = on.map(String)
  else if (isObject(on)) events = Object.keys(on)
  else problems.push('`on` is missing')
  if (on !== undefined && events.length === 0) problems.push('`on` names no event')
  for (const event of events) if (!KNOWN_EVENTS.has(event)) problems.push(`on: unknown event "${event}"`)
  if (isObject(on)) {
    for (const [event, filters] of Object.entries(on)) {
      for (const key of Object.keys(asObject(filters))) {
        const opposite = key.endsWith('-ignore') ? key.slice(0, -'-ignore'.length) : `${key}-ignore`
        if (key < opposite && asObject(filters)[opposite] !== undefined) problems.push(`on.${event}: both ${key} and ${opposite}`)
      }
    }
    const run = asObject(on.workflow_run)
    if (on.workflow_run !== undefined && !Array.isArray(run.workflows)) problems.push('on.workflow_run: `workflows` must list the workflows it follows')
  }
  if (!isObject(workflow.jobs) || Object.keys(workflow.jobs).length === 0) problems.push('`jobs` is missing or empty')
  return problems
}

/** Jobs have valid ids and known keys, and either `runs-on` with steps or `uses` (a reusable workflow). */
export function jobShapeProblems(workflow: Json): string[] {
  const problems: string[] = []
  for (const job of jobs(workflow)) {
    const where = `jobs.${job.id}`
    if (!ID.test(job.id)) problems.push(`${where}: invalid job id`)
    for (const key of Object.keys(job.value)) if (!JOB_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`)
    if (job.value.uses !== undefined) {
      if (job.value['runs-on'] !== undefined || job.value.steps !== undefined) problems.push(`${where}: a job that calls a reusable workflow has no runs-on or steps`)
      continue
    }
    if (job.value['runs-on'] === undefined || job.value['runs-on'] === '') problems.push(`${where}: no runs-on`)
    if (!Array.isArray(job.value.steps) || job.value.steps.length === 0) problems.push(`${where}: no steps`)
  }
  return problems
}

/** Each step has exactly one of `uses`/`run`, known keys only, and a unique valid id. */
export function stepShapeProblems(workflow: Json): string[] {
  const problems: string[] = []
  for (const job of jobs(workflow)) {
    const ids = new Set<string>()
    for (const step of steps(job)) {
      const v = step.value
      const kinds = ['uses', 'run'].filter((k) => v[k] !== undefined)
      if (kinds.length !== 1) problems.push(`${step.path}: has ${kinds.length === 0 ? 'neither uses nor run' : 'both uses and run'}`)
      for (const key of Object.keys(v)) if (!STEP_KEYS.has(key)) problems.push(`${step.path}: unknown key "${key}"`)
      if (v.run !== undefined && v.with !== undefined) problems.push(`${step.path}: \`with\` on a run step`)
      if (v.uses !== undefined && (v.shell !== undefined || v['working-directory'] !== undefined)) {
        problems.push(`${step.path}: \`shell\`/\`working-directory\` on a uses step`)
      }
      if (v.run !== undefined && typeof v.run !== 'string') problems.push(`${step.path}: run is not a string`)
      if (v.id !== undefined) {
        const id = String(v.id)
        if (!ID.test(id)) problems.push(`${step.path}: invalid step id "${id}"`)
        if (ids.has(id)) problems.push(`${step.path}: duplicate step id "${id}"`)
        ids.add(id)
      }
    }
  }
  return problems
}

/**
 * `uses:` is `./…` (a local action that exists under root), `docker://image:tag|@sha256:…`, or
 * `owner/repo[/path]@ref` with ref a version tag (v1, v1.2, v1.2.3) or a full commit sha.
 */
export function usesPinProblems(workflow: Json, root: string): string[] {
  const problems: string[] = []
  const check = (uses: Json | undefined, where: string) => {
    if (uses === undefined) return
    if (typeof uses !== 'string') return problems.push(`${where}: uses is not a string`)
    if (uses.startsWith('./')) {
      const dir = join(root, uses)
      const isWorkflow = /\.ya?ml$/.test(uses)
      if (isWorkflow ? !existsSync(dir) : !existsSync(join(dir, 'action.yml')) && !existsSync(join(dir, 'action.yaml'))) {
        problems.push(`${where}: local ${isWorkflow ? 'workflow' : 'action'} "${uses}" not found`)
      }
      return
    }
    if (uses.startsWith('docker://')) {
      if (!/^docker:\/\/[^\s:@]+(?::[\w.-]+|@sha256:[0-9a-f]{64})$/.test(uses)) problems.push(`${where}: docker image "${uses}" has no tag or digest`)
      return
    }
    const m = /^([\w.-]+)\/([\w.-]+)(\/[^@\s]+)?@([^@\s]+)$/.exec(uses)
    if (!m) return problems.push(`${where}: "${uses}" is not owner/repo@ref`)
    const ref = m[4]
    if (!/^v?\d+(\.\d+){0,2}$/.test(ref) && !/^[0-9a-f]{40}$/.test(ref)) {
      problems.push(`${where}: "${uses}" is pinned to "${ref}", not a version tag or a full commit sha`)
    }
  }
  for (const job of jobs(workflow)) {
    check(job.value.uses, `jobs.${job.id}`)
    for (const step of steps(job)) check(step.value.uses, step.path)
  }
  return problems
}

export interface ActionMetadata {
  inputs: Record<string, { required: boolean; default?: string }>
  outputs: Set<string>
}

export function actionMetadata(action: Json): ActionMetadata {
  const inputs: ActionMetadata['inputs'] = {}
  for (const [name, spec] of Object.entries(asObject(asObject(action).inputs))) {
    const s = asObject(spec)
    inputs[name] = { required: s.required === true, default: s.default === undefined ? undefined : String(s.default) }
  }
  return { inputs, outputs: new Set(Object.keys(asObject(asObject(action).outputs))) }
}

/** `uses: ./` and `uses: <repository>@…`: the steps that run this repository's action. */
export function isOurAction(uses: Json | undefined, repository: string): boolean {
  return typeof uses === 'string' && (uses === './' || uses === '.' || uses.startsWith(`${repository}@`))
}

/**
 * The `with:` of our action's steps: only declared inputs, every required input without a default,
 * and, where a value is literal, one the input accepts.
 */
export function ourActionInputProblems(
  workflow: Json,
  action: ActionMetadata,
  repository: string,
  allowed: Record<string, readonly string[]> = {}
): string[] {
  const problems: string[] = []
  for (const job of jobs(workflow)) {
    for (const step of steps(job)) {
      if (!isOurAction(step.value.uses, repository)) continue
      const given = asObject(step.value.with)
      for (const [key, value] of Object.entries(given)) {
        if (!(key in action.inputs)) {
          problems.push(`${step.path}.with: "${key}" is not an input of action.yml`)
          continue
        }
        const values = allowed[key]
        const literal = typeof value === 'string' ? value : JSON.stringify(value)
        if (values && !literal.includes('${{') && !values.includes(literal)) {
          problems.push(`${step.path}.with.${key}: "${literal}" is not one of ${values.join(', ')}`)
        }
      }
      for (const [name, spec] of Object.entries(action.inputs)) {
        if (spec.required && spec.default === undefined && given[name] === undefined) problems.push(`${step.path}.with: required input "${name}" is missing`)
      }
    }
  }
  return problems
}

function matrixKeys(job: Job): Set<string> | null {
  const matrix = asObject(job.value.strategy).matrix
  if (matrix === undefined) return null
  if (typeof matrix === 'string') return new Set(['*']) // fromJSON(...): keys unknown
  const keys = new Set<string>()
  for (const [key, value] of Object.entries(asObject(matrix))) {
    if (key === 'exclude') continue
    if (key === 'include') {
      if (Array.isArray(value)) for (const item of value) for (const k of Object.keys(asObject(item))) keys.add(k)
    } else keys.add(key)
  }
  return keys
}

function needsList(job: Job): string[] {
  const needs = job.value.needs
  if (needs === undefined) return []
  return (Array.isArray(needs) ? needs : [needs]).map(String)
}

/**
 * `steps.<id>` references name an earlier step of the same job (any step of the job in job outputs,
 * none elsewhere at job level); our action's `steps.<id>.outputs.<name>` are outputs of action.yml.
 * `needs.<job>` references name a job in this job's `needs`, and `matrix.<key>` a key of its matrix.
 */
export function referenceProblems(workflow: Json, action: ActionMetadata, repository: string): string[] {
  const problems: string[] = []
  for (const job of jobs(workflow)) {
    const needs = new Set(needsList(job))
    const keys = matrixKeys(job)
    const allSteps = steps(job)
    const stepById = new Map<string, Step>()
    for (const step of allSteps) if (step.value.id !== undefined) stepById.set(String(step.value.id), step)

    const checkField = (value: Json | undefined, path: string, available: Map<string, Step> | null, bareIf: boolean) => {
      for (const { path: where, text } of strings(value, path)) {
        for (const expression of fieldExpressions(text, bareIf && where === path)) {
          for (const ref of references(expression)) {
            if (ref.context === 'needs' && !needs.has(ref.name)) problems.push(`${where}: needs.${ref.name} is not in this job's needs`)
            if (ref.context === 'matrix' && (keys === null || (!keys.has('*') && !keys.has(ref.name)))) {
              problems.push(`${where}: matrix.${ref.name} is not a key of this job's matrix`)
            }
            if (ref.context !== 'steps') continue
            if (available === null) {
              problems.push(`${where}: the steps context is not available here`)
              continue
            }
            const target = available.get(ref.name)
            if (!target) {
              problems.push(`${where}: steps.${ref.name} is not ${stepById.has(ref.name) ? 'an earlier step' : 'a step id of this job'}`)
              continue
            }
            const output = ref.member?.startsWith('outputs.') ? ref.member.slice('outputs.'.length) : undefined
            if (output !== undefined && isOurAction(target.value.uses, repository) && !action.outputs.has(output)) {
              problems.push(`${where}: steps.${ref.name}.outputs.${output} is not an output of action.yml`)
            }
          }
        }
      }
    }

    for (const [key, value] of Object.entries(job.value)) {
      if (key === 'steps') continue
      const where = `jobs.${job.id}.${key}`
      checkField(value, where, key === 'outputs' ? stepById : null, key === 'if')
    }
    const earlier = new Map<string, Step>()
    for (const step of allSteps) {
      for (const [key, value] of Object.entries(step.value)) checkField(value, `${step.path}.${key}`, earlier, key === 'if')
      if (step.value.id !== undefined) earlier.set(String(step.value.id), step)
    }
  }
  return problems
}

/** `needs` names existing jobs other than itself, without cycles. */
export function needsProblems(workflow: Json): string[] {
  const problems: string[] = []
  const all = jobs(workflow)
  const ids = new Set(all.map((j) => j.id))
  const graph = new Map<string, string[]>()
  for (const job of all) {
    const needs = needsList(job)
    graph.set(job.id, needs)
    for (const need of needs) {
      if (need === job.id) problems.push(`jobs.${job.id}.needs: the job needs itself`)
      else if (!ids.has(need)) problems.push(`jobs.${job.id}.needs: no job "${need}"`)
    }
  }
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      problems.push(`needs cycle: ${[...trail, id].join(' -> ')}`)
      return
    }
    state.set(id, 'visiting')
    for (const next of graph.get(id) ?? []) if (ids.has(next) && next !== id) visit(next, [...trail, id])
    state.set(id, 'done')
  }
  for (const id of ids) visit(id, [])
  return problems
}

function permissionValueProblems(value: Json | undefined, where: string): string[] {
  if (value === undefined) return []
  if (typeof value === 'string') return ['read-all', 'write-all'].includes(value) ? [] : [`${where}: "${value}" is not read-all, write-all or a mapping`]
  if (!isObject(value)) return [`${where}: not a mapping`]
  const problems: string[] = []
  for (const [scope, level] of Object.entries(value)) {
    if (!PERMISSION_SCOPES.has(scope)) problems.push(`${where}: unknown scope "${scope}"`)
    if (typeof level !== 'string' || !PERMISSION_LEVELS.has(level)) problems.push(`${where}.${scope}: "${String(level)}" is not read, write or none`)
  }
  return problems
}

/** `permissions` (workflow and jobs) use known scopes with read, write or none. */
export function permissionsProblems(workflow: Json): string[] {
  const problems = permissionValueProblems(asObject(workflow).permissions, 'permissions')
  for (const job of jobs(workflow)) problems.push(...permissionValueProblems(job.value.permissions, `jobs.${job.id}.permissions`))
  return problems
}

/** The permissions a job runs with: its own, else the workflow's (undefined: the repository default). */
export function effectivePermissions(workflow: Json, job: Job): Json | undefined {
  return job.value.permissions ?? asObject(workflow).permissions
}

/**
 * No untrusted `github.event.*` (other than number fields) or `github.head_ref` interpolated into
 * a `run:` script or an actions/github-script `script:`: pass them through `env:` instead.
 */
export function scriptInjectionProblems(workflow: Json): string[] {
  const problems: string[] = []
  for (const job of jobs(workflow)) {
    for (const step of steps(job)) {
      const scripts: { path: string; text: Json | undefined }[] = [{ path: `${step.path}.run`, text: step.value.run }]
      if (typeof step.value.uses === 'string' && step.value.uses.startsWith('actions/github-script@')) {
        scripts.push({ path: `${step.path}.with.script`, text: asObject(step.value.with).script })
      }
      for (const { path, text } of scripts) {
        if (typeof text !== 'string') continue
        for (const body of expressions(text).bodies) {
          for (const input of untrustedInputs(body)) problems.push(`${path}: \${{ ${body.trim()} }} interpolates ${input} into the script; pass it through env`)
        }
      }
    }
  }
  return problems
}

/** The artifact names a workflow uploads (with `${{ }}` parts as wildcards) and downloads. */
export function artifacts(workflow: Json): { uploads: RegExp[]; downloads: { path: string; name: string; pattern: boolean }[] } {
  const uploads: RegExp[] = []
  const downloads: { path: string; name: string; pattern: boolean }[] = []
  for (const job of jobs(workflow)) {
    for (const step of steps(job)) {
      const uses = typeof step.value.uses === 'string' ? step.value.uses : ''
      const w = asObject(step.value.with)
      if (uses.startsWith('actions/upload-artifact@')) {
        const name = typeof w.name === 'string' ? w.name : 'artifact'
        const source = name.split(/\$\{\{[\s\S]*?\}\}/).map(escapeRegExp).join('.+')
        uploads.push(new RegExp(`^${source}$`))
      }
      if (uses.startsWith('actions/download-artifact@')) {
        if (typeof w.name === 'string') downloads.push({ path: step.path, name: w.name, pattern: false })
        else if (typeof w.pattern === 'string') downloads.push({ path: step.path, name: w.pattern, pattern: true })
      }
    }
  }
  return { uploads, downloads }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whether an uploaded name (as a regexp) can match a download's name or glob pattern. */
export function artifactMatches(upload: RegExp, download: { name: string; pattern: boolean }): boolean {
  if (!download.pattern) return upload.test(download.name)
  // A download glob such as "report-*": some name fitting both. Replace the glob's * by a sample.
  const sample = download.name.replace(/\*/g, 'x')
  const glob = new RegExp(`^${download.name.split('*').map(escapeRegExp).join('.*')}$`)
  return upload.test(sample) && glob.test(sample)
}
