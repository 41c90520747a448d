#!/usr/bin/env node
// Makes the state fixtures: for each folder fixtures/state/<case>/ with a main.tf, a realistic raw state
// file (`terraform.tfstate`, version 4, as `terraform state pull` prints it) and `state.json`, which is
// `terraform show -json terraform.tfstate` of it.
//
//   node scripts/make-state-fixtures.mjs [fixtures/state/<case> ...]
//
// Nothing can be applied offline, so the state is written from plans by state-from-plan.mjs, as for the
// change fixtures (make-change-fixtures.mjs): planned values, unknowns filled with realistic ids and ARNs,
// written in rounds until the configuration planned against it changes nothing, with the data sources the
// last plan read and sensitive values as `sensitive_attributes`. Terraform itself then reads the state back
// (`terraform show -json`), which checks it against the provider's schema. The offline set-up (provider
// mirror, dummy credentials, STS stand-in) is terraform-offline.mjs's.
//
// Environment: TERRAFORM (binary, default `terraform`), TF_PROVIDER_MIRROR (default /opt/tf-plugins).

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { stateFromPlan, terraformIn } from './state-from-plan.mjs'
import { checkTerraform, copyConfiguration, leakedPath, offlineTerraform } from './terraform-offline.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stateRoot = path.join(repoRoot, 'fixtures', 'state')

function die(message) {
  process.stderr.write(`make-state-fixtures: ${message}\n`)
  process.exit(1)
}

const terraformVersion = checkTerraform(die)
const rel = (p) => path.relative(repoRoot, p).split(path.sep).join('/')
const args = process.argv.slice(2)
const cases = (args.length ? args.map((a) => path.resolve(a)) : fs.readdirSync(stateRoot).map((name) => path.join(stateRoot, name))).filter((dir) => fs.existsSync(path.join(dir, 'main.tf')))
if (cases.length === 0) die(`no fixture with a main.tf under ${args.length ? args.join(' ') : rel(stateRoot)}`)

const offline = await offlineTerraform('elb-ir-state-fixtures-')
let failed = 0
let schemas
try {
  for (const dir of cases) {
    const work = path.join(offline.tmpRoot, path.basename(dir))
    copyConfiguration(dir, work)
    for (const name of ['terraform.tfstate', 'state.json', 'expect.json']) fs.rmSync(path.join(work, name), { force: true })
    try {
      await terraformIn(work, offline.env, ['init', '-input=false', '-no-color'])
      const made = await stateFromPlan(work, { env: offline.env, terraformVersion, lineageSeed: rel(dir), schemas, dataSources: true })
      schemas = made.schemas
      const stateText = `${JSON.stringify(made.state, null, 2)}\n`
      const shown = (await terraformIn(work, offline.env, ['show', '-json', '-no-color', 'terraform.tfstate'])).stdout.toString('utf8')
      const leak = leakedPath(stateText + shown, offline.tmpRoot, work)
      if (leak) throw new Error(`the state holds the temporary path ${leak}`)
      fs.writeFileSync(path.join(dir, 'terraform.tfstate'), stateText)
      fs.writeFileSync(path.join(dir, 'state.json'), shown)
      process.stdout.write(`ok    ${rel(dir)}  (${made.state.resources.length} resources, ${made.rounds - 1} round(s))\n`)
    } catch (error) {
      failed++
      process.stdout.write(`FAIL  ${rel(dir)}\n${String(error.message).split('\n').slice(-15).map((l) => `      ${l}`).join('\n')}\n`)
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }
} finally {
  offline.close()
}
process.exitCode = failed ? 1 : 0
