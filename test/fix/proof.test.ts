// The fixes proved by Terraform: each committed fix fixture (made by scripts/make-fix-fixtures.mjs) is
// what `fix` still makes, and its fixed plan passes what was fixed and breaks nothing that passed. The
// harness itself is exercised here with a test fixer.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixFolderOf, fixSources, makeFixFixture, offlineTerraform, proveFix } from '../../scripts/make-fix-fixtures.mjs'
import { defaultSettings } from '../../src/config/settings.js'
import { fixPlanFiles } from '../../src/fix/from-plans.js'
import type { Fixer } from '../../src/fix/types.js'
import { proveFixFixture } from '../helpers/fix-proof.js'
import { ACCESS_LOGS_FIXER } from '../helpers/fixers.js'
import { lacksOfflineTerraform } from '../helpers/terraform.js'

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures')

/** Every committed fix fixture, with the source fixture it was made from. */
const COMMITTED = fixSources(FIXTURES)
  .map((source) => ({ source, folder: fixFolderOf(FIXTURES, source) }))
  .filter(({ folder }) => existsSync(path.join(folder, 'fix.patch')))
const name = (folder: string) => path.relative(FIXTURES, folder).split(path.sep).join('/')

describe('committed fix fixtures', () => {
  it('have each a source fixture, a patch and the plan of the fixed sources', () => {
    const folders = existsSync(path.join(FIXTURES, 'fix')) ? readdirSync(path.join(FIXTURES, 'fix'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name === 'fix.patch').map((e) => path.join(e.parentPath, e.name)) : []
    expect(folders.map((file) => path.dirname(file)).sort()).toEqual(COMMITTED.map((c) => c.folder).sort())
    for (const { folder } of COMMITTED) expect(existsSync(path.join(folder, 'plan.json')), name(folder)).toBe(true)
  })

  it.each(COMMITTED.map((c) => [name(c.folder), c] as const))('%s: fix still makes the committed patch; the fixed plan passes what it fixed; fixing again changes nothing', async (_, { source, folder }) => {
    const proof = await proveFixFixture(source, folder)
    expect(proof.patch.now).toBe(proof.patch.committed)
    // Not applicable counts as fixed when the fix leaves nothing for the rule to judge in the plan (the
    // prefix of a bucket managed elsewhere, once it no longer holds AWSLogs).
    expect(Object.entries(proof.fixed).filter(([, verdict]) => verdict !== 'pass' && verdict !== 'not-applicable')).toEqual([])
    expect(proof.broken).toEqual([])
    expect(proof.again).toBe('')
  })
})

/** Three committed fix fixtures spread over the list, validated live when Terraform is here. */
const SAMPLE = COMMITTED.filter((_, i) => i % Math.max(1, Math.floor(COMMITTED.length / 3)) === 0).slice(0, 3)

// Defined only when there are fix fixtures (none before the fixers exist).
if (SAMPLE.length > 0) describe.skipIf(lacksOfflineTerraform('live terraform validate of fix fixtures'))('committed fix fixtures, live', () => {
  it.each(SAMPLE.map((c) => [name(c.folder), c] as const))('%s: the patched sources pass terraform validate', { timeout: 180_000 }, async (_, { source, folder }) => {
    const offline = await offlineTerraform('elb-ir-proof-')
    try {
      const proved = await proveFix(source, readFileSync(path.join(folder, 'fix.patch'), 'utf8'), offline, path.join(mkdtempSync(path.join(offline.tmpRoot, 'live-')), 'src'), { plan: false })
      expect(proved.step, `${name(folder)}: ${proved.detail}`).toBeUndefined()
    } finally {
      offline.close()
    }
  })
})

describe.skipIf(lacksOfflineTerraform('the fix proof harness'))('the fix proof harness, with a test fixer', () => {
  const source = path.join(FIXTURES, 'rules', 'ELBIR001', 'fail-no-block')
  const fixWith = (fixers: readonly Fixer[]) => async (planFile: string, sourceDir: string) => (await fixPlanFiles([planFile], { cwd: sourceDir, settings: defaultSettings(), sourceDir, fixers })).patch

  it('writes a fix fixture that Terraform applies, formats, validates and plans, and that the proof accepts', { timeout: 180_000 }, async () => {
    const offline = await offlineTerraform('elb-ir-proof-')
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'elb-ir-fix-fixtures-')), 'ELBIR001', 'fail-no-block')
    try {
      expect(await makeFixFixture(source, out, { fix: fixWith([ACCESS_LOGS_FIXER]), offline })).toEqual({ status: 'written' })
      const plan = JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8'))
      expect(plan.resource_changes.map((c: { address: string }) => c.address)).toContain('aws_s3_bucket.elb_ir_logs')
      const proof = await proveFixFixture(source, out, [ACCESS_LOGS_FIXER])
      expect(proof.patch.now).toBe(proof.patch.committed)
      expect(proof.fixed).toEqual({ 'ELBIR001 aws_lb.web': 'pass' })
      expect(proof.broken).toEqual([])
      // With no fixer the same fixture has nothing to fix: its fix fixture goes.
      expect(await makeFixFixture(source, out, { fix: fixWith([]), offline })).toEqual({ status: 'nothing' })
      expect(existsSync(out)).toBe(false)
    } finally {
      offline.close()
    }
  })

  it('refuses a patch Terraform does not validate, naming the step', { timeout: 180_000 }, async () => {
    const offline = await offlineTerraform('elb-ir-proof-')
    const broken: Fixer = { ruleId: 'ELBIR001', fix: (finding, context) => ({ fixed: true, edits: [{ kind: 'set-attribute', block: { modulePath: [], mode: 'managed', type: 'aws_lb', name: context.model.index.byAddress.get(finding.address ?? '')?.name ?? '' }, blockPath: ['access_logs'], name: 'bucket', expression: 'aws_s3_bucket.nowhere.bucket' }] }) }
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'elb-ir-fix-fixtures-')), 'case')
    try {
      const result = await makeFixFixture(source, out, { fix: fixWith([broken]), offline })
      expect(result.status).toBe('failed')
      expect(result.step).toBe('validate')
      expect(result.detail).toContain('aws_s3_bucket.nowhere')
      expect(existsSync(out)).toBe(false)
    } finally {
      offline.close()
    }
  })
})

