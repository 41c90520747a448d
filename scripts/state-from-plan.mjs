// The state (version 4) Terraform would write if it applied a configuration, made offline from plans, for
// the fixture scripts (make-change-fixtures.mjs, make-state-fixtures.mjs). Nothing can be applied offline,
// so Terraform plans the configuration (-refresh=false) and the planned values become the attributes, with
// the unknowns filled with realistic ids, ARNs and names (stable per address); schema versions come from
// `terraform providers schema -json`, and the state has the instances' index_key, module paths,
// sensitive_attributes (after_sensitive), dependencies, a lineage and serial. It is written in rounds: a
// resource whose own arguments are still unknown (they refer to another new resource) waits for the next
// round, planned against the state written so far, so that `bucket = aws_s3_bucket.logs.id` holds the
// bucket's id. At the end the configuration planned against its state must change nothing.

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { runTerraform } from './terraform-offline.mjs'

const ACCOUNT = '444455556666'
const MAX_ROUNDS = 6

// --- deterministic identities ---------------------------------------------------------------------
const digest = (...parts) => crypto.createHash('sha256').update(parts.join('\0')).digest('hex')
const digits = (hex, n) => BigInt(`0x${hex.slice(0, 24)}`).toString().padStart(n, '0').slice(-n)
function uuidFrom(hex) {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The ELB zone ids and S3 hosted zone ids of a few regions; others get eu-west-1's (fixtures only). */
const ZONES = {
  'eu-west-1': { alb: 'Z32O12XQLNTSW2', nlb: 'Z2IFOLAFXWLO4F', s3: 'Z1BKCTXD74EZPE' },
  'us-east-1': { alb: 'Z35SXDOTRQ7X7K', nlb: 'Z26RNL4JYFTOTI', s3: 'Z3AQBSTGFYJSTF' },
  'eu-central-1': { alb: 'Z215JYRZR1TBD5', nlb: 'Z3F0SRJ5LGBH90', s3: 'Z21DNDUVLTQW6Q' },
}
const zones = (region) => ZONES[region] ?? ZONES['eu-west-1']

const SERVICE_OF_TYPE = {
  aws_lb: 'elasticloadbalancing',
  aws_alb: 'elasticloadbalancing',
  aws_elb: 'elasticloadbalancing',
  aws_lb_listener: 'elasticloadbalancing',
  aws_lb_target_group: 'elasticloadbalancing',
  aws_sns_topic: 'sns',
  aws_cloudwatch_event_rule: 'events',
  aws_kms_key: 'kms',
  aws_kms_alias: 'kms',
  aws_cloudwatch_log_group: 'logs',
  aws_athena_workgroup: 'athena',
  aws_glue_catalog_database: 'glue',
}

/**
 * A realistic value for an attribute the plan left unknown, from the resource type, the attribute's name
 * and the values already known (or filled) of the same resource.
 */
function fillAttribute(resource, name, values, ctyType, region) {
  const { type, address } = resource
  const hex = digest(address, name)
  const own = digest(address)
  const lbKind = values.load_balancer_type === 'network' ? 'net' : values.load_balancer_type === 'gateway' ? 'gwy' : 'app'
  const lbName = () => values.name ?? `tf-lb-${own.slice(0, 20)}`
  const elb = `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}`
  switch (`${type}.${name}`) {
    case 'aws_lb.name':
    case 'aws_alb.name':
      return `tf-lb-${own.slice(0, 20)}`
    case 'aws_lb.arn':
    case 'aws_lb.id':
    case 'aws_alb.arn':
    case 'aws_alb.id':
      return `${elb}:loadbalancer/${lbKind}/${lbName()}/${own.slice(0, 16)}`
    case 'aws_lb.arn_suffix':
    case 'aws_alb.arn_suffix':
      return `${lbKind}/${lbName()}/${own.slice(0, 16)}`
    case 'aws_lb.dns_name':
    case 'aws_alb.dns_name': {
      const internal = values.internal ? 'internal-' : ''
      return lbKind === 'app' ? `${internal}${lbName()}-${digits(own, 10)}.${region}.elb.amazonaws.com` : `${lbName()}-${own.slice(0, 16)}.elb.${region}.amazonaws.com`
    }
    case 'aws_lb.zone_id':
    case 'aws_alb.zone_id':
      return lbKind === 'app' ? zones(region).alb : zones(region).nlb
    case 'aws_lb.vpc_id':
    case 'aws_alb.vpc_id':
      return 'vpc-0a1b2c3d4e5f67890'
    case 'aws_elb.id':
    case 'aws_elb.name':
      return values.name ?? `tf-lb-${own.slice(0, 20)}`
    case 'aws_elb.arn':
      return `${elb}:loadbalancer/${values.name ?? `tf-lb-${own.slice(0, 20)}`}`
    case 'aws_elb.dns_name':
      return `${values.name}-${digits(own, 10)}.${region}.elb.amazonaws.com`
    case 'aws_lb_target_group.arn':
    case 'aws_lb_target_group.id':
      return `${elb}:targetgroup/${values.name ?? `tf-${own.slice(0, 26)}`}/${own.slice(0, 16)}`
    case 'aws_lb_target_group.arn_suffix':
      return `targetgroup/${values.name ?? `tf-${own.slice(0, 26)}`}/${own.slice(0, 16)}`
    case 'aws_lb_target_group.name':
      return `tf-${own.slice(0, 26)}`
    case 'aws_lb_listener.arn':
    case 'aws_lb_listener.id':
      return `${String(values.load_balancer_arn ?? `${elb}:loadbalancer/app/lb/${own.slice(16, 32)}`).replace(':loadbalancer/', ':listener/')}/${own.slice(0, 16)}`
    case 'aws_s3_bucket.bucket':
    case 'aws_s3_bucket.id':
      return values.bucket ?? `terraform-${digits(own, 26)}`
    case 'aws_s3_bucket.arn':
      return `arn:aws:s3:::${values.bucket}`
    case 'aws_s3_bucket.bucket_domain_name':
      return `${values.bucket}.s3.amazonaws.com`
    case 'aws_s3_bucket.bucket_regional_domain_name':
      return `${values.bucket}.s3.${region}.amazonaws.com`
    case 'aws_s3_bucket.hosted_zone_id':
      return zones(region).s3
    case 'aws_s3_bucket.region':
      return region
    case 'aws_kms_key.id':
    case 'aws_kms_key.key_id':
      return uuidFrom(own)
    case 'aws_kms_key.arn':
      return `arn:aws:kms:${region}:${ACCOUNT}:key/${uuidFrom(own)}`
    case 'aws_kms_alias.arn':
      return `arn:aws:kms:${region}:${ACCOUNT}:${values.name}`
    case 'aws_kms_alias.target_key_arn':
      return `arn:aws:kms:${region}:${ACCOUNT}:key/${values.target_key_id}`
    case 'aws_sns_topic.arn':
    case 'aws_sns_topic.id':
      return `arn:aws:sns:${region}:${ACCOUNT}:${values.name ?? `terraform-${digits(own, 26)}`}`
    case 'aws_sns_topic.name':
      return `terraform-${digits(own, 26)}`
    case 'aws_cloudwatch_event_rule.arn':
      return `arn:aws:events:${region}:${ACCOUNT}:rule/${values.name}`
    case 'aws_cloudwatch_event_target.id':
      return `${values.event_bus_name && values.event_bus_name !== 'default' ? `${values.event_bus_name}-` : ''}${values.rule}-${values.target_id}`
    case 'aws_cloudwatch_event_target.target_id':
      return `terraform-${digits(own, 26)}`
    case 'aws_iam_role.arn':
      return `arn:aws:iam::${ACCOUNT}:role/${values.name}`
    case 'aws_iam_role.unique_id':
      return `AROA${hex.slice(0, 17).toUpperCase()}`
    case 'aws_iam_role.create_date':
      return '2025-06-02T09:14:27Z'
    case 'aws_cloudwatch_log_group.arn':
      return `arn:aws:logs:${region}:${ACCOUNT}:log-group:${values.name}`
  }
  // Resources named after another one: the s3 bucket sub-resources, topic policies, aliases.
  if (name === 'id') {
    if (typeof values.bucket === 'string' && type.startsWith('aws_s3_bucket_')) return values.bucket
    if (typeof values.arn === 'string') return values.arn
    if (typeof values.name === 'string') return values.name
  }
  const kind = Array.isArray(ctyType) ? ctyType[0] : ctyType
  if (kind === 'bool') return false
  if (kind === 'number') return 0
  if (kind === 'list' || kind === 'set') return []
  if (kind === 'map') return {}
  if (kind === 'object') return null
  if (name === 'arn') {
    const service = SERVICE_OF_TYPE[type] ?? type.replace(/^aws_/, '').split('_')[0]
    return `arn:aws:${service}:${region}:${ACCOUNT}:${type.replace(/^aws_/, '').replace(/_/g, '-')}/${values.name ?? own.slice(0, 17)}`
  }
  if (name === 'owner_id' || name === 'account_id' || name === 'owner') return ACCOUNT
  if (name === 'region') return region
  if (name === 'id') return `${type.replace(/^aws_/, '').split('_').map((w) => w[0]).join('')}-${hex.slice(0, 17)}`
  // Any other computed string (an optional setting left to its default): empty, as the provider stores it.
  return ''
}

/** Fills every unknown of one value tree, as `after_unknown` marks them. */
function fillUnknowns(resource, value, unknown, block, region) {
  if (unknown === true) return null // a whole nested object: only attributes are filled by name
  const out = { ...value }
  for (const [key, mark] of Object.entries(unknown ?? {})) {
    const attribute = block?.attributes?.[key]
    const nested = block?.block_types?.[key]
    if (mark === true) {
      if (attribute) out[key] = fillAttribute(resource, key, out, attribute.type, region)
      else if (nested) out[key] = nested.nesting_mode === 'single' || nested.nesting_mode === 'group' ? null : []
      continue
    }
    if (mark && typeof mark === 'object' && nested) {
      if (Array.isArray(mark) && Array.isArray(out[key])) out[key] = out[key].map((item, i) => (mark[i] ? fillUnknowns(resource, item ?? {}, mark[i], nested.block, region) : item))
      else if (!Array.isArray(mark)) out[key] = fillUnknowns(resource, out[key] ?? {}, mark, nested.block, region)
    } else if (mark && typeof mark === 'object' && attribute) {
      // An attribute of a collection type with some unknown elements: fill those with a plain value.
      if (Array.isArray(mark) && Array.isArray(out[key])) out[key] = out[key].map((item, i) => (mark[i] === true ? fillAttribute(resource, key, out, Array.isArray(attribute.type) ? attribute.type[1] : 'string', region) : item))
    }
  }
  return out
}

/** Every attribute and block of the schema present (null, or [] for repeated blocks), as state holds them. */
function complete(value, block) {
  const out = { ...value }
  for (const key of Object.keys(block?.attributes ?? {})) if (!(key in out)) out[key] = null
  for (const [key, nested] of Object.entries(block?.block_types ?? {})) {
    if (!(key in out)) out[key] = nested.nesting_mode === 'single' || nested.nesting_mode === 'group' ? null : nested.nesting_mode === 'map' ? {} : []
  }
  return out
}

/** Paths of sensitive values (`after_sensitive`/`sensitive_values`) in state's form. */
function sensitivePaths(marks, block, prefix = []) {
  const paths = []
  for (const [key, mark] of Object.entries(marks ?? {})) {
    const here = [...prefix, { type: 'get_attr', value: key }]
    if (mark === true) paths.push(here)
    else if (Array.isArray(mark)) {
      mark.forEach((m, i) => {
        const at = [...here, { type: 'index', value: { value: i, type: 'number' } }]
        if (m === true) paths.push(at)
        else if (m && typeof m === 'object') paths.push(...sensitivePaths(m, block?.block_types?.[key]?.block, at))
      })
    } else if (mark && typeof mark === 'object') {
      const nested = block?.block_types?.[key]
      if (nested) paths.push(...sensitivePaths(mark, nested.block, here))
      else for (const [k, m] of Object.entries(mark)) if (m === true) paths.push([...here, { type: 'index', value: { value: k, type: 'string' } }])
    }
  }
  return paths
}

// --- the plan's parts ------------------------------------------------------------------------------
function* resourcesOf(module) {
  for (const r of module?.resources ?? []) yield r
  for (const child of module?.child_modules ?? []) yield* resourcesOf(child)
}

/** The configuration of a resource (by module path without keys, and type.name), for its references. */
function configResource(configuration, moduleAddress, mode, type, name) {
  let module = configuration?.root_module
  const calls = moduleAddress ? moduleAddress.match(/module\.[^.[]+/g).map((m) => m.slice('module.'.length)) : []
  for (const call of calls) module = module?.module_calls?.[call]?.module
  const id = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`
  return module?.resources?.find((r) => r.address === id)
}

function referencesOf(expressions, out = []) {
  if (Array.isArray(expressions)) for (const e of expressions) referencesOf(e, out)
  else if (expressions && typeof expressions === 'object') {
    for (const [key, value] of Object.entries(expressions)) {
      if (key === 'references' && Array.isArray(value)) out.push(...value)
      else if (key !== 'constant_value') referencesOf(value, out)
    }
  }
  return out
}

/** The module address of a resource instance address (module.a["x"].module.b[0]), or ''. */
function moduleOf(address) {
  const parts = []
  const re = /module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\./y
  let m
  while ((m = re.exec(address))) parts.push(m[0].slice(0, -1))
  return parts.join('.')
}

function providerString(configuration, resourceConfig, moduleAddress, fullName) {
  const key = resourceConfig?.provider_config_key ?? 'aws'
  const local = key.includes(':') ? key.split(':').pop() : key
  const config = configuration?.provider_config?.[key] ?? configuration?.provider_config?.[local]
  const owner = config?.module_address ? `${config.module_address}.` : ''
  return `${owner}provider["${config?.full_name ?? fullName}"]${config?.alias ? `.${config.alias}` : ''}`
}

/** The state (version 4) of the managed resources chosen from a plan, merged into the state so far. */
function stateFor(plan, chosen, previous, schemas, lineageSeed, terraformVersion) {
  const groups = new Map()
  for (const resource of previous?.resources ?? []) groups.set(`${resource.module ?? ''}|${resource.mode}|${resource.type}|${resource.name}`, resource)
  for (const { resource, attributes, sensitive } of chosen) {
    const moduleAddress = moduleOf(resource.address)
    const key = `${moduleAddress}|${resource.mode}|${resource.type}|${resource.name}`
    const config = configResource(plan.configuration, moduleAddress, resource.mode, resource.type, resource.name)
    let group = groups.get(key)
    if (!group) {
      group = { ...(moduleAddress ? { module: moduleAddress } : {}), mode: resource.mode, type: resource.type, name: resource.name }
      if (resource.index !== undefined) group.each = typeof resource.index === 'number' ? 'list' : 'map'
      group.provider = providerString(plan.configuration, config, moduleAddress, resource.provider_name)
      group.instances = []
      groups.set(key, group)
    }
    const moduleConfigPrefix = moduleAddress.replace(/\[[^\]]*\]/g, '')
    const dependencies = [
      ...new Set(
        [...referencesOf(config?.expressions), ...(config?.depends_on ?? [])]
          .map((ref) => ref.match(/^(aws_[A-Za-z0-9_]+\.[A-Za-z0-9_-]+)/)?.[1])
          .filter(Boolean)
          .map((ref) => (moduleConfigPrefix ? `${moduleConfigPrefix}.${ref}` : ref)),
      ),
    ].sort()
    const schema = resource.mode === 'data' ? schemas.data_source_schemas?.[resource.type] : schemas.resource_schemas?.[resource.type]
    group.instances.push({
      ...(resource.index !== undefined ? { index_key: resource.index } : {}),
      schema_version: schema?.version ?? resource.schema_version ?? 0,
      attributes,
      sensitive_attributes: sensitive,
      ...(dependencies.length ? { dependencies } : {}),
    })
  }
  const lineageHex = digest('lineage', lineageSeed)
  return {
    version: 4,
    terraform_version: terraformVersion,
    serial: (previous?.serial ?? 0) + 1,
    lineage: uuidFrom(lineageHex),
    outputs: {},
    resources: [...groups.values()],
    check_results: null,
  }
}

/** Whether an argument written in the configuration is still unknown (it refers to a resource not in state yet). */
function configuredUnknown(mark, expressions) {
  if (mark === true) return expressions !== undefined
  if (!mark || typeof mark !== 'object' || !expressions || typeof expressions !== 'object') return false
  if (Array.isArray(mark)) return mark.some((m, i) => configuredUnknown(m, Array.isArray(expressions) ? expressions[i] : undefined))
  return Object.entries(mark).some(([key, m]) => key in expressions && configuredUnknown(m, expressions[key]))
}

function regionOf(plan) {
  return plan.configuration?.provider_config?.aws?.expressions?.region?.constant_value ?? 'eu-west-1'
}

// --- the rounds -----------------------------------------------------------------------------------
/** Runs Terraform in a work folder with the offline environment; throws with its last lines on failure. */
export async function terraformIn(work, env, args) {
  const result = await runTerraform(args, work, env)
  if (result.code !== 0) throw new Error(`terraform ${args[0]} in ${path.basename(work)}: ${(result.stderr.trim() || result.stdout.toString('utf8').trim()).split('\n').slice(-15).join('\n')}`)
  return result
}

/** Plans a work folder (-refresh=false): the plan file's `terraform show -json`, as bytes and parsed. */
export async function planJson(work, env) {
  const planFile = path.join(work, 'change.tfplan')
  await terraformIn(work, env, ['plan', '-refresh=false', '-input=false', '-no-color', '-lock=false', `-out=${planFile}`])
  const shown = await terraformIn(work, env, ['show', '-json', '-no-color', planFile])
  return { bytes: shown.stdout, plan: JSON.parse(shown.stdout.toString('utf8')) }
}

/** `terraform providers schema -json` of an initialised work folder: its provider_schemas. */
export async function providerSchemas(work, env) {
  const shown = await terraformIn(work, env, ['providers', 'schema', '-json'])
  return JSON.parse(shown.stdout.toString('utf8')).provider_schemas
}

/**
 * "Applies" the configuration of an initialised offline work folder: writes its terraform.tfstate in rounds
 * and returns { state, rounds, schemas }. Options: env (offline Terraform's), terraformVersion, lineageSeed
 * (the lineage is made from it), schemas (provider_schemas, read when not given), dataSources (also keep
 * the data sources read by the last plan, as Terraform's state holds them), label (for debug output).
 */
export async function stateFromPlan(work, { env, terraformVersion, lineageSeed, schemas, dataSources = false, label = path.basename(work) }) {
  schemas ??= await providerSchemas(work, env)
  const stateFile = path.join(work, 'terraform.tfstate')
  fs.rmSync(stateFile, { force: true })
  let state = null
  let rounds = 0
  for (;;) {
    const { plan } = await planJson(work, env)
    rounds++
    const changes = new Map((plan.resource_changes ?? []).map((rc) => [rc.address, rc]))
    const pending = [...resourcesOf(plan.planned_values?.root_module)].filter((r) => r.mode === 'managed' && changes.get(r.address)?.change.actions.includes('create'))
    if (!pending.length) {
      const changed = (plan.resource_changes ?? []).filter((rc) => rc.mode === 'managed' && !rc.change.actions.every((a) => a === 'no-op'))
      if (changed.length) throw new Error(`${label} planned against its own state still changes ${changed.map((rc) => `${rc.address} (${rc.change.actions.join('+')})`).join(', ')}`)
      if (dataSources && state) {
        const read = [...resourcesOf(plan.prior_state?.values?.root_module)].filter((r) => r.mode === 'data')
        if (read.length) {
          const chosen = read.map((resource) => ({ resource, attributes: resource.values ?? {}, sensitive: sensitivePaths(resource.sensitive_values, schemas[resource.provider_name]?.data_source_schemas?.[resource.type]?.block) }))
          state = stateFor(plan, chosen, state, schemas[read[0].provider_name] ?? {}, lineageSeed, terraformVersion)
          fs.writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`)
        }
      }
      break
    }
    if (rounds > MAX_ROUNDS) throw new Error(`${label} did not settle in ${MAX_ROUNDS} rounds (${pending.map((r) => r.address).join(', ')} still unknown)`)
    const region = regionOf(plan)
    const chosen = []
    for (const resource of pending) {
      const change = changes.get(resource.address).change
      const schema = schemas[resource.provider_name]?.resource_schemas?.[resource.type]
      const config = configResource(plan.configuration, moduleOf(resource.address), resource.mode, resource.type, resource.name)
      if (configuredUnknown(change.after_unknown, config?.expressions) && rounds < MAX_ROUNDS) continue
      const filled = complete(fillUnknowns(resource, change.after ?? resource.values ?? {}, change.after_unknown, schema?.block, region), schema?.block)
      chosen.push({ resource, attributes: filled, sensitive: sensitivePaths(change.after_sensitive, schema?.block) })
    }
    if (process.env.CHANGE_FIXTURES_DEBUG) process.stderr.write(`${label} round ${rounds}: ${chosen.map((c) => c.resource.address).join(', ')}\n`)
    state = stateFor(plan, chosen, state, schemas[pending[0].provider_name] ?? {}, lineageSeed, terraformVersion)
    fs.writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`)
  }
  if (!state) throw new Error(`${label} has no managed resource to put in a state`)
  return { state, rounds, schemas }
}
