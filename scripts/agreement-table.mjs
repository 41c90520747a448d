// Prints how the verdicts from sources alone compare with the verdicts from Terraform's plan, per rule,
// over every rule fixture and the bundled example (as test/source-plan/agreement.test.ts checks them),
// with the bundled CLI (dist/cli.js; run `npm run build` first):
//
//   node scripts/agreement-table.mjs [--list]
//
// Columns: pairs (rule, address) with the same verdict; pairs the sources leave unknown where the plan
// knew (allowed when the test lists their reason); pairs that differ otherwise (always a bug). The
// unknown rate is the share of all source verdicts that are unknown, and of those the plan knew.
// --list prints every pair that is not equal.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const rulesDir = join(root, 'fixtures', 'rules')
const cases = [
  ...readdirSync(rulesDir)
    .sort()
    .flatMap((rule) => readdirSync(join(rulesDir, rule)).sort().map((name) => ({ name: `${rule}/${name}`, dir: join(rulesDir, rule, name) }))),
  { name: 'example', dir: join(root, 'fixtures', 'example') }
].filter((c) => existsSync(join(c.dir, 'plan.json')))

function verdicts(dir, args) {
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-level', 'never', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (run.status !== 0) throw new Error(`${dir}: ${args.join(' ')} exited ${run.status}: ${run.stderr.trim()}`)
  return new Map(JSON.parse(run.stdout).results.map((r) => [`${r.ruleId} ${r.address ?? '(plan)'}`, r.verdict]))
}

const rows = new Map()
const row = (rule) => rows.get(rule) ?? rows.set(rule, { equal: 0, sourceUnknown: 0, differing: 0, unknown: 0, total: 0 }).get(rule)
const listed = []
let skipped = 0
for (const { name, dir } of cases) {
  if (existsSync(join(dir, 'terraform.tfstate'))) {
    skipped++
    continue
  }
  const fromPlan = verdicts(dir, ['--plan', 'plan.json', '--source-dir', '.'])
  const fromSources = verdicts(dir, ['--source-dir', '.'])
  for (const key of new Set([...fromPlan.keys(), ...fromSources.keys()])) {
    const rule = key.split(' ')[0]
    const plan = fromPlan.get(key) ?? '(absent)'
    const source = fromSources.get(key) ?? '(absent)'
    const r = row(rule)
    r.total++
    if (source === 'unknown') r.unknown++
    if (plan === source) r.equal++
    else if (source === 'unknown' && plan !== '(absent)') r.sourceUnknown++
    else r.differing++
    if (plan !== source) listed.push(`${name} ${key}: plan ${plan}, sources ${source}`)
  }
}

const pad = (value, width) => String(value).padStart(width)
console.log(`${cases.length - skipped} fixtures compared (${skipped} made from a prior state left out)\n`)
console.log('| rule | pairs | equal | sources unknown, plan known | differing | unknown rate (sources) |')
console.log('|---|--:|--:|--:|--:|--:|')
const total = { equal: 0, sourceUnknown: 0, differing: 0, unknown: 0, total: 0 }
for (const [rule, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  for (const key of Object.keys(total)) total[key] += r[key]
  console.log(`| ${rule} | ${pad(r.total, 3)} | ${pad(r.equal, 3)} | ${pad(r.sourceUnknown, 3)} | ${pad(r.differing, 3)} | ${pad(((100 * r.unknown) / r.total).toFixed(1), 5)} % |`)
}
console.log(`| all | ${pad(total.total, 3)} | ${pad(total.equal, 3)} | ${pad(total.sourceUnknown, 3)} | ${pad(total.differing, 3)} | ${pad(((100 * total.unknown) / total.total).toFixed(1), 5)} % |`)
console.log(`\nunknown from the sources where the plan knew: ${total.sourceUnknown} of ${total.total} pairs (${((100 * total.sourceUnknown) / total.total).toFixed(1)} %)`)
if (process.argv.includes('--list')) for (const line of listed) console.log(`  ${line}`)
