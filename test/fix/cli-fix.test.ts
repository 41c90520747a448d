import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { cli } from '../helpers/cli.js'
import { gitApply, gitRepositoryOf } from '../helpers/git.js'

vi.mock('../../src/fix/fixers/index.js', async () => ({ FIXERS: (await import('../helpers/fixers.js')).TEST_FIXERS }))

const FIXTURE = path.join(import.meta.dirname, '..', '..', 'fixtures', 'rules', 'ELBIR001', 'fail-no-block')

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'elb-ir-cli-fix-'))
  cpSync(FIXTURE, dir, { recursive: true })
  return dir
}

describe('elb-ir-check fix', () => {
  it('prints a patch that git applies from --source-dir, and names each failing finding it leaves', async () => {
    const dir = copy()
    const run = await cli(['fix', '--plan', 'plan.json', '--source-dir', '.'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^diff --git a\/elb-ir-fixes\.tf b\/elb-ir-fixes\.tf\n/)
    expect(run.stderrLines).toEqual([
      'elb-ir-check: not fixed: the plan ELBIR006: ELBIR006 has no automatic fix; make the change the check report gives as its fix',
      'elb-ir-check: not fixed: the plan ELBIR007: ELBIR007 has no automatic fix; make the change the check report gives as its fix',
      'elb-ir-check: 2 file(s) in the patch; 2 failing finding(s) left to fix by hand'
    ])
    expect(gitApply(gitRepositoryOf(dir), run.stdout, ['--check'])).toEqual({ status: 0, stderr: '' })
  })

  it('writes the patch to --output', async () => {
    const dir = copy()
    const run = await cli(['fix', '--plan', 'plan.json', '--source-dir', '.', '--output', 'out/fix.patch'], { cwd: dir })
    expect(run.stdout).toBe('')
    expect(readFileSync(path.join(dir, 'out', 'fix.patch'), 'utf8')).toContain('+++ b/main.tf')
    expect(run.stderrLines).toContain('elb-ir-check: wrote the patch to out/fix.patch')
  })

  it('changes the files with --write, one line per file, and has nothing left to do on a second run', async () => {
    const dir = copy()
    const before = readFileSync(path.join(dir, 'main.tf'), 'utf8')
    const first = await cli(['fix', '--plan', 'plan.json', '--source-dir', '.', '--write'], { cwd: dir })
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('')
    expect(first.stderrLines).toContain('elb-ir-check: created elb-ir-fixes.tf')
    expect(first.stderrLines).toContain('elb-ir-check: changed main.tf')
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).not.toBe(before)
    const second = await cli(['fix', '--plan', 'plan.json', '--source-dir', '.'], { cwd: dir })
    expect(second.stdout).toBe('')
    expect(second.stderrLines.at(-1)).toBe('elb-ir-check: nothing to change; 2 failing finding(s) left to fix by hand')
  })

  it('does not fix a finding the configuration exempts', async () => {
    const dir = copy()
    writeFileSync(path.join(dir, 'exempt.yml'), 'exemptions:\n  - rule: ELBIR001\n    address: aws_lb.web\n    reason: logs are kept by the proxy\n')
    const run = await cli(['fix', '--plan', 'plan.json', '--source-dir', '.', '--config', 'exempt.yml'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
  })

  it('refuses bad input with one line and exit 2, as check does', async () => {
    const dir = copy()
    writeFileSync(path.join(dir, 'broken.json'), '{"format_version":')
    for (const plan of ['broken.json', 'missing.json']) {
      const fixRun = await cli(['fix', '--plan', plan, '--source-dir', '.'], { cwd: dir })
      const checkRun = await cli(['check', '--plan', plan, '--source-dir', '.', '--format', 'json'], { cwd: dir })
      expect(fixRun.code).toBe(2)
      expect(fixRun.stderrLines).toHaveLength(1)
      expect(fixRun.stderrLines).toEqual(checkRun.stderrLines)
      expect(fixRun.stdout).toBe('')
    }
    for (const [argv, line] of [
      [['fix', '--source-dir', '.'], 'elb-ir-check: fix needs --plan <terraform show -json output>. Run `elb-ir-check --help` for usage.'],
      [['fix', '--plan', 'plan.json'], 'elb-ir-check: fix needs --source-dir <the folder with the .tf files the plan was made from>. Run `elb-ir-check --help` for usage.'],
      [['fix', '--plan', 'plan.json', '--source-dir', 'main.tf'], 'elb-ir-check: main.tf: is not a directory. Point --source-dir at the folder with the .tf files the plan was made from'],
      [['check', '--plan', 'plan.json', '--write'], 'elb-ir-check: --write belongs to `fix`. Run `elb-ir-check --help` for usage.']
    ] as const) {
      const run = await cli([...argv], { cwd: dir })
      expect(run.code, argv.join(' ')).toBe(2)
      expect(run.stderrLines).toEqual([line])
    }
  })

  it('is described by --help', async () => {
    const run = await cli(['--help'], { cwd: tmpdir() })
    expect(run.stdout).toContain('elb-ir-check fix --plan <file> --source-dir <dir> [--config <file>] [--output <file>] [--write]')
  })
})
