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
// Offline by design: the AWS provider comes from a filesystem mirror (TF_PROVIDER_MIRROR, default
// /opt/tf-plugins); the configurations carry dummy credentials and skip every AWS call. Provider
// blocks with assume_role still call STS AssumeRole while they are configured, so the script runs a
// local stand-in for STS that hands out dummy credentials and points AWS_ENDPOINT_URL_STS at it.
// A fixture may hold a terraform.tfstate (version 4): it is copied along, so the plan is an update
// of the resources in it.
//
// Environment: TERRAFORM (binary, default `terraform`), TF_PROVIDER_MIRROR, FIXTURE_JOBS (parallel
// plans, default 2).

import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, URLSearchParams } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesRoot = path.join(repoRoot, 'fixtures')
const terraform = process.env.TERRAFORM || 'terraform'
const mirror = path.resolve(process.env.TF_PROVIDER_MIRROR || '/opt/tf-plugins')
const jobs = Math.max(1, Number.parseInt(process.env.FIXTURE_JOBS ?? '2', 10) || 2)

function die(message) {
  process.stderr.write(`make-fixtures: ${message}\n`)
  process.exit(1)
}

// --- preconditions -------------------------------------------------------------------------------
const version = spawnSync(terraform, ['version', '-json'], { encoding: 'utf8' })
if (version.error) {
  die(
    version.error.code === 'ENOENT'
      ? `'${terraform}' was not found on PATH. Install Terraform 1.x (https://developer.hashicorp.com/terraform/install) or set TERRAFORM to its path.`
      : `cannot run '${terraform}': ${version.error.message}`,
  )
}
let terraformVersion = '?'
try {
  terraformVersion = JSON.parse(version.stdout).terraform_version
} catch {
  /* older Terraform without -json: keep '?' */
}
if (!fs.existsSync(mirror) || !fs.statSync(mirror).isDirectory()) {
  die(`provider mirror ${mirror} does not exist. Set TF_PROVIDER_MIRROR to a directory laid out as registry.terraform.io/hashicorp/aws/<version>/<os_arch>/ (see 'terraform providers mirror').`)
}
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
    if (e.isDirectory() && !e.name.startsWith('.')) findFixtures(path.join(dir, e.name), out)
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

// --- a local stand-in for STS (assume_role in provider blocks) ----------------------------------
function startFakeSts() {
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const params = new URLSearchParams(body)
      const action = params.get('Action')
      const ns = 'https://sts.amazonaws.com/doc/2011-06-15/'
      let xml
      if (action === 'AssumeRole') {
        const role = params.get('RoleArn') ?? 'arn:aws:iam::123456789012:role/unknown'
        const account = role.split(':')[4] || '123456789012'
        const expiration = new Date(Date.now() + 3600_000).toISOString()
        xml =
          `<AssumeRoleResponse xmlns="${ns}"><AssumeRoleResult><Credentials>` +
          `<AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId><SecretAccessKey>dummy</SecretAccessKey>` +
          `<SessionToken>dummy</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
          `<AssumedRoleUser><Arn>arn:aws:sts::${account}:assumed-role/fixture/fixture</Arn>` +
          `<AssumedRoleId>AROAIOSFODNN7EXAMPLE:fixture</AssumedRoleId></AssumedRoleUser>` +
          `</AssumeRoleResult><ResponseMetadata><RequestId>fixture</RequestId></ResponseMetadata></AssumeRoleResponse>`
      } else if (action === 'GetCallerIdentity') {
        xml =
          `<GetCallerIdentityResponse xmlns="${ns}"><GetCallerIdentityResult>` +
          `<Arn>arn:aws:iam::123456789012:user/fixture</Arn><UserId>AIDAIOSFODNN7EXAMPLE</UserId>` +
          `<Account>123456789012</Account></GetCallerIdentityResult>` +
          `<ResponseMetadata><RequestId>fixture</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
      } else {
        res.writeHead(400, { 'content-type': 'text/xml' })
        res.end(`<ErrorResponse xmlns="${ns}"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>not supported offline: ${action}</Message></Error></ErrorResponse>`)
        return
      }
      res.writeHead(200, { 'content-type': 'text/xml' })
      res.end(xml)
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

// --- run ------------------------------------------------------------------------------------------
function run(args, cwd, env) {
  return new Promise((resolve) => {
    const child = spawn(terraform, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = []
    const err = []
    child.stdout.on('data', (c) => out.push(c))
    child.stderr.on('data', (c) => err.push(c))
    child.on('error', (e) => resolve({ code: -1, stdout: Buffer.alloc(0), stderr: String(e) }))
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }))
  })
}

function copyFixture(src, dest) {
  fs.cpSync(src, dest, {
    recursive: true,
    filter: (p) => {
      const name = path.basename(p)
      return !(name === '.terraform' || name === '.terraform.lock.hcl' || name === 'plan.json' || name.endsWith('.tfplan'))
    },
  })
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'elb-ir-fixtures-'))
const cliConfig = path.join(tmpRoot, 'terraform.rc')
fs.writeFileSync(
  cliConfig,
  `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/*/*"]\n  }\n}\n`,
)

const sts = await startFakeSts()
const baseEnv = { ...process.env }
for (const k of Object.keys(baseEnv)) {
  // Keep the machine's AWS and Terraform settings out of the plans.
  if (/^(AWS_|TF_)/.test(k)) delete baseEnv[k]
}
Object.assign(baseEnv, {
  TF_CLI_CONFIG_FILE: cliConfig,
  TF_IN_AUTOMATION: '1',
  TF_INPUT: '0',
  CHECKPOINT_DISABLE: '1',
  AWS_CONFIG_FILE: os.devNull,
  AWS_SHARED_CREDENTIALS_FILE: os.devNull,
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${sts.address().port}`,
})

async function makeOne(dir) {
  const started = Date.now()
  const work = path.join(tmpRoot, rel(dir).replace(/[^A-Za-z0-9._-]+/g, '_'))
  copyFixture(dir, work)
  const planFile = path.join(work, 'fixture.tfplan')
  const steps = [
    ['init', '-input=false', '-no-color'],
    ['plan', '-refresh=false', '-input=false', '-no-color', '-lock=false', `-out=${planFile}`],
    ['show', '-json', '-no-color', planFile],
  ]
  let result
  for (const args of steps) {
    result = await run(args, work, baseEnv)
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
  const leaks = [tmpRoot, work, fs.realpathSync(tmpRoot)].filter((p) => text.includes(p))
  fs.rmSync(work, { recursive: true, force: true })
  if (leaks.length) return { dir, ok: false, step: 'check', detail: `plan.json holds the temporary path ${leaks[0]}` }
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
  sts.close()
  fs.rmSync(tmpRoot, { recursive: true, force: true })
}
const failed = results.filter((r) => !r.ok)
process.stdout.write(
  `make-fixtures: ${results.length - failed.length} written, ${failed.length} failed, ${((Date.now() - t0) / 1000).toFixed(1)}s\n`,
)
process.exitCode = failed.length ? 1 : 0
