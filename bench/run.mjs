// `npm run bench`: measures the bundled CLI (dist/cli.js) against bare JSON.parse of the same files,
// in the same run, on this machine. Figures go to stdout as a table; see docs/performance.md.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const corpus = resolve(root, '..', 'shared', 'fixtures', 'plan-corpus')
const runs = Number(process.env.BENCH_RUNS ?? 5)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Wall time of a child process, in ms (median of `runs`). */
function timeCommand(args, options = {}) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  }
  return median(times)
}

/** Time and peak RSS of `check --format json` and of bare JSON.parse(readFileSync(file)), each in a fresh process. */
function compare(file) {
  const parseScript = `const t=process.hrtime.bigint();JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}));` + `process.stdout.write(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,rss:process.resourceUsage().maxRSS}))`
  const parse = []
  const check = []
  for (let i = 0; i < runs; i++) {
    parse.push(JSON.parse(execFileSync(process.execPath, ['-e', parseScript], { encoding: 'utf8' })))
    const start = process.hrtime.bigint()
    const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'check', '--plan', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 })
    check.push({ ms: Number(process.hrtime.bigint() - start) / 1e6, rss: Number(result.stderr.trim().split('\n').pop()) })
  }
  const baseline = timeCommand(['-e', '0'])
  return { parseMs: median(parse.map((p) => p.ms)), checkMs: median(check.map((c) => c.ms)), nodeStartMs: baseline, rssKb: median(check.map((c) => c.rss)) }
}

function corpusFiles() {
  const index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8'))
  return index.filter((e) => e.kind === 'plan').map((e) => join(corpus, e.file))
}

const files = corpusFiles()
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`)
console.log(`runs per figure: ${runs} (median)\n`)

// 1. Start-up: Node alone, the bundle's --version, and check on a tiny plan.
const tiny = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => a.size - b.size)[0].f
const node0 = timeCommand(['-e', '0'])
const version = timeCommand([cli, '--version'])
const tinyCheck = timeCommand([cli, 'check', '--plan', tiny, '--format', 'json'])
console.log('start-up (ms)')
console.log(`  node -e 0                      ${node0.toFixed(0)}`)
console.log(`  cli --version                  ${version.toFixed(0)}`)
console.log(`  cli check on a ${statSync(tiny).size}-byte plan   ${tinyCheck.toFixed(0)}\n`)

// 2. The whole corpus in one run (globs, concurrent loading).
const start = process.hrtime.bigint()
const corpusRun = spawnSync(process.execPath, [cli, 'check', '--plan', `${corpus}/**/*.json`, '--format', 'json', '--fail-level', 'never'], { encoding: 'utf8', maxBuffer: 1 << 30 })
const corpusMs = Number(process.hrtime.bigint() - start) / 1e6
const report = JSON.parse(corpusRun.stdout)
console.log(`corpus: ${report.plans.length} plans judged, ${corpusRun.stderr.trim().split('\n').filter(Boolean).length} files refused, ${report.loadBalancers.length} load balancers, ${report.results.length} results in ${corpusMs.toFixed(0)} ms\n`)

// 3. Ratio against JSON.parse on the largest plans available (generated large plans: issue of scale).
const extra = (process.env.BENCH_FILES ?? '').split(',').filter(Boolean)
const largest = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size).slice(0, 3).map((x) => x.f)
console.log('file                                                   size      JSON.parse   check   check-node start   ratio   peak RSS')
for (const file of [...largest, ...extra]) {
  const r = compare(file)
  const size = statSync(file).size
  const ratio = r.checkMs / (r.parseMs + r.nodeStartMs)
  const name = file.replace(`${corpus}/`, '').slice(-52).padEnd(52)
  console.log(`${name} ${(size / 1024).toFixed(0).padStart(7)} KB ${r.parseMs.toFixed(1).padStart(8)} ms ${r.checkMs.toFixed(0).padStart(6)} ms ${(r.checkMs - r.nodeStartMs).toFixed(0).padStart(8)} ms ${ratio.toFixed(2).padStart(8)} ${(r.rssKb / 1024).toFixed(0).padStart(6)} MB`)
}
void readdirSync
