// Plans past a size limit are read by streaming; both ways of reading must give the model the same plan.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { RELEVANT_TYPES } from '../src/model/relevant-types.js'
import { InputError } from '../src/errors.js'
import { loadPlanFile } from '../src/plan/load.js'
import { toJsonReport } from '../src/report/json.js'

const ROOT = join(import.meta.dirname, '..')
const dir = mkdtempSync(join(tmpdir(), 'elb-ir-stream-'))

function generate(name: string, ...flags: string[]): string {
  const out = join(dir, name)
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-plan.mjs'), '--size', '10MB', '--out', out, '--quiet', '--manifest', `${out}.manifest.json`, ...flags])
  return out
}

async function bothWays(file: string) {
  const whole = await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: Infinity })
  const streamed = await loadPlanFile(file, { keep: RELEVANT_TYPES, streamAbove: 0 })
  return { whole, streamed }
}

describe('reading by streaming', () => {
  it.each([
    ['Terraform one-line output', []],
    ['configuration-heavy', ['--config-heavy', '--seed', '2']],
    ['re-indented with jq', ['--pretty', '--seed', '3']],
    ['UTF-16 from PowerShell', ['--utf16', '--seed', '4']]
  ])('agrees with reading whole on a generated plan: %s', async (_label, flags) => {
    const file = generate(`plan-${flags.join('')}.json`, ...flags)
    const { whole, streamed } = await bothWays(file)
    expect(streamed.json).toEqual(whole.json)
    const [a, b] = [await checkPlans([whole]), await checkPlans([streamed])]
    expect(toJsonReport(b)).toEqual(toJsonReport(a))
    expect(a.loadBalancers.length).toBeGreaterThan(10)
  })

  it('refuses a truncated plan and a broken one the way reading whole does', async () => {
    const file = generate('whole.json')
    const text = (await import('node:fs')).readFileSync(file, 'utf8')
    const cut = join(dir, 'cut.json')
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)))
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, text.replace('"resource_changes":[', '"resource_changes":[}'))
    for (const path of [cut, broken]) {
      const streamed = await loadPlanFile(path, { keep: RELEVANT_TYPES, streamAbove: 0 }).catch((e: unknown) => e)
      const whole = await loadPlanFile(path, { keep: RELEVANT_TYPES, streamAbove: Infinity }).catch((e: unknown) => e)
      expect(streamed).toBeInstanceOf(InputError)
      expect(whole).toBeInstanceOf(InputError)
      expect((streamed as InputError).problem.split(' (')[0]).toBe((whole as InputError).problem.split(' (')[0])
    }
  })
})
