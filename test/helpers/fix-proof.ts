// The proof of a fix fixture (fixtures/fix/<rule>/<case>/: fix.patch and the plan Terraform made of the
// fixed sources): `fix` still makes the same patch of the source fixture, and checking the fixed plan
// shows every fixed finding as `pass` and nothing that passed before as `fail`.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { judgePlan } from '../../src/check.js'
import { settingsFrom } from '../../src/config/settings.js'
import { fixPlanFiles } from '../../src/fix/from-plans.js'
import type { Fixer } from '../../src/fix/types.js'
import { loadPlanFile } from '../../src/plan/load.js'

const TODAY = '2026-01-01'

export interface FixProof {
  /** The patch `fix` makes now, and the committed one. */
  patch: { now: string; committed: string }
  /** `rule address` of each finding the patch fixes, with its verdict in the fixed plan. */
  fixed: Record<string, string>
  /** `rule address` of each result that passed before and fails in the fixed plan. */
  broken: string[]
  /** The patch `fix` makes again, with the same plan, over the sources the committed patch fixed: empty when fixing is idempotent. */
  again: string
}

const key = (ruleId: string, address: string | null) => `${ruleId} ${address ?? 'plan'}`

export async function proveFixFixture(sourceFixture: string, fixFolder: string, fixers?: readonly Fixer[]): Promise<FixProof> {
  const settings = await settingsFrom(undefined, [path.join(sourceFixture, '.elb-ir.yml')], sourceFixture)
  const planFile = path.join(sourceFixture, 'plan.json')
  const now = await fixPlanFiles([planFile], { cwd: sourceFixture, settings, sourceDir: sourceFixture, today: TODAY, fixers })
  const committedFile = path.join(fixFolder, 'fix.patch')
  const committed = existsSync(committedFile) ? readFileSync(committedFile, 'utf8') : ''

  const before = await judgePlan(await loadPlanFile(planFile), { settings, sourceDir: sourceFixture, today: TODAY }, [])
  // The fixed plan is judged with the fixed configuration: a fix may list a playbook in .elb-ir.yml.
  const patched = committed === '' ? { settings, again: '' } : await patchedCopy(sourceFixture, committed, planFile, fixers)
  const fixedSettings = patched.settings
  const after = await judgePlan(await loadPlanFile(path.join(fixFolder, 'plan.json')), { settings: fixedSettings, today: TODAY }, [])
  const verdictAfter = new Map(after.findings.map((f, i) => [key(f.rule.id, f.address), after.results[i].verdict]))
  const unfixed = new Set(now.unfixed.map((u) => key(u.finding.rule.id, u.finding.address)))
  const fixed: Record<string, string> = {}
  const broken: string[] = []
  before.findings.forEach((finding, i) => {
    const k = key(finding.rule.id, finding.address)
    const verdict = before.results[i].verdict
    if (verdict === 'fail' && !unfixed.has(k)) fixed[k] = verdictAfter.get(k) ?? 'gone'
    if (verdict === 'pass' && verdictAfter.get(k) === 'fail') broken.push(k)
  })
  return { patch: { now: now.patch, committed }, fixed, broken, again: patched.again }
}

/** The source fixture with the patch applied (git apply on a copy): its settings, and what `fix` makes of it again. */
async function patchedCopy(sourceFixture: string, patch: string, planFile: string, fixers?: readonly Fixer[]) {
  const work = mkdtempSync(path.join(tmpdir(), 'elb-ir-fix-proof-'))
  try {
    const copy = path.join(work, 'src')
    cpSync(sourceFixture, copy, { recursive: true })
    writeFileSync(path.join(work, 'fix.patch'), patch)
    execFileSync('git', ['apply', path.join(work, 'fix.patch')], { cwd: copy, stdio: 'pipe' })
    const settings = await settingsFrom(undefined, [path.join(copy, '.elb-ir.yml')], copy)
    const again = await fixPlanFiles([planFile], { cwd: copy, settings, sourceDir: copy, today: TODAY, fixers })
    return { settings, again: again.patch }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
