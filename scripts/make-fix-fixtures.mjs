#!/usr/bin/env node
// Proves the fixes with Terraform and keeps the proof as fixtures.
//
//   npm run build && node scripts/make-fix-fixtures.mjs [filter ...]
//
// For every rule fixture (fixtures/rules/<rule>/<case>) and fixtures/example, the built `fix` makes the
// patch of the fixture's sources against its plan.json. When the patch is not empty, the script copies
// the fixture to a temporary git repository, applies the patch with `git apply`, checks the changed .tf
// files with `terraform fmt -check`, runs `terraform init` and `terraform validate`, plans the fixed
// sources offline (`terraform plan -refresh=false`, `terraform show -json`) and writes
// fixtures/fix/<rule>/<case>/fix.patch and plan.json (fixtures/fix/example/ for the example). A fixture
// whose patch is empty has no fix fixture (a stale one is removed). test/fix/proof.test.ts then checks
// that `fix` still makes each committed patch, and that the fixed plan passes what was fixed.
//
// Filters as in make-fixtures.mjs: a path, or a word the fixture's path under fixtures/ contains.
// Environment: ELB_IR_CLI (default dist/cli.js), TERRAFORM, TF_PROVIDER_MIRROR (see terraform-offline.mjs).

import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { checkTerraform, copyConfiguration, leakedPath, offlineTerraform, runTerraform } from './terraform-offline.mjs'

export { offlineTerraform } from './terraform-offline.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The fixtures a fix is made for: every rule case and the example, each a folder with main.tf and plan.json. */
export function fixSources(fixturesRoot) {
  const out = []
  const rules = path.join(fixturesRoot, 'rules')
  for (const rule of fs.existsSync(rules) ? fs.readdirSync(rules).sort() : []) {
    for (const name of fs.readdirSync(path.join(rules, rule)).sort()) out.push(path.join(rules, rule, name))
  }
  out.push(path.join(fixturesRoot, 'example'))
  return out.filter((dir) => fs.existsSync(path.join(dir, 'main.tf')) && fs.existsSync(path.join(dir, 'plan.json')))
}

/** Where the fix fixture of a source fixture goes: fixtures/fix/<rule>/<case>, or fixtures/fix/example. */
export function fixFolderOf(fixturesRoot, sourceFixture) {
  const rel = path.relative(fixturesRoot, sourceFixture).split(path.sep)
  return path.join(fixturesRoot, 'fix', ...(rel[0] === 'rules' ? rel.slice(1) : rel))
}

/** The .tf files a patch changes or creates (its `+++ b/` paths). */
export function changedTerraformFiles(patch) {
  return [...patch.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => m[1]).filter((file) => file.endsWith('.tf'))
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, stdio: 'pipe', encoding: 'utf8' })

/**
 * Applies `patch` to a copy of the fixture and proves it with Terraform: git apply, fmt -check on the
 * changed files, init, validate, and (with `plan`) an offline plan. Returns the fixed plan's JSON text,
 * or `{ step, detail }` when a step fails.
 */
export async function proveFix(sourceFixture, patch, offline, work, { plan = true } = {}) {
  copyConfiguration(sourceFixture, work)
  git(work, 'init', '-q')
  git(work, 'add', '-A')
  git(work, '-c', 'user.name=fixtures', '-c', 'user.email=fixtures@example.com', 'commit', '-q', '-m', 'fixture')
  const patchFile = path.join(work, '..', `${path.basename(work)}.patch`)
  fs.writeFileSync(patchFile, patch)
  const applied = spawnSync('git', ['apply', patchFile], { cwd: work, encoding: 'utf8' })
  if (applied.status !== 0) return { step: 'git apply', detail: applied.stderr }
  const changed = changedTerraformFiles(patch)
  if (changed.length > 0) {
    const fmt = await runTerraform(['fmt', '-check', '-list=true', '-no-color', ...changed], work, offline.env)
    if (fmt.code !== 0) return { step: 'fmt -check', detail: `not formatted: ${fmt.stdout.toString('utf8').trim() || fmt.stderr}` }
  }
  const planFile = path.join(work, 'fixed.tfplan')
  const steps = [['init', '-input=false', '-no-color'], ['validate', '-no-color']]
  if (plan) steps.push(['plan', '-refresh=false', '-input=false', '-no-color', '-lock=false', `-out=${planFile}`], ['show', '-json', '-no-color', planFile])
  let result
  for (const args of steps) {
    result = await runTerraform(args, work, offline.env)
    if (result.code !== 0) return { step: args[0], detail: result.stderr.trim() || result.stdout.toString('utf8').trim() }
  }
  return { planJson: plan ? result.stdout.toString('utf8') : '' }
}

/**
 * Makes (or removes) the fix fixture of one source fixture. `fix(planFile, sourceDir)` returns the patch.
 * Resolves to `{ status: 'written' | 'nothing' | 'failed', step?, detail? }`.
 */
export async function makeFixFixture(sourceFixture, outFolder, { fix, offline }) {
  const patch = await fix(path.join(sourceFixture, 'plan.json'), sourceFixture)
  if (patch === '') {
    fs.rmSync(outFolder, { recursive: true, force: true })
    return { status: 'nothing' }
  }
  const work = fs.mkdtempSync(path.join(offline.tmpRoot, 'fix-'))
  try {
    const proved = await proveFix(sourceFixture, patch, offline, path.join(work, 'src'))
    if (proved.step) return { status: 'failed', step: proved.step, detail: proved.detail }
    const leak = leakedPath(proved.planJson, offline.tmpRoot, work)
    if (leak) return { status: 'failed', step: 'check', detail: `plan.json holds the temporary path ${leak}` }
    fs.mkdirSync(outFolder, { recursive: true })
    fs.writeFileSync(path.join(outFolder, 'fix.patch'), patch)
    fs.writeFileSync(path.join(outFolder, 'plan.json'), proved.planJson)
    return { status: 'written' }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** The patch the built command line makes (`fix --output`), run from the fixture's folder. */
function builtFix(cli) {
  return async (planFile, sourceDir) => {
    const out = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'elb-ir-fix-')), 'fix.patch')
    const run = spawnSync(process.execPath, [cli, 'fix', '--plan', planFile, '--source-dir', '.', '--output', out], { cwd: sourceDir, encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`fix failed for ${sourceDir}: ${run.stderr.trim()}`)
    return fs.readFileSync(out, 'utf8')
  }
}

async function main() {
  const die = (message) => {
    process.stderr.write(`make-fix-fixtures: ${message}\n`)
    process.exit(1)
  }
  const cli = path.resolve(repoRoot, process.env.ELB_IR_CLI || 'dist/cli.js')
  if (!fs.existsSync(cli)) die(`${path.relative(repoRoot, cli)} does not exist: run \`npm run build\` first (and \`git checkout dist\` afterwards), or set ELB_IR_CLI`)
  const terraformVersion = checkTerraform(die)
  const fixturesRoot = path.join(repoRoot, 'fixtures')
  const rel = (p) => path.relative(repoRoot, p).split(path.sep).join('/')
  const filters = process.argv.slice(2)
  const sources = fixSources(fixturesRoot).filter((dir) => filters.length === 0 || filters.some((f) => (fs.existsSync(path.resolve(f)) ? path.resolve(dir).startsWith(path.resolve(f)) : rel(dir).includes(f))))
  if (sources.length === 0) die(`no fixture matches ${filters.join(' ')}`)
  process.stdout.write(`make-fix-fixtures: ${sources.length} fixture(s), Terraform ${terraformVersion}\n`)
  const offline = await offlineTerraform('elb-ir-fix-fixtures-')
  const counts = { written: 0, nothing: 0, failed: 0 }
  const t0 = Date.now()
  try {
    for (const dir of sources) {
      const out = fixFolderOf(fixturesRoot, dir)
      const result = await makeFixFixture(dir, out, { fix: builtFix(cli), offline }).catch((error) => ({ status: 'failed', step: 'fix', detail: error.message }))
      counts[result.status]++
      if (result.status === 'written') process.stdout.write(`ok    ${rel(out)}\n`)
      else if (result.status === 'failed') process.stdout.write(`FAIL  ${rel(dir)}  (${result.step})\n${result.detail.split('\n').slice(-15).map((l) => `      ${l}`).join('\n')}\n`)
    }
  } finally {
    offline.close()
  }
  process.stdout.write(`make-fix-fixtures: ${counts.written} written, ${counts.nothing} with nothing to fix, ${counts.failed} failed, ${((Date.now() - t0) / 1000).toFixed(1)}s\n`)
  process.exitCode = counts.failed ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
