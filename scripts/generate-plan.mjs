#!/usr/bin/env node
// Writes a large, realistic Terraform plan (`terraform show -json` output of Terraform 1.11) for
// benchmarks and tests, deterministically, streaming it to the file so that memory stays small.
//
//   node scripts/generate-plan.mjs --size 100MB --out /tmp/plan-100.json [--seed 1] [--config-heavy]
//                                  [--pretty] [--no-config] [--utf16] [--manifest <file>] [--lbs <n>]
//
// --size         about how large the file should be: 10MB to 1GB (suffix MB or GB; MB = 2^20 bytes)
// --out          where to write the plan
// --seed         any integer (default 1); the same arguments always give the same bytes
// --config-heavy the configuration section takes about 70 % of the bytes (many module calls with the
//                large expression trees of registry modules), as with big registry-module stacks
// --pretty       indented (as when re-indented with jq) instead of Terraform's one line
// --no-config    leave out `configuration` (references between modules can then not be followed)
// --utf16        UTF-16LE with a byte-order mark, as Windows PowerShell's `>` writes
// --manifest     also write the manifest as JSON to this file (it always goes to stderr, in one line)
// --lbs          how many load balancers (default: about one for every two services)
// --quiet        no summary line on stderr (the manifest still goes there unless --manifest is given)
//
// What it writes: a root module calling "team" modules (plain, count and for_each), each calling a
// "service" module with for_each (keys with dots, quotes and spaces), which calls leaf modules (network,
// compute, functions, IAM, a log bucket, ALB/NLB/classic load balancers, AWS Health alerts, an ALB with
// CloudWatch vended log delivery, a Gateway Load Balancer). Every resource change, planned value, prior
// state entry and configuration block is a copy of one Terraform printed (scripts/plan-shapes/, see
// extract.mjs there) with new names; addresses are ordered the way Terraform orders them.
//
// The manifest lists every load balancer with the verdict ELBIR001 (access logs enabled) and ELBIR008
// (an NLB with logs needs a TLS listener) must give it, so that a test can check the checker finds
// exactly those.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const here = path.dirname(fileURLToPath(import.meta.url))
const SHAPES = path.join(here, 'plan-shapes')
const MB = 1 << 20

function die(message) {
  process.stderr.write(`generate-plan: ${message}\n`)
  process.exit(2)
}

// --- options ---------------------------------------------------------------------------------------
let args
try {
  args = parseArgs({
    options: {
      size: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'config-heavy': { type: 'boolean', default: false },
      pretty: { type: 'boolean', default: false },
      'no-config': { type: 'boolean', default: false },
      utf16: { type: 'boolean', default: false },
      manifest: { type: 'string' },
      lbs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  }).values
} catch (error) {
  die(error.message)
}
if (args.help) {
  const text = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8')
  const header = text.split('\n').slice(1)
  const end = header.findIndex((l) => !l.startsWith('//'))
  process.stdout.write(header.slice(0, end).map((l) => l.slice(3)).join('\n') + '\n')
  process.exit(0)
}
if (!args.size) die('--size is required (e.g. --size 100MB)')
if (!args.out) die('--out is required')
const sizeMatch = /^(\d+(?:\.\d+)?)\s*(MB|GB|M|G)?$/i.exec(args.size.trim())
if (!sizeMatch) die(`--size ${args.size}: give a number with MB or GB, e.g. 100MB`)
const targetBytes = Math.round(Number(sizeMatch[1]) * (/^g/i.test(sizeMatch[2] ?? 'MB') ? 1024 * MB : MB))
if (targetBytes < 10 * MB || targetBytes > 1024 * MB) die(`--size ${args.size}: choose between 10MB and 1GB`)
if (!/^-?\d+$/.test(args.seed)) die(`--seed ${args.seed}: give an integer`)
const seed = Number(BigInt.asUintN(32, BigInt(args.seed)))
const lbOption = args.lbs === undefined ? undefined : Number(args.lbs)
if (lbOption !== undefined && !(Number.isInteger(lbOption) && lbOption >= 0)) die(`--lbs ${args.lbs}: give a whole number`)
const CONFIG_HEAVY = args['config-heavy']
const WITH_CONFIG = !args['no-config']
if (CONFIG_HEAVY && !WITH_CONFIG) die('--config-heavy and --no-config exclude each other')

// --- deterministic randomness --------------------------------------------------------------------
function mix32(...values) {
  let h = 0x9e3779b9 ^ seed
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x85ebca6b)
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    h ^= h >>> 16
  }
  return h >>> 0
}

class Rng {
  constructor(state) {
    this.state = state >>> 0
  }
  next() {
    // mulberry32
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n) {
    return Math.floor(this.next() * n)
  }
  pick(list) {
    return list[this.int(list.length)]
  }
  chance(p) {
    return this.next() < p
  }
}

// --- JSON as Terraform (Go) writes it ------------------------------------------------------------
const goEscape = (text) => text.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
const goJson = (value) => goEscape(JSON.stringify(value))
/** The inside of a JSON string literal. */
const inner = (text) => goJson(text).slice(1, -1)

/** An HCL-quoted instance key, as in addresses: `["a \"b\""]` or `[0]`. */
function formatKey(key) {
  if (key === undefined) return ''
  if (typeof key === 'number') return `[${key}]`
  return `["${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')}"]`
}

/** addrs.InstanceKeyLess: no key, then numbers, then strings (byte order). */
function keyLess(a, b) {
  if (a === b) return 0
  if (a === undefined) return -1
  if (b === undefined) return 1
  const ta = typeof a === 'number' ? 1 : 2
  const tb = typeof b === 'number' ? 1 : 2
  if (ta !== tb) return ta - tb
  return a < b ? -1 : 1
}

/** addrs.ModuleInstance.Less: shorter paths first, then step by step (name, then key). */
function moduleLess(a, b) {
  if (a.length !== b.length) return a.length - b.length
  for (let i = 0; i < a.length; i++) {
    if (a[i].name !== b[i].name) return a[i].name < b[i].name ? -1 : 1
    const k = keyLess(a[i].key, b[i].key)
    if (k !== 0) return k
  }
  return 0
}

const byteLess = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

// --- templates -----------------------------------------------------------------------------------
/** A string with @@X@@ holes: rendering joins the literal parts with the values of the holes. */
function compile(text) {
  const split = text.split(/@@([A-Z])@@/)
  return { parts: split.filter((_, i) => i % 2 === 0), holes: split.filter((_, i) => i % 2 === 1) }
}
function render(tpl, vars) {
  let s = tpl.parts[0]
  for (let i = 0; i < tpl.holes.length; i++) s += vars[tpl.holes[i]] + tpl.parts[i + 1]
  return s
}

// --- the shape library ---------------------------------------------------------------------------
const library = JSON.parse(fs.readFileSync(path.join(SHAPES, 'service.json'), 'utf8'))
const registry = JSON.parse(fs.readFileSync(path.join(SHAPES, 'registry-modules.json'), 'utf8'))
const TF_VERSION = library.terraform_version
const FORMAT_VERSION = library.format_version

function parseIndex(index) {
  return index === undefined ? undefined : JSON.parse(index)
}

function compileResource(r) {
  const index = parseIndex(r.index)
  const head = `,"mode":${goJson(r.mode)},"type":${goJson(r.type)},"name":${goJson(r.name)}${r.index === undefined ? '' : `,"index":${r.index}`},"provider_name":${goJson(r.provider_name)}`
  return {
    local: r.local,
    localJson: inner(r.local),
    mode: r.mode,
    type: r.type,
    name: r.name,
    index,
    rcHead: head + ',"change":',
    change: compile(r.change),
    rcTail: (r.action_reason === undefined ? '' : `,"action_reason":${goJson(r.action_reason)}`) + '}',
    pv: r.values === undefined && r.sensitive_values === undefined ? null : compile(`${head},"schema_version":${r.schema_version}${r.values === undefined ? '' : `,"values":${r.values}`}${r.sensitive_values === undefined ? '' : `,"sensitive_values":${r.sensitive_values}`}}`)
  }
}

function compilePrior(r) {
  return {
    local: r.local,
    localJson: inner(r.local),
    body: compile(`,"mode":${goJson(r.mode)},"type":${goJson(r.type)},"name":${goJson(r.name)}${r.index === undefined ? '' : `,"index":${r.index}`},"provider_name":${goJson(r.provider_name)},"schema_version":${r.schema_version},"values":${r.values},"sensitive_values":${r.sensitive_values}}`)
  }
}

/** Terraform's order of changes within a module instance: data first, then type, name, key. */
function changeLess(a, b) {
  if (a.mode !== b.mode) return a.mode === 'data' ? -1 : 1
  if (a.type !== b.type) return byteLess(a.type, b.type)
  if (a.name !== b.name) return byteLess(a.name, b.name)
  return keyLess(a.index, b.index)
}

function compileVariant(group, v) {
  const resources = v.resources.map(compileResource)
  return {
    group,
    label: v.label,
    changes: [...resources].sort(changeLess),
    planned: resources.filter((r) => r.pv).sort((a, b) => byteLess(a.local, b.local)),
    prior: v.prior.map(compilePrior).sort((a, b) => byteLess(a.local, b.local)),
    relevant: v.relevant.map((ra) => ({ localJson: inner(ra.local), attribute: ra.attribute })),
    lbs: resources.filter((r) => r.type === 'aws_lb' || r.type === 'aws_alb' || r.type === 'aws_elb')
  }
}

const groups = {}
for (const [name, g] of Object.entries(library.groups)) groups[name] = g.variants.map((v) => compileVariant(name, v))
for (const [name, f] of Object.entries(library.fixtures)) groups[name] = f.variants.map((v) => compileVariant(name, v))
const variant = (group, label) => groups[group].find((v) => v.label === label) ?? die(`no shape ${group}/${label}`)

/** The service's own resources: the public ALB group, the internal ALB group, or both. */
function mergeVariants(list) {
  const merged = { group: 'self', label: list.map((v) => v.label).join('+'), changes: [], planned: [], prior: [], relevant: [], lbs: [] }
  for (const v of list) for (const k of ['changes', 'planned', 'prior', 'relevant', 'lbs']) merged[k].push(...v[k])
  merged.changes.sort(changeLess)
  merged.planned.sort((a, b) => byteLess(a.local, b.local))
  merged.prior.sort((a, b) => byteLess(a.local, b.local))
  return merged
}
const SELF = {
  public: groups['self:public'][0],
  internal: groups['self:internal'][0]
}
SELF.both = mergeVariants([SELF.public, SELF.internal])

// --- the load balancer kinds ---------------------------------------------------------------------
// Each kind: where it lives, the shape, the LB type, and what ELBIR001 / ELBIR008 must say.
const LB_KINDS = [
  { id: 'alb-logs', call: 'alb', label: 'logs', kind: 'application', ELBIR001: 'pass', ELBIR008: 'not-applicable', weight: 5 },
  { id: 'alb-no-logs', call: 'alb', label: 'nologs', kind: 'application', ELBIR001: 'fail', ELBIR008: 'not-applicable', weight: 3 },
  { id: 'nlb-logs-tls', call: 'nlb', label: 'logs-tls', kind: 'network', ELBIR001: 'pass', ELBIR008: 'pass', weight: 3 },
  { id: 'nlb-logs-tcp-only', call: 'nlb', label: 'logs-tcp', kind: 'network', ELBIR001: 'pass', ELBIR008: 'fail', weight: 2 },
  { id: 'nlb-no-logs', call: 'nlb', label: 'nologs', kind: 'network', ELBIR001: 'fail', ELBIR008: 'not-applicable', weight: 2 },
  { id: 'classic-logs', call: 'classic', label: 'logs', kind: 'classic', ELBIR001: 'pass', ELBIR008: 'not-applicable', weight: 1 },
  { id: 'classic-no-logs', call: 'classic', label: 'nologs', kind: 'classic', ELBIR001: 'fail', ELBIR008: 'not-applicable', weight: 1 },
  { id: 'alb-public-bucket-beside', self: 'public', kind: 'application', ELBIR001: 'pass', ELBIR008: 'not-applicable', weight: 2 },
  { id: 'alb-internal-no-block', self: 'internal', kind: 'application', ELBIR001: 'fail', ELBIR008: 'not-applicable', weight: 2 },
  { id: 'alb-vended-delivery', call: 'vended', label: 'vended', kind: 'application', ELBIR001: 'pass', ELBIR008: 'not-applicable', weight: 1 },
  { id: 'gateway', call: 'gateway', label: 'gateway', kind: 'gateway', ELBIR001: 'not-applicable', ELBIR008: 'not-applicable', weight: 1 }
]
const LB_WEIGHTS = LB_KINDS.reduce((sum, k) => sum + k.weight, 0)
function pickLbKind(rng) {
  let x = rng.int(LB_WEIGHTS)
  for (const k of LB_KINDS) if ((x -= k.weight) < 0) return k
  return LB_KINDS[0]
}

// --- names ---------------------------------------------------------------------------------------
const WORDS = ['orders', 'search', 'billing', 'auth', 'media', 'catalog', 'ledger', 'notify', 'profile', 'gateway', 'reports', 'inventory', 'pricing', 'checkout', 'fraud', 'shipping']
const TEAMS = ['payments', 'platform', 'growth', 'identity', 'data', 'retail', 'logistics', 'security', 'mobile', 'partners', 'content', 'finance']
const LB_KEYS = ['api.v1', 'edge tls', 'ops "blue"', 'www', 'mqtt.broker', 'internal api', 'admin "green"', 'ws.v2', 'grpc', 'static assets']
const FN_KEYS = ['resize', 'thumbnail.v2', 'ingest', 'export csv', 'notify "ops"', 'audit.trail', 'cleanup', 'sync.v3']
const base36 = (n) => n.toString(36)

/** A service instance key: unique in its team instance, often with dots, quotes or spaces. */
function serviceKey(word, n) {
  switch (n % 6) {
    case 0:
      return `${word}.v${1 + (n % 3)}-${base36(n)}`
    case 1:
      return `${word} ${base36(n)}`
    case 2:
      return `${word} "${base36(n)}"`
    case 3:
      return `${word}.internal.${base36(n)}`
    case 4:
      return `${word}-${base36(n)}`
    default:
      return `${word}:${base36(n)}`
  }
}

// --- the layout ----------------------------------------------------------------------------------
// Module instances are small descriptors; resources are rendered from the shapes when written.

function step(name, key) {
  return { name, key }
}
function modulePath(steps) {
  return steps.map((s) => `module.${s.name}${formatKey(s.key)}`).join('.')
}

/**
 * Plans the whole module tree for `services` service instances (and `heavy` registry module calls per
 * team). Returns the teams (configuration), the module instances with resources, and the LB manifest.
 */
function layout({ services, lbCount, heavyPerTeam, servicesPerTeam }) {
  const rng = new Rng(mix32(1, services))
  const teams = []
  const serviceInstances = []
  let remaining = services
  let teamNo = 0
  while (remaining > 0) {
    const name = `team_${TEAMS[teamNo % TEAMS.length]}_${String(teamNo).padStart(3, '0')}`
    const form = CONFIG_HEAVY ? ['plain', 'count'][teamNo % 2] : ['plain', 'count', 'for_each'][teamNo % 3]
    const keys = form === 'plain' ? [undefined] : form === 'count' ? [0] : ['eu-west-1', 'eu-west-1 "blue"'].slice(0, remaining > 2 * servicesPerTeam ? 2 : 1)
    const heavy = []
    const heavyCount = CONFIG_HEAVY ? heavyPerTeam : teamNo % 10 === 9 ? 1 : 0
    for (let h = 0; h < heavyCount; h++) heavy.push({ kind: h % 2 === 0 ? 'vpc' : 'eks', name: `${h % 2 === 0 ? 'vpc' : 'eks'}_${Math.floor(h / 2)}` })
    const team = { name, form, keys, heavy }
    teams.push(team)
    for (const key of keys) {
      const n = Math.min(remaining, CONFIG_HEAVY ? servicesPerTeam : Math.max(1, servicesPerTeam - 3 + rng.int(7)))
      remaining -= n
      for (let i = 0; i < n; i++) {
        const no = serviceInstances.length
        const word = WORDS[mix32(2, no) % WORDS.length]
        serviceInstances.push({
          no,
          team,
          steps: [step(name, key), step('svc', serviceKey(word, no))],
          slug: `${word.slice(0, 8)}-${base36(no)}`,
          lbs: []
        })
      }
      if (remaining === 0) break
    }
    teamNo++
  }
  // Load balancers, scattered over the services.
  const lbRng = new Rng(mix32(3, services, lbCount))
  for (let i = 0; i < lbCount; i++) {
    // Every case at least once (when there are enough load balancers), then at random by weight.
    const kind = i < LB_KINDS.length ? LB_KINDS[i] : pickLbKind(lbRng)
    const svc = serviceInstances[lbRng.int(serviceInstances.length)]
    if (kind.self && svc.lbs.some((l) => l.kind.self === kind.self)) {
      i--
      if (serviceInstances.length * 2 < lbCount) die(`--lbs ${lbCount} is too many for this size`)
      continue
    }
    svc.lbs.push({ kind })
  }
  return { teams, serviceInstances }
}

/** The leaf module instances of one service instance, with their shapes and names. */
function serviceModules(svc) {
  const rng = new Rng(mix32(4, svc.no))
  const prefix = svc.steps
  const vars = { S: svc.slug, K: '' }
  const out = []
  const add = (name, key, v, k = '') => out.push({ steps: [...prefix, step(name, key)], variant: v, vars: { S: svc.slug, K: k } })
  add('net', 0, rng.pick(groups.net))
  add('compute', undefined, rng.pick(groups.compute))
  add('iam', undefined, rng.pick(groups.iam))
  const logs = rng.chance(0.3) ? variant('logs', 'b') : variant('logs', 'a')
  add('logs', undefined, logs)
  if (rng.chance(0.2)) add('health', 0, groups.health[0])
  const fnCount = rng.int(4)
  const fnKeys = [...FN_KEYS].sort(() => rng.next() - 0.5).slice(0, fnCount)
  fnKeys.forEach((key, i) => add('fn', key, rng.pick(groups.fn), `f${i}`))
  let self = null
  const keyNo = {}
  svc.lbs.forEach((lb, i) => {
    const code = `l${base36(i)}`
    if (lb.kind.self) {
      self = self === null ? lb.kind.self : 'both'
      lb.address = `${modulePath(prefix)}.${lb.kind.self === 'public' ? 'aws_lb.public[0]' : 'aws_lb.internal[0]'}`
    } else {
      const n = (keyNo[lb.kind.call] = (keyNo[lb.kind.call] ?? 0) + 1) - 1
      const key = n < LB_KEYS.length ? LB_KEYS[(n + svc.no) % LB_KEYS.length] : `${LB_KEYS[n % LB_KEYS.length]} ${n}`
      const v = variant(lb.kind.call, lb.kind.label)
      add(lb.kind.call, key, v, code)
      lb.address = `${modulePath([...prefix, step(lb.kind.call, key)])}.${v.lbs[0].local}`
    }
    lb.bucketSse = lb.kind.self === 'public' ? 'AES256' : ['alb', 'nlb', 'classic'].includes(lb.kind.call) ? (logs.label === 'b' ? 'aws:kms' : 'AES256') : null
  })
  if (self) out.push({ steps: prefix, variant: SELF[self], vars })
  return out
}

// --- output --------------------------------------------------------------------------------------
/** Collects text and writes it in large pieces; or only counts it. */
class Sink {
  constructor(fd, { pretty, utf16 }) {
    this.fd = fd
    this.parts = []
    this.pending = 0
    this.chars = 0
    this.bytes = 0
    this.utf16 = utf16
    this.indenter = pretty ? new Indenter() : null
    if (fd !== null && utf16) this.emit(Buffer.from([0xff, 0xfe]))
  }
  write(text) {
    this.chars += text.length
    if (this.fd === null && !this.indenter) return
    this.parts.push(text)
    this.pending += text.length
    if (this.pending >= (this.indenter ? MB : 4 * MB)) this.flush()
  }
  flush() {
    if (this.parts.length === 0) return
    let text = this.parts.join('')
    this.parts = []
    this.pending = 0
    if (this.indenter) text = this.indenter.push(text)
    this.emit(Buffer.from(text, this.utf16 ? 'utf16le' : 'utf8'))
  }
  emit(buffer) {
    this.bytes += buffer.length
    if (this.fd === null) return
    let offset = 0
    while (offset < buffer.length) offset += fs.writeSync(this.fd, buffer, offset, buffer.length - offset)
  }
}

/** Streaming re-indentation (two spaces, empty containers kept as {} and []), string-aware. */
const INDENT = Array.from({ length: 64 }, (_, i) => '\n' + '  '.repeat(i))
const newline = (depth) => INDENT[depth] ?? '\n' + '  '.repeat(depth)

class Indenter {
  constructor() {
    this.depth = 0
    this.inString = false
    this.escaped = false
    this.open = false
  }
  push(text) {
    const out = []
    let i = 0
    const n = text.length
    while (i < n) {
      if (this.inString) {
        let j = i
        while (j < n) {
          const c = text.charCodeAt(j)
          if (this.escaped) this.escaped = false
          else if (c === 92) this.escaped = true
          else if (c === 34) break
          j++
        }
        if (j < n) {
          out.push(text.slice(i, j + 1))
          this.inString = false
          i = j + 1
        } else {
          out.push(text.slice(i))
          i = n
        }
        continue
      }
      const c = text[i]
      if (this.open) {
        this.open = false
        if (c === '}' || c === ']') {
          this.depth--
          out.push(c)
          i++
          continue
        }
        out.push(newline(this.depth))
      }
      if (c === '"') {
        this.inString = true
        out.push(c)
      } else if (c === '{' || c === '[') {
        this.depth++
        this.open = true
        out.push(c)
      } else if (c === '}' || c === ']') {
        this.depth--
        out.push(newline(this.depth) + c)
      } else if (c === ',') out.push(',' + newline(this.depth))
      else if (c === ':') out.push(': ')
      else if (c === '\n') {
        if (this.depth === 0) out.push(c)
      } else out.push(c)
      i++
    }
    return out.join('')
  }
}

// --- sections ------------------------------------------------------------------------------------
/** Writes a comma-separated list from an iterator of writer functions. */
function joinList(sink, items, each) {
  let first = true
  for (const item of items) {
    if (!first) sink.write(',')
    first = false
    each(item)
  }
}

function writeChanges(sink, inst) {
  const prefix = inst.prefixJson
  const moduleAddress = prefix ? `,"module_address":"${prefix}"` : ''
  joinList(sink, inst.variant.changes, (r) => {
    sink.write(`{"address":"${prefix ? prefix + '.' : ''}${r.localJson}"${moduleAddress}${r.rcHead}${render(r.change, inst.vars)}${r.rcTail}`)
  })
}

function writePlanned(sink, inst) {
  const prefix = inst.prefixJson ? inst.prefixJson + '.' : ''
  joinList(sink, inst.variant.planned, (r) => sink.write(`{"address":"${prefix}${r.localJson}"${render(r.pv, inst.vars)}`))
}

function writePrior(sink, inst) {
  const prefix = inst.prefixJson ? inst.prefixJson + '.' : ''
  joinList(sink, inst.variant.prior, (r) => sink.write(`{"address":"${prefix}${r.localJson}"${render(r.body, inst.vars)}`))
}

/** A module tree of values (planned_values or prior_state). */
function writeModuleTree(sink, node, hasOwn, writeOwn, childOrder) {
  const own = node.instances.filter(hasOwn)
  const children = node.children.filter((c) => c.has(hasOwn))
  if (own.length) {
    sink.write('"resources":[')
    // Resources of one module instance sorted by address; one instance here holds one variant.
    joinList(sink, own, (inst) => writeOwn(sink, inst))
    sink.write(']')
  }
  if (node.address !== undefined) sink.write(`${own.length ? ',' : ''}"address":"${inner(node.address)}"`)
  if (children.length) {
    sink.write(`${own.length || node.address !== undefined ? ',' : ''}"child_modules":[`)
    joinList(sink, childOrder(node, children), (c) => {
      sink.write('{')
      writeModuleTree(sink, c, hasOwn, writeOwn, childOrder)
      sink.write('}')
    })
    sink.write(']')
  }
}

class Node {
  constructor(steps) {
    this.steps = steps
    this.address = steps.length ? modulePath(steps) : undefined
    this.instances = []
    this.children = []
    this.childMap = new Map()
    this.memo = new Map()
  }
  child(steps) {
    const key = modulePath(steps)
    let c = this.childMap.get(key)
    if (!c) {
      c = new Node(steps)
      this.childMap.set(key, c)
      this.children.push(c)
    }
    return c
  }
  /** Whether this node or a descendant has an instance for which `test` holds. */
  has(test) {
    let r = this.memo.get(test)
    if (r === undefined) {
      r = this.instances.some(test) || this.children.some((c) => c.has(test))
      this.memo.set(test, r)
    }
    return r
  }
}

const hasPlanned = (inst) => inst.variant.planned.length > 0
const hasPrior = (inst) => inst.variant.prior.length > 0
// Root child modules are sorted by address; deeper ones follow the changes (ModuleInstance order).
const plannedOrder = (node, children) => [...children].sort((a, b) => (node.steps.length === 0 ? byteLess(a.address, b.address) : moduleLess(a.steps, b.steps)))
const priorOrder = (_node, children) => [...children].sort((a, b) => byteLess(a.address, b.address))

// --- configuration -------------------------------------------------------------------------------
function sortedObject(entries) {
  return '{' + [...entries].sort((a, b) => byteLess(a[0], b[0])).map(([k, v]) => `${goJson(k)}:${v}`).join(',') + '}'
}

const each = (name) => goJson({ references: [`each.value.${name}`, 'each.value'] })

/** The service module's configuration: the source configuration plus the fixture modules. */
function serviceConfig() {
  const cfg = JSON.parse(render(compile(library.config), { S: 'service', K: 'lb' }))
  const calls = Object.entries(cfg.module_calls).map(([k, v]) => [k, goJson(v)])
  for (const [name, f] of Object.entries(library.fixtures)) {
    const body = render(compile(f.config), { S: 'service', K: 'lb' })
    calls.push([name, `{"source":${goJson(f.source)},"for_each_expression":{"references":["var.${name}_lbs"]},"module":${body}}`])
  }
  const variables = Object.entries(cfg.variables).map(([k, v]) => [k, goJson(v)])
  for (const name of Object.keys(library.fixtures)) variables.push([`${name}_lbs`, goJson({ default: {} })])
  return `{"outputs":${goJson(cfg.outputs)},"resources":${goJson(cfg.resources)},"module_calls":${sortedObject(calls)},"variables":${sortedObject(variables)}}`
}

const SERVICE_INPUTS = ['albs', 'classic_elbs', 'functions', 'gateway_lbs', 'health_alerts', 'instance_count', 'internal_alb', 'log_bucket_kms', 'name', 'nlbs', 'public_alb', 'roles', 'vended_lbs']

const registryTemplates = Object.fromEntries(
  Object.entries(registry.modules).map(([kind, m]) => {
    // `count = 0`: the module is configured but switched off, as registry modules often are.
    const call = JSON.parse(m.call)
    const ordered = { source: call.source, expressions: call.expressions, count_expression: { constant_value: 0 } }
    for (const k of Object.keys(call)) if (!(k in ordered)) ordered[k] = call[k]
    return [kind, { call: compile(goJson(ordered)), providers: Object.entries(m.providers).map(([name, t]) => [name, compile(t)]) }]
  })
)

function teamConfig(team, svcConfig) {
  const calls = []
  const expressions = sortedObject([
    ...SERVICE_INPUTS.map((k) => [k, each(k)]),
    ['certificate_arn', goJson({ references: ['var.certificate_arn'] })],
    ['tags', goJson({ references: ['var.tags'] })]
  ])
  calls.push(['svc', { svc: true, text: `{"source":"../../modules/service","expressions":${expressions},"for_each_expression":{"references":["var.services"]},"module":` }])
  const vpcs = team.heavy.filter((h) => h.kind === 'vpc')
  for (const h of team.heavy) {
    const vars = { P: `module.${team.name}.module.${h.name}`, V: (vpcs[0] ?? { name: 'vpc' }).name }
    calls.push([h.name, { text: render(registryTemplates[h.kind].call, vars) }])
  }
  return { calls: calls.sort((a, b) => byteLess(a[0], b[0])), svcConfig }
}

function writeTeamConfig(sink, team, svcConfig) {
  const { calls } = teamConfig(team, svcConfig)
  sink.write('{"module_calls":{')
  joinList(sink, calls, ([name, call]) => {
    sink.write(`${goJson(name)}:${call.text}`)
    if (call.svc) sink.write(svcConfig + '}')
  })
  sink.write('},"variables":{"certificate_arn":{},"services":{"description":"The services of the team, by key"},"tags":{"default":{"CostCenter":"cc-4410","Owner":"platform-team"}}}}')
}

function providerConfigEntries(teams) {
  const entries = Object.entries(JSON.parse(library.provider_config)).map(([k, v]) => [k, goJson(v)])
  for (const team of teams) {
    for (const h of team.heavy) {
      for (const [name, tpl] of registryTemplates[h.kind].providers) {
        const p = `module.${team.name}.module.${h.name}`
        entries.push([`${p}:${name}`, render(tpl, { P: p })])
      }
    }
  }
  return entries
}

function writeConfiguration(sink, teams, svcConfig) {
  sink.write(`"configuration":{"provider_config":${sortedObject(providerConfigEntries(teams))},"root_module":{`)
  sink.write('"outputs":{"environment":{"expression":{"references":["var.environment"]}},"teams":{"expression":{"references":["local.teams"]},"description":"The team modules of this stack"}},')
  sink.write('"module_calls":{')
  const sorted = [...teams].sort((a, b) => byteLess(a.name, b.name))
  joinList(sink, sorted, (team) => {
    const repetition = team.form === 'count' ? ',"count_expression":{"constant_value":1}' : team.form === 'for_each' ? ',"for_each_expression":{"references":["var.regions"]}' : ''
    const key = team.name.replace(/^team_/, '').replace(/_\d+$/, '')
    sink.write(`${goJson(team.name)}:{"source":${goJson(`./teams/${key}`)},"expressions":{"certificate_arn":{"references":["var.certificate_arn"]},"services":{"references":[${goJson(`local.services["${team.name}"]`)},"local.services"]}}${repetition},"module":`)
    writeTeamConfig(sink, team, svcConfig)
    sink.write('}')
  })
  sink.write('},"variables":{"certificate_arn":{"default":"arn:aws:acm:eu-west-1:444455556666:certificate/5f2c7a1e-9b3d-4c8a-a6e1-0d4b7f3c2e91"},"environment":{"default":"prod"},"regions":{"default":["eu-west-1","eu-west-1 \\"blue\\""]}}}}')
}

// --- the whole plan ------------------------------------------------------------------------------
function build(plan) {
  const { teams, serviceInstances } = plan
  const instances = []
  const root = new Node([])
  const nodeFor = (steps) => {
    let node = root
    for (let i = 1; i <= steps.length; i++) node = node.child(steps.slice(0, i))
    return node
  }
  for (const svc of serviceInstances) {
    nodeFor(svc.steps)
    for (const inst of serviceModules(svc)) {
      inst.prefixJson = inner(modulePath(inst.steps))
      instances.push(inst)
      nodeFor(inst.steps).instances.push(inst)
    }
  }
  instances.sort((a, b) => moduleLess(a.steps, b.steps))
  return { teams, serviceInstances, instances, root }
}

function writePlan(sink, built, svcConfig) {
  const { teams, instances, root } = built
  sink.write(`{"format_version":${goJson(FORMAT_VERSION)},"terraform_version":${goJson(TF_VERSION)},`)
  sink.write('"variables":{"certificate_arn":{"value":"arn:aws:acm:eu-west-1:444455556666:certificate/5f2c7a1e-9b3d-4c8a-a6e1-0d4b7f3c2e91"},"environment":{"value":"prod"},"regions":{"value":["eu-west-1","eu-west-1 \\"blue\\""]}},')
  sink.write('"planned_values":{"outputs":{"environment":{"sensitive":false,"type":"string","value":"prod"},"teams":{"sensitive":false}},"root_module":{')
  writeModuleTree(sink, root, hasPlanned, writePlanned, plannedOrder)
  sink.write('}},"resource_changes":[')
  joinList(sink, instances.filter((i) => i.variant.changes.length), (inst) => writeChanges(sink, inst))
  sink.write('],"output_changes":{"environment":{"actions":["create"],"before":null,"after":"prod","after_unknown":false,"before_sensitive":false,"after_sensitive":false},"teams":{"actions":["create"],"before":null,"after_unknown":true,"before_sensitive":false,"after_sensitive":false}},')
  sink.write(`"prior_state":{"format_version":"1.0","terraform_version":${goJson(TF_VERSION)},"values":{"root_module":{`)
  writeModuleTree(sink, root, hasPrior, writePrior, priorOrder)
  sink.write('}}},')
  if (WITH_CONFIG) {
    writeConfiguration(sink, teams, svcConfig)
    sink.write(',')
  }
  sink.write('"relevant_attributes":[')
  joinList(
    sink,
    instances.filter((i) => i.variant.relevant.length),
    (inst) => {
      const prefix = inst.prefixJson ? inst.prefixJson + '.' : ''
      joinList(sink, inst.variant.relevant, (ra) => sink.write(`{"resource":"${prefix}${ra.localJson}","attribute":${ra.attribute}}`))
    }
  )
  sink.write('],"timestamp":"2026-11-27T09:00:00Z","applyable":true,"complete":true,"errored":false}\n')
}

// --- sizing --------------------------------------------------------------------------------------
const SERVICES_PER_TEAM = 10
const defaultLbs = (services) => Math.max(16, Math.round(services * 0.5))

function measure(options, svcConfig) {
  const sink = new Sink(null, { pretty: false, utf16: false })
  writePlan(sink, build(layout(options)), svcConfig)
  return sink.chars
}

function planFor(svcConfig) {
  // Bytes of a one-line UTF-8 plan, linear in the number of services: measure two small plans.
  const pretty = args.pretty ? 1.9 : 1
  const unit = (args.utf16 ? 2 : 1) * pretty
  const target = targetBytes / unit
  const opts = (services, heavyPerTeam) => ({
    services,
    lbCount: lbOption ?? defaultLbs(services),
    heavyPerTeam,
    servicesPerTeam: CONFIG_HEAVY ? 1 : SERVICES_PER_TEAM
  })
  let heavy = 0
  if (CONFIG_HEAVY) {
    // Registry module calls per team so that the configuration holds ~70 % of the bytes.
    const noHeavy = (measure(opts(40, 0), svcConfig) - measure(opts(20, 0), svcConfig)) / 20
    const withHeavy = (measure(opts(40, 2), svcConfig) - measure(opts(20, 2), svcConfig)) / 20
    const perHeavy = (withHeavy - noHeavy) / 2
    const configPerTeam = svcConfig.length + 900
    const resourcesPerTeam = noHeavy - configPerTeam
    heavy = Math.max(1, Math.round(((7 / 3) * resourcesPerTeam - configPerTeam) / perHeavy))
  }
  const a = measure(opts(40, heavy), svcConfig)
  const b = measure(opts(120, heavy), svcConfig)
  const perService = (b - a) / 80
  const fixed = a - 40 * perService
  const services = Math.max(1, Math.round((target - fixed) / perService))
  return opts(services, heavy)
}

// --- main ----------------------------------------------------------------------------------------
const started = process.hrtime.bigint()
const svcConfig = serviceConfig()
const options = planFor(svcConfig)
const plan = layout(options)
const built = build(plan)
fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true })
const fd = fs.openSync(args.out, 'w')
const sink = new Sink(fd, { pretty: args.pretty, utf16: args.utf16 })
writePlan(sink, built, svcConfig)
sink.flush()
fs.closeSync(fd)

const lbs = plan.serviceInstances.flatMap((s) => s.lbs).sort((a, b) => byteLess(a.address, b.address))
const count = (pred) => lbs.filter(pred).length
const manifest = {
  generator: 'scripts/generate-plan.mjs',
  seed: Number(args.seed),
  size: args.size,
  bytes: sink.bytes,
  options: { configHeavy: CONFIG_HEAVY, pretty: args.pretty, noConfig: !WITH_CONFIG, utf16: args.utf16 },
  ...(!WITH_CONFIG && { note: 'Without configuration a checker cannot follow references: it cannot tie listeners, buckets or vended deliveries to load balancers whose ARNs are known only after apply. The verdicts below are what the plan means.' }),
  terraformVersion: TF_VERSION,
  resourceChanges: built.instances.reduce((n, i) => n + i.variant.changes.length, 0),
  moduleInstances: built.instances.length,
  services: plan.serviceInstances.length,
  teams: plan.teams.length,
  registryModuleCalls: plan.teams.reduce((n, t) => n + t.heavy.length, 0),
  loadBalancers: {
    total: lbs.length,
    byKind: Object.fromEntries(['application', 'network', 'classic', 'gateway'].map((k) => [k, count((l) => l.kind.kind === k)])),
    byCase: Object.fromEntries(LB_KINDS.map((k) => [k.id, count((l) => l.kind === k)])),
    ELBIR001: Object.fromEntries(['pass', 'fail', 'not-applicable'].map((v) => [v, count((l) => l.kind.ELBIR001 === v)])),
    ELBIR008: Object.fromEntries(['pass', 'fail', 'not-applicable'].map((v) => [v, count((l) => l.kind.ELBIR008 === v)])),
    list: lbs.map((l) => ({ address: l.address, type: l.kind.kind === 'classic' ? 'aws_elb' : 'aws_lb', kind: l.kind.kind, case: l.kind.id, logBucketSse: l.bucketSse, ELBIR001: l.kind.ELBIR001, ELBIR008: l.kind.ELBIR008 }))
  }
}
if (args.manifest) {
  fs.mkdirSync(path.dirname(path.resolve(args.manifest)), { recursive: true })
  fs.writeFileSync(args.manifest, JSON.stringify(manifest, null, 2) + '\n')
} else process.stderr.write(JSON.stringify(manifest) + '\n')
if (!args.quiet) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  process.stderr.write(
    `generate-plan: wrote ${args.out}: ${(sink.bytes / MB).toFixed(1)} MiB, ${manifest.resourceChanges} resource changes in ${manifest.moduleInstances} module instances, ${lbs.length} load balancers, ${seconds.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`
  )
}
