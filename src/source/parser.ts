// Loads the tree-sitter runtime and the HCL grammar once per process.
//
// Where the .wasm files are: the bundle (dist/) has both copied next to the bundled JavaScript, so
// `new URL('./x.wasm', import.meta.url)` finds them there. Run from the sources (tests), they are in
// node_modules and found through the package resolver. We read the bytes ourselves and hand them to
// web-tree-sitter (`wasmBinary`, `Language.load(bytes)`), so its own file lookup, which depends on
// where its code ended up after bundling, is never relied on.

import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Language, Parser } from 'web-tree-sitter'

const WASM_SPECIFIERS = {
  'tree-sitter.wasm': 'web-tree-sitter/tree-sitter.wasm',
  'tree-sitter-hcl.wasm': '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'
} as const

type WasmName = keyof typeof WASM_SPECIFIERS

/** The file path of a .wasm we need: next to the bundle when bundled, else from node_modules. */
export function wasmPath(name: WasmName): string {
  // Bundled: beside the entry file or, for a code-split chunk in a subfolder, one level up.
  for (const candidate of [`./${name}`, `../${name}`]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(file)) return file
  }
  try {
    return createRequire(import.meta.url).resolve(WASM_SPECIFIERS[name])
  } catch {
    throw new Error(`${name} was found neither next to the bundle nor in node_modules (${WASM_SPECIFIERS[name]})`)
  }
}

let loading: Promise<Language> | undefined

async function load(): Promise<Language> {
  // The parser's WebAssembly runs on V8's baseline compiler only: optimising the runtime's functions
  // costs every run about 80 ms of CPU and 18 MB, a third of a one-folder run, and parses only about a
  // third faster, which pays off only past megabytes of sources. Set before the modules are compiled.
  setFlagsFromString('--liftoff-only')
  const runtime = wasmPath('tree-sitter.wasm')
  await Parser.init({
    wasmBinary: readFileSync(runtime),
    locateFile: () => runtime
  })
  return Language.load(readFileSync(wasmPath('tree-sitter-hcl.wasm')))
}

/** The HCL language, loaded once per process. */
export function hclLanguage(): Promise<Language> {
  if (!loading) {
    loading = load()
    // A failed load (missing wasm) is not cached, so a later call can report it again.
    loading.catch(() => {
      loading = undefined
    })
  }
  return loading
}

let sharedParser: Parser | undefined

/** One parser for the whole process (parsing is synchronous, so it is never used concurrently). */
export async function hclParser(): Promise<Parser> {
  const language = await hclLanguage()
  if (!sharedParser) {
    sharedParser = new Parser()
    sharedParser.setLanguage(language)
  }
  return sharedParser
}
