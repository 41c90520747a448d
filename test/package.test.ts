// The npm package as users get it: `npm pack` of this repository (the committed dist/), installed into an
// empty folder with no network and an empty npm cache (it has no dependencies, so nothing is fetched),
// then run with npx, and run as pre-commit runs the hook (.pre-commit-hooks.yaml: entry, args, then the
// changed files).
import { execFile } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO_ROOT } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'

const run = promisify(execFile)
const root = tempDir('elb-ir-package-')
const consumer = path.join(root.dir, 'consumer')
/** A user's machine: no npm settings inherited from the test run, an empty cache, no network. */
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_cache: path.join(root.dir, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false'
}
const FIXTURE = path.join(REPO_ROOT, 'fixtures/rules/ELBIR001/fail-no-block/plan.json')

interface PackResult {
  filename: string
  size: number
  unpackedSize: number
  entryCount: number
  files: { path: string }[]
}
let packed: PackResult

async function exec(file: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now()
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, stdout, stderr, ms: performance.now() - started }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    if (typeof e.code !== 'number') throw error
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '', ms: performance.now() - started }
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(REPO_ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first')
  const pack = await exec('npm', ['pack', '--json', '--pack-destination', root.dir], REPO_ROOT)
  expect(pack.code, pack.stderr).toBe(0)
  ;[packed] = JSON.parse(pack.stdout) as PackResult[]
  mkdirSync(consumer)
  const install = await exec('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(root.dir, packed.filename)], consumer)
  expect(install.code, install.stderr).toBe(0)
  console.log(`package: ${packed.filename} ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked, ${packed.entryCount} files`)
}, 180_000)

afterAll(() => root.cleanup())

describe('npm pack', () => {
  it('holds the bundle, action.yml, README, licence, changelog, docs and the bundled example, and nothing else', () => {
    const files = packed.files.map((f) => f.path).sort()
    for (const needed of ['dist/cli.js', 'dist/index.js', 'dist/worker.js', 'dist/package.json', 'dist/tree-sitter.wasm', 'dist/tree-sitter-hcl.wasm', 'dist/third-party-licenses.txt', 'action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'docs/rules.md', 'docs/configuration.md', 'docs/examples/gitlab-ci.yml', 'fixtures/example/plan.json', 'fixtures/example/main.tf']) {
      expect(files, needed).toContain(needed)
    }
    const unexpected = files.filter((f) => !/^(dist|docs)\//.test(f) && !/^fixtures\/example\//.test(f) && !['action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(f))
    expect(unexpected).toEqual([])
    expect(files.filter((f) => /(^|\/)(test|src|node_modules)\//.test(f) || /\.test\.ts$/.test(f))).toEqual([])
  })

  it('is the size the README says, within a quarter', () => {
    const claimed = Number(/The tarball is about\s+(\d+) kB/.exec(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'))?.[1])
    expect(Math.abs(claimed * 1000 - packed.size) / packed.size, `README says ${claimed} kB, the tarball has ${packed.size} bytes`).toBeLessThan(0.25)
  })

  it('is a published CLI: no runtime dependencies, the bin, engines, licence, repository and keywords', () => {
    const manifest = JSON.parse(readFileSync(path.join(consumer, 'node_modules/elb-ir-check/package.json'), 'utf8'))
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ 'elb-ir-check': 'dist/cli.js' })
    expect(manifest.engines.node).toMatch(/^>=20/)
    expect(manifest.license).toBe('Apache-2.0')
    expect(readFileSync(path.join(consumer, 'node_modules/elb-ir-check/LICENSE'), 'utf8')).toContain('Apache License')
    expect(manifest.repository.url).toContain('github.com/elb-ir-check/elb-ir-check')
    expect(manifest.keywords).toEqual(expect.arrayContaining(['terraform', 'aws', 'elb']))
    // What the install brought: the package and nothing else.
    expect(existsSync(path.join(consumer, 'node_modules/.bin/elb-ir-check'))).toBe(true)
    const installed = JSON.parse(readFileSync(path.join(consumer, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> }
    expect(Object.keys(installed.packages)).toEqual(['node_modules/elb-ir-check'])
  })
})

describe('the installed package', () => {
  it('npx elb-ir-check check --plan <a plan> --format json prints the JSON report and exits 1 on an error', async () => {
    const npx = await exec('npx', ['--offline', 'elb-ir-check', 'check', '--plan', FIXTURE, '--format', 'json'], consumer)
    expect(npx.code, npx.stderr).toBe(1)
    const report = JSON.parse(npx.stdout)
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'elb-ir-check', version: JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version } })
    expect(report.results.find((r: { ruleId: string }) => r.ruleId === 'ELBIR001')).toMatchObject({ address: 'aws_lb.web', verdict: 'fail', severity: 'error' })
    // The same plan, from the repository's own bundle: the same report, and how long each took.
    const node = await exec('node', [path.join(REPO_ROOT, 'dist/cli.js'), 'check', '--plan', FIXTURE, '--format', 'json'], consumer)
    expect(node.stdout).toBe(npx.stdout)
    const example = path.join(REPO_ROOT, 'fixtures/example/plan.json')
    const timed = { npx: (await exec('npx', ['--offline', 'elb-ir-check', 'check', '--plan', example], consumer)).ms, node: (await exec('node', [path.join(REPO_ROOT, 'dist/cli.js'), 'check', '--plan', example], consumer)).ms }
    console.log(`package: the example in ${Math.round(timed.npx)} ms by npx elb-ir-check, ${Math.round(timed.node)} ms by node dist/cli.js`)
  })

  it('with no --plan it checks the example it ships, with file and line locations', async () => {
    const bare = await exec(path.join(consumer, 'node_modules/.bin/elb-ir-check'), ['check', '--format', 'json'], consumer)
    expect(bare.code, bare.stderr).toBe(1)
    const report = JSON.parse(bare.stdout)
    expect(report.plans[0].path).toBe('node_modules/elb-ir-check/fixtures/example/plan.json')
    expect(report.results.find((r: { ruleId: string; address: string }) => r.ruleId === 'ELBIR002' && r.address === 'aws_lb.web').location).toEqual({ file: 'main.tf', line: 99 })
  })

  it('bad input: one line naming the file, exit 2', async () => {
    const missing = await exec('npx', ['--offline', 'elb-ir-check', 'check', '--plan', 'nope.json'], consumer)
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(missing.stderr).toContain('nope.json')
  })
})

describe('the pre-commit hook, run as pre-commit runs it', () => {
  const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; pass_filenames?: boolean }[]
  const hook = hooks.find((h) => h.id === 'elb-ir-check')
  const repo = path.join(root.dir, 'repo')

  /** `entry` + `args` + the staged files that match `files`, from the repository root, with the installed bin on PATH. */
  async function runHook(args: string[], staged: string[]) {
    const [command, ...entryArgs] = (hook?.entry ?? '').split(' ')
    const files = staged.filter((f) => new RegExp(hook?.files ?? '$^').test(f))
    if (files.length === 0) return null // pre-commit does not call a hook when no staged file matches
    return exec(path.join(consumer, 'node_modules/.bin', command), [...entryArgs, ...args, ...files], repo)
  }

  beforeAll(() => {
    cpSync(path.join(REPO_ROOT, 'fixtures/example'), path.join(repo, 'infra'), { recursive: true })
    // The plan is made after the sources, as `terraform show -json` would make it.
    const now = Date.now() / 1000
    for (const file of ['infra/main.tf', 'infra/modules/edge-nlb/main.tf']) utimesSync(path.join(repo, file), now - 60, now - 60)
  })

  it('is a node hook whose entry is the package bin, for Terraform files', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'elb-ir-check pre-commit' })
    expect(hook?.pass_filenames).not.toBe(false)
    const files = new RegExp(hook?.files ?? '$^')
    for (const match of ['main.tf', 'infra/modules/x/variables.tf', 'prod.tfvars', 'main.tf.json', 'x.tfvars.json']) expect(files.test(match), match).toBe(true)
    for (const other of ['README.md', 'main.tf.bak', 'plan.json', 'tfplan']) expect(files.test(other), other).toBe(false)
  })

  it('judges the plan given in args when a .tf file changed, with locations in its folder, and blocks the commit on an error', async () => {
    const result = await runHook(['--plan', 'infra/plan.json'], ['infra/main.tf', 'README.md'])
    expect(result?.code, result?.stderr).toBe(1)
    expect(result?.stdout).toContain('ELBIR002')
    expect(result?.stdout).toContain('main.tf:99')
    expect(result?.stderr).toBe('')
  })

  it('passes when the findings are below the fail level given in args', async () => {
    const result = await runHook(['--plan', 'infra/plan.json', '--fail-level', 'never'], ['infra/main.tf'])
    expect(result?.code, result?.stderr).toBe(0)
  })

  it('says so when the plan is older than a changed file', async () => {
    copyFileSync(path.join(repo, 'infra/main.tf'), path.join(repo, 'infra/changed.tf'))
    const later = Date.now() / 1000 + 60
    utimesSync(path.join(repo, 'infra/changed.tf'), later, later)
    const result = await runHook(['--plan', 'infra/plan.json'], ['infra/changed.tf'])
    expect(result?.code).toBe(1)
    expect(result?.stderr).toMatch(/^elb-ir-check: infra\/plan\.json is older than infra\/changed\.tf: .*terraform plan/)
  })

  it('without a plan in args: judges the sources of the changed folder, with no credentials, and blocks on an error', async () => {
    // The copy of main.tf an earlier case made would declare everything twice.
    rmSync(path.join(repo, 'infra/changed.tf'), { force: true })
    const result = await runHook([], ['infra/main.tf'])
    expect(result?.code, result?.stderr).toBe(1)
    expect(result?.stdout).toContain('infra/main.tf:99')
    expect(result?.stdout).toMatch(/^sources: 1 finding at or above fail-level error fails the run/m)
    expect(result?.stderr).toBe('')
  })

  it('does nothing when no Terraform file is among the files it is given', async () => {
    const result = await exec(path.join(consumer, 'node_modules/.bin/elb-ir-check'), ['pre-commit', '--plan', 'infra/plan.json', 'README.md', 'src/app.py'], repo)
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })
})
