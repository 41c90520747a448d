#!/usr/bin/env node
// Turns a generated plan (every resource created) into the plan of a change to an estate that exists:
// each resource was in state with the values it is planned to have, and every `update_every`-th one is
// updated (its `before` differs in one tag), the rest are no-op. For the benchmark of judging both worlds
// (`BENCH_PRIOR=1 npm run bench`); the rules' fixtures with prior state come from Terraform itself
// (scripts/make-change-fixtures.mjs).
//
//   node scripts/with-prior-state.mjs <plan.json> <out.json> [--update-every 10]
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'

const [input, output, ...rest] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: node scripts/with-prior-state.mjs <plan.json> <out.json> [--update-every N]')
  process.exit(2)
}
const every = Number(rest[rest.indexOf('--update-every') + 1] ?? 10) || 10

/** The planned value with what was unknown until apply filled in, as state would hold it. */
function known(after, unknown, path) {
  if (unknown === true) return `${path}-known`
  if (Array.isArray(after)) return after.map((item, i) => known(item, Array.isArray(unknown) ? unknown[i] : undefined, `${path}.${i}`))
  if (after && typeof after === 'object') {
    const out = {}
    for (const [key, value] of Object.entries(after)) out[key] = known(value, unknown && typeof unknown === 'object' ? unknown[key] : undefined, `${path}.${key}`)
    if (unknown && typeof unknown === 'object' && !Array.isArray(unknown)) for (const key of Object.keys(unknown)) if (!(key in out) && unknown[key] === true) out[key] = `${path}.${key}-known`
    return out
  }
  return after
}

const plan = JSON.parse(readFileSync(input))
let n = 0
for (const rc of plan.resource_changes ?? []) {
  if (rc.mode === 'data' || !rc.change.actions.includes('create')) continue
  const before = known(rc.change.after, rc.change.after_unknown, rc.address)
  const update = n++ % every === 0
  if (update && before && typeof before === 'object') before.tags = { ...(before.tags ?? {}), previous: 'yes' }
  rc.change = { ...rc.change, actions: [update ? 'update' : 'no-op'], before, before_sensitive: rc.change.after_sensitive ?? {} }
}
// Written piece by piece: the whole plan as one string would pass V8's string length limit for large plans.
const fd = openSync(output, 'w')
writeSync(fd, '{')
Object.entries(plan).forEach(([key, value], i) => {
  writeSync(fd, `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`)
  if (key !== 'resource_changes') return void writeSync(fd, JSON.stringify(value))
  writeSync(fd, '[')
  value.forEach((rc, j) => writeSync(fd, `${j > 0 ? ',' : ''}${JSON.stringify(rc)}`))
  writeSync(fd, ']')
})
writeSync(fd, '}')
closeSync(fd)
console.error(`${output}: ${n} resources with a prior state`)
