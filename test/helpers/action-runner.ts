// Runs the bundled action (`node dist/index.js`) the way the Actions runner does: inputs as INPUT_*
// variables with hyphens kept and action.yml's defaults filled in, the event in a file, and the file
// commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) as files. Spawned asynchronously, so that a loopback
// server in the test process can answer it.

import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { modifiedFilePatch } from './github-server.js'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The bundled example's main.tf, checked out as `infra/main.tf` by workspaceWith. */
export const EXAMPLE_MAIN_TF = readFileSync(path.join(REPO_ROOT, 'fixtures/example/main.tf'), 'utf8')
/** The example PR's files: it changes the encryption (line 99) and the load balancer's header (157), which both carry findings. */
export const EXAMPLE_PR_FILES = [{ filename: 'infra/main.tf', status: 'modified' as const, patch: modifiedFilePatch(EXAMPLE_MAIN_TF, [99, 157]) }]

/** A `pull_request` event for PR #7 of acme/infra at `headSha`, from `headRepo` (another repository: a fork). */
export function pullRequestEvent(headSha: string, headRepo = 'acme/infra') {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, head: { sha: headSha, ref: 'feature', repo: { full_name: headRepo } }, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/infra' } } },
      repository: { full_name: 'acme/infra', name: 'infra', owner: { login: 'acme' } }
    }
  }
}

const ACTION = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface ActionEnv {
  workspace: string
  /** `with:` of the step; the rest come from action.yml's defaults. */
  with: Record<string, string>
  token?: string
  event?: { name: string; payload?: unknown }
  apiUrl?: string
  env?: Record<string, string>
}

/** The step's environment as the runner sets it (inputs, context, file commands), with the files it names. */
export function actionEnvironment(options: ActionEnv): { env: Record<string, string>; outputFile: string; summaryFile: string } {
  const runnerDir = path.join(options.workspace, '..', `runner-${Math.random().toString(36).slice(2)}`)
  mkdirSync(runnerDir, { recursive: true })
  const outputFile = path.join(runnerDir, 'output.txt')
  const summaryFile = path.join(runnerDir, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
    // Waits between retries scaled down: a retry-after of 1 s waits 20 ms here.
    ELB_IR_RETRY_BASE_MS: '20',
    ELB_IR_HTTP_TIMEOUT_MS: '3000',
    ...options.env
  }
  if (options.event) {
    const eventFile = path.join(runnerDir, 'event.json')
    writeFileSync(eventFile, JSON.stringify(options.event.payload ?? {}))
    env.GITHUB_EVENT_NAME = options.event.name
    env.GITHUB_EVENT_PATH = eventFile
  }
  for (const [name, input] of Object.entries(ACTION.inputs)) {
    let value = options.with[name] ?? input.default ?? ''
    if (value === '${{ github.token }}') value = options.token ?? ''
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  return { env, outputFile, summaryFile }
}

export async function runAction(options: ActionEnv): Promise<ActionRun> {
  const { env, outputFile, summaryFile } = actionEnvironment(options)
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/index.js')], { cwd: options.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }
}

/** Reads GITHUB_OUTPUT as the runner does: `name<<delimiter` blocks (and plain name=value lines). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/** A repository checkout: the Terraform sources and plan of a fixture under `infra/`. */
export function workspaceWith(root: string, fixture: string): string {
  const workspace = path.join(root, 'repo')
  const target = path.join(workspace, 'infra')
  mkdirSync(target, { recursive: true })
  cpSync(path.join(REPO_ROOT, fixture), target, { recursive: true })
  return workspace
}

/** Workflow commands (`::error file=…::message`) the runner would read from the step's output. */
export function workflowCommands(stdout: string, command: string): { properties: Record<string, string>; message: string }[] {
  const found = []
  for (const line of stdout.split('\n')) {
    const match = new RegExp(`^::${command}( [^:]*)?::(.*)$`).exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[1] ?? '').trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1).replace(/%2C/g, ','))
    }
    found.push({ properties, message: match[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%') })
  }
  return found
}
