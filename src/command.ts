import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkPlans, failsAt } from './check.js'
import { loadSettings } from './config/load.js'
import { defaultSettings, type Settings } from './config/settings.js'
import { exampleDirectory, expandPlanArguments, loadPlans } from './inputs.js'
import { InputError } from './plan/errors.js'
import { plainLine } from './report/escape.js'
import { formatJson } from './report/json.js'
import { formatMarkdown } from './report/markdown.js'
import { formatSarif } from './report/sarif.js'
import { formatText } from './report/text.js'
import type { Report } from './report/types.js'
import { VERSION } from './version.js'

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  isTTY: boolean
  env: Record<string, string | undefined>
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
const FAIL_LEVELS = ['error', 'warning', 'notice', 'never'] as const

export const HELP = `elb-ir-check ${VERSION}: checks Terraform plans against the AWS ELB incident-response best practices

Usage:
  elb-ir-check check [--plan <file-or-glob>]... [--source-dir <dir>] [--config <file>]
                     [--format text|json|sarif|markdown] [--output <file>]
                     [--fail-level error|warning|notice|never]
  elb-ir-check --version
  elb-ir-check --help

  --plan        output of \`terraform show -json <planfile>\`; repeat it or use globs
                (without --plan, the bundled example plan is checked)
  --source-dir  the Terraform sources, for file:line locations and inline suppressions
  --config      the configuration file (default: .elb-ir.yml in the current directory, if any)
  --format      default: text on a terminal, json otherwise
  --output      write the report to a file instead of standard output
  --fail-level  exit 1 when a finding is at or above this severity (default: error)

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input or usage.
`

class UsageError extends Error {}

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
      options: {
        plan: { type: 'string', multiple: true },
        'source-dir': { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-level': { type: 'string' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/, '') : 'invalid arguments')
  }
  const { values, positionals } = parsed
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  if (values.help || positionals.length === 0) {
    io.stdout(HELP)
    return positionals.length === 0 && !values.help ? 2 : 0
  }
  const [command, ...rest] = positionals
  if (command !== 'check') throw new UsageError(`unknown command \`${command}\``)
  if (rest.length > 0) throw new UsageError(`unexpected argument \`${rest[0]}\` (plans are given with --plan)`)
  const format = oneOf(values.format ?? (io.isTTY ? 'text' : 'json'), FORMATS, '--format')
  const failLevel = oneOf(values['fail-level'] ?? 'error', FAIL_LEVELS, '--fail-level')

  let planArgs = values.plan ?? []
  let sourceDir = values['source-dir']
  if (planArgs.length === 0) {
    const example = exampleDirectory()
    if (!example) throw new UsageError('no --plan given and the bundled example is missing')
    planArgs = [relative(io.cwd, resolve(example, 'plan.json')) || 'plan.json']
    sourceDir ??= relative(io.cwd, example) || '.'
  }
  const settings = await settingsFrom(values.config, io)
  const { files, problems: globProblems } = await expandPlanArguments(planArgs, io.cwd)
  const { plans, problems } = await loadPlans(files, io.cwd)
  const allProblems = [...globProblems, ...problems]
  for (const problem of allProblems) io.stderr(`elb-ir-check: ${plainLine(problem)}\n`)
  if (plans.length === 0) return 2

  const report = await checkPlans(plans, { settings, sourceDir: sourceDir ? resolve(io.cwd, sourceDir) : undefined }, allProblems)
  const output = render(report, format, io)
  if (values.output) {
    const target = resolve(io.cwd, values.output)
    try {
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, output)
    } catch (error) {
      throw new InputError(values.output, `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable --output path')
    }
    io.stderr(`elb-ir-check: wrote the ${format} report to ${plainLine(values.output)} (${report.summary.error} errors, ${report.summary.warning} warnings, ${report.summary.notice} notices)\n`)
  } else io.stdout(output)
  if (allProblems.length > 0) return 2
  return failsAt(report, failLevel) ? 1 : 0
}

function render(report: Report, format: (typeof FORMATS)[number], io: CliIO): string {
  switch (format) {
    case 'json':
      return formatJson(report)
    case 'sarif':
      return formatSarif(report)
    case 'markdown':
      return formatMarkdown(report)
    default:
      return formatText(report, { color: io.isTTY && !io.env.NO_COLOR })
  }
}

async function settingsFrom(path: string | undefined, io: CliIO): Promise<Settings> {
  if (path) return loadSettings(resolve(io.cwd, path))
  const fallback = resolve(io.cwd, '.elb-ir.yml')
  try {
    return await loadSettings(fallback)
  } catch (error) {
    if (error instanceof InputError && error.problem === 'does not exist') return defaultSettings()
    throw error
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got \`${value}\`)`)
}
