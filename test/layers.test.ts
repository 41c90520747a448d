// The layer table is enforced by lint (eslint.config.js): an import across a layer the table does not
// allow fails `npm run lint`, and so CI. These tests lint small files placed in src/ to show that it bites.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = path.join(import.meta.dirname, '..')
let eslint: ESLint
let layers: Record<string, string[]>

beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT })
  layers = ((await import(pathToFileURL(path.join(ROOT, 'eslint.config.js')).href)) as { LAYERS: Record<string, string[]> }).LAYERS
})

/** The lint errors of `text` as if it were the file `file` (relative to the repository). */
async function lintErrors(file: string, text: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) })
  return result.messages.filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, message: m.message }))
}

const refusedBy = (errors: { rule: string | null }[], rule: string) => errors.filter((e) => e.rule === rule).length

describe('the layer table, enforced by lint', () => {
  it('places every folder and top-level file of src/', () => {
    const units = readdirSync(path.join(ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || entry.name.endsWith('.ts'))
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    expect(Object.keys(layers).sort()).toEqual(units.sort())
  })

  it('refuses a rule that imports github/, statically, for its types or with import()', async () => {
    const errors = await lintErrors(
      'src/rules/elbir999-posts-comments.ts',
      [
        "import { publish } from '../github/publish.js'",
        "import type { PullRequestTarget } from '../github/event.js'",
        'export const post = publish',
        'export type Target = PullRequestTarget',
        "export const later = () => import('../github/client.js')",
        ''
      ].join('\n')
    )
    expect(refusedBy(errors, 'import-x/no-restricted-paths')).toBe(3)
    expect(errors[0].message).toContain('src/rules/ imports only src/model/')
  })

  it('refuses a reporter that imports rules/', async () => {
    const errors = await lintErrors('src/report/html.ts', "import { RULES } from '../rules/index.js'\nexport const count = RULES.length\n")
    expect(refusedBy(errors, 'import-x/no-restricted-paths')).toBe(1)
  })

  it('refuses the model reading source/, and lower layers reaching up', async () => {
    expect(refusedBy(await lintErrors('src/model/locations.ts', "export type { SourceIndex } from '../source/types.js'\n"), 'import-x/no-restricted-paths')).toBe(1)
    expect(refusedBy(await lintErrors('src/plan/verdicts.ts', "export { RULES } from '../rules/index.js'\n"), 'import-x/no-restricted-paths')).toBe(1)
    expect(refusedBy(await lintErrors('src/github/severity-of.ts', "import { check } from '../check.js'\nexport const c = check\n"), 'import-x/no-restricted-paths')).toBe(1)
  })

  it('keeps the command line and the action apart', async () => {
    expect(refusedBy(await lintErrors('src/action/cli-help.ts', "import { HELP } from '../command.js'\nexport const help = HELP\n"), 'import-x/no-restricted-paths')).toBe(1)
    expect(refusedBy(await lintErrors('src/command.ts', "import { run } from './main.js'\nexport const action = run\n"), 'import-x/no-restricted-paths')).toBe(1)
  })

  it('refuses files and GitHub in a rule, and an import that cannot be followed (it would pass the table unseen)', async () => {
    expect(refusedBy(await lintErrors('src/rules/elbir999-reads-files.ts', "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n"), 'no-restricted-imports')).toBe(1)
    expect(refusedBy(await lintErrors('src/rules/elbir999-octokit.ts', "import * as core from '@actions/core'\nexport const c = core\n"), 'no-restricted-imports')).toBe(1)
    expect(refusedBy(await lintErrors('src/rules/elbir999-typo.ts', "import { x } from '../githb/client.js'\nexport const y = x\n"), 'import-x/no-unresolved')).toBe(1)
  })

  it("keeps @actions/core in the action's entry: the flow reaches the runner through its ActionIO", async () => {
    expect(refusedBy(await lintErrors('src/action/log.ts', "import * as core from '@actions/core'\nexport const info = core.info\n"), 'no-restricted-imports')).toBe(1)
    expect(await lintErrors('src/index.ts', "import * as core from '@actions/core'\ncore.info('x')\n")).toEqual([])
  })

  it('lets a rule import what the table allows', async () => {
    expect(await lintErrors('src/rules/elbir999-allowed.ts', "import type { LoadBalancer } from '../model/model.js'\nimport { SEVERITIES } from '../severity.js'\nexport type L = LoadBalancer\nexport const s = SEVERITIES\n")).toEqual([])
  })
})
