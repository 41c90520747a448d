// Bundles the CLI and the action into dist/ with esbuild (ESM, code-split so that the HCL parser and the
// GitHub client load only when used), copies the tree-sitter wasm files beside the bundle, and writes the
// licences of the bundled packages, which the npm package and the action redistribute.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const entryPoints = ['src/cli.ts', 'src/worker.ts', 'src/index.ts'].filter((entry) => existsSync(entry))

rmSync('dist', { recursive: true, force: true })
mkdirSync('dist', { recursive: true })
const result = await build({
  entryPoints,
  metafile: true,
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
  // Some CommonJS dependencies call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);" }
})
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/tree-sitter.wasm')
copyFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'), 'dist/tree-sitter-hcl.wasm')
writeFileSync('dist/third-party-licenses.txt', thirdPartyLicenses(Object.keys(result.metafile.inputs)))
console.log(`built ${entryPoints.join(', ')} into dist/`)

/** Name, version, licence and licence text of every package a bundled file comes from. */
function thirdPartyLicenses(inputs) {
  const roots = new Set()
  const wasm = ['web-tree-sitter/tree-sitter.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'].map((file) => require.resolve(file))
  for (const input of [...inputs, ...wasm]) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match) roots.add(match[1])
  }
  const entries = [...roots].map((root) => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
    const text = file ? readFileSync(join(root, file), 'utf8').trim() : `${pkg.license ?? 'no licence file'} (no licence file in the package)`
    return { id: `${pkg.name}@${pkg.version}`, license: typeof pkg.license === 'string' ? pkg.license : 'see below', text }
  })
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()].sort((a, b) => a.id.localeCompare(b.id))
  return unique.map((e) => `${e.id} (${e.license})\n\n${e.text}\n`).join('\n' + '-'.repeat(72) + '\n\n')
}
