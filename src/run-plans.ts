import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { checkPlans } from './check.js'
import type { Settings } from './config/settings.js'
import { RELEVANT_TYPES } from './model/relevant-types.js'
import { InputError } from './errors.js'
import { type LoadedPlan, loadPlanFile } from './plan/load.js'
import { repositoryPathOf } from './plan/identity.js'
import { mergeReports } from './report/merge.js'
import type { Report } from './report/types.js'

export interface RunOptions {
  cwd: string
  settings: Settings
  sourceDir?: string
  /** See CheckOptions.sourceRoot; plans inside it are named relative to it (the repository root). */
  sourceRoot?: string
  /** The name each plan (as given) has in the repository, where the caller knows better than the nearest `.git` (the action: plans in RUNNER_TEMP). */
  repositoryPaths?: Record<string, string>
  /** Input problems found before the plans were read (a glob that matched nothing): the report lists them first. */
  problems?: string[]
  onProgress?: (file: string, bytesRead: number, totalBytes: number) => void
  /** Worker threads: a number, or undefined to decide from the inputs and the machine. */
  workers?: number
}

export interface PlanJob {
  /** As the user gave it (reports name plans by it). */
  file: string
  cwd: string
  settings: Settings
  sourceDir?: string
  sourceRoot?: string
  repositoryPath?: string
}

export type PlanOutcome = { report: Report; problem?: undefined } | { report?: undefined; problem: string }

/** Loads one plan as a check reads it; an unreadable plan becomes the problem line `check` prints, never an exception. */
export async function loadPlanJob(job: PlanJob, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<{ plan: LoadedPlan; problem?: undefined } | { plan?: undefined; problem: string }> {
  try {
    const loaded = await loadPlanFile(resolve(job.cwd, job.file), { keep: RELEVANT_TYPES, onProgress })
    return { plan: { ...loaded, path: job.file.split('\\').join('/'), repositoryPath: job.repositoryPath ?? repositoryPathOf(job.file, { cwd: job.cwd, repositoryRoot: job.sourceRoot }) } }
  } catch (error) {
    return { problem: planProblem(job.file, error) }
  }
}

/** The line `check` prints for a plan it could not read or check. */
export function planProblem(file: string, error: unknown): string {
  if (error instanceof InputError) return `${file}: ${error.problem}. ${error.remedy}`
  return `${file}: could not be checked (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'})`
}

/** Loads and checks one plan; an unreadable plan becomes a problem line, never an exception. */
export async function runPlanJob(job: PlanJob, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<PlanOutcome> {
  const loaded = await loadPlanJob(job, onProgress)
  if (!loaded.plan) return { problem: loaded.problem }
  try {
    return { report: await checkPlans([loaded.plan], { settings: job.settings, sourceDir: job.sourceDir, sourceRoot: job.sourceRoot }) }
  } catch (error) {
    return { problem: planProblem(job.file, error) }
  }
}

/**
 * Checks every plan into one report. Many plans are spread over worker threads when the machine has
 * cores to spare and the inputs are large enough to pay for starting them; the report is the same either way.
 */
export async function runPlans(files: string[], options: RunOptions): Promise<{ report: Report; problems: string[] }> {
  const jobs: PlanJob[] = files.map((file) => ({ file, cwd: options.cwd, settings: options.settings, sourceDir: options.sourceDir, sourceRoot: options.sourceRoot, repositoryPath: options.repositoryPaths?.[file] }))
  const workers = options.workers ?? (await chooseWorkers(files, options.cwd))
  const outcomes = workers > 1 ? await runInWorkers(jobs, workers) : await runInProcess(jobs, options.onProgress)
  const problems = [...(options.problems ?? []), ...outcomes.filter((o) => o.problem !== undefined).map((o) => o.problem as string)]
  const reports = outcomes.filter((o) => o.report !== undefined).map((o) => o.report as Report)
  // Plans are told apart by repository path and digest (see mergeReports): a file given twice counts once.
  return { report: mergeReports(reports.map((report) => ({ report })), problems), problems }
}

async function runInProcess(jobs: PlanJob[], onProgress: RunOptions['onProgress']): Promise<PlanOutcome[]> {
  const outcomes: PlanOutcome[] = []
  for (const job of jobs) outcomes.push(await runPlanJob(job, onProgress && ((read, total) => onProgress(job.file, read, total))))
  return outcomes
}

const WORKER_MIN_BYTES = 8 * 1024 * 1024

async function chooseWorkers(files: string[], cwd: string): Promise<number> {
  const requested = process.env.ELB_IR_WORKERS
  if (requested !== undefined && requested !== '') return Math.max(0, Number(requested) || 0)
  if (files.length < 3 || !workerScript()) return 0
  // Measured on a 2-core machine: two threads checked four 100 MB plans in 6.6 s against 5.9 s in one
  // (reading plans is bound by memory bandwidth there); with 4 or more cores they pay.
  const cores = availableParallelism()
  if (cores < 4) return 0
  let total = 0
  for (const file of files) total += (await stat(resolve(cwd, file)).catch(() => ({ size: 0 }))).size
  return total >= WORKER_MIN_BYTES ? Math.min(cores, 4, files.length) : 0
}

/** The bundled worker entry (dist/worker.js); none when running from source. */
function workerScript(): string | null {
  if (!import.meta.url.endsWith('.js')) return null
  const path = fileURLToPath(new URL('./worker.js', import.meta.url))
  return existsSync(path) ? path : null
}

async function runInWorkers(jobs: PlanJob[], count: number): Promise<PlanOutcome[]> {
  const script = workerScript()
  if (!script) return runInProcess(jobs, undefined)
  const outcomes: PlanOutcome[] = new Array(jobs.length)
  let next = 0
  const runWorker = () =>
    new Promise<void>((resolveWorker) => {
      const worker = new Worker(script)
      const give = () => {
        if (next >= jobs.length) {
          void worker.terminate()
          resolveWorker()
          return
        }
        const index = next++
        worker.postMessage({ index, job: jobs[index] })
      }
      worker.on('message', (message: { index: number; outcome: PlanOutcome }) => {
        outcomes[message.index] = message.outcome
        give()
      })
      worker.on('error', (error) => {
        // A worker that dies takes only its current plan with it; the others go on in this thread.
        for (let i = 0; i < jobs.length; i++) if (outcomes[i] === undefined && i < next) outcomes[i] = { problem: `${jobs[i].file}: could not be checked (${error.message.split('\n')[0]})` }
        resolveWorker()
      })
      give()
    })
  await Promise.all(Array.from({ length: Math.min(count, jobs.length) }, runWorker))
  // Anything a failed worker never reached is checked here.
  for (let i = 0; i < jobs.length; i++) if (outcomes[i] === undefined) outcomes[i] = await runPlanJob(jobs[i])
  return outcomes
}
