import { statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { RULE_CATALOG } from './check.js'
import { settingsFrom } from './config/settings.js'
import { exampleDirectory, expandPlanArguments } from './inputs.js'
import { InputError, UsageError } from './errors.js'
import { plainLine } from './report/escape.js'
import { FAIL_ON, gate, gateLine } from './report/gate.js'
import { formatGitlab } from './report/gitlab.js'
import { formatJson, readJsonReports } from './report/json.js'
import { formatJunit } from './report/junit.js'
import { formatMarkdown } from './report/markdown.js'
import { mergeReports } from './report/merge.js'
import { formatSarif } from './report/sarif.js'
import { formatText } from './report/text.js'
import type { Report } from './report/types.js'
import { fixPlanFiles } from './fix/from-plans.js'
import { unfixedLine, writeInPlace } from './fix/index.js'
import { preCommitDecision } from './pre-commit.js'
import { runPlans } from './run-plans.js'
import { runSources, type VariableArgument } from './run-sources.js'
import { FAIL_LEVELS } from './severity.js'
import { VERSION } from './version.js'

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  isTTY: boolean
  /** Whether stderr is a terminal (the progress line's default). */
  stderrIsTTY?: boolean
  env: Record<string, string | undefined>
}

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'gitlab', 'junit'] as const

export const HELP = `elb-ir-check ${VERSION}: checks Terraform plans against the AWS ELB incident-response best practices

Usage:
  elb-ir-check check [--plan <file-or-glob>]... [--source-dir <dir>] [--config <file>]
                     [--format text|json|sarif|markdown|gitlab|junit] [--output <file>]
                     [--fail-level ${FAIL_LEVELS.join('|')}] [--fail-on ${FAIL_ON.join('|')}] [--progress]
  elb-ir-check check --source-dir <dir> [--var-file <file>]... [--var <name>=<value>]... [check options]
  elb-ir-check pre-commit [--plan <file>] [--source-dir <dir>] [check options] [<changed file>...]
  elb-ir-check fix --plan <file> --source-dir <dir> [--config <file>] [--output <file>] [--write]
  elb-ir-check merge <report.json>... [--format ...] [--output <file>] [--fail-level ...] [--fail-on ...]
  elb-ir-check --version
  elb-ir-check --help

  --plan        output of \`terraform show -json <planfile>\`; repeat it or use globs
                (a bare \`check\` checks the bundled example plan)
  --source-dir  the Terraform sources: with --plan, for file:line locations and inline suppressions;
                without --plan, the sources themselves are judged, as Terraform would evaluate them
                (terraform.tfvars, *.auto.tfvars, TF_VAR_* and the options below; no credentials needed).
                What only a plan knows (computed attributes, data sources that call AWS) is unknown
  --var-file    a .tfvars file for the sources (no --plan); repeatable
  --var         a variable for the sources (no --plan), as name=value; repeatable. --var-file and --var
                apply in the order given, after the automatic files: the later one wins, as in Terraform
  --config      the configuration file (default: .elb-ir.yml in the current directory, if any)
  --format      default: text on a terminal, json otherwise
  --output      write the report to a file instead of standard output
  --fail-level  exit 1 when a finding is at or above this severity (default: error)
  --fail-on     new: only findings the change introduces or regresses fail (default);
                all: every finding at the fail level fails, existing ones too.
                Sources have no world before them: all their findings are new, so both fail alike
  --progress    show reading progress on stderr (default: on a terminal, for inputs that take a while)

gitlab is GitLab Code Quality; junit is JUnit XML (Azure DevOps, Jenkins, GitLab test reports).
pre-commit is the entry of the pre-commit hook: when a changed file is a Terraform file, it judges the
sources of the folders holding the changed files (or --source-dir), or the plan given with --plan.

fix prints a unified diff of the sources that fixes the failing findings it can, its paths relative to
--source-dir: apply it with \`patch -p1\` there, or with \`git apply --directory=<source-dir>\` from the
repository root (\`git apply\` inside a subfolder skips every file); --write changes the files instead.
Each failing finding it leaves is named on stderr with what to decide. Suppressed findings are not fixed.

merge combines the JSON reports of several jobs (a CI matrix) into one report.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input or usage
(fix: 0 whether or not there was something to fix, 2 bad input or usage).
`

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`elb-ir-check: ${plainLine(error.message)}\n`)
      return 2
    }
    if (error instanceof UsageError) {
      io.stderr(`elb-ir-check: ${plainLine(error.message)}. Run \`elb-ir-check --help\` for usage.\n`)
      return 2
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    io.stderr(`elb-ir-check: internal error: ${plainLine(message)}. Please report it with the command you ran (set ELB_IR_DEBUG=1 for details).\n`)
    if (io.env.ELB_IR_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
    return 2
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      // The tokens keep --var-file and --var in the order given: a later one wins, as in Terraform.
      tokens: true,
      options: {
        plan: { type: 'string', multiple: true },
        'source-dir': { type: 'string' },
        'var-file': { type: 'string', multiple: true },
        var: { type: 'string', multiple: true },
        config: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-level': { type: 'string' },
        'fail-on': { type: 'string' },
        progress: { type: 'boolean' },
        write: { type: 'boolean' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/, '') : 'invalid arguments')
  }
  const { positionals } = parsed
  const values = { ...parsed.values, variables: variableArguments(parsed.tokens) }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  if (values.help || positionals.length === 0) {
    io.stdout(HELP)
    return positionals.length === 0 && !values.help ? 2 : 0
  }
  const [command, ...rest] = positionals
  if (command === 'fix') return fix(values, rest, io)
  if (values.write) throw new UsageError('--write belongs to `fix`')
  // pre-commit shows the hook's output to a person, terminal or not.
  const format = oneOf(values.format ?? (io.isTTY || command === 'pre-commit' ? 'text' : 'json'), FORMATS, '--format')
  const failLevel = oneOf(values['fail-level'] ?? 'error', FAIL_LEVELS, '--fail-level')
  const failOn = oneOf(values['fail-on'] ?? 'new', FAIL_ON, '--fail-on')
  let report: Report
  let problems: string[]
  let pathPrefix = ''
  if (command === 'check') {
    if (rest.length > 0) throw new UsageError(`unexpected argument \`${rest[0]}\` (plans are given with --plan)`)
    ;({ report, problems, pathPrefix } = await check(values, io))
  } else if (command === 'pre-commit') {
    const hook = preCommitDecision(rest, values, io.cwd)
    if (hook.kind === 'skip') return 0
    if (hook.kind === 'usage') throw new UsageError(hook.message)
    if (hook.kind === 'sources') ({ report, problems } = await checkSources(hook.folders, values, io, { namedFromCwd: true }))
    else {
      for (const note of hook.notes) io.stderr(`elb-ir-check: ${plainLine(note)}\n`)
      ;({ report, problems, pathPrefix } = await check({ ...values, plan: hook.plan, 'source-dir': hook.sourceDir }, io))
    }
  } else if (command === 'merge') {
    if (values.plan || values['source-dir'] || values.config || values['var-file'] || values.var) throw new UsageError('merge takes JSON reports as arguments, not --plan, --source-dir, --var-file, --var or --config')
    if (rest.length === 0) throw new UsageError('merge needs at least one JSON report')
    ;({ report, problems } = await merge(rest, io))
  } else throw new UsageError(`unknown command \`${command}\``)
  if (report.plans.length === 0) return 2

  const decision = gate(report, failLevel, failOn)
  const output = render(report, format, io, pathPrefix, gateLine(decision))
  if (values.output) {
    await writeOutput(io, values.output, output)
    io.stderr(`elb-ir-check: wrote the ${format} report to ${plainLine(values.output)} (${report.summary.error} errors, ${report.summary.warning} warnings, ${report.summary.notice} notices): ${gateLine(decision)}\n`)
  } else io.stdout(output)
  if (problems.length > 0) return 2
  return decision.fails ? 1 : 0
}

async function fix(values: { plan?: string[]; 'source-dir'?: string; config?: string; output?: string; write?: boolean; format?: string; 'fail-level'?: string; 'fail-on'?: string }, rest: string[], io: CliIO): Promise<number> {
  if (rest.length > 0) throw new UsageError(`unexpected argument \`${rest[0]}\` (the plan is given with --plan)`)
  for (const flag of ['format', 'fail-level', 'fail-on'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag} belongs to \`check\`, not \`fix\``)
  if (!values.plan?.length) throw new UsageError('fix needs --plan <terraform show -json output>')
  const sourceDir = values['source-dir']
  if (sourceDir === undefined) throw new UsageError('fix needs --source-dir <the folder with the .tf files the plan was made from>')
  if (!statSync(resolve(io.cwd, sourceDir), { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(sourceDir, 'is not a directory', 'Point --source-dir at the folder with the .tf files the plan was made from')
  }
  const configFile = values.config ? resolve(io.cwd, values.config) : undefined
  const settings = await settingsFrom(configFile, [resolve(io.cwd, '.elb-ir.yml')], io.cwd)
  const { files, problems } = await expandPlanArguments(values.plan, io.cwd)
  const fixed = await fixPlanFiles(files, { cwd: io.cwd, settings, sourceDir: resolve(io.cwd, sourceDir), configFile })
  problems.push(...fixed.problems)
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}\n`)
  if (problems.length > 0) return 2
  for (const unfixed of fixed.unfixed) io.stderr(`elb-ir-check: ${plainLine(fixed.redact(unfixedLine(unfixed)))}\n`)
  if (values.write) {
    for (const line of writeInPlace(resolve(io.cwd, sourceDir), fixed.changes)) io.stderr(`elb-ir-check: ${plainLine(line)}\n`)
  }
  if (values.output) {
    await writeOutput(io, values.output, fixed.patch)
    io.stderr(`elb-ir-check: wrote the patch to ${plainLine(values.output)}\n`)
  } else if (!values.write) io.stdout(fixed.patch)
  const count = fixed.changes.length
  io.stderr(`elb-ir-check: ${count === 0 ? 'nothing to change' : `${count} file(s) ${values.write ? 'changed' : 'in the patch'}`}; ${fixed.unfixed.length} failing finding(s) left to fix by hand\n`)
  return 0
}

async function writeOutput(io: CliIO, output: string, text: string): Promise<void> {
  const target = resolve(io.cwd, output)
  try {
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, text)
  } catch (error) {
    throw new InputError(output, `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable --output path')
  }
}

/** The `--var-file` and `--var` options, in the order given. */
function variableArguments(tokens: ReturnType<typeof parseArgs>['tokens']): VariableArgument[] {
  const found: VariableArgument[] = []
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || token.value === undefined) continue
    if (token.name === 'var-file') found.push({ kind: 'file', value: token.value })
    else if (token.name === 'var') found.push({ kind: 'var', value: token.value })
  }
  return found
}

interface CheckValues {
  plan?: string[]
  'source-dir'?: string
  'var-file'?: string[]
  var?: string[]
  /** `var-file` and `var` together, in the order given. */
  variables?: VariableArgument[]
  config?: string
  progress?: boolean
}

async function check(values: CheckValues, io: CliIO): Promise<{ report: Report; problems: string[]; pathPrefix: string }> {
  let planArgs = values.plan ?? []
  let sourceDir = values['source-dir']
  const variables = [...(values['var-file'] ?? []), ...(values.var ?? [])]
  if (planArgs.length > 0 && variables.length > 0) throw new UsageError('--var-file and --var go with sources judged alone (--source-dir without --plan): a plan already holds its variables')
  if (planArgs.length === 0 && sourceDir !== undefined) {
    const { report, problems } = await checkSources([sourceDir], values, io)
    return { report, problems, pathPrefix: repositoryPrefix(io.cwd, sourceDir) }
  }
  if (planArgs.length === 0) {
    if (variables.length > 0) throw new UsageError('--var-file and --var need --source-dir, the folder of the Terraform sources to judge')
    // The example runs for a bare `check` only.
    const example = exampleDirectory()
    if (!example) throw new UsageError('no --plan given and the bundled example is missing')
    planArgs = [relative(io.cwd, resolve(example, 'plan.json')) || 'plan.json']
    sourceDir ??= relative(io.cwd, example) || '.'
  }
  if (sourceDir !== undefined) assertFolder(sourceDir, io.cwd, 'Point --source-dir at the folder with the .tf files the plan was made from')
  const settings = await settingsOf(values, io)
  const { files, problems: globProblems } = await expandPlanArguments(planArgs, io.cwd)
  const progress = new ProgressLine(io, values.progress ?? (io.stderrIsTTY ?? false), values.progress === true && !io.stderrIsTTY)
  const { report, problems } = await runPlans(files, {
    cwd: io.cwd,
    settings,
    sourceDir: sourceDir ? resolve(io.cwd, sourceDir) : undefined,
    problems: globProblems,
    onProgress: (file, read, total) => progress.update(file, read, total)
  })
  progress.done()
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}\n`)
  return { report, problems, pathPrefix: sourceDir ? repositoryPrefix(io.cwd, sourceDir) : '' }
}

/**
 * The Terraform sources of each folder judged without a plan. `namedFromCwd` names files from the working
 * directory (the pre-commit hook judges several folders in one report, and shows `infra/main.tf:12`).
 */
async function checkSources(folders: string[], values: CheckValues, io: CliIO, options: { namedFromCwd?: boolean } = {}): Promise<{ report: Report; problems: string[] }> {
  for (const folder of folders) assertFolder(folder, io.cwd, 'Point --source-dir at the folder with the .tf files of the root module to judge')
  ;(values.var ?? []).forEach((assignment, i) => {
    // The value is not repeated: it may be a secret.
    if (!/^[A-Za-z_][A-Za-z0-9_-]*=/.test(assignment)) throw new UsageError(`--var takes <name>=<value>, and --var number ${i + 1} is not that`)
  })
  const settings = await settingsOf(values, io)
  const { report, problems } = await runSources(folders, { cwd: io.cwd, settings, variables: values.variables, env: io.env, namedFromCwd: options.namedFromCwd })
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}\n`)
  return { report, problems }
}

function assertFolder(folder: string, cwd: string, remedy: string): void {
  if (!statSync(resolve(cwd, folder), { throwIfNoEntry: false })?.isDirectory()) throw new InputError(folder, 'is not a directory', remedy)
}

function settingsOf(values: CheckValues, io: CliIO) {
  return settingsFrom(values.config ? resolve(io.cwd, values.config) : undefined, [resolve(io.cwd, '.elb-ir.yml')], io.cwd)
}

/** The source folder as seen from the working directory (a CI job's repository root), for locations there. */
function repositoryPrefix(cwd: string, sourceDir: string): string {
  const path = relative(cwd, resolve(cwd, sourceDir)).split('\\').join('/')
  return path === '' || path.startsWith('..') || isAbsolute(path) ? '' : `${path}/`
}

async function merge(files: string[], io: CliIO): Promise<{ report: Report; problems: string[] }> {
  // The reports' rules are described by this version's metadata, not by the text the files carry.
  const { reports, problems } = await readJsonReports(files, io.cwd, { rules: RULE_CATALOG })
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}\n`)
  return { report: mergeReports(reports, problems), problems }
}

/** "reading plan.json: 312 MB of 1.0 GB" on stderr, for inputs that take more than a couple of seconds. */
class ProgressLine {
  private readonly started = Date.now()
  private last = 0
  private shown = false

  constructor(
    private readonly io: CliIO,
    private readonly enabled: boolean,
    /** Not a terminal: print whole lines, less often. */
    private readonly lines: boolean
  ) {}

  update(file: string, read: number, total: number): void {
    if (!this.enabled) return
    const now = Date.now()
    const after = Number(this.io.env.ELB_IR_PROGRESS_AFTER_MS ?? 2000)
    if (now - this.started < after || now - this.last < (this.lines ? 5000 : 200)) return
    this.last = now
    this.shown = true
    const text = `elb-ir-check: reading ${plainLine(file)}: ${megabytes(read)} of ${megabytes(total)} (${Math.floor((100 * read) / Math.max(total, 1))}%)`
    this.io.stderr(this.lines ? `${text}\n` : `\r\u001b[K${text}`)
  }

  done(): void {
    if (this.shown && !this.lines) this.io.stderr('\r\u001b[K')
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`
}

function render(report: Report, format: (typeof FORMATS)[number], io: CliIO, pathPrefix: string, gate: string): string {
  switch (format) {
    case 'gitlab':
      return formatGitlab(report, { pathPrefix })
    case 'junit':
      return formatJunit(report, { pathPrefix })
    case 'json':
      return formatJson(report)
    case 'sarif':
      return formatSarif(report)
    case 'markdown':
      return formatMarkdown(report)
    default:
      return formatText(report, { color: io.isTTY && !io.env.NO_COLOR, gate })
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got \`${value}\`)`)
}
