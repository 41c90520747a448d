#!/usr/bin/env node
// The command-line entry (dist/cli.js): wires the process to runCli, nothing else.
import { runCli } from './command.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env
})
