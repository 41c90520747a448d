// The change fixtures (fixtures/change/<scenario>/): plans of a change to resources that already exist, made
// by scripts/make-change-fixtures.mjs from before/ and after/ configurations. Terraform computed their
// actions against a state written from before/, so they must hold a prior state and the real update,
// replace and delete actions that expect.json names, and the checker must judge them.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { parsePlanBytes } from '../src/plan/load.js'

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'change')

/** What a scenario states: Terraform's actions on its key resources, and per rule and address the change of each finding. */
interface Expectation {
  actions: Record<string, string[]>
  change: Record<string, Record<string, 'new' | 'regressed' | 'existing'>>
  resolved: { ruleId: string; address: string | null }[]
}

interface StateInstance {
  index_key?: string | number
  schema_version: number
  attributes: Record<string, unknown>
  sensitive_attributes: unknown[]
}

interface StateResource {
  module?: string
  mode: string
  type: string
  name: string
  provider: string
  instances: StateInstance[]
}

interface ValuesModule {
  resources?: { address: string; mode: string }[]
  child_modules?: ValuesModule[]
}

const scenarios = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'expect.json'))).sort()
const read = (scenario: string, file: string) => readFileSync(join(ROOT, scenario, file))
const expectation = (scenario: string): Expectation => JSON.parse(read(scenario, 'expect.json').toString('utf8'))

/** The instance addresses a state file holds, as Terraform writes them. */
function stateAddresses(state: { resources: StateResource[] }): string[] {
  return state.resources
    .filter((r) => r.mode === 'managed')
    .flatMap((r) => r.instances.map((i) => `${r.module ? `${r.module}.` : ''}${r.type}.${r.name}${i.index_key === undefined ? '' : `[${JSON.stringify(i.index_key)}]`}`))
    .sort()
}

function managedAddresses(module: ValuesModule | undefined, out: string[] = []): string[] {
  for (const r of module?.resources ?? []) if (r.mode === 'managed') out.push(r.address)
  for (const child of module?.child_modules ?? []) managedAddresses(child, out)
  return out.sort()
}

describe('change fixtures', () => {
  it('cover the scenarios of a change beside existing resources', () => {
    expect(scenarios).toEqual(
      expect.arrayContaining([
        'unrelated-change-beside-debt',
        'logs-turned-off',
        'logs-added',
        'new-lb-beside-old',
        'bucket-encryption-to-kms',
        'bucket-policy-removed',
        'lb-replaced',
        'lb-deleted',
        'health-rule-removed',
        'health-rule-added',
        'module-key-changed',
        'suppressed-existing'
      ])
    )
    for (const scenario of scenarios) {
      for (const file of ['before/main.tf', 'after/main.tf', 'plan.json', 'terraform.tfstate']) expect(existsSync(join(ROOT, scenario, file)), `${scenario}/${file}`).toBe(true)
    }
  })

  describe.each(scenarios)('%s', (scenario) => {
    const plan = JSON.parse(read(scenario, 'plan.json').toString('utf8'))
    const state = JSON.parse(read(scenario, 'terraform.tfstate').toString('utf8'))
    const expected = expectation(scenario)

    it('starts from the state beside it: prior_state holds its resources', () => {
      expect(state.version).toBe(4)
      expect(state.lineage).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      for (const resource of state.resources as StateResource[]) {
        expect(resource.provider).toMatch(/provider\["registry\.terraform\.io\/hashicorp\/aws"\]/)
        for (const instance of resource.instances) {
          expect(typeof instance.schema_version).toBe('number')
          expect(Array.isArray(instance.sensitive_attributes)).toBe(true)
        }
      }
      expect(plan.prior_state?.values?.root_module).toBeDefined()
      expect(managedAddresses(plan.prior_state.values.root_module)).toEqual(stateAddresses(state))
    })

    it("has the actions Terraform planned on the scenario's key resources", () => {
      const actions = Object.fromEntries((plan.resource_changes as { address: string; change: { actions: string[] } }[]).map((rc) => [rc.address, rc.change.actions]))
      const keyActions = Object.fromEntries(Object.keys(expected.actions).map((address) => [address, actions[address]]))
      expect(keyActions).toEqual(expected.actions)
    })

    it('is judged by the checker, with the findings expect.json lists', async () => {
      const report = await checkPlans([parsePlanBytes(read(scenario, 'plan.json'), 'plan.json')], { sourceDir: join(ROOT, scenario, 'after'), today: '2026-11-27' })
      expect(report.problems ?? []).toEqual([])
      const findings = report.results
        .filter((r) => r.verdict === 'fail' || r.verdict === 'unknown' || r.verdict === 'suppressed')
        .map((r) => `${r.ruleId} ${r.address ?? 'plan'}`)
        .sort()
      const listed = Object.entries(expected.change)
        .flatMap(([rule, byAddress]) => Object.keys(byAddress).map((address) => `${rule} ${address}`))
        .sort()
      expect(findings).toEqual(listed)
    })
  })

  it('a replaced load balancer keeps its address, and a deleted one leaves the plan', () => {
    const replaced = JSON.parse(read('lb-replaced', 'plan.json').toString('utf8'))
    const web = replaced.resource_changes.find((rc: { address: string }) => rc.address === 'aws_lb.web')
    expect(web.change.before.name).toBe('web')
    expect(web.change.after.name).toBe('web-v2')
    expect(web.action_reason).toBe('replace_because_cannot_update')
    expect(web.change.replace_paths).toEqual([['name']])
    const deleted = JSON.parse(read('lb-deleted', 'plan.json').toString('utf8'))
    expect(managedAddresses(deleted.planned_values.root_module)).not.toContain('aws_lb.legacy')
    expect(managedAddresses(deleted.prior_state.values.root_module)).toContain('aws_lb.legacy')
  })

  it('fills what the plan left unknown with ids and ARNs of the resources it names', () => {
    const state = JSON.parse(read('bucket-policy-removed', 'terraform.tfstate').toString('utf8')) as { resources: StateResource[] }
    const attributes = (type: string) => state.resources.find((r) => r.type === type)?.instances[0].attributes ?? {}
    expect(attributes('aws_s3_bucket').arn).toBe('arn:aws:s3:::acme-web-alb-logs-eu-west-1')
    expect(attributes('aws_s3_bucket_policy').bucket).toBe('acme-web-alb-logs-eu-west-1')
    expect(attributes('aws_lb').arn).toMatch(/^arn:aws:elasticloadbalancing:eu-west-1:\d{12}:loadbalancer\/app\/web\/[0-9a-f]{16}$/)
    expect(attributes('aws_lb').dns_name).toMatch(/^web-\d+\.eu-west-1\.elb\.amazonaws\.com$/)
    const modules = JSON.parse(read('module-key-changed', 'terraform.tfstate').toString('utf8')) as { resources: StateResource[] }
    expect(modules.resources.map((r) => r.module)).toEqual(['module.svc["a"]', 'module.svc["b"]'])
  })
})
