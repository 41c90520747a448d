#!/usr/bin/env node
// Writes test/terraform-lang/function-table.json: every call of test/terraform-lang/function-cases.ts
// with Terraform's own answer, from `terraform console -plan` (the value it prints, unknown parts as
// "known after apply" and sensitive parts hidden, or its error). The function tests hold the
// project's functions to this table.
//
//   node scripts/make-function-table.mjs
//
// Offline: the scratch module uses only Terraform's built-in terraform_data resource.
// Environment: TERRAFORM (binary, default `terraform`).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const testDir = path.join(repoRoot, 'test', 'terraform-lang')
const tableFile = path.join(testDir, 'function-table.json')

// The calls and the console helpers are TypeScript, shared with the tests: bundle them for Node.
const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'function-table-')), 'helpers.mjs')
await build({
  stdin: { contents: "export { CALLS } from './function-cases.ts'\nexport * from './terraform-console.ts'\n", resolveDir: testDir, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'error'
})
const { CALLS, callHcl, encode, openConsole, terraformMissing } = await import(pathToFileURL(bundle).href)

const missing = terraformMissing()
if (missing) {
  process.stderr.write(`make-function-table: ${missing}\n`)
  process.exit(1)
}

const terraformConsole = openConsole()
try {
  const rows = CALLS.map(([name, ...args]) => {
    const answer = terraformConsole.evaluate(callHcl(name, args))
    return { call: name, args: args.map(encode), ...('error' in answer ? { error: answer.error } : { want: answer.value }) }
  })
  const lines = rows.map((row) => '  ' + JSON.stringify(row))
  fs.writeFileSync(tableFile, `[\n${lines.join(',\n')}\n]\n`)
  process.stdout.write(`make-function-table: ${rows.length} calls, ${rows.filter((r) => 'error' in r).length} refused by Terraform -> ${path.relative(repoRoot, tableFile)}\n`)
} finally {
  terraformConsole.close()
  fs.rmSync(path.dirname(bundle), { recursive: true, force: true })
}
