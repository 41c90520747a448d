// scripts/generate-plan.mjs: large Terraform plans for benchmarks. A ~10 MB plan must be deterministic,
// shaped as Terraform prints it (unique addresses in Terraform's order, a planned_values module tree that
// matches them, each module once in the configuration), and its manifest must name exactly the load
// balancers of the plan, with the ELBIR001/ELBIR008 verdicts the checker gives them.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { RELEVANT_TYPES } from '../src/model/relevant-types.js'
import { loadPlanFile } from '../src/plan/load.js'

const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'generate-plan.mjs')

interface Step {
  name: string
  key?: string | number
}
interface Address {
  modules: Step[]
  module: string
  mode: 'managed' | 'data'
  type: string
  name: string
  index?: string | number
}
interface ValuesModule {
  address?: string
  resources?: { address: string; type: string; mode: string }[]
  child_modules?: ValuesModule[]
}
interface ConfigModule {
  resources?: { address: string; mode: string; type: string; name: string }[]
  module_calls?: Record<string, { source?: string; expressions?: unknown; module?: ConfigModule }>
}
interface ResourceChange {
  address: string
  module_address?: string
  mode: string
  type: string
  name: string
  index?: string | number
  change: { actions: string[] }
}
interface Plan {
  format_version: string
  terraform_version: string
  planned_values: { root_module: ValuesModule }
  resource_changes: ResourceChange[]
  prior_state?: { values: { root_module: ValuesModule } }
  configuration: { provider_config: Record<string, unknown>; root_module: ConfigModule }
}
interface ManifestLb {
  address: string
  type: string
  kind: string
  ELBIR001: string
  ELBIR008: string
}
interface Manifest {
  resourceChanges: number
  loadBalancers: { total: number; list: ManifestLb[]; byKind: Record<string, number> }
}

/** Reads `[0]` or `["k \"q\""]` at `pos` (keys may hold dots, quotes and spaces). */
function readKey(text: string, pos: number): { key: string | number; end: number } | null {
  if (text[pos] !== '[') return null
  if (text[pos + 1] === '"') {
    let i = pos + 2
    let key = ''
    while (text[i] !== '"') {
      if (text[i] === '\\') {
        key += text[i + 1]
        i += 2
      } else key += text[i++]
    }
    return { key, end: i + 2 }
  }
  const close = text.indexOf(']', pos)
  return { key: Number(text.slice(pos + 1, close)), end: close + 1 }
}

function parseAddress(address: string): Address {
  const modules: Step[] = []
  let pos = 0
  const name = () => {
    const start = pos
    while (pos < address.length && address[pos] !== '.' && address[pos] !== '[') pos++
    return address.slice(start, pos)
  }
  while (address.startsWith('module.', pos)) {
    pos += 7
    const s: Step = { name: name() }
    const key = readKey(address, pos)
    if (key) {
      s.key = key.key
      pos = key.end
    }
    modules.push(s)
    pos++
  }
  const module = pos ? address.slice(0, pos - 1) : ''
  let mode: 'managed' | 'data' = 'managed'
  if (address.startsWith('data.', pos)) {
    mode = 'data'
    pos += 5
  }
  const type = name()
  pos++
  const parsed: Address = { modules, module, mode, type, name: name() }
  const key = readKey(address, pos)
  if (key) {
    parsed.index = key.key
    pos = key.end
  }
  expect(pos, address).toBe(address.length)
  return parsed
}

function formatModule(steps: Step[]): string {
  const key = (k: string | number | undefined) => (k === undefined ? '' : typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(k)}]`)
  return steps.map((s) => `module.${s.name}${key(s.key)}`).join('.')
}

// addrs.ModuleInstance.Less / AbsResourceInstance.Less, as Terraform sorts resource_changes.
const keyOrder = (k: string | number | undefined) => (k === undefined ? 0 : typeof k === 'number' ? 1 : 2)
function compareKeys(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0
  if (keyOrder(a) !== keyOrder(b)) return keyOrder(a) - keyOrder(b)
  return (a as string | number) < (b as string | number) ? -1 : 1
}
function compareAddresses(a: Address, b: Address): number {
  if (a.modules.length !== b.modules.length) return a.modules.length - b.modules.length
  for (let i = 0; i < a.modules.length; i++) {
    if (a.modules[i].name !== b.modules[i].name) return a.modules[i].name < b.modules[i].name ? -1 : 1
    const k = compareKeys(a.modules[i].key, b.modules[i].key)
    if (k) return k
  }
  if (a.mode !== b.mode) return a.mode === 'data' ? -1 : 1
  if (a.type !== b.type) return a.type < b.type ? -1 : 1
  if (a.name !== b.name) return a.name < b.name ? -1 : 1
  return compareKeys(a.index, b.index)
}

let dir: string
let plan: Plan
let bytes: Buffer
let manifest: Manifest
const file = () => join(dir, 'plan.json')

function generate(out: string, ...extra: string[]): Buffer {
  execFileSync(process.execPath, [SCRIPT, '--size', '10MB', '--seed', '7', '--out', out, '--quiet', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] })
  return readFileSync(out)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'generate-plan-'))
  bytes = generate(file(), '--manifest', join(dir, 'manifest.json'))
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
  plan = JSON.parse(bytes.toString('utf8'))
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('generate-plan', () => {
  it('writes about the requested size, deterministically', () => {
    expect(bytes.length).toBeGreaterThan(9.5 * 2 ** 20)
    expect(bytes.length).toBeLessThan(11 * 2 ** 20)
    expect(generate(join(dir, 'again.json')).equals(bytes)).toBe(true)
    expect(generate(join(dir, 'other-seed.json'), '--seed', '8').equals(bytes)).toBe(false)
  })

  it('prints one line with the top-level keys in Terraform order', () => {
    const text = bytes.toString('utf8')
    expect(text.indexOf('\n')).toBe(text.length - 1)
    expect(Object.keys(plan)).toEqual([
      'format_version',
      'terraform_version',
      'variables',
      'planned_values',
      'resource_changes',
      'output_changes',
      'prior_state',
      'configuration',
      'relevant_attributes',
      'timestamp',
      'applyable',
      'complete',
      'errored'
    ])
    expect(plan.format_version).toBe('1.2')
    expect(plan.resource_changes.length).toBe(manifest.resourceChanges)
    // About 2-3 KB a resource change, as in real plans.
    expect(bytes.length / plan.resource_changes.length).toBeGreaterThan(1500)
  })

  it('gives every resource change a unique address, in Terraform order, that planned_values holds', () => {
    const parsed = plan.resource_changes.map((rc) => parseAddress(rc.address))
    expect(new Set(plan.resource_changes.map((rc) => rc.address)).size).toBe(plan.resource_changes.length)
    for (let i = 1; i < parsed.length; i++) expect(compareAddresses(parsed[i - 1], parsed[i]), plan.resource_changes[i].address).toBeLessThan(0)
    const planned = new Set<string>()
    const walk = (m: ValuesModule) => {
      for (const r of m.resources ?? []) planned.add(r.address)
      for (const c of m.child_modules ?? []) walk(c)
    }
    walk(plan.planned_values.root_module)
    for (const rc of plan.resource_changes) expect(planned.has(rc.address), rc.address).toBe(true)
    expect(planned.size).toBe(plan.resource_changes.length)
    plan.resource_changes.forEach((rc, i) => {
      const a = parsed[i]
      expect([rc.mode, rc.type, rc.name, rc.index, rc.module_address]).toEqual([a.mode, a.type, a.name, a.index, a.module || undefined])
    })
    // Nested module instances several levels deep, with count and for_each keys holding dots, quotes, spaces.
    expect(Math.max(...parsed.map((a) => a.modules.length))).toBeGreaterThanOrEqual(3)
    const keys = parsed.flatMap((a) => a.modules.map((m) => m.key)).filter((k): k is string => typeof k === 'string')
    for (const c of ['.', '"', ' ']) expect(keys.some((k) => k.includes(c))).toBe(true)
    expect(parsed.some((a) => a.modules.some((m) => typeof m.key === 'number'))).toBe(true)
  })

  it('nests planned_values and prior_state modules as the addresses say', () => {
    const check = (root: ValuesModule) => {
      const seen = new Set<string>()
      const walk = (m: ValuesModule, parent: Step[]) => {
        const self = m.address === undefined ? [] : parseAddress(`${m.address}.x.y`).modules
        expect(self.slice(0, -1)).toEqual(parent)
        expect(self.length).toBe(parent.length + (m.address === undefined ? 0 : 1))
        if (m.address !== undefined) {
          expect(seen.has(m.address), m.address).toBe(false)
          seen.add(m.address)
        }
        for (const r of m.resources ?? []) expect(parseAddress(r.address).module, r.address).toBe(m.address ?? '')
        expect((m.resources ?? []).length + (m.child_modules ?? []).length).toBeGreaterThan(0)
        for (const c of m.child_modules ?? []) walk(c, self)
      }
      walk(root, [])
      return seen
    }
    const modules = check(plan.planned_values.root_module)
    // Every module instance with a change, and its ancestors, and nothing else.
    const expected = new Set<string>()
    for (const rc of plan.resource_changes) {
      const steps = parseAddress(rc.address).modules
      for (let i = 1; i <= steps.length; i++) expected.add(formatModule(steps.slice(0, i)))
    }
    expect([...modules].sort()).toEqual([...expected].sort())
    check(plan.prior_state!.values.root_module)
  })

  it('holds each module once in the configuration, with the blocks of every resource', () => {
    const paths = new Map<string, ConfigModule>()
    const walk = (m: ConfigModule, path: string[]) => {
      paths.set(path.join('.'), m)
      for (const [name, call] of Object.entries(m.module_calls ?? {})) {
        expect(typeof call.source).toBe('string')
        expect(call.module).toBeDefined()
        walk(call.module!, [...path, name])
      }
    }
    walk(plan.configuration.root_module, [])
    const instances = new Set(plan.resource_changes.map((rc) => rc.module_address ?? ''))
    // Far fewer module configurations than module instances: config is per module, not per instance.
    expect(paths.size).toBeLessThan(instances.size / 3)
    for (const rc of plan.resource_changes) {
      const a = parseAddress(rc.address)
      const config = paths.get(a.modules.map((m) => m.name).join('.'))
      expect(config, rc.address).toBeDefined()
      const local = `${a.mode === 'data' ? 'data.' : ''}${a.type}.${a.name}`
      expect(config!.resources?.some((r) => r.address === local), rc.address).toBe(true)
    }
    // Load balancers reach their log bucket through a module input that names another module's output.
    const service = [...paths.entries()].find(([p]) => p.endsWith('.svc'))![1]
    expect(JSON.stringify(service.module_calls!.alb.expressions)).toContain('"log_bucket":{"references":["module.logs.bucket_id","module.logs"]}')
  })

  it('lists in the manifest exactly the load balancers of the plan', () => {
    const lbs = plan.resource_changes.filter((rc) => ['aws_lb', 'aws_alb', 'aws_elb'].includes(rc.type)).map((rc) => rc.address)
    expect(manifest.loadBalancers.list.map((l) => l.address).sort()).toEqual([...lbs].sort())
    expect(manifest.loadBalancers.total).toBe(lbs.length)
    for (const kind of ['application', 'network', 'classic']) expect(manifest.loadBalancers.byKind[kind]).toBeGreaterThan(0)
    for (const rule of ['ELBIR001', 'ELBIR008'] as const) {
      for (const verdict of ['pass', 'fail']) expect(manifest.loadBalancers.list.some((l) => l[rule] === verdict), `${rule} ${verdict}`).toBe(true)
    }
  })

  it('gets from the checker the ELBIR001 and ELBIR008 verdicts of the manifest', async () => {
    const loaded = await loadPlanFile(file(), { keep: RELEVANT_TYPES })
    const report = await checkPlans([loaded])
    const verdicts = new Map(report.results.map((r) => [`${r.ruleId} ${r.address}`, r.verdict]))
    const expected = manifest.loadBalancers.list.flatMap((l) => [`ELBIR001 ${l.address} ${l.ELBIR001}`, `ELBIR008 ${l.address} ${l.ELBIR008}`])
    const got = manifest.loadBalancers.list.flatMap((l) => [`ELBIR001 ${l.address} ${verdicts.get(`ELBIR001 ${l.address}`)}`, `ELBIR008 ${l.address} ${verdicts.get(`ELBIR008 ${l.address}`)}`])
    expect(got).toEqual(expected)
    expect(report.loadBalancers.length).toBe(manifest.loadBalancers.total)
  })

  it('writes UTF-16LE with a byte-order mark on request', () => {
    const utf16 = generate(join(dir, 'utf16.json'), '--utf16')
    expect([...utf16.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x7b, 0x00])
    const text = utf16.subarray(2).toString('utf16le')
    expect(JSON.parse(text).resource_changes.length).toBeGreaterThan(1000)
  })
})
