// The examples for CI systems other than GitHub (docs/examples): each is valid YAML without duplicate
// keys, valid for its CI system as far as a definition of it can be had offline, and its elb-ir-check
// command lines are ones the CLI accepts: run against the example plan, they write the reports the
// example then hands to the CI system. GitLab CI: GitLab's own JSON schema of .gitlab-ci.yml
// (test/helpers/gitlab-ci-schema.ts). Azure Pipelines and Atlantis publish no schema that installs from
// npm: their files are checked against the keys and values their documentation defines, below.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from './helpers/action-runner.js'
import { cli, tempDir } from './helpers/cli.js'
import { gitlabCiSchema } from './helpers/gitlab-ci-schema.js'
import { isObject, loadYaml, type Json, type JsonObject } from './helpers/workflow-lint.js'

const load = (file: string) => loadYaml(path.join(REPO_ROOT, file), file)
const obj = (value: Json | undefined): JsonObject => (isObject(value) ? value : {})
const out = tempDir('elb-ir-examples-')
afterAll(() => out.cleanup())

/** The elb-ir-check command lines of a script, with their arguments as a shell would split them. */
function checkerCommands(script: string): string[][] {
  return script
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /\belb-ir-check(@\S+)?\s+check\b/.test(line))
    .map((line) => [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]))
}

/**
 * Runs one of the example's command lines with the CLI, each argument that names a file or folder of the
 * job (after the shell removed the quotes) replaced by its counterpart here: the bundled example's plan
 * and sources, a temporary output file.
 */
async function runLikeTheJob(argv: string[], substitutions: Record<string, string>) {
  const start = argv.findIndex((a) => a === 'check')
  expect(argv.slice(0, start).join(' ')).toMatch(/^(npx --yes elb-ir-check@1|elb-ir-check)$/)
  const args = argv.slice(start).map((a) => substitutions[a] ?? a)
  return cli(args, { cwd: REPO_ROOT })
}

describe('docs/examples/gitlab-ci.yml', () => {
  const loaded = load('docs/examples/gitlab-ci.yml')
  const ci = obj(loaded.value)
  const { schema, version } = gitlabCiSchema()

  it('is valid YAML without duplicate keys', () => expect(loaded.problems).toEqual([]))

  it(`is valid against GitLab's CI schema (as gitlab-ci-local ${version} bundles it)`, () => {
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema)
    expect(validate(ci), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true)
    // The schema is not one that passes anything.
    expect(validate({ ...ci, 'elb-ir-check': { ...obj(ci['elb-ir-check']), artifacts: { reports: { codequality: 3 } } } })).toBe(false)
    expect(validate({ ...ci, 'elb-ir-check': { ...obj(ci['elb-ir-check']), stage: 'nope', scripts: [] } })).toBe(false)
  })

  it('plans, then checks in a later stage with the plan as an artifact, and hands GitLab the Code Quality and JUnit reports', async () => {
    const plan = obj(ci['terraform-plan'])
    const check = obj(ci['elb-ir-check'])
    const stages = ci.stages as string[]
    expect(stages.indexOf(String(check.stage))).toBeGreaterThan(stages.indexOf(String(plan.stage)))
    expect((plan.script as string[]).join('\n')).toMatch(/show -json tfplan > plan\.json/)
    expect(obj(plan.artifacts).paths).toEqual(['plan.json'])
    expect(JSON.stringify(check.needs)).toContain('terraform-plan')
    const reports = obj(obj(check.artifacts).reports)
    expect(obj(check.artifacts).when).toBe('always')
    const commands = checkerCommands((check.script as string[]).join('\n'))
    expect(commands).toHaveLength(3)
    const written: Record<string, string> = {}
    for (const argv of commands) {
      const output = argv[argv.indexOf('--output') + 1]
      const target = argv.includes('--output') ? path.join(out.dir, output) : ''
      const result = await runLikeTheJob(argv, { 'plan.json': 'fixtures/example/plan.json', $TF_ROOT: 'fixtures/example', [output]: target })
      expect(result.code, result.stderr).toBe(argv.includes('never') ? 0 : 1)
      if (target) written[argv[argv.indexOf('--format') + 1]] = readFileSync(target, 'utf8')
    }
    // What GitLab reads: the files the commands wrote, in the formats GitLab expects there.
    expect(commands.find((a) => a.includes('gitlab'))).toContain(String(reports.codequality))
    expect(commands.find((a) => a.includes('junit'))).toContain(String(reports.junit))
    const issues = JSON.parse(written.gitlab) as { location: { path: string } }[]
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) expect(existsSync(path.join(REPO_ROOT, issue.location.path)), issue.location.path).toBe(true)
    expect(written.junit).toMatch(/^<\?xml[\s\S]*<testsuites /)
  })
})

/** Azure Pipelines' YAML schema reference: the step kinds, and the inputs of the tasks the example uses. */
const AZURE_STEP_KEYS = new Set(['bash', 'checkout', 'download', 'downloadBuild', 'getPackage', 'powershell', 'publish', 'pwsh', 'reviewApp', 'script', 'task', 'template'])
const AZURE_STEP_PROPERTIES = new Set(['displayName', 'name', 'condition', 'continueOnError', 'enabled', 'env', 'timeoutInMinutes', 'retryCountOnTaskFailure', 'workingDirectory', 'failOnStderr', 'inputs', 'target', 'clean', 'fetchDepth', 'lfs', 'persistCredentials', 'submodules', 'path'])
const AZURE_PIPELINE_KEYS = new Set(['name', 'appendCommitMessageToRunName', 'trigger', 'pr', 'schedules', 'resources', 'variables', 'parameters', 'lockBehavior', 'pool', 'container', 'services', 'workspace', 'strategy', 'continueOnError', 'timeoutInMinutes', 'cancelTimeoutInMinutes', 'steps', 'jobs', 'stages', 'extends'])
const AZURE_TASKS: Record<string, { required: string[]; allowed: string[]; values?: Record<string, string[]> }> = {
  'NodeTool@0': { required: [], allowed: ['versionSource', 'versionSpec', 'versionFilePath', 'checkLatest', 'force32bit', 'nodejsMirror', 'retryCountOnDownloadFails', 'delayBetweenRetries'] },
  'PublishTestResults@2': {
    required: ['testResultsFiles'],
    allowed: ['testResultsFormat', 'testRunner', 'testResultsFiles', 'searchFolder', 'mergeTestResults', 'failTaskOnFailedTests', 'failTaskOnFailureToPublishResults', 'failTaskOnMissingResultsFile', 'testRunTitle', 'buildPlatform', 'platform', 'buildConfiguration', 'configuration', 'publishRunAttachments'],
    values: { testResultsFormat: ['JUnit', 'NUnit', 'VSTest', 'XUnit', 'CTest'] }
  }
}

describe('docs/examples/azure-pipelines.yml', () => {
  const loaded = load('docs/examples/azure-pipelines.yml')
  const pipeline = obj(loaded.value)
  const steps = (pipeline.steps as Json[]).map(obj)
  const variables = obj(pipeline.variables)

  it('is valid YAML without duplicate keys', () => expect(loaded.problems).toEqual([]))

  it('has only pipeline keys of the schema, triggers on main and PRs, a pool, and steps of known kinds', () => {
    expect(Object.keys(pipeline).filter((k) => !AZURE_PIPELINE_KEYS.has(k))).toEqual([])
    expect(obj(obj(pipeline.trigger).branches).include).toEqual(['main'])
    expect(obj(obj(pipeline.pr).branches).include).toEqual(['main'])
    expect(obj(pipeline.pool).vmImage).toBe('ubuntu-latest')
    const problems: string[] = []
    for (const [i, step] of steps.entries()) {
      const kinds = Object.keys(step).filter((k) => AZURE_STEP_KEYS.has(k))
      if (kinds.length !== 1) problems.push(`steps[${i}]: ${kinds.length} step kinds (${kinds.join(', ')})`)
      for (const key of Object.keys(step)) if (!AZURE_STEP_KEYS.has(key) && !AZURE_STEP_PROPERTIES.has(key)) problems.push(`steps[${i}]: unknown key ${key}`)
      if (step.task !== undefined) {
        const task = AZURE_TASKS[String(step.task)]
        if (!task) {
          problems.push(`steps[${i}]: task ${String(step.task)} is not one this test knows (Name@Major)`)
          continue
        }
        const inputs = obj(step.inputs)
        for (const name of task.required) if (inputs[name] === undefined) problems.push(`steps[${i}]: ${String(step.task)} needs input ${name}`)
        for (const [name, value] of Object.entries(inputs)) {
          if (!task.allowed.includes(name)) problems.push(`steps[${i}]: ${String(step.task)} has no input ${name}`)
          if (task.values?.[name] && !task.values[name].includes(String(value))) problems.push(`steps[${i}]: ${name}: ${String(value)}`)
        }
      }
      // Macro syntax $(NAME) refers to a variable the pipeline defines (or a predefined one, with a dot).
      for (const match of JSON.stringify(step).matchAll(/\$\(([A-Za-z_][\w.]*)\)/g)) if (!match[1].includes('.') && variables[match[1]] === undefined) problems.push(`steps[${i}]: $(${match[1]}) is not a variable`)
    }
    expect(problems).toEqual([])
  })

  it('sets up Node 20+, plans, writes JUnit without failing, publishes it even when a step failed, then gates', async () => {
    const nodeStep = steps.find((s) => s.task === 'NodeTool@0')
    expect(Number(/^(\d+)/.exec(String(obj(nodeStep?.inputs).versionSpec))?.[1])).toBeGreaterThanOrEqual(20)
    const scripts = steps.map((s) => String(s.script ?? ''))
    const planAt = scripts.findIndex((s) => s.includes('show -json tfplan > plan.json'))
    const junitAt = scripts.findIndex((s) => s.includes('--format junit'))
    const publishAt = steps.findIndex((s) => s.task === 'PublishTestResults@2')
    const gateAt = scripts.findIndex((s) => s.includes('--format text'))
    expect(planAt).toBeGreaterThan(steps.indexOf(nodeStep ?? {}))
    expect([planAt < junitAt, junitAt < publishAt, publishAt < gateAt]).toEqual([true, true, true])
    const publish = obj(steps[publishAt].inputs)
    expect(steps[publishAt].condition).toBe('succeededOrFailed()')
    expect(publish.testResultsFormat).toBe('JUnit')
    const [junit] = checkerCommands(scripts[junitAt])
    expect(junit).toContain(String(publish.testResultsFiles))
    const target = path.join(out.dir, 'azure-junit.xml')
    const written = await runLikeTheJob(junit, { 'plan.json': 'fixtures/example/plan.json', '$(TF_ROOT)': 'fixtures/example', [String(publish.testResultsFiles)]: target })
    expect(written.code, written.stderr).toBe(0)
    expect(readFileSync(target, 'utf8')).toContain('<failure ')
    const [gate] = checkerCommands(scripts[gateAt])
    expect((await runLikeTheJob(gate, { 'plan.json': 'fixtures/example/plan.json', '$(TF_ROOT)': 'fixtures/example' })).code).toBe(1)
  })
})

/** Atlantis' repo-level config reference (version 3): the built-in steps and the keys of a project. */
const ATLANTIS_BUILTIN_STEPS = new Set(['init', 'plan', 'show', 'policy_check', 'apply', 'import', 'state_rm'])
const ATLANTIS_STEP_KEYS = new Set([...ATLANTIS_BUILTIN_STEPS, 'run', 'env', 'multienv'])
const ATLANTIS_KEYS = new Set(['version', 'automerge', 'autodiscover', 'delete_source_branch_on_merge', 'parallel_plan', 'parallel_apply', 'abort_on_execution_order_fail', 'projects', 'workflows', 'allowed_regexp_prefixes'])
const ATLANTIS_PROJECT_KEYS = new Set(['name', 'branch', 'dir', 'workspace', 'execution_order_group', 'delete_source_branch_on_merge', 'repo_locking', 'repo_locks', 'custom_policy_check', 'autoplan', 'plan_requirements', 'apply_requirements', 'import_requirements', 'silence_pr_comments', 'terraform_distribution', 'terraform_version', 'depends_on', 'workflow'])
const ATLANTIS_STAGES = new Set(['plan', 'apply', 'policy_check', 'import', 'state_rm'])

describe('docs/examples/atlantis.yaml', () => {
  const loaded = load('docs/examples/atlantis.yaml')
  const config = obj(loaded.value)
  const workflows = obj(config.workflows)
  const projects = (config.projects as Json[]).map(obj)

  it('is valid YAML without duplicate keys', () => expect(loaded.problems).toEqual([]))

  it('is a version 3 repo config: known keys, projects with a dir and a workflow that exists, steps of known kinds', () => {
    const problems: string[] = []
    expect(config.version).toBe(3)
    for (const key of Object.keys(config)) if (!ATLANTIS_KEYS.has(key)) problems.push(`unknown key ${key}`)
    for (const [i, project] of projects.entries()) {
      for (const key of Object.keys(project)) if (!ATLANTIS_PROJECT_KEYS.has(key)) problems.push(`projects[${i}]: unknown key ${key}`)
      if (typeof project.dir !== 'string') problems.push(`projects[${i}]: no dir`)
      if (project.workflow !== undefined && workflows[String(project.workflow)] === undefined) problems.push(`projects[${i}]: no workflow ${String(project.workflow)}`)
      for (const pattern of (obj(project.autoplan).when_modified as string[] | undefined) ?? []) if (typeof pattern !== 'string') problems.push(`projects[${i}]: when_modified holds a non-string`)
    }
    for (const [name, workflow] of Object.entries(workflows)) {
      for (const [stage, spec] of Object.entries(obj(workflow))) {
        if (!ATLANTIS_STAGES.has(stage)) problems.push(`workflows.${name}: unknown stage ${stage}`)
        for (const [i, step] of ((obj(spec).steps as Json[]) ?? []).entries()) {
          const keys = typeof step === 'string' ? [step] : Object.keys(obj(step))
          if (keys.length !== 1 || !(typeof step === 'string' ? ATLANTIS_BUILTIN_STEPS : ATLANTIS_STEP_KEYS).has(keys[0])) problems.push(`workflows.${name}.${stage}.steps[${i}]: ${JSON.stringify(step)}`)
          if (keys[0] === 'run' && typeof obj(step).run !== 'string' && typeof obj(obj(step).run).command !== 'string') problems.push(`workflows.${name}.${stage}.steps[${i}]: run without a command`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('after plan: writes the JSON of $PLANFILE to $SHOWFILE, then checks it and fails the plan at the error level', async () => {
    const steps = (obj(obj(workflows[String(projects[0].workflow)]).plan).steps as Json[]) ?? []
    const runs = steps.map((s) => (typeof s === 'string' ? '' : String(obj(s).run ?? '')))
    const planAt = steps.indexOf('plan')
    const showAt = runs.findIndex((r) => /^terraform show -json "\$PLANFILE" > "\$SHOWFILE"$/.test(r))
    const checkAt = runs.findIndex((r) => /elb-ir-check/.test(r))
    expect(steps.indexOf('init')).toBeLessThan(planAt)
    expect([planAt < showAt, showAt < checkAt]).toEqual([true, true])
    const [argv] = checkerCommands(runs[checkAt])
    expect(argv).toContain('$SHOWFILE')
    expect(argv.includes('--fail-level') && !argv.includes('error')).toBe(false)
    // Atlantis runs the step in the project's folder: there, SHOWFILE is the plan's JSON and `.` the sources.
    const result = await runLikeTheJob(argv, { $SHOWFILE: 'fixtures/example/plan.json', '.': 'fixtures/example' })
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).toContain('ELBIR002')
    expect(result.stdout).toContain('main.tf:99')
  })
})
