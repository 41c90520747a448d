import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli, type CliIO } from '../../src/command.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  /** The non-empty lines written to stderr. */
  stderrLines: string[]
}

export interface FakeIoOptions {
  cwd: string
  isTTY?: boolean
  env?: Record<string, string | undefined>
}

/** Runs the command line in-process, as `elb-ir-check <argv>` would, capturing what it prints. */
export async function cli(argv: string[], options: FakeIoOptions): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    cwd: options.cwd,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {}
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr, stderrLines: stderr.split('\n').filter((line) => line.trim() !== '') }
}

/** A fresh temporary directory; `cleanup` removes it. */
export function tempDir(prefix = 'elb-ir-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at /m
