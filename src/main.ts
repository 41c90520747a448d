// The GitHub Action: reads the inputs as the runner passes them (INPUT_*), checks the plans (with no plan,
// the Terraform sources of working-directory), and reports on every channel: outputs, JSON report, SARIF, annotations, the job summary, and the PR's comments.
// The step fails at `fail-level` on what the change brings (`fail-on`), so a required check blocks the merge. The runner is reached through an
// ActionIO only (index.ts wires it to @actions/core), so that tests run this flow in-process.

import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { auditIssue, auditOutcomeLine } from './action/audit-issue.js'
import { comment, outcomeLine } from './action/comment.js'
import { type FixPatchPlaces, publishFixPatch, type PublishedPatch } from './action/fix-patch.js'
import { readInputs, type ActionInputs } from './action/inputs.js'
import type { ActionIO } from './action/io.js'
import { linksFor } from './action/links.js'
import { jobSummary, setCountOutputs, writeJobSummary, writeOutputFile } from './action/outputs.js'
import { planIdentity, relocate, repositoryPaths } from './action/relocate.js'
import { separateReports } from './action/report-files.js'
import { placesOf } from './action/workspace.js'
import { RULE_CATALOG } from './check.js'
import { settingsFrom, type Settings } from './config/settings.js'
import { InputError } from './errors.js'
import { fixPlanFiles } from './fix/from-plans.js'
import { unfixedLine } from './fix/index.js'
import { annotationsFor } from './github/annotations.js'
import { commentScope } from './github/markers.js'
import { expandPlanArguments } from './inputs.js'
import { plainLine, plainText } from './report/escape.js'
import { gate, gateLine } from './report/gate.js'
import { formatJson, readJsonReports } from './report/json.js'
import { mergeReports } from './report/merge.js'
import { formatSarif } from './report/sarif.js'
import type { Report } from './report/types.js'
import { runPlans } from './run-plans.js'
import { runSources } from './run-sources.js'

export type { ActionIO, AnnotationProperties } from './action/io.js'

/** Runs the action; returns the exit code (0 pass, 1 findings at the fail level, 2 bad input). */
export async function run(io: ActionIO): Promise<number> {
  try {
    return await runAction(io)
  } catch (error) {
    if (error instanceof InputError) {
      io.setFailed(`elb-ir-check: ${plainLine(error.message)}`)
      return 2
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    io.setFailed(`elb-ir-check: internal error: ${plainLine(message)}. Please report it (set ELB_IR_DEBUG=1 for details).`)
    if (io.env.ELB_IR_DEBUG && error instanceof Error && error.stack) io.info(plainText(error.stack))
    return 2
  }
}

const NO_PATCH: PublishedPatch = { file: '', summary: '', howToApply: '' }

/** Makes and publishes the fix patch of the plans; a failure costs the patch only, never the check. */
async function fixPatch(io: ActionIO, report: Report, options: { planFiles: string[]; settings: Settings; workspace: string; workingDir: string; configFile?: string; places: FixPatchPlaces }): Promise<PublishedPatch> {
  if (options.planFiles.length === 0 || !report.results.some((result) => result.verdict === 'fail')) {
    io.setOutput('fix-patch', '')
    return NO_PATCH
  }
  try {
    const fixed = await fixPlanFiles(options.planFiles, { cwd: options.workspace, settings: options.settings, sourceDir: options.workingDir, sourceRoot: options.workspace, configFile: options.configFile })
    for (const unfixed of fixed.unfixed) io.info(`elb-ir-check: ${plainLine(fixed.redact(unfixedLine(unfixed)))}`)
    return await publishFixPatch(io, fixed.patch, fixed.changes.length, options.places, fixed.redact)
  } catch (error) {
    io.warning(`elb-ir-check: the fix patch could not be made (${plainLine(error instanceof Error ? error.message.split('\n')[0] : String(error))}); the check itself is complete`)
    io.setOutput('fix-patch', '')
    return NO_PATCH
  }
}

async function runAction(io: ActionIO): Promise<number> {
  const inputs = readInputs(io.env)
  const { workspace, workingDir, workingRel, workingInside, configPath, defaultConfigs } = placesOf(inputs, io)
  const settings = await settingsFrom(configPath, defaultConfigs, workspace)

  const sourcesOnly = inputs.plans.length === 0
  const { report, problems, planFiles } = sourcesOnly ? await judgeSources(io, { settings, workspace, workingRel, workingInside }) : await judgePlans(inputs, { settings, workspace, workingDir, workingInside })
  for (const problem of problems) io.error(plainLine(problem), { title: 'elb-ir-check: input problem' })
  if (report.plans.length === 0) {
    const what = sourcesOnly ? 'the sources could not be judged' : 'no plan could be checked'
    if (inputs.auditIssue) io.info(`audit-issue: ${what}, so the audit issue is left as it is.`)
    io.setFailed(`elb-ir-check: ${what} (see the errors above)`)
    setCountOutputs(io, report)
    return 2
  }

  // Files: the JSON report (paths relative to working-directory, as the CLI writes it) and SARIF
  // (paths relative to the repository root, as code scanning wants them).
  const scope = commentScope(workingRel, inputs.plans.map((plan) => planIdentity(plan, workspace)), inputs.id)
  const reportPath = path.join(io.env.RUNNER_TEMP || tmpdir(), `elb-ir-report-${scope}.json`)
  await writeOutputFile(reportPath, formatJson(report), 'the JSON report')
  const repoView = relocate(report, workingRel, workspace)
  let sarifPath = ''
  if (inputs.sarifFile !== '') {
    sarifPath = path.resolve(workspace, inputs.sarifFile)
    await writeOutputFile(sarifPath, formatSarif(repoView), '`sarif-file`')
  }
  setCountOutputs(io, report)
  io.setOutput('report', reportPath)
  io.setOutput('sarif', sarifPath)

  // Annotations and the job summary come first: whatever happens with the GitHub API later, every
  // finding has reached the run.
  const { annotations, left } = annotationsFor(repoView)
  for (const a of annotations) io[a.level](a.message, { title: a.title, file: a.file, startLine: a.line })
  if (left > 0) io.info(`${left} more findings are not annotated (GitHub shows 10 per level); the job summary lists them all.`)
  for (const warning of report.warnings) io.notice(plainLine(warning), { title: 'elb-ir-check' })
  const links = linksFor(io.env)
  // What blocks and what is existing debt, said under the report.
  const decision = gate(report, inputs.failLevel, inputs.failOn)
  const verdict = gateLine(decision, '`fail-on: all`')
  await writeJobSummary(io, `${jobSummary(repoView, links.runUrl, inputs.failOn)}\n**${verdict}.**\n`)

  // The fix patch: what the fixers can change in the sources, when the sources are here.
  const fix = workingInside ? await fixPatch(io, report, { planFiles, settings, workspace, workingDir, configFile: configPath ?? defaultConfigs.find((file) => existsSync(file)), places: { directory: io.env.RUNNER_TEMP || tmpdir(), workingRel, plans: inputs.plans, scope } }) : NO_PATCH
  if (!workingInside) io.setOutput('fix-patch', '')
  if (fix.summary) await writeJobSummary(io, fix.summary)

  const outcome = await comment(io, inputs, repoView, { scope, workspace, workingRel, links, summaryFooter: fix.howToApply || undefined, judged: sourcesOnly ? 'sources' : 'plans' })
  if (outcome) await writeJobSummary(io, `\n${outcomeLine(outcome)}\n`)
  const audit = await auditIssue(io, inputs, repoView, { scope, workingRel, links, problems: problems.length })
  if (audit) await writeJobSummary(io, `\n${auditOutcomeLine(audit)}\n`)

  const { error, warning, notice } = report.summary
  io.info(`elb-ir-check: ${error} errors, ${warning} warnings, ${notice} notices, ${report.summary.suppressed} suppressed in ${sourcesOnly ? `the sources of ${workingRel}` : `${report.plans.length} plan(s)`}`)
  if (problems.length > 0) {
    io.setFailed(`elb-ir-check: ${problems.length} input problem(s); ${sourcesOnly ? 'what could be evaluated was judged' : 'the plans that could be read were checked'}`)
    return 2
  }
  if (decision.fails) {
    io.setFailed(`elb-ir-check: ${verdict} (${error} errors, ${warning} warnings, ${notice} notices)`)
    return 1
  }
  io.info(`elb-ir-check: ${verdict}`)
  return 0
}

interface Judged {
  report: Report
  problems: string[]
  /** The plan files judged (none for sources): the fix patch is made from them. */
  planFiles: string[]
}

/** Plans and, from other jobs of a matrix, their JSON reports. */
async function judgePlans(inputs: ActionInputs, places: { settings: Settings; workspace: string; workingDir: string; workingInside: boolean }): Promise<Judged> {
  const { settings, workspace } = places
  const { files, problems } = await expandPlanArguments(inputs.plans, workspace)
  const { planFiles, reportFiles } = separateReports(files, workspace)
  // Plans are named as the repository sees them, so fingerprints (and the PR comments keyed by them) are the same on every runner.
  const checked = await runPlans(planFiles, { cwd: workspace, settings, sourceDir: places.workingInside ? places.workingDir : undefined, sourceRoot: workspace, repositoryPaths: repositoryPaths(planFiles, workspace) })
  problems.push(...checked.problems)
  const { reports: earlier, problems: unreadable } = await readJsonReports(reportFiles, workspace, { rules: RULE_CATALOG })
  problems.push(...unreadable)
  return { report: mergeReports([{ report: checked.report }, ...earlier], problems), problems, planFiles }
}

/**
 * No plan: the sources in working-directory, evaluated as Terraform would (its variable files, TF_VAR_*
 * of the step's environment). Nothing is asked of the cloud, so no credentials are needed.
 */
async function judgeSources(io: ActionIO, places: { settings: Settings; workspace: string; workingRel: string; workingInside: boolean }): Promise<Judged> {
  if (!places.workingInside) throw new InputError(places.workingRel, 'leads outside the repository, so its sources are not read', 'Set `working-directory` to a folder of the repository, or give the plan with the `plan` input')
  return { ...(await runSources([places.workingRel], { cwd: places.workspace, settings: places.settings, env: io.env, boundary: places.workspace })), planFiles: [] }
}
