// Times `check` inside one Node process, start-up left out: the first run (which loads the HCL parser and
// the evaluator) and the median of the warm runs after it. bench/run.mjs calls it with a bundle of
// src/command.ts that it builds into .bench/ (dist/ exports no runCli).
//
//   node bench/in-process.mjs <bundle.mjs> <runs> <check arguments...>   → prints {"firstMs","warmMs","code"}
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [bundle, runs, ...args] = process.argv.slice(2)
const { runCli } = await import(pathToFileURL(bundle).href)
const io = { stdout: () => {}, stderr: (text) => process.stderr.write(text), cwd: process.cwd(), isTTY: false, env: process.env }
const time = async () => {
  const start = performance.now()
  const code = await runCli(args, io)
  return { ms: performance.now() - start, code }
}
const first = await time()
const warm = []
for (let i = 0; i < Number(runs); i++) warm.push((await time()).ms)
warm.sort((a, b) => a - b)
console.log(JSON.stringify({ firstMs: first.ms, warmMs: warm[Math.floor(warm.length / 2)] ?? first.ms, code: first.code }))
