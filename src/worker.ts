// A worker thread of `check` over many plans (dist/worker.js): checks the plans it is given, one at a time.
import { parentPort } from 'node:worker_threads'
import { runPlanJob, type PlanJob } from './run-plans.js'

parentPort?.on('message', async (message: { index: number; job: PlanJob }) => {
  const outcome = await runPlanJob(message.job)
  parentPort?.postMessage({ index: message.index, outcome })
})
