#!/usr/bin/env node
// Builds the shape library of scripts/generate-plan.mjs from plans that Terraform itself printed.
//
//   node scripts/plan-shapes/extract.mjs                 plan source/ with Terraform (offline), then extract
//   node scripts/plan-shapes/extract.mjs a.json b.json   extract from `terraform show -json` outputs made
//                                                        earlier of source/ with variants-a and variants-b
//
// Sources:
// - source/: a "service" configuration (network, compute, functions, IAM, a log bucket, ALB/NLB/classic
//   load balancer modules, AWS Health alerts) planned with Terraform 1.11 and the AWS provider 5.100,
//   offline, once per variants-*.tfvars file. Its module instances become the generator's blueprints.
// - fixtures/rules/ELBIR001/{pass-vended-delivery,not-applicable-gateway}/plan.json: an ALB whose logs
//   go through CloudWatch vended delivery, and a Gateway Load Balancer (same Terraform and provider).
// - the plan corpus, public-repos/juice-shop--juice-shop/tf-plan.json (MIT): the configuration of the
//   registry modules terraform-aws-modules/vpc 3.2.0 and eks 17.24.0, large expression trees used by
//   --config-heavy.
//
// Output: service.json (blueprints and the service configuration), registry-modules.json.
// Every string of a shape is kept exactly as Terraform printed it; names are replaced by tokens:
// @@S@@ the service name ("tmplsvc" in source/), @@K@@ an instance code ("kq<letter>"), @@P@@ a module
// path and @@V@@ a sibling module call name (registry modules).

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..', '..')
const corpus = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'plan-corpus')

function die(message) {
  process.stderr.write(`extract: ${message}\n`)
  process.exit(1)
}

/** JSON as Go's encoder writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function goJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
}

function readPlan(file) {
  const text = fs.readFileSync(file, 'utf8')
  const plan = JSON.parse(text)
  // Re-encoding must give back Terraform's bytes, or the shapes would not be what Terraform printed.
  if (goJson(plan) !== text.trimEnd()) die(`${file}: re-encoding does not reproduce the file byte for byte`)
  return plan
}

// --- plan source/ with Terraform -----------------------------------------------------------------
function planSource() {
  const terraform = process.env.TERRAFORM || 'terraform'
  const mirror = path.resolve(process.env.TF_PROVIDER_MIRROR || '/opt/tf-plugins')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-shapes-'))
  fs.cpSync(path.join(here, 'source'), work, { recursive: true })
  const rc = path.join(work, 'terraform.rc')
  fs.writeFileSync(rc, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/*/*"]\n  }\n}\n`)
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AWS_|TF_)/.test(k)))
  Object.assign(env, {
    TF_CLI_CONFIG_FILE: rc,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    AWS_CONFIG_FILE: os.devNull,
    AWS_SHARED_CREDENTIALS_FILE: os.devNull,
    AWS_EC2_METADATA_DISABLED: 'true'
  })
  const run = (args) => {
    const r = spawnSync(terraform, args, { cwd: work, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    if (r.error) die(`cannot run ${terraform}: ${r.error.message}`)
    if (r.status !== 0) die(`terraform ${args[0]} failed:\n${r.stderr || r.stdout}`)
    return r.stdout
  }
  run(['init', '-input=false', '-no-color'])
  const files = []
  for (const variant of ['a', 'b']) {
    run(['plan', '-refresh=false', '-input=false', '-no-color', '-lock=false', `-var-file=variants-${variant}.tfvars`, `-out=${variant}.tfplan`])
    const out = path.join(work, `${variant}.json`)
    fs.writeFileSync(out, run(['show', '-json', '-no-color', `${variant}.tfplan`]))
    files.push(out)
  }
  return { files, cleanup: () => fs.rmSync(work, { recursive: true, force: true }) }
}

// --- tokens --------------------------------------------------------------------------------------
function tokenize(text) {
  return text.replace(/tmplsvc-kq[a-z]/g, '@@S@@-@@K@@').replace(/tmplsvc/g, '@@S@@')
}

// --- addresses -----------------------------------------------------------------------------------
/** Splits `module.a["k"].aws_x.y[0]` into the module instance prefix and the rest (keys may hold dots). */
function splitModule(address) {
  let pos = 0
  let moduleEnd = 0
  while (address.startsWith('module.', pos)) {
    let i = pos + 7
    while (i < address.length && address[i] !== '.' && address[i] !== '[') i++
    if (address[i] === '[') {
      if (address[i + 1] === '"') {
        i += 2
        while (address[i] !== '"') i += address[i] === '\\' ? 2 : 1
        i += 2
      } else i = address.indexOf(']', i) + 1
    }
    moduleEnd = i
    pos = i + 1
  }
  return { module: address.slice(0, moduleEnd), local: address.slice(moduleEnd ? moduleEnd + 1 : 0) }
}

/** `module.alb["api.v1"]` -> { call: "alb", key: "api.v1" }. */
function moduleStep(moduleAddress) {
  const m = /^module\.([^.[]+)(?:\[(.*)\])?$/.exec(moduleAddress)
  if (!m) die(`unexpected module address ${moduleAddress}`)
  return { call: m[1], key: m[2] === undefined ? undefined : JSON.parse(m[2]) }
}

function collectValues(module, out = []) {
  for (const r of module?.resources ?? []) out.push(r)
  for (const c of module?.child_modules ?? []) collectValues(c, out)
  return out
}

/** One resource instance: its header, and its change and values as Terraform printed them (tokenized). */
function resourceShape(rc, planned) {
  const { local } = splitModule(rc.address)
  const shape = {
    local,
    mode: rc.mode,
    type: rc.type,
    name: rc.name,
    provider_name: rc.provider_name,
    change: tokenize(goJson(rc.change))
  }
  if (rc.index !== undefined) shape.index = goJson(rc.index)
  if (rc.action_reason !== undefined) shape.action_reason = rc.action_reason
  if (planned) {
    shape.schema_version = planned.schema_version
    if (planned.values !== undefined) shape.values = tokenize(goJson(planned.values))
    if (planned.sensitive_values !== undefined) shape.sensitive_values = tokenize(goJson(planned.sensitive_values))
    const extra = Object.keys(planned).filter((k) => !['address', 'mode', 'type', 'name', 'index', 'provider_name', 'schema_version', 'values', 'sensitive_values'].includes(k))
    if (extra.length) die(`planned value of ${rc.address} has unexpected keys ${extra}`)
  }
  return shape
}

function priorShape(r) {
  const shape = { local: splitModule(r.address).local, mode: r.mode, type: r.type, name: r.name, provider_name: r.provider_name, schema_version: r.schema_version }
  if (r.index !== undefined) shape.index = goJson(r.index)
  shape.values = tokenize(goJson(r.values))
  shape.sensitive_values = tokenize(goJson(r.sensitive_values))
  return shape
}

/** Groups a plan's resources by module instance: { "module.alb[\"x\"]": { resources, prior, relevant } }. */
function byModuleInstance(plan) {
  const planned = new Map(collectValues(plan.planned_values?.root_module).map((r) => [r.address, r]))
  const groups = new Map()
  const group = (module) => {
    let g = groups.get(module)
    if (!g) groups.set(module, (g = { resources: [], prior: [], relevant: [] }))
    return g
  }
  for (const rc of plan.resource_changes ?? []) {
    if (rc.change.actions.includes('delete')) die(`${rc.address}: the source plans only create`)
    group(splitModule(rc.address).module).resources.push(resourceShape(rc, planned.get(rc.address)))
  }
  for (const r of collectValues(plan.prior_state?.values?.root_module)) group(splitModule(r.address).module).prior.push(priorShape(r))
  for (const ra of plan.relevant_attributes ?? []) {
    const { module, local } = splitModule(ra.resource)
    group(module).relevant.push({ local, attribute: goJson(ra.attribute) })
  }
  // Terraform's order of relevant_attributes changes from run to run: keep the library stable.
  const key = (ra) => `${ra.local} ${ra.attribute}`
  for (const g of groups.values()) g.relevant.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  return groups
}

// --- the service blueprints ----------------------------------------------------------------------
const ROOT_GROUPS = { lb_logs: 'public', public: 'public', public_https: 'public', internal: 'internal', internal_http: 'internal' }

function variantLabel(call, key, variables) {
  const v = (name) => variables[name]?.value?.[key]
  switch (call) {
    case 'alb':
      return v('albs').logs ? 'logs' : 'nologs'
    case 'nlb':
      return v('nlbs').logs ? (v('nlbs').tls ? 'logs-tls' : 'logs-tcp') : 'nologs'
    case 'classic':
      return v('classic_elbs').logs ? 'logs' : 'nologs'
    case 'fn':
      return `fn-${v('functions').runtime}`
    default:
      return null
  }
}

function serviceBlueprints(plans) {
  const groups = {}
  const add = (name, kind, variant) => {
    groups[name] ??= { kind, variants: [] }
    const g = groups[name]
    const body = JSON.stringify([variant.resources, variant.prior, variant.relevant])
    if (g.variants.some((v) => v.label === variant.label || JSON.stringify([v.resources, v.prior, v.relevant]) === body)) return
    g.variants.push(variant)
  }
  for (const [planName, plan] of plans) {
    for (const [module, g] of byModuleInstance(plan)) {
      if (module === '') {
        // The service's own resources: split into optional groups by block name.
        const parts = {}
        for (const r of g.resources) (parts[ROOT_GROUPS[r.name] ?? die(`no group for ${r.local}`)] ??= []).push(r)
        for (const [name, resources] of Object.entries(parts)) {
          const locals = new Set(resources.map((r) => r.local.replace(/\[.*$/, '')))
          const own = (list) => list.filter((x) => locals.has(x.local.replace(/\[.*$/, '')))
          add(`self:${name}`, 'self', { label: planName, resources, prior: own(g.prior), relevant: own(g.relevant) })
        }
        if (g.prior.some((p) => !ROOT_GROUPS[p.name])) die('unexpected root data source in prior_state')
        continue
      }
      const step = moduleStep(module)
      const kind = step.key === undefined ? 'single' : typeof step.key === 'number' ? 'count' : 'for_each'
      const label = variantLabel(step.call, step.key, plan.variables) ?? planName
      add(step.call, kind, { label, resources: g.resources, prior: g.prior, relevant: g.relevant })
    }
  }
  return groups
}

// --- fixtures as blueprints ----------------------------------------------------------------------
const FIXTURE_BLUEPRINTS = {
  vended: {
    file: 'fixtures/rules/ELBIR001/pass-vended-delivery/plan.json',
    source: './modules/vended-logs-alb',
    names: [
      ['"web-alb-access-logs-cwl"', '"@@S@@-@@K@@-access-logs-cwl"'],
      ['"web-alb-access-logs"', '"@@S@@-@@K@@-access-logs"'],
      ['/elasticloadbalancing/web/access', '/elasticloadbalancing/@@S@@-@@K@@/access'],
      ['"web"', '"@@S@@-@@K@@"']
    ]
  },
  gateway: {
    file: 'fixtures/rules/ELBIR001/not-applicable-gateway/plan.json',
    source: './modules/inspection-gwlb',
    names: [['"inspection"', '"@@S@@-@@K@@"']]
  }
}

function fixtureBlueprint(name, spec) {
  const plan = readPlan(path.join(repoRoot, spec.file))
  const rename = (text) => spec.names.reduce((t, [from, to]) => t.split(from).join(to), text)
  const groups = byModuleInstance(plan)
  if (groups.size !== 1 || !groups.has('')) die(`${spec.file}: expected root resources only`)
  const g = groups.get('')
  const fix = (r) => ({ ...r, ...(r.change && { change: rename(r.change) }), ...(r.values && { values: rename(r.values) }) })
  return {
    source: spec.source,
    from: spec.file,
    config: rename(tokenize(goJson(plan.configuration.root_module))),
    kind: 'for_each',
    variants: [{ label: name, resources: g.resources.map(fix), prior: g.prior.map(fix), relevant: g.relevant }]
  }
}

// --- registry modules (configuration only) -------------------------------------------------------
function registryModules() {
  const file = 'public-repos/juice-shop--juice-shop/tf-plan.json'
  const plan = JSON.parse(fs.readFileSync(path.join(corpus, file), 'utf8'))
  const calls = plan.configuration.root_module.module_calls.includes.module.module_calls
  const providers = {}
  for (const [key, value] of Object.entries(plan.configuration.provider_config)) {
    if (key.startsWith('module.includes.module.eks:')) providers[key.slice(key.indexOf(':') + 1)] = goJson({ ...value, module_address: '@@P@@' })
  }
  const template = (call) =>
    goJson(call)
      .split('module.includes.module.eks')
      .join('@@P@@')
      .replace(/"module\.vpc\./g, '"module.@@V@@.')
      .replace(/"module\.vpc"/g, '"module.@@V@@"')
  return {
    from: `plan corpus: ${file} (juice-shop/juice-shop, MIT; Terraform 1.2.4)`,
    modules: {
      vpc: { call: template(calls.vpc), providers: {} },
      eks: { call: template(calls.eks), providers }
    }
  }
}

// --- main ----------------------------------------------------------------------------------------
let inputs = process.argv.slice(2)
let cleanup = () => {}
if (inputs.length === 0) ({ files: inputs, cleanup } = planSource())
if (inputs.length !== 2) die('give the JSON plans of variants a and b, or nothing to plan source/ with Terraform')
try {
  const plans = inputs.map((f, i) => [String.fromCharCode(97 + i), readPlan(f)])
  const [, first] = plans[0]
  const config = first.configuration
  if (goJson(config) !== goJson(plans[1][1].configuration)) die('the variants must share one configuration')
  const service = {
    about: 'Resource shapes for scripts/generate-plan.mjs, extracted by scripts/plan-shapes/extract.mjs from plans printed by Terraform. Tokens: @@S@@ service name, @@K@@ instance code.',
    terraform_version: first.terraform_version,
    format_version: first.format_version,
    provider_config: goJson(config.provider_config),
    config: tokenize(goJson(config.root_module)),
    groups: serviceBlueprints(plans),
    fixtures: Object.fromEntries(Object.entries(FIXTURE_BLUEPRINTS).map(([name, spec]) => [name, fixtureBlueprint(name, spec)]))
  }
  fs.writeFileSync(path.join(here, 'service.json'), JSON.stringify(service, null, 1) + '\n')
  fs.writeFileSync(path.join(here, 'registry-modules.json'), JSON.stringify(registryModules(), null, 1) + '\n')
  const summary = Object.entries(service.groups).map(([name, g]) => `${name}(${g.variants.map((v) => `${v.label}:${v.resources.length}`).join(' ')})`)
  process.stdout.write(`extract: Terraform ${first.terraform_version}; ${summary.join(', ')}\n`)
  for (const f of ['service.json', 'registry-modules.json']) process.stdout.write(`extract: wrote ${f} (${fs.statSync(path.join(here, f)).size} bytes)\n`)
} finally {
  cleanup()
}
