// `npm run bench`: measures the bundled CLI (dist/cli.js) on this machine, each figure against bare
// `JSON.parse(readFileSync(file))` of the same file, both as fresh processes in the same run.
//
//   BENCH_RUNS=3           runs per figure (the median is reported)
//   BENCH_SIZES=100MB,400MB generated plan sizes (scripts/generate-plan.mjs; cached in .bench/)
//   BENCH_HUGE=1           also 700MB and 1GB plans, past V8's string limit (read by streaming)
//   BENCH_PRIOR=1          also each plan as a change to an estate that exists (scripts/with-prior-state.mjs:
//                          every resource in prior state, one in ten updated), so both worlds are judged
//   BENCH_SOURCE_SIZES=5MB generated source trees judged without a plan (scripts/generate-sources.mjs)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const corpus = resolve(root, '..', 'shared', 'fixtures', 'plan-corpus')
const cache = join(root, '.bench')
const runs = Number(process.env.BENCH_RUNS ?? 3)
const sizes = (process.env.BENCH_SIZES ?? '100MB,400MB').split(',').filter(Boolean)
if (process.env.BENCH_HUGE) sizes.push('700MB', '1GB')

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`

/** Wall time (ms) and peak RSS (KB) of a fresh Node process. */
function measure(args, env = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const lines = result.stderr.trim().split('\n')
  return { ms, rssKb: Number(lines.pop()), status: result.status, stderr: lines.join('\n') }
}

function medianOf(args, env) {
  const samples = Array.from({ length: runs }, () => measure(args, env))
  return { ms: median(samples.map((s) => s.ms)), rssKb: median(samples.map((s) => s.rssKb)), status: samples[0].status, stderr: samples[0].stderr }
}

const parseScript = (file) => `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}))`

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`)
console.log(`runs per figure: ${runs} (median)\n`)

// 1. Start-up.
const tiny = join(root, 'fixtures', 'rules', 'ELBIR001', 'fail-no-block', 'plan.json')
const startup = [
  ['node -e 0', ['-e', '0']],
  ['cli --version', [cli, '--version']],
  [`cli check, ${statSync(tiny).size}-byte plan`, [cli, 'check', '--plan', tiny, '--format', 'json']],
  ['cli check --source-dir (loads the HCL parser)', [cli, 'check', '--plan', tiny, '--source-dir', join(root, 'fixtures', 'rules', 'ELBIR001', 'fail-no-block'), '--format', 'json']]
]
console.log('start-up                                         wall ms   peak RSS')
for (const [label, args] of startup) {
  const r = medianOf(args)
  console.log(`  ${label.padEnd(46)} ${r.ms.toFixed(0).padStart(6)} ${mb(r.rssKb * 1024).padStart(10)}`)
}

// 2. The plan corpus in one run (272 plans; the state and broken files in it are refused).
if (existsSync(corpus)) {
  console.log('\ncorpus (all files, one run)                      wall ms')
  for (const workers of ['0', '2']) {
    const r = medianOf([cli, 'check', '--plan', `${corpus}/**/*.json`, '--format', 'json', '--fail-level', 'never'], { ELB_IR_WORKERS: workers })
    console.log(`  ${(workers === '0' ? 'one thread' : `${workers} worker threads`).padEnd(46)} ${r.ms.toFixed(0).padStart(6)}`)
  }
}

// 3. Generated plans: check --format json against JSON.parse of the same file.
mkdirSync(cache, { recursive: true })
console.log('\ngenerated plan          JSON.parse            check --format json    ratio   RSS / file size')
for (const size of sizes) {
  const file = join(cache, `plan-${size}.json`)
  if (!existsSync(file)) execFileSync(process.execPath, [join(root, 'scripts', 'generate-plan.mjs'), '--size', size, '--out', file, '--quiet', '--manifest', `${file}.manifest.json`], { stdio: 'inherit' })
  const files = [file]
  if (process.env.BENCH_PRIOR) {
    const prior = join(cache, `plan-${size}-prior.json`)
    if (!existsSync(prior)) execFileSync(process.execPath, ['--max-old-space-size=16000', join(root, 'scripts', 'with-prior-state.mjs'), file, prior], { stdio: 'inherit' })
    files.push(prior)
  }
  for (const file of files) {
    const bytes = statSync(file).size
    const parse = medianOf(['--max-old-space-size=16000', '-e', parseScript(file)])
    const check = medianOf([cli, 'check', '--plan', file, '--format', 'json', '--fail-level', 'never'])
    const parseText = parse.status === 0 ? `${parse.ms.toFixed(0)} ms ${mb(parse.rssKb * 1024)}` : 'fails (string too long)'
    const ratio = parse.status === 0 ? (check.ms / parse.ms).toFixed(2) : '-'
    console.log(`  ${mb(bytes).padEnd(20)} ${parseText.padEnd(21)} ${`${check.ms.toFixed(0)} ms ${mb(check.rssKb * 1024)}`.padEnd(22)} ${ratio.padStart(5)}   ${((check.rssKb * 1024) / bytes).toFixed(2)}`)
    if (check.status !== 0) console.log(`    check exited ${check.status}: ${check.stderr}`)
    const manifest = existsSync(`${file}.manifest.json`) ? JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8')) : null
    if (manifest) console.log(`    ${manifest.resourceChanges} resource changes in ${manifest.moduleInstances} module instances, ${manifest.loadBalancers?.total} load balancers`)
    else if (file.endsWith('-prior.json')) console.log('    the same plan as a change to an existing estate: both worlds judged')
  }
}

// 4. Sources without a plan: the example and generated source trees, as a fresh process and in-process
// (a bundle of src/command.ts, start-up left out: the first run, which loads the parser, and warm runs).
const sourceSizes = (process.env.BENCH_SOURCE_SIZES ?? '5MB').split(',').filter(Boolean)
const inProcessBundle = join(cache, 'in-process', 'command.mjs')
const { build } = await import('esbuild')
await build({ entryPoints: [join(root, 'src', 'command.ts')], outfile: inProcessBundle, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } })
const sourceTrees = [['fixtures/example', join(root, 'fixtures', 'example')]]
for (const size of sourceSizes) {
  const dir = join(cache, `sources-${size}`)
  if (!existsSync(dir)) execFileSync(process.execPath, [join(root, 'scripts', 'generate-sources.mjs'), '--out', dir, '--size', size, '--quiet'], { stdio: 'inherit' })
  sourceTrees.push([`generated ${size}`, dir])
}
console.log('\nsources (check --source-dir, no plan)        process wall ms  peak RSS   in-process first ms  warm ms')
for (const [label, dir] of sourceTrees) {
  const args = ['check', '--source-dir', dir, '--format', 'json', '--fail-level', 'never']
  const fresh = medianOf([cli, ...args])
  const inProcess = spawnSync(process.execPath, [join(root, 'bench', 'in-process.mjs'), inProcessBundle, String(Math.max(runs, 3)), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const timing = inProcess.status === 0 ? JSON.parse(inProcess.stdout.trim().split('\n').pop()) : null
  const warm = timing ? `${timing.firstMs.toFixed(0).padStart(8)} ${timing.warmMs.toFixed(0).padStart(16)}` : `failed: ${inProcess.stderr.split('\n')[0]}`
  console.log(`  ${label.padEnd(42)} ${fresh.ms.toFixed(0).padStart(8)} ${mb(fresh.rssKb * 1024).padStart(10)} ${warm}`)
  if (fresh.status !== 0) console.log(`    check exited ${fresh.status}: ${fresh.stderr.split('\n')[0]}`)
}
