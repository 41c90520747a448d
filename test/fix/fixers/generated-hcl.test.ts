// The HCL the fixers generate, checked by Terraform itself: formatted as `terraform fmt` formats it,
// and valid for the AWS provider beside the fixture's own configuration (`terraform validate`).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ModuleTree } from '../../../src/model/module-tree.js'
import type { SourceEdit } from '../../../src/fix/types.js'
import { allFixtures, fixAll, type FixRun } from './harness.js'
import { lacksTerraform, terraform } from './terraform.js'

// The fixtures where the rule they are made for gets new blocks, and the example.
const runs = allFixtures()
  .map((name) => ({ name, run: fixAll(name) }))
  .filter(({ name, run }) => run.results.some((r) => (name === 'example' || name.startsWith(`${r.finding.rule.id}/`)) && r.outcome.fixed && r.outcome.edits.some((e) => e.kind === 'add-blocks')))
const work = mkdtempSync(join(tmpdir(), 'elb-ir-fixers-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The folder of a module, following the local module calls from the fixture's root. */
function moduleDir(root: string, tree: ModuleTree, path: string[]): string {
  let dir = root
  let node = tree
  for (const name of path) {
    node = node.calls[name]
    dir = join(dir, node.source)
  }
  return dir
}

/** Whether the module's files declare the block already (the patch writer skips it then). */
function declared(dir: string, key: string): boolean {
  const text = readdirSync(dir).filter((f) => f.endsWith('.tf')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n')
  const parts = key.split('.')
  if (parts[0] === 'provider') return text.includes(`alias  = "${parts[2]}"`)
  const [kind, type, name] = parts[0] === 'data' ? ['data', parts[1], parts[2]] : ['resource', parts[0], parts[1]]
  return text.includes(`${kind} "${type}" "${name}"`)
}

/** The fixture copied, with the new blocks of every fix in each module's elb-ir-fixes.tf. */
function withNewBlocks(name: string, run: FixRun): string {
  const dir = join(work, name.replace(/\//g, '__'))
  cpSync(run.dir, dir, { recursive: true, filter: (p) => !p.endsWith('plan.json') && !p.endsWith('.tfstate') })
  const edits: SourceEdit[] = run.results.flatMap((r) => (r.outcome.fixed ? r.outcome.edits : []))
  for (const edit of edits) {
    if (edit.kind !== 'add-blocks') continue
    const folder = moduleDir(dir, run.model.index.moduleTree, edit.modulePath)
    const file = join(folder, 'elb-ir-fixes.tf')
    const fresh = edit.blocks.filter((block) => !declared(folder, block.key))
    const before = existsSync(file) ? readFileSync(file, 'utf8') : ''
    writeFileSync(file, before + fresh.map((block) => `${block.text}\n`).join('\n'))
  }
  return dir
}

describe.skipIf(lacksTerraform('generated HCL under terraform'))('generated HCL under terraform', () => {
  it('is formatted as terraform fmt formats it', async () => {
    const edits = runs.flatMap(({ run }) => run.results.flatMap((r) => (r.outcome.fixed ? r.outcome.edits : [])))
    const texts = new Set(edits.flatMap((e) => (e.kind === 'add-blocks' ? e.blocks.map((b) => b.text) : e.kind === 'set-nested-block' ? [e.text] : [])))
    expect(texts.size).toBeGreaterThan(10)
    // One fmt over all of them, a blank line apart: fmt changes nothing when each is formatted.
    const all = `${[...texts].join('\n\n')}\n`
    const result = await terraform(['fmt', '-'], work, all)
    const unformatted = result.stdout === all ? [] : [...texts].filter((text) => !result.stdout.includes(text))
    expect(result.stderr).toBe('')
    expect(unformatted).toEqual([])
  })

  it('validates beside each fixture\'s configuration', async () => {
    // One root calling every fixed fixture as a module: one init and one validate for all of them.
    const root = join(work, 'root')
    const calls = runs.map(({ name, run }, i) => {
      cpSync(withNewBlocks(name, run), join(root, `f${i}`), { recursive: true })
      return `module "f${i}" {\n  source = "./f${i}"\n}\n`
    })
    writeFileSync(join(root, 'main.tf'), calls.join('\n'))
    const init = await terraform(['init', '-input=false', '-no-color', '-backend=false'], root)
    expect(init.stderr).toBe('')
    const validate = await terraform(['validate', '-no-color'], root)
    expect(validate.stdout + validate.stderr).toContain('Success!')
  })
})
