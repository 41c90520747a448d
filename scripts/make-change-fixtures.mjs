#!/usr/bin/env node
// Makes the change fixtures: real plans of a change to resources that already exist, offline.
//
//   node scripts/make-change-fixtures.mjs [filter ...]     (or: npm run fixtures:change -- [filter ...])
//
// A change fixture is a folder fixtures/change/<scenario>/ with before/main.tf and after/main.tf (and
// modules beside them if needed). For each one the script
//   1. plans `before` and writes, as if it had been applied, a state file version 4 (state-from-plan.mjs,
//      shared with make-state-fixtures.mjs): the planned values with their unknowns filled with realistic
//      ids, ARNs and names, written in rounds (a resource whose own arguments are still unknown waits
//      until what it refers to is in state, so that `bucket = aws_s3_bucket.logs.id` holds the bucket's id);
//   2. checks that `before` planned against that state changes nothing (state-from-plan.mjs too);
//   3. plans `after` beside the state with -refresh=false, so Terraform computes the real update,
//      no-op, replace and delete actions and writes prior_state;
//   4. writes fixtures/change/<scenario>/plan.json (`terraform show -json`, byte for byte) and
//      fixtures/change/<scenario>/terraform.tfstate (the state the plan starts from).
// Terraform and the offline set-up (provider mirror, dummy credentials, STS stand-in) are those of
// make-fixtures.mjs (terraform-offline.mjs). Filters: words that the scenario's path must contain.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { planJson, providerSchemas, stateFromPlan, terraformIn } from './state-from-plan.mjs'
import { checkTerraform, copyConfiguration, leakedPath, mirror, offlineTerraform } from './terraform-offline.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const changeRoot = path.join(repoRoot, 'fixtures', 'change')
const jobs = Math.max(1, Number.parseInt(process.env.FIXTURE_JOBS ?? '2', 10) || 2)

function die(message) {
  process.stderr.write(`make-change-fixtures: ${message}\n`)
  process.exit(1)
}

const terraformVersion = checkTerraform(die)
if (!fs.existsSync(changeRoot)) die(`${changeRoot} does not exist`)
const rel = (p) => path.relative(repoRoot, p).split(path.sep).join('/')
const filters = process.argv.slice(2)
const scenarios = fs
  .readdirSync(changeRoot, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(changeRoot, e.name, 'before', 'main.tf')) && fs.existsSync(path.join(changeRoot, e.name, 'after', 'main.tf')))
  .map((e) => path.join(changeRoot, e.name))
  .filter((dir) => filters.length === 0 || filters.some((f) => rel(dir).includes(f.replace(/\/$/, '')) || path.resolve(f) === dir))
  .sort()
if (!scenarios.length) die(`no change fixture (fixtures/change/<scenario>/{before,after}/main.tf) matches ${filters.join(' ')}`)

// --- run ------------------------------------------------------------------------------------------
const offline = await offlineTerraform('elb-ir-change-fixtures-')
let cachedSchemas = null

async function schemasIn(work) {
  cachedSchemas ??= await providerSchemas(work, offline.env)
  return cachedSchemas
}

async function makeOne(dir) {
  const started = Date.now()
  const scenario = path.basename(dir)
  const work = path.join(offline.tmpRoot, scenario)
  const before = path.join(work, 'before')
  const after = path.join(work, 'after')
  copyConfiguration(path.join(dir, 'before'), before)
  copyConfiguration(path.join(dir, 'after'), after)
  fs.rmSync(path.join(before, 'terraform.tfstate'), { force: true })
  fs.rmSync(path.join(after, 'terraform.tfstate'), { force: true })
  try {
    await terraformIn(before, offline.env, ['init', '-input=false', '-no-color'])
    const schemas = await schemasIn(before)
    // 1. "Apply" before, in rounds: a resource whose own arguments are unknown waits for the ones it refers to.
    const { state, rounds } = await stateFromPlan(before, { env: offline.env, terraformVersion, lineageSeed: scenario, schemas, label: 'before/' })
    // 2. Plan after beside that state.
    const stateText = `${JSON.stringify(state, null, 2)}\n`
    fs.writeFileSync(path.join(after, 'terraform.tfstate'), stateText)
    await terraformIn(after, offline.env, ['init', '-input=false', '-no-color'])
    const { bytes, plan } = await planJson(after, offline.env)
    const leak = leakedPath(bytes.toString('utf8'), offline.tmpRoot, work)
    if (leak) throw new Error(`plan.json holds the temporary path ${leak}`)
    if (!plan.prior_state) throw new Error('the plan of after/ has no prior_state')
    fs.writeFileSync(path.join(dir, 'plan.json'), bytes)
    fs.writeFileSync(path.join(dir, 'terraform.tfstate'), stateText)
    const actions = {}
    for (const rc of plan.resource_changes ?? []) {
      const a = rc.change.actions.join('+')
      actions[a] = (actions[a] ?? 0) + 1
    }
    const summary = Object.entries(actions).map(([a, n]) => `${n} ${a}`).join(', ')
    return { dir, ok: true, seconds: (Date.now() - started) / 1000, summary: `${state.resources.length} resource(s) in state after ${rounds - 1} round(s); ${summary}` }
  } catch (error) {
    return { dir, ok: false, detail: error instanceof Error ? error.message : String(error) }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

process.stdout.write(`make-change-fixtures: ${scenarios.length} scenario(s), Terraform ${terraformVersion}, provider mirror ${mirror}\n`)
const t0 = Date.now()
const results = []
// The first scenario alone reads the provider schema; the others share it.
const queue = [...scenarios]
async function worker() {
  while (queue.length) {
    const r = await makeOne(queue.shift())
    results.push(r)
    if (r.ok) process.stdout.write(`ok    ${rel(r.dir)}  (${r.summary}; ${r.seconds.toFixed(1)}s)\n`)
    else process.stdout.write(`FAIL  ${rel(r.dir)}\n${r.detail.split('\n').map((l) => `      ${l}`).join('\n')}\n`)
  }
}
try {
  results.push(await makeOne(queue.shift()))
  const first = results[0]
  if (first.ok) process.stdout.write(`ok    ${rel(first.dir)}  (${first.summary}; ${first.seconds.toFixed(1)}s)\n`)
  else process.stdout.write(`FAIL  ${rel(first.dir)}\n${first.detail.split('\n').map((l) => `      ${l}`).join('\n')}\n`)
  await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker))
} finally {
  offline.close()
}
const failed = results.filter((r) => !r.ok)
process.stdout.write(`make-change-fixtures: ${results.length - failed.length} written, ${failed.length} failed, ${((Date.now() - t0) / 1000).toFixed(1)}s\n`)
process.exitCode = failed.length ? 1 : 0
