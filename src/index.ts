// The action's entry (action.yml runs dist/index.js): all logic is in main.ts.
import { run } from './main.js'

const code = await run()
// Sockets of a GitHub call that timed out must not keep the step alive.
process.exit(code)
