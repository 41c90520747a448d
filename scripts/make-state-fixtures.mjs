#!/usr/bin/env node
// Makes the state fixtures: for each folder fixtures/state/<case>/ with a main.tf, a realistic raw state
// file (`terraform.tfstate`, version 4, as `terraform state pull` prints it) and `state.json`, which is
// `terraform show -json terraform.tfstate` of it.
//
//   node scripts/make-state-fixtures.mjs [fixtures/state/<case> ...]
//
// Nothing can be applied offline, so the state is written from the plan: Terraform plans main.tf
// (-refresh=false, dummy credentials, the provider from the filesystem mirror), and every resource's
// planned values become its attributes. Values known only after apply are filled in as AWS would: a
// value the configuration takes from another resource's attribute (`aws_s3_bucket.logs.id`) gets that
// attribute's filled value; ids, ARNs and DNS names are made up realistically (stable per address).
// Schema versions come from `terraform providers schema -json`; sensitive values (after_sensitive) become
// `sensitive_attributes` paths, as Terraform 1.11 writes them. Terraform itself then reads the state
// back (`terraform show -json`), which checks it against the provider's schema.
//
// scripts/make-fixtures.mjs (plans) shares the offline setup; a change-fixture script fills unknowns the
// same way: the two should share this filling code.
//
// Environment: TERRAFORM (binary, default `terraform`), TF_PROVIDER_MIRROR (default /opt/tf-plugins).

import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stateRoot = path.join(repoRoot, 'fixtures', 'state')
const terraform = process.env.TERRAFORM || 'terraform'
const mirror = path.resolve(process.env.TF_PROVIDER_MIRROR || '/opt/tf-plugins')
const ACCOUNT = '444455556666'

function die(message) {
  process.stderr.write(`make-state-fixtures: ${message}\n`)
  process.exit(1)
}

const rel = (p) => path.relative(repoRoot, p).split(path.sep).join('/')
const args = process.argv.slice(2)
const cases = (args.length ? args.map((a) => path.resolve(a)) : fs.readdirSync(stateRoot).map((name) => path.join(stateRoot, name))).filter((dir) => fs.existsSync(path.join(dir, 'main.tf')))
if (cases.length === 0) die(`no fixture with a main.tf under ${args.length ? args.join(' ') : rel(stateRoot)}`)
if (!fs.existsSync(mirror)) die(`provider mirror ${mirror} does not exist (set TF_PROVIDER_MIRROR)`)

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'elb-ir-state-fixtures-'))
const cliConfig = path.join(tmpRoot, 'terraform.rc')
fs.writeFileSync(cliConfig, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/*/*"]\n  }\n}\n`)
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AWS_|TF_)/.test(k)))
Object.assign(env, { TF_CLI_CONFIG_FILE: cliConfig, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1', AWS_CONFIG_FILE: os.devNull, AWS_SHARED_CREDENTIALS_FILE: os.devNull, AWS_EC2_METADATA_DISABLED: 'true' })

function tf(argv, cwd) {
  const result = spawnSync(terraform, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 })
  if (result.error) die(`cannot run ${terraform}: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`terraform ${argv[0]} failed:\n${(result.stderr || result.stdout).trim()}`)
  return result.stdout
}

/** Stable hex of `length` digits for a seed: the same address always gets the same made-up id. */
const hex = (seed, length) => createHash('sha256').update(seed).digest('hex').slice(0, length)
const uuid = (seed) => {
  const h = hex(seed, 32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

// --- filling what the plan knows only after apply -----------------------------------------------------

/** The configuration block of a resource change, found through its module path (keys aside). */
function configOf(plan, rc) {
  let module = plan.configuration?.root_module
  const calls = (rc.module_address ?? '').match(/module\.[^.[]+/g) ?? []
  for (const call of calls) module = module?.module_calls?.[call.slice(7)]?.module
  return module?.resources?.find((r) => r.mode === rc.mode && r.type === rc.type && r.name === rc.name)
}

function expressionAt(expressions, steps) {
  let node = expressions
  for (const step of steps) {
    if (node === null || typeof node !== 'object') return undefined
    if (!Array.isArray(node) && ('references' in node || 'constant_value' in node)) return node
    node = node[step]
  }
  return node && typeof node === 'object' && !Array.isArray(node) && Array.isArray(node.references) ? node : undefined
}

/** A made-up value for an attribute AWS computes, or undefined when it has none that matters here. */
function madeUp(rc, attribute, values, region) {
  const seed = rc.address
  const name = values.name ?? values.bucket ?? rc.name
  const lbKind = values.load_balancer_type === 'network' ? 'net' : values.load_balancer_type === 'gateway' ? 'gwy' : 'app'
  const arns = {
    aws_s3_bucket: () => `arn:aws:s3:::${values.bucket}`,
    aws_lb: () => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${lbKind}/${name}/${hex(seed, 16)}`,
    // A listener's ARN extends its load balancer's: `…:listener/net/edge/<lb id>/<listener id>`.
    aws_lb_listener: () => `${typeof values.load_balancer_arn === 'string' ? values.load_balancer_arn.replace(':loadbalancer/', ':listener/') : `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:listener/app/${rc.name}/${hex(seed, 16)}`}/${hex(seed + 'l', 16)}`,
    aws_lb_target_group: () => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:targetgroup/${name}/${hex(seed, 16)}`,
    aws_kms_key: () => `arn:aws:kms:${region}:${ACCOUNT}:key/${uuid(seed)}`,
    aws_ssm_parameter: () => `arn:aws:ssm:${region}:${ACCOUNT}:parameter${values.name}`
  }
  const arn = () => (arns[rc.type] ?? (() => `arn:aws:${rc.type.split('_')[1]}:${region}:${ACCOUNT}:${rc.type.slice(4)}/${hex(seed, 17)}`))()
  switch (attribute) {
    case 'arn':
      return arn()
    case 'id':
      if (rc.type === 'aws_s3_bucket' || (rc.type.startsWith('aws_s3_bucket_') && typeof values.bucket === 'string')) return values.bucket
      if (rc.type === 'aws_kms_key') return uuid(seed)
      if (rc.type === 'aws_ssm_parameter') return values.name
      if (['aws_lb', 'aws_lb_listener', 'aws_lb_target_group'].includes(rc.type)) return arn()
      return `${rc.type.slice(4).replace(/_/g, '-')}-${hex(seed, 17)}`
    case 'key_id':
      return uuid(seed)
    case 'arn_suffix':
      return arn().split(':').pop().replace(/^(loadbalancer|targetgroup)\//, (m) => (m === 'targetgroup/' ? m : ''))
    case 'dns_name':
      return `${name}-${parseInt(hex(seed, 8), 16)}.${region}.elb.amazonaws.com`
    case 'zone_id':
      return lbKind === 'net' ? 'Z2IFOLAFXWLO4F' : 'Z32O12XQLNTSW2'
    case 'hosted_zone_id':
      return 'Z1BKCTXD74EZPE'
    case 'bucket_domain_name':
      return `${values.bucket}.s3.amazonaws.com`
    case 'bucket_regional_domain_name':
      return `${values.bucket}.s3.${region}.amazonaws.com`
    case 'region':
      return region
    case 'vpc_id':
      return 'vpc-0a1b2c3d4e5f67890'
    case 'version':
      return 1
    default:
      return undefined
  }
}

/** Fills every unknown leaf of `after` (per `after_unknown`) in place; `lookup` gives another resource's filled value. */
function fill(value, unknown, steps, ctx) {
  if (unknown === true) return ctx.resolve(steps)
  if (Array.isArray(unknown)) {
    const list = Array.isArray(value) ? value : []
    unknown.forEach((u, i) => (list[i] = fill(list[i] ?? null, u, [...steps, i], ctx)))
    return list
  }
  if (unknown && typeof unknown === 'object') {
    const object = value && typeof value === 'object' ? value : {}
    for (const [key, u] of Object.entries(unknown)) object[key] = fill(object[key] ?? null, u, [...steps, key], ctx)
    return object
  }
  return value
}

/** `aws_s3_bucket.logs.id` → { address: 'aws_s3_bucket.logs', path: ['id'] } (count/for_each keys kept). */
function splitReference(ref, moduleAddress) {
  const match = /^((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?)\.([A-Za-z0-9_]+)/.exec(ref)
  if (!match) return undefined
  return { address: moduleAddress ? `${moduleAddress}.${match[1]}` : match[1], attribute: match[2] }
}

function buildState(plan, schemas, terraformVersion, lineageSeed) {
  const providerKey = 'registry.terraform.io/hashicorp/aws'
  const region = plan.configuration?.provider_config?.aws?.expressions?.region?.constant_value ?? 'eu-west-1'
  const versions = { ...schemas.provider_schemas?.[providerKey]?.resource_schemas }
  const dataVersions = { ...schemas.provider_schemas?.[providerKey]?.data_source_schemas }
  const changes = (plan.resource_changes ?? []).filter((rc) => !rc.deposed && !(rc.change.actions.includes('delete') && !rc.change.actions.includes('create')))
  const byAddress = new Map(changes.map((rc) => [rc.address, rc]))
  // Data sources read while planning sit in prior_state only.
  const readBefore = []
  const collect = (module) => {
    for (const r of module?.resources ?? []) if (r.mode === 'data' && !byAddress.has(r.address)) readBefore.push(r)
    for (const child of module?.child_modules ?? []) collect(child)
  }
  collect(plan.prior_state?.values?.root_module)
  const filled = new Map()
  const filling = new Set()
  const attributesOf = (rc) => {
    if (filled.has(rc.address)) return filled.get(rc.address)
    if (filling.has(rc.address)) throw new Error(`${rc.address}: unknown values refer to each other in a cycle`)
    filling.add(rc.address)
    const after = JSON.parse(JSON.stringify(rc.change.after ?? {}))
    const config = configOf(plan, rc)
    const ctx = {
      resolve: (steps) => {
        const expression = expressionAt(config?.expressions, steps)
        for (const ref of expression?.references ?? []) {
          const target = splitReference(ref, rc.module_address)
          const other = target && byAddress.get(target.address)
          if (other) {
            const value = attributesOf(other)[target.attribute]
            if (value !== undefined && value !== null) return value
          }
        }
        if (rc.type === 'aws_lb_listener' && after.load_balancer_arn == null && steps[0] !== 'load_balancer_arn') after.load_balancer_arn = ctx.resolve(['load_balancer_arn'])
        return steps.length === 1 ? madeUp(rc, steps[0], after, region) ?? null : null
      }
    }
    const result = fill(after, rc.change.after_unknown, [], ctx)
    filling.delete(rc.address)
    filled.set(rc.address, result)
    return result
  }
  const resources = new Map()
  const instanceOf = (entry, attributes, sensitive, schemaVersion) => {
    const key = `${entry.module_address ?? ''}|${entry.mode}.${entry.type}.${entry.name}`
    let resource = resources.get(key)
    if (!resource) {
      resource = { module: entry.module_address, mode: entry.mode, type: entry.type, name: entry.name, each: entry.index === undefined ? undefined : typeof entry.index === 'number' ? 'list' : 'map', provider: `provider["${providerKey}"]`, instances: [] }
      resources.set(key, resource)
    }
    const instance = { index_key: entry.index, schema_version: schemaVersion ?? 0, attributes, sensitive_attributes: sensitivePaths(sensitive, []) }
    // Terraform records what each object depended on when it was applied.
    const dependencies = dependenciesOf(plan, entry)
    if (dependencies.length) instance.dependencies = dependencies
    resource.instances.push(instance)
  }
  for (const rc of changes) {
    const versionsOf = rc.mode === 'data' ? dataVersions : versions
    instanceOf(rc, attributesOf(rc), rc.change.after_sensitive, versionsOf[rc.type]?.version)
  }
  for (const r of readBefore) instanceOf({ ...r, module_address: r.address.match(/^(module\..*?)\.(?:data\.)/)?.[1] }, r.values ?? {}, r.sensitive_values, r.schema_version ?? dataVersions[r.type]?.version)
  const ordered = [...resources.values()].sort((a, b) => `${a.module ?? ''}${a.mode}${a.type}${a.name}`.localeCompare(`${b.module ?? ''}${b.mode}${b.type}${b.name}`))
  return {
    version: 4,
    terraform_version: terraformVersion,
    serial: 1,
    lineage: uuid(lineageSeed),
    outputs: {},
    resources: ordered.map((r) => JSON.parse(JSON.stringify(r))),
    check_results: null
  }
}

/** after_sensitive → `[[{"type":"get_attr","value":"a"},{"type":"index","value":{"value":0,"type":"number"}}], …]`. */
function sensitivePaths(mask, steps) {
  if (mask === true) return [steps.map((s) => (typeof s === 'number' ? { type: 'index', value: { value: s, type: 'number' } } : { type: 'get_attr', value: s }))]
  if (Array.isArray(mask)) return mask.flatMap((m, i) => sensitivePaths(m, [...steps, i]))
  if (mask && typeof mask === 'object') return Object.entries(mask).flatMap(([k, m]) => sensitivePaths(m, [...steps, k]))
  return []
}

function dependenciesOf(plan, entry) {
  const rc = { ...entry, module_address: entry.module_address }
  const config = configOf(plan, rc)
  if (!config) return []
  const refs = new Set()
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      if (Array.isArray(node.references)) node.references.forEach((r) => refs.add(r))
      else Object.values(node).forEach(walk)
    }
  }
  walk(config.expressions)
  for (const dep of config.depends_on ?? []) refs.add(dep)
  const prefix = entry.module_address ? `${entry.module_address}.` : ''
  const found = new Set()
  for (const ref of refs) {
    const match = /^((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)/.exec(ref)
    if (match && !ref.startsWith('var.') && !ref.startsWith('local.') && !ref.startsWith('module.') && !ref.startsWith('data.')) found.add(prefix + match[1])
  }
  return [...found].sort()
}

// --- run ------------------------------------------------------------------------------------------
const terraformVersion = JSON.parse(tf(['version', '-json'], repoRoot)).terraform_version
let failed = 0
try {
  for (const dir of cases) {
    const work = path.join(tmpRoot, path.basename(dir))
    fs.cpSync(dir, work, { recursive: true, filter: (p) => !['.terraform', '.terraform.lock.hcl', 'terraform.tfstate', 'state.json', 'plan.json'].includes(path.basename(p)) })
    try {
      tf(['init', '-input=false', '-no-color'], work)
      tf(['plan', '-refresh=false', '-input=false', '-no-color', '-lock=false', '-out=fixture.tfplan'], work)
      const plan = JSON.parse(tf(['show', '-json', '-no-color', 'fixture.tfplan'], work))
      const schemas = JSON.parse(tf(['providers', 'schema', '-json'], work))
      const state = buildState(plan, schemas, terraformVersion, rel(dir))
      const stateText = JSON.stringify(state, null, 2) + '\n'
      fs.writeFileSync(path.join(work, 'terraform.tfstate'), stateText)
      const shown = tf(['show', '-json', '-no-color', 'terraform.tfstate'], work)
      for (const text of [stateText, shown]) if (text.includes(tmpRoot)) throw new Error('the state holds the temporary path')
      fs.writeFileSync(path.join(dir, 'terraform.tfstate'), stateText)
      fs.writeFileSync(path.join(dir, 'state.json'), shown)
      process.stdout.write(`ok    ${rel(dir)}  (${state.resources.length} resources)\n`)
    } catch (error) {
      failed++
      process.stdout.write(`FAIL  ${rel(dir)}\n${String(error.message).split('\n').slice(-15).map((l) => `      ${l}`).join('\n')}\n`)
    }
  }
} finally {
  fs.rmSync(tmpRoot, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
