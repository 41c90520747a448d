#!/usr/bin/env node
// Writes src/source-plan/provider-schema.json: what the source evaluator needs to know of the AWS
// provider to give a resource's planned values as Terraform would (see src/source-plan/planned-values.ts):
// for each resource type the model reads, which attributes are computed (unknown until apply when the
// configuration does not set them), which nested blocks it has (an absent block is `[]`), and the
// defaults the provider fills in.
//
//   node scripts/make-provider-schema.mjs [schema.json]
//
// Computed attributes and nested blocks come from the provider's own schema (`terraform providers
// schema -json`, made here offline from the provider mirror unless a file is given). The provider's
// defaults are not in that schema: they are read from the plans Terraform made of the fixtures (an
// attribute the configuration leaves out that the plan always gives the same value), and so are the
// optional-and-computed nested blocks (a block left out that the plan gives as unknown).

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkTerraform, offlineTerraform, runTerraform } from './terraform-offline.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(repoRoot, 'src', 'source-plan', 'provider-schema.json')

function die(message) {
  process.stderr.write(`make-provider-schema: ${message}\n`)
  process.exit(1)
}

/** The resource and data source types the model reads (src/model/relevant-types.ts), read as text. */
function relevantTypes() {
  const text = fs.readFileSync(path.join(repoRoot, 'src', 'model', 'relevant-types.ts'), 'utf8')
  return [...new Set([...text.matchAll(/'(aws_[a-z0-9_]+)'/g)].map((m) => m[1]))].sort()
}

async function providerSchema() {
  if (process.argv[2]) return JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
  checkTerraform(die)
  const offline = await offlineTerraform()
  try {
    const dir = fs.mkdtempSync(path.join(offline.root, 'schema-'))
    fs.writeFileSync(path.join(dir, 'main.tf'), 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.100" }\n  }\n}\n')
    await runTerraform(['init', '-input=false', '-no-color'], dir, offline.env)
    const { stdout } = await runTerraform(['providers', 'schema', '-json'], dir, offline.env)
    return JSON.parse(stdout)
  } finally {
    offline.close()
  }
}

/** `{ c: [computed attributes], b: { block: { n: nesting, s: <same> } } }` of one schema block. */
function compact(block) {
  const result = {}
  const computed = Object.entries(block.attributes ?? {})
    .filter(([, a]) => a.computed)
    .map(([name]) => name)
    .sort()
  if (computed.length) result.c = computed
  const blocks = {}
  for (const [name, b] of Object.entries(block.block_types ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    blocks[name] = { n: b.nesting_mode, ...compact(b.block) }
  }
  if (Object.keys(blocks).length) result.b = blocks
  return result
}

function findPlans(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) findPlans(full, found)
    else if (entry.name === 'plan.json') found.push(full)
  }
  return found
}

/** Configuration resources by module path and address. */
function configResources(module, prefix, into) {
  for (const r of module?.resources ?? []) into.set(prefix + r.address, r)
  for (const [name, call] of Object.entries(module?.module_calls ?? {})) configResources(call.module, `${prefix}module.${name}.`, into)
  return into
}

const withoutKeys = (address) => address.replace(/\[[^\]]*\]/g, '')

/**
 * Observations of attributes and blocks left out of the configuration: `path → values seen`, where a
 * value is `{unknown}` or the JSON text of what the plan gave.
 */
function observe(observations, type, expressions, after, unknown, prefix) {
  if (!after || typeof after !== 'object') return
  const keys = new Set([...Object.keys(after), ...(unknown && typeof unknown === 'object' ? Object.keys(unknown) : [])])
  for (const key of keys) {
    const value = after[key]
    const configured = expressions && Object.hasOwn(expressions, key)
    const u = unknown && typeof unknown === 'object' ? unknown[key] : undefined
    const pathKey = `${type}|${prefix}${key}`
    if (!configured && expressions !== undefined) {
      const seen = observations.get(pathKey) ?? new Set()
      seen.add(u === true ? 'unknown' : JSON.stringify(value ?? null))
      observations.set(pathKey, seen)
    }
    // Inside blocks the configuration wrote statically, defaults of their attributes.
    const block = expressions?.[key]
    if (configured && Array.isArray(block) && Array.isArray(value)) {
      value.forEach((item, i) => observe(observations, type, block[i], item, Array.isArray(u) ? u[i] : undefined, `${prefix}${key}.`))
    }
  }
}

const schema = await providerSchema()
const provider = schema.provider_schemas['registry.terraform.io/hashicorp/aws']
if (!provider) die('the schema has no registry.terraform.io/hashicorp/aws provider')
const types = relevantTypes()
const observations = new Map()
for (const file of findPlans(path.join(repoRoot, 'fixtures'))) {
  const plan = JSON.parse(fs.readFileSync(file, 'utf8'))
  const configs = configResources(plan.configuration?.root_module, '', new Map())
  for (const rc of plan.resource_changes ?? []) {
    if (!types.includes(rc.type) || !rc.change?.after || !rc.change.actions.includes('create')) continue
    const config = configs.get(withoutKeys(rc.address))
    if (!config) continue
    observe(observations, rc.type, config.expressions ?? {}, rc.change.after, rc.change.after_unknown, '')
  }
}

const result = { resources: {}, data: {} }
for (const type of types) {
  for (const [mode, source] of [['resources', provider.resource_schemas], ['data', provider.data_source_schemas]]) {
    const block = source?.[type]?.block
    if (!block) continue
    const entry = compact(block)
    if (mode === 'resources') {
      // Defaults and computed blocks, as every plan of the fixtures showed them alike.
      const defaults = {}
      const computedBlocks = []
      for (const [key, seen] of observations) {
        const [observedType, attributePath] = key.split('|')
        if (observedType !== type || seen.size !== 1) continue
        const [only] = seen
        if (only === 'unknown') {
          if (!attributePath.includes('.') && entry.b?.[attributePath]) computedBlocks.push(attributePath)
          continue
        }
        const value = JSON.parse(only)
        if (value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) continue
        if (typeof value === 'object') continue
        defaults[attributePath] = value
      }
      if (Object.keys(defaults).length) entry.d = Object.fromEntries(Object.entries(defaults).sort(([a], [b]) => (a < b ? -1 : 1)))
      if (computedBlocks.length) entry.cb = computedBlocks.sort()
    }
    result[mode][type] = entry
  }
}
fs.writeFileSync(out, JSON.stringify(result, null, 1) + '\n')
process.stdout.write(`make-provider-schema: wrote ${path.relative(repoRoot, out)} (${Object.keys(result.resources).length} resource types, ${Object.keys(result.data).length} data sources)\n`)
