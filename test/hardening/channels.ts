// Every place a report reaches, gathered for one fixture: the command line in each format, GitLab Code
// Quality and JUnit included (standard output, --output files, standard error, merge of the JSON
// report) and the bundled action (its
// standard output with annotations and logs, the job summary, SARIF, the JSON report, the review and
// summary comments posted to a loopback GitHub, and the dry-run printout).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, runAction, workspaceWith, type ActionRun } from '../helpers/action-runner.js'
import { cli, tempDir, type CliRun } from '../helpers/cli.js'
import { addedFilePatch, startGitHubServer, type FakeFile, type FakeGitHub } from '../helpers/github-server.js'

export type ChannelKind = 'text' | 'terminal' | 'json' | 'sarif' | 'markdown' | 'gitlab' | 'junit' | 'log'

export interface Channel {
  name: string
  kind: ChannelKind
  text: string
}

export const HEAD = '5b7e0c3a9d1f2e4b6a8c0d2e4f6a8b0c1d3e5f70'
export const WRITE_TOKEN = 'ghs_write'
export const BOT = 'github-actions[bot]'
/** The step as a workflow writes it: sources and plan under infra/. */
export const STEP = { plan: 'infra/plan.json', 'working-directory': 'infra' }

export const prEvent = {
  name: 'pull_request',
  payload: {
    action: 'opened',
    number: 7,
    pull_request: { number: 7, head: { sha: HEAD, ref: 'feature', repo: { full_name: 'acme/infra' } }, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/infra' } } },
    repository: { full_name: 'acme/infra', name: 'infra', owner: { login: 'acme' } }
  }
}

/** The fixture's .tf files, relative to the fixture, forward slashes. */
export function terraformFiles(fixture: string): string[] {
  const root = path.join(REPO_ROOT, fixture)
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.tf')) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return out
}

/** A pull request that adds every .tf file of the fixture under infra/: every line is in the diff. */
export function addedFiles(fixture: string): FakeFile[] {
  return terraformFiles(fixture).map((file) => ({ filename: `infra/${file}`, status: 'added' as const, patch: addedFilePatch(readFileSync(path.join(REPO_ROOT, fixture, file), 'utf8')) }))
}

export interface CliChannels {
  channels: Channel[]
  runs: Record<string, CliRun>
  /** The JSON report written with --output. */
  jsonReport: string
}

/** Runs `check` over the fixture's plan (or state) in every format, to standard output and to files, and `merge` of its JSON report. */
export async function cliChannels(fixture: string, outDir: string, planFile = 'plan.json'): Promise<CliChannels> {
  const channels: Channel[] = []
  const runs: Record<string, CliRun> = {}
  const plan = `${fixture}/${planFile}`
  const base = ['check', '--plan', plan, '--source-dir', fixture]
  const record = (name: string, run: CliRun, kind: ChannelKind) => {
    runs[name] = run
    channels.push({ name: `cli ${name} stdout`, kind, text: run.stdout }, { name: `cli ${name} stderr`, kind: 'log', text: run.stderr })
  }
  record('text', await cli([...base, '--format', 'text'], { cwd: REPO_ROOT }), 'text')
  record('text on a terminal', await cli(base, { cwd: REPO_ROOT, isTTY: true }), 'terminal')
  record('text on a terminal with NO_COLOR', await cli(base, { cwd: REPO_ROOT, isTTY: true, env: { NO_COLOR: '1' } }), 'text')
  for (const format of ['json', 'sarif', 'markdown', 'gitlab', 'junit'] as const) record(format, await cli([...base, '--format', format], { cwd: REPO_ROOT }), format)
  for (const format of ['text', 'json', 'sarif', 'markdown', 'gitlab', 'junit'] as const) {
    const file = path.join(outDir, `report.${format}`)
    const run = await cli([...base, '--format', format, '--output', file], { cwd: REPO_ROOT })
    runs[`${format} --output`] = run
    channels.push({ name: `cli ${format} --output file`, kind: format === 'text' ? 'text' : format, text: readFileSync(file, 'utf8') })
    channels.push({ name: `cli ${format} --output stdout+stderr`, kind: 'log', text: run.stdout + run.stderr })
  }
  const jsonReport = path.join(outDir, 'report.json')
  for (const format of ['text', 'json', 'sarif', 'markdown', 'gitlab', 'junit'] as const) {
    record(`merge ${format}`, await cli(['merge', jsonReport, '--format', format], { cwd: REPO_ROOT }), format)
  }
  return { channels, runs, jsonReport }
}

export interface ActionChannels {
  channels: Channel[]
  run: ActionRun
  dryRun: ActionRun
  workspace: string
  github: FakeGitHub
  report: { loadBalancers: { address: string }[]; results: { ruleId: string; address: string | null; verdict: string; severity: string | null; message: string }[] }
  cleanup: () => Promise<void>
}

/**
 * Runs the bundled action over the fixture (checked out under infra/) on a pull request that adds every
 * file, against a loopback GitHub, and once more as a dry run under act. `dist/` must be built.
 */
export async function actionChannels(fixture: string): Promise<ActionChannels> {
  if (!existsSync(path.join(REPO_ROOT, 'dist/index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first')
  const github = await startGitHubServer({ headSha: HEAD, files: addedFiles(fixture), tokens: { [WRITE_TOKEN]: { login: BOT, write: true, app: true } } })
  const root = tempDir('elb-ir-hardening-')
  const workspace = workspaceWith(root.dir, fixture)
  const run = await runAction({ workspace, with: STEP, token: WRITE_TOKEN, event: prEvent, apiUrl: github.url })
  const channels: Channel[] = [
    { name: 'action stdout (annotations and logs)', kind: 'log', text: run.stdout },
    { name: 'action stderr', kind: 'log', text: run.stderr },
    { name: 'action job summary', kind: 'markdown', text: run.summary },
    { name: 'action SARIF file', kind: 'sarif', text: readFileSync(run.outputs.sarif, 'utf8') },
    { name: 'action JSON report', kind: 'json', text: readFileSync(run.outputs.report, 'utf8') },
    { name: 'action outputs', kind: 'log', text: JSON.stringify(run.outputs) }
  ]
  for (const c of github.state.reviewComments) channels.push({ name: `review comment ${c.path}:${c.line}`, kind: 'markdown', text: c.body })
  for (const r of github.state.reviews) channels.push({ name: `review ${r.id} body`, kind: 'markdown', text: r.body })
  for (const c of github.state.issueComments) channels.push({ name: `summary comment ${c.id}`, kind: 'markdown', text: c.body })
  // Everything the action sent to GitHub, as sent (request bodies), in case a channel is not in the state.
  channels.push({ name: 'requests to GitHub', kind: 'log', text: JSON.stringify(github.requests.map((r) => r.body ?? null)) })

  const dryRun = await runAction({ workspace, with: STEP, token: '', event: prEvent, apiUrl: github.url, env: { ACT: 'true' } })
  channels.push({ name: 'dry run stdout', kind: 'log', text: dryRun.stdout }, { name: 'dry run stderr', kind: 'log', text: dryRun.stderr }, { name: 'dry run job summary', kind: 'markdown', text: dryRun.summary })
  const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as ActionChannels['report']
  return {
    channels,
    run,
    dryRun,
    workspace,
    github,
    report,
    cleanup: async () => {
      await github.close()
      root.cleanup()
    }
  }
}
