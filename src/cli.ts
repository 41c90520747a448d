#!/usr/bin/env node
// The command-line entry (dist/cli.js): wires the process to runCli, nothing else.
import { runCli } from './command.js'

// A reader that stops early (`| head`) closes the pipe. Stop quietly, with the status of a command that
// SIGPIPE ended (128 + 13), as the shell expects; Node ignores the signal and would throw EPIPE instead.
const CLOSED_PIPE_EXIT = 141
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`elb-ir-check: cannot write to standard output (${error.code ?? 'error'})\n`)
  process.exit(error.code === 'EPIPE' ? CLOSED_PIPE_EXIT : 2)
})
// With stderr closed there is no one left to tell.
process.stderr.on('error', () => {})

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env
})
