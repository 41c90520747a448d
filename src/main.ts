// The GitHub Action: reads the inputs as the runner passes them (INPUT_*), checks the plans, and reports
// on every channel: outputs, JSON report, SARIF, annotations, the job summary, and the PR's comments.
// The step fails at `fail-level`, so a required check blocks the merge.

import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { failsAt, RULE_CATALOG } from './check.js'
import { settingsFrom } from './config/settings.js'
import { annotationsFor } from './github/annotations.js'
import { createGitHubApi, type GitHubApi } from './github/client.js'
import { readEvent, type PullRequestTarget } from './github/event.js'
import { commentScope } from './github/markers.js'
import { publish, type PublishOutcome } from './github/publish.js'
import { expandPlanArguments } from './inputs.js'
import { InputError } from './plan/errors.js'
import { markdownText, plainLine, plainText } from './report/escape.js'
import { formatJson, readJsonReports } from './report/json.js'
import { formatMarkdown } from './report/markdown.js'
import { mergeReports } from './report/merge.js'
import { formatSarif } from './report/sarif.js'
import type { Report } from './report/types.js'
import { runPlans } from './run-plans.js'
import { FAIL_LEVELS } from './severity.js'
import { realPath, staysInside } from './util/inside.js'
import { encodePathSegments } from './util/uri.js'

const COMMENT_MODES = ['review', 'summary', 'off'] as const
const DRY_RUN = ['true', 'false', 'auto'] as const
/** The job summary takes 1 MiB per step (bytes, not characters); room is kept for the outcome line. */
const MAX_JOB_SUMMARY_BYTES = 1_000_000
const FORK_NOTICE =
  'This pull request comes from a fork, so the workflow token is read-only and cannot comment. All findings are in the annotations and the job summary. To get review comments on fork pull requests, use the fork-safe pattern: plan in a `pull_request` workflow, upload plan.json as an artifact, and run elb-ir-check in a `workflow_run` workflow (docs/examples/fork-safe).'

interface ActionInputs {
  plans: string[]
  workingDirectory: string
  config: string
  token: string
  comment: (typeof COMMENT_MODES)[number]
  failLevel: (typeof FAIL_LEVELS)[number]
  sarifFile: string
  dryRun: boolean
  /** Tells apart two checks of one folder in one job (their PR comments). */
  id: string
}

/** Runs the action; returns the exit code (0 pass, 1 findings at the fail level, 2 bad input). */
export async function run(env: Record<string, string | undefined> = process.env): Promise<number> {
  try {
    return await runAction(env)
  } catch (error) {
    if (error instanceof InputError) {
      core.setFailed(`elb-ir-check: ${plainLine(error.message)}`)
      return 2
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    core.setFailed(`elb-ir-check: internal error: ${plainLine(message)}. Please report it (set ELB_IR_DEBUG=1 for details).`)
    if (env.ELB_IR_DEBUG && error instanceof Error && error.stack) core.info(plainText(error.stack))
    return 2
  }
}

async function runAction(env: Record<string, string | undefined>): Promise<number> {
  const inputs = readInputs(env)
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const workingDir = path.resolve(workspace, inputs.workingDirectory)
  if (!statSync(workingDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(inputs.workingDirectory, 'is not a directory in the repository', 'Set `working-directory` to the folder with the .tf files the plan was made from')
  }
  const workingRel = toPosix(path.relative(workspace, workingDir)) || '.'
  // Every read stays inside the repository: a working directory that leads out of it (a link, `..`) is not read.
  const workingInside = staysInside(workspace, workingDir)
  if (!workingInside) core.warning(`elb-ir-check: working-directory ${plainLine(inputs.workingDirectory)} leads outside the repository, so its files are not read (no file and line on the findings)`)
  const configPath = inputs.config ? path.resolve(workspace, inputs.config) : undefined
  if (configPath && realPath(configPath) !== null && !staysInside(workspace, configPath)) {
    throw new InputError(inputs.config, 'lies outside the repository', 'Keep the configuration in the repository and give its path relative to the repository root')
  }
  const defaultConfigs = [...(workingInside ? [path.join(workingDir, '.elb-ir.yml')] : []), path.join(workspace, '.elb-ir.yml')]
  const settings = await settingsFrom(configPath, defaultConfigs, workspace)

  // Plans and, from other jobs of a matrix, their JSON reports.
  const { files, problems } = await expandPlanArguments(inputs.plans, workspace)
  const planFiles: string[] = []
  const reportFiles: string[] = []
  for (const file of files) (isJsonReport(path.resolve(workspace, file)) ? reportFiles : planFiles).push(file)
  // Plans are named as the repository sees them, so fingerprints (and the PR comments keyed by them) are the same on every runner.
  const planName = repositoryPlanNames(planFiles.map((file) => path.resolve(workspace, file)), workspace)
  const repositoryPaths = Object.fromEntries(planFiles.map((file) => [file, planName(path.resolve(workspace, file))]))
  const checked = await runPlans(planFiles, { cwd: workspace, settings, sourceDir: workingInside ? workingDir : undefined, sourceRoot: workspace, repositoryPaths })
  problems.push(...checked.problems)
  const { reports: earlier, problems: unreadable } = await readJsonReports(reportFiles, workspace, { rules: RULE_CATALOG })
  problems.push(...unreadable)
  const report = mergeReports([{ report: checked.report }, ...earlier], problems)
  for (const problem of problems) core.error(plainLine(problem), { title: 'elb-ir-check: input problem' })
  if (report.plans.length === 0) {
    core.setFailed('elb-ir-check: no plan could be checked (see the errors above)')
    setCountOutputs(report)
    return 2
  }

  // Files: the JSON report (paths relative to working-directory, as the CLI writes it) and SARIF
  // (paths relative to the repository root, as code scanning wants them).
  const scope = commentScope(workingRel, inputs.plans.map((plan) => planIdentity(plan, workspace)), inputs.id)
  const reportPath = path.join(env.RUNNER_TEMP || tmpdir(), `elb-ir-report-${scope}.json`)
  await writeOutputFile(reportPath, formatJson(report), 'the JSON report')
  const repoView = relocate(report, workingRel, workspace)
  let sarifPath = ''
  if (inputs.sarifFile !== '') {
    sarifPath = path.resolve(workspace, inputs.sarifFile)
    await writeOutputFile(sarifPath, formatSarif(repoView), '`sarif-file`')
  }
  setCountOutputs(report)
  core.setOutput('report', reportPath)
  core.setOutput('sarif', sarifPath)

  // Annotations and the job summary come first: whatever happens with the GitHub API later, every
  // finding has reached the run.
  const { annotations, left } = annotationsFor(repoView)
  for (const a of annotations) core[a.level](a.message, { title: a.title, file: a.file, startLine: a.line })
  if (left > 0) core.info(`${left} more findings are not annotated (GitHub shows 10 per level); the job summary lists them all.`)
  for (const warning of report.warnings) core.notice(plainLine(warning), { title: 'elb-ir-check' })
  const links = linksFor(env)
  await writeJobSummary(jobSummary(repoView, links.runUrl))

  const outcome = await comment(inputs, env, repoView, { scope, workspace, workingRel, links })
  if (outcome) await writeJobSummary(`\n${outcomeLine(outcome)}\n`)

  const { error, warning, notice } = report.summary
  core.info(`elb-ir-check: ${error} errors, ${warning} warnings, ${notice} notices, ${report.summary.suppressed} suppressed in ${report.plans.length} plan(s)`)
  if (problems.length > 0) {
    core.setFailed(`elb-ir-check: ${problems.length} input problem(s); the plans that could be read were checked`)
    return 2
  }
  if (failsAt(report, inputs.failLevel)) {
    core.setFailed(`elb-ir-check: findings at or above fail-level ${inputs.failLevel} (${error} errors, ${warning} warnings, ${notice} notices)`)
    return 1
  }
  return 0
}

function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const input = (name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  const plans = input('plan')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  if (plans.length === 0) throw new InputError('plan', 'is empty', 'Give the plan JSON files (`terraform show -json tfplan > plan.json`), one per line')
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = input(name) || fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    throw new InputError(name, `must be one of ${allowed.join(', ')} (got \`${value}\`)`, `Fix the \`${name}\` input of the elb-ir-check step`)
  }
  const dryRun = oneOf('dry-run', DRY_RUN, 'auto')
  return {
    plans,
    workingDirectory: input('working-directory') || '.',
    config: input('config'),
    token: input('github-token'),
    comment: oneOf('comment', COMMENT_MODES, 'review'),
    failLevel: oneOf('fail-level', FAIL_LEVELS, 'error'),
    // Unset means the default; set to empty, it means no SARIF file.
    sarifFile: env['INPUT_SARIF-FILE'] === undefined ? 'elb-ir.sarif' : input('sarif-file'),
    dryRun: dryRun === 'true' || (dryRun === 'auto' && env.ACT === 'true'),
    id: plainLine(input('id'))
  }
}

/**
 * A `plan` input as the repository knows it, the same on every runner: a relative path or glob as
 * written (it is relative to the repository root), an absolute path inside the workspace relative to
 * it, and anything else (`${{ runner.temp }}/plan.json`) by its file name alone.
 */
function planIdentity(plan: string, workspace: string): string {
  if (!path.isAbsolute(plan)) return plan
  return insideWorkspace(plan, workspace) ?? path.basename(plan)
}

/** An absolute path relative to the workspace (forward slashes), or null when it lies outside. */
function insideWorkspace(file: string, workspace: string): string | null {
  const inside = path.relative(workspace, path.resolve(file))
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside) ? toPosix(inside) : null
}

/** A JSON report of an earlier run starts with its schema version and tool name (formatJson's order). */
function isJsonReport(file: string): boolean {
  try {
    // Opening a named pipe would wait for a writer: only a regular file is sniffed; the plan loader refuses the rest.
    if (!statSync(file).isFile()) return false
    const head = Buffer.alloc(256)
    const fd = openSync(file, 'r')
    let read: number
    try {
      read = readSync(fd, head, 0, 256, 0)
    } finally {
      closeSync(fd)
    }
    return /^\uFEFF?\s*\{\s*"schemaVersion"\s*:\s*1\s*,\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"elb-ir-check"/.test(head.subarray(0, read).toString('utf8'))
  } catch {
    return false
  }
}

/**
 * The same report as the repository sees it: file paths relative to the repository root, and plans
 * named without the runner's folders, so that comments read the same on every runner (and a re-run
 * finds nothing to edit).
 */
function relocate(report: Report, workingRel: string, workspace: string): Report {
  const planName = repositoryPlanNames(report.plans.map((p) => p.path), workspace)
  const inRepository = (file: string) => (workingRel === '.' ? file : toPosix(path.posix.normalize(`${workingRel}/${file}`)))
  return {
    ...report,
    plans: report.plans.map((p) => ({ ...p, path: planName(p.path) })),
    loadBalancers: report.loadBalancers.map((lb) => ({ ...lb, plan: planName(lb.plan) })),
    results: report.results.map((r) => ({ ...r, plan: planName(r.plan), ...(r.location ? { location: { ...r.location, file: inRepository(r.location.file) } } : {}) }))
  }
}

/**
 * Plan paths as the repository sees them: relative to the workspace when inside it; otherwise the
 * file name, with as many parent folders as keep two plans apart (`prod/plan.json`, `staging/plan.json`).
 */
function repositoryPlanNames(plans: readonly string[], workspace: string): (plan: string) => string {
  const names = new Map<string, string>()
  const outside: string[][] = []
  for (const plan of new Set(plans)) {
    const inside = path.isAbsolute(plan) ? insideWorkspace(plan, workspace) : plan
    if (inside !== null) names.set(plan, inside)
    else outside.push(path.resolve(plan).split(path.sep).filter(Boolean))
  }
  const suffix = (segments: string[], n: number) => segments.slice(-n).join('/')
  for (const segments of outside) {
    let n = 1
    while (n < segments.length && outside.some((other) => other !== segments && suffix(other, n) === suffix(segments, n))) n++
    names.set(path.resolve(path.sep, ...segments), suffix(segments, n))
  }
  return (plan) => names.get(plan) ?? names.get(path.resolve(plan)) ?? plan
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

function setCountOutputs(report: Report): void {
  core.setOutput('errors', String(report.summary.error))
  core.setOutput('warnings', String(report.summary.warning))
  core.setOutput('notices', String(report.summary.notice))
}

async function writeOutputFile(file: string, text: string, what: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  } catch (error) {
    throw new InputError(file, `cannot be written for ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable path')
  }
}

/** The Markdown report, shortened until its UTF-8 bytes fit the job summary. */
function jobSummary(report: Report, runUrl: string | undefined): string {
  let maxLength = MAX_JOB_SUMMARY_BYTES
  let markdown = formatMarkdown(report, { runUrl, maxLength })
  while (Buffer.byteLength(markdown) > MAX_JOB_SUMMARY_BYTES && maxLength > 10_000) {
    maxLength = Math.floor(maxLength * 0.8)
    markdown = formatMarkdown(report, { runUrl, maxLength })
  }
  return markdown
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`the job summary could not be written (${plainLine(error instanceof Error ? error.message : String(error))})`)
  }
}

interface Links {
  runUrl?: string
  blobUrl?: (sha: string) => (file: string, line: number) => string
}

function linksFor(env: Record<string, string | undefined>): Links {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = env.GITHUB_REPOSITORY
  if (!repository) return {}
  return {
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    blobUrl: (sha) => (file, line) => `${server}/${repository}/blob/${sha}/${encodePathSegments(file.split('/'))}#L${line}`
  }
}

/** Comments on the PR (or, in a dry run, what they would be). Returns null when nothing was tried. */
async function comment(
  inputs: ActionInputs,
  env: Record<string, string | undefined>,
  report: Report,
  context: { scope: string; workspace: string; workingRel: string; links: Links }
): Promise<PublishOutcome | null> {
  if (inputs.comment === 'off') return null
  const event = readEvent(env)
  if (!event.target) {
    core.info(`No pull request comments: ${plainLine(event.reason)}. Annotations, the job summary and the outputs are written as usual.`)
    return null
  }
  const target = event.target
  const timeoutMs = Number(env.ELB_IR_HTTP_TIMEOUT_MS) || 30_000
  const retryBaseMs = Number(env.ELB_IR_RETRY_BASE_MS) || 1000
  let api: GitHubApi | null = null
  if (inputs.token) {
    api = await createGitHubApi({ token: inputs.token, owner: target.owner, repo: target.repo, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', timeoutMs, retryBaseMs, log: (line) => core.info(plainLine(line)) })
  }
  const publishInput = {
    report,
    mode: inputs.comment,
    target,
    scope: context.scope,
    api,
    dryRun: inputs.dryRun,
    sourceLine: sourceLineReader(context.workspace),
    runUrl: context.links.runUrl,
    fileUrl: context.links.blobUrl?.(target.headSha),
    workingDirectory: context.workingRel,
    log: (line: string) => core.info(plainLine(line)),
    retryDelayMs: retryBaseMs,
    settleMs: timeoutMs
  }
  // The whole exchange with GitHub is bounded: a stalled API must not hold the required check.
  const deadlineMs = Number(env.ELB_IR_PUBLISH_TIMEOUT_MS) || 5 * 60_000
  let outcome = await withDeadline(publish(publishInput), deadlineMs)
  if (inputs.dryRun && outcome.status === 'degraded') {
    // A dry run reads the PR only to be precise; without it, it shows what it would post anyway.
    core.info(`Dry run: the pull request could not be read (${plainLine(outcome.reason ?? '')}); showing every located finding as if it were on a changed line.`)
    outcome = await publish({ ...publishInput, api: null })
  }
  if (outcome.status === 'dry-run') printDryRun(outcome, target)
  else if (outcome.status === 'degraded') {
    if (outcome.httpStatus === 403 || outcome.httpStatus === 401) core.notice(refusalNotice(target, outcome), { title: 'elb-ir-check: no pull request comments' })
    else core.warning(`No pull request comments: ${plainLine(outcome.reason ?? 'unknown')}. All findings are in the annotations and the job summary.`, { title: 'elb-ir-check' })
  } else {
    core.info(`Pull request #${target.number}: ${outcome.created} review comments posted, ${outcome.updated} updated, ${outcome.removed} removed; summary comment ${outcome.summary}.`)
  }
  return outcome
}

/** Why GitHub refused the token, and what to do: a fork's read-only token, or a job without the permission. */
function refusalNotice(target: PullRequestTarget, outcome: PublishOutcome): string {
  if (target.fromFork) return FORK_NOTICE
  const why = plainLine(outcome.reason ?? '')
  return outcome.httpStatus === 401
    ? `GitHub refused the token (${why}); no comments were posted. All findings are in the annotations and the job summary. Check the \`github-token\` input.`
    : `The token may not comment on this pull request (${why}). All findings are in the annotations and the job summary. Give the job \`permissions: pull-requests: write\`; for pull requests from forks, see the fork-safe pattern (docs/examples/fork-safe).`
}

async function withDeadline(work: Promise<PublishOutcome>, ms: number): Promise<PublishOutcome> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<PublishOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'degraded', reason: `GitHub did not finish answering within ${Math.round(ms / 1000)} s`, inline: new Set(), created: 0, updated: 0, removed: 0, summary: 'none' }), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

/** Prints what a dry run would post; user text is fenced off from the runner's command parser. */
function printDryRun(outcome: PublishOutcome, target: PullRequestTarget): void {
  const would = outcome.wouldPost
  if (!would) return
  const token = createHash('sha256').update(String(Math.random()) + Date.now()).digest('hex').slice(0, 24)
  core.startGroup(`elb-ir-check dry run: ${would.comments.length} review comments and the summary comment for pull request #${target.number} (nothing is posted)`)
  process.stdout.write(`::stop-commands::${token}\n`)
  for (const c of would.comments) core.info(`--- review comment on ${c.path}:${c.line}\n${c.body}\n`)
  if (would.updates + would.removals > 0) core.info(`--- ${would.updates} earlier comments would be updated, ${would.removals} removed`)
  core.info(would.summary ? `--- summary comment (the job summary has the same report)\n${would.summary}` : '--- no summary comment')
  process.stdout.write(`::${token}::\n`)
  core.endGroup()
}

function outcomeLine(outcome: PublishOutcome): string {
  switch (outcome.status) {
    case 'dry-run':
      return `_Dry run: nothing was posted to the pull request (${outcome.wouldPost?.comments.length ?? 0} review comments would be)._`
    case 'degraded':
      return `_No pull request comments: ${outcome.reason ? markdownText(outcome.reason) : 'unknown reason'}. Every finding is listed above._`
    default:
      return `_Pull request: ${outcome.created} review comments posted, ${outcome.updated} updated, ${outcome.removed} removed; summary comment ${outcome.summary}._`
  }
}

/** Reads lines of repository files (for suggestions), never outside the repository. */
function sourceLineReader(workspace: string): (file: string, line: number) => string | null {
  const cache = new Map<string, string[] | null>()
  return (file, line) => {
    const abs = path.resolve(workspace, file)
    if (!abs.startsWith(workspace + path.sep)) return null
    if (!cache.has(abs)) {
      try {
        cache.set(abs, readFileSync(abs, 'utf8').split(/\r?\n/))
      } catch {
        cache.set(abs, null)
      }
    }
    return cache.get(abs)?.[line - 1] ?? null
  }
}

