// Plan and sources agree. Every committed rule fixture (fixtures/rules/<RULE>/<case>: main.tf and the plan
// Terraform made of it) and the bundled example (with its module) is judged twice through the command
// line: from its plan (`--plan plan.json --source-dir .`) and from its sources alone (`--source-dir .`).
// Every (rule, address) must get the same verdict from both.
//
// The one allowed difference: `unknown` from the sources where the plan knew the value, because the value
// comes from something only a plan can read (a data source that calls AWS, the provider's account or
// region). Each such case is listed below with its reason; a listed case that no longer differs fails
// too, so the list stays true.
//
// Out of scope: fixtures made from a prior state (terraform.tfstate beside main.tf). Their plans judge a
// change to resources that already exist, whose values (and whose verdicts) come from that state; sources
// alone describe only the configuration, so the two cannot be compared verdict for verdict.
//
// `node scripts/agreement-table.mjs` prints the same comparison as a table per rule (from dist/cli.js).
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/types.js'
import { REPO_ROOT } from '../helpers/action-runner.js'
import { cli } from '../helpers/cli.js'

const RULES = path.join(REPO_ROOT, 'fixtures/rules')
const ALL_CASES = [
  ...readdirSync(RULES)
    .sort()
    .flatMap((rule) =>
      readdirSync(path.join(RULES, rule))
        .sort()
        .map((name) => ({ name: `${rule}/${name}`, dir: path.join(RULES, rule, name) }))
    ),
  { name: 'example', dir: path.join(REPO_ROOT, 'fixtures/example') }
].filter((c) => existsSync(path.join(c.dir, 'plan.json')))
const FROM_PRIOR_STATE = ALL_CASES.filter((c) => existsSync(path.join(c.dir, 'terraform.tfstate')))
const CASES = ALL_CASES.filter((c) => !FROM_PRIOR_STATE.includes(c))

/** `<case> <rule> <address>` → why the sources cannot know what the plan knew. */
const SOURCE_UNKNOWN_ALLOWED: Record<string, string> = {}

const verdicts = (report: Report) => new Map(report.results.map((r) => [`${r.ruleId} ${r.address ?? '(plan)'}`, r.verdict]))

async function judged(dir: string, argv: string[]): Promise<Map<string, string>> {
  const run = await cli(['check', '--format', 'json', '--fail-level', 'never', ...argv], { cwd: dir })
  expect(run.stderr, `${path.relative(REPO_ROOT, dir)}: ${argv.join(' ')}`).toBe('')
  expect(run.code).toBe(0)
  return verdicts(JSON.parse(run.stdout) as Report)
}

const allowedSeen = new Set<string>()

describe('plan and sources agree', () => {
  it('cover every rule fixture and the example, leaving out only those made from a prior state', () => {
    expect(CASES.length).toBeGreaterThan(80)
    expect(CASES.map((c) => c.name)).toContain('example')
    expect(FROM_PRIOR_STATE.map((c) => c.name)).toEqual(['ELBIR001/fail-update-disables'])
  })

  it.each(CASES)('$name', async ({ name, dir }) => {
    const fromPlan = await judged(dir, ['--plan', 'plan.json', '--source-dir', '.'])
    const fromSources = await judged(dir, ['--source-dir', '.'])
    expect([...fromSources.keys()].sort(), 'the same rules on the same load balancers').toEqual([...fromPlan.keys()].sort())
    const differing: string[] = []
    for (const [key, planVerdict] of fromPlan) {
      const sourceVerdict = fromSources.get(key)
      if (sourceVerdict === planVerdict) continue
      const id = `${name} ${key}`
      if (sourceVerdict === 'unknown' && SOURCE_UNKNOWN_ALLOWED[id] !== undefined) {
        allowedSeen.add(id)
        continue
      }
      differing.push(`${id}: plan ${planVerdict}, sources ${sourceVerdict}`)
    }
    expect(differing).toEqual([])
  })

  it('lists no allowed difference that does not occur', () => {
    expect(Object.keys(SOURCE_UNKNOWN_ALLOWED).filter((id) => !allowedSeen.has(id))).toEqual([])
  })
})
