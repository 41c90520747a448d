// Bundles the CLI and the action into dist/ with esbuild (ESM, code-split so that the HCL parser and the
// GitHub client load only when used), and copies the tree-sitter wasm files beside the bundle.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const entryPoints = ['src/cli.ts', 'src/worker.ts', 'src/index.ts'].filter((entry) => existsSync(entry))

rmSync('dist', { recursive: true, force: true })
mkdirSync('dist', { recursive: true })
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __ELB_IR_VERSION__: JSON.stringify(pkg.version) },
  // Some CommonJS dependencies call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);" }
})
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/tree-sitter.wasm')
copyFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'), 'dist/tree-sitter-hcl.wasm')
console.log(`built ${entryPoints.join(', ')} into dist/`)
