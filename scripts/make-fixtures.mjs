#!/usr/bin/env node
// Regenerates the plan.json of every Terraform fixture under fixtures/.
//
//   node scripts/make-fixtures.mjs [filter ...]      (or: npm run fixtures -- [filter ...])
//
// A fixture is a directory under fixtures/ that holds a main.tf (directories inside a fixture,
// such as modules/, belong to it). For each one the script copies the directory to a temporary
// place, runs `terraform init`, `terraform plan -refresh=false` and `terraform show -json` there,
// and writes the JSON that Terraform printed, byte for byte, to plan.json in the fixture.
// Nothing else lands in fixtures/ (no .terraform/, lock file or saved plan).
//
// Filters: a path (file or directory, e.g. fixtures/rules/ELBIR002) keeps the fixtures inside it
// any other word keeps the fixtures whose path under fixtures/ contains it (e.g. ELBIR004, unknown).
//
// Offline by design (terraform-offline.mjs): the AWS provider comes from a filesystem mirror
// (TF_PROVIDER_MIRROR, default /opt/tf-plugins); the configurations carry dummy credentials and skip
// every AWS call. Provider blocks with assume_role still call STS AssumeRole while they are
// configured, so a local stand-in for STS hands out dummy credentials.
// A fixture may hold a terraform.tfstate (version 4): it is copied along, so the plan is an update
// of the resources in it. fixtures/change/ is left to make-change-fixtures.mjs (before/after pairs).
//
// Environment: TERRAFORM (binary, default `terraform`), TF_PROVIDER_MIRROR, FIXTURE_JOBS (parallel
// plans, default 2).

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkTerraform, copyConfiguration, leakedPath, mirror, offlineTerraform, runTerraform } from './terraform-offline.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesRoot = path.join(repoRoot, 'fixtures')
const changeFixturesRoot = path.join(fixturesRoot, 'change')
const jobs = Math.max(1, Number.parseInt(process.env.FIXTURE_JOBS ?? '2', 10) || 2)

function die(message) {
  process.stderr.write(`make-fixtures: ${message}\n`)
  process.exit(1)
}

// --- preconditions -------------------------------------------------------------------------------
const terraformVersion = checkTerraform(die)
if (!fs.existsSync(fixturesRoot)) die(`${fixturesRoot} does not exist`)

// --- find fixtures -------------------------------------------------------------------------------
function findFixtures(dir, out) {
  // fixtures/state/ holds states, made by scripts/make-state-fixtures.mjs.
  if (dir === path.join(fixturesRoot, 'state')) return out
  const entries = fs.readdirSync(dir, { withFileTypes: true })
  if (entries.some((e) => e.isFile() && e.name === 'main.tf')) {
    out.push(dir)
    return out; // subdirectories (modules/...) belong to this fixture
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const sub = path.join(dir, e.name)
    // fixtures/change/ holds before/after pairs: make-change-fixtures.mjs plans those.
    if (e.isDirectory() && !e.name.startsWith('.') && sub !== changeFixturesRoot) findFixtures(sub, out)
  }
  return out
}

const rel = (p) => path.relative(repoRoot, p).split(path.sep).join('/')
let fixtures = findFixtures(fixturesRoot, [])
const filters = process.argv.slice(2)
if (filters.length) {
  fixtures = fixtures.filter((dir) =>
    filters.some((f) => {
      const abs = path.resolve(f)
      if (fs.existsSync(abs)) {
        const base = fs.statSync(abs).isDirectory() ? abs : path.dirname(abs)
        return dir === base || dir.startsWith(base + path.sep) || base.startsWith(dir + path.sep)
      }
      return rel(dir).includes(f)
    }),
  )
}
if (!fixtures.length) die(`no fixture matches ${filters.join(' ')}`)

// --- run ------------------------------------------------------------------------------------------
const offline = await offlineTerraform('elb-ir-fixtures-')
const { tmpRoot } = offline

async function makeOne(dir) {
  const started = Date.now()
  const work = path.join(tmpRoot, rel(dir).replace(/[^A-Za-z0-9._-]+/g, '_'))
  copyConfiguration(dir, work)
  const planFile = path.join(work, 'fixture.tfplan')
  const steps = [
    ['init', '-input=false', '-no-color'],
    ['plan', '-refresh=false', '-input=false', '-no-color', '-lock=false', `-out=${planFile}`],
    ['show', '-json', '-no-color', planFile],
  ]
  let result
  for (const args of steps) {
    result = await runTerraform(args, work, offline.env)
    if (result.code !== 0) {
      fs.rmSync(work, { recursive: true, force: true })
      return { dir, ok: false, step: args[0], detail: result.stderr.trim() || result.stdout.toString('utf8').trim() }
    }
  }
  const json = result.stdout
  let plan
  try {
    plan = JSON.parse(json.toString('utf8'))
  } catch (e) {
    return { dir, ok: false, step: 'show', detail: `terraform show did not print JSON: ${e.message}` }
  }
  const text = json.toString('utf8')
  const leak = leakedPath(text, tmpRoot, work)
  fs.rmSync(work, { recursive: true, force: true })
  if (leak) return { dir, ok: false, step: 'check', detail: `plan.json holds the temporary path ${leak}` }
  fs.writeFileSync(path.join(dir, 'plan.json'), json)
  const changes = plan.resource_changes ?? []
  const actions = {}
  for (const rc of changes) {
    const a = rc.change.actions.join('+')
    actions[a] = (actions[a] ?? 0) + 1
  }
  const summary = Object.entries(actions)
    .map(([a, n]) => `${n} ${a}`)
    .join(', ')
  return { dir, ok: true, seconds: (Date.now() - started) / 1000, summary }
}

process.stdout.write(
  `make-fixtures: ${fixtures.length} fixture(s), Terraform ${terraformVersion}, provider mirror ${mirror}, ${Math.min(jobs, fixtures.length)} at a time\n`,
)
const t0 = Date.now()
const results = []
let next = 0
async function worker() {
  while (next < fixtures.length) {
    const dir = fixtures[next++]
    const r = await makeOne(dir)
    results.push(r)
    if (r.ok) process.stdout.write(`ok    ${rel(r.dir)}  (${r.summary}; ${r.seconds.toFixed(1)}s)\n`)
    else {
      const detail = r.detail.split('\n').slice(-15).map((l) => `      ${l}`).join('\n')
      process.stdout.write(`FAIL  ${rel(r.dir)}  (terraform ${r.step})\n${detail}\n`)
    }
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(jobs, fixtures.length) }, worker))
} finally {
  offline.close()
}
const failed = results.filter((r) => !r.ok)
process.stdout.write(
  `make-fixtures: ${results.length - failed.length} written, ${failed.length} failed, ${((Date.now() - t0) / 1000).toFixed(1)}s\n`,
)
process.exitCode = failed.length ? 1 : 0
