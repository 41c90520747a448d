// The action's entry (action.yml runs dist/index.js): wires the runner (@actions/core) to run(), nothing else.
import * as core from '@actions/core'
import { run } from './main.js'

const code = await run({
  env: process.env,
  cwd: process.cwd(),
  error: (message, properties) => core.error(message, properties),
  warning: (message, properties) => core.warning(message, properties),
  notice: (message, properties) => core.notice(message, properties),
  info: (message) => core.info(message),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  // The runner names the summary file in GITHUB_STEP_SUMMARY; without it (a local run) there is none.
  appendSummary: async (markdown) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
  }
})
// Sockets of a GitHub call that timed out must not keep the step alive.
process.exit(code)
