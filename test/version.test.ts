// One version everywhere: package.json, package-lock.json, src/version.ts and the bundle agree, and
// scripts/bump-version.mjs changes them together (on a copy of the files here).
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { VERSION } from '../src/version.js'
import { REPO_ROOT } from './helpers/action-runner.js'
import { tempDir } from './helpers/cli.js'

const run = promisify(execFile)
const SCRIPT = path.join(REPO_ROOT, 'scripts/bump-version.mjs')
const FILES = ['package.json', 'package-lock.json', 'src/version.ts', 'CHANGELOG.md']
const copy = tempDir('elb-ir-version-')
afterAll(() => copy.cleanup())

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

async function bump(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [SCRIPT, ...args], { cwd: copy.dir })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

function placesIn(dir: string) {
  const lock = json(path.join(dir, 'package-lock.json'))
  return [json(path.join(dir, 'package.json')).version, lock.version, lock.packages[''].version, /export const VERSION = '([^']*)'/.exec(readFileSync(path.join(dir, 'src/version.ts'), 'utf8'))?.[1]]
}

describe('the version', () => {
  it('is the same in package.json, package-lock.json, src/version.ts and the bundled CLI', async () => {
    const version = json(path.join(REPO_ROOT, 'package.json')).version
    expect(placesIn(REPO_ROOT)).toEqual([version, version, version, version])
    expect(VERSION).toBe(version)
    const { stdout } = await run('node', [path.join(REPO_ROOT, 'dist/cli.js'), '--version'])
    expect(stdout.trim()).toBe(version)
  })
})

describe('scripts/bump-version.mjs', () => {
  mkdirSync(path.join(copy.dir, 'src'))
  for (const file of FILES) copyFileSync(path.join(REPO_ROOT, file), path.join(copy.dir, file))

  it('sets a version everywhere and makes the Unreleased notes the release notes', async () => {
    const unreleased = /## \[Unreleased\]\n([\s\S]*?)\n\[Unreleased\]/.exec(readFileSync(path.join(copy.dir, 'CHANGELOG.md'), 'utf8'))?.[1].trim()
    expect(unreleased).toBeTruthy()
    const result = await bump('1.0.0', '--date', '2026-12-03')
    expect(result.code, result.stderr).toBe(0)
    expect(placesIn(copy.dir)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0'])
    const changelog = readFileSync(path.join(copy.dir, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toContain('## [Unreleased]\n\n## [1.0.0] - 2026-12-03\n')
    expect(changelog).toContain('[Unreleased]: https://github.com/elb-ir-check/elb-ir-check/compare/v1.0.0...HEAD\n[1.0.0]: https://github.com/elb-ir-check/elb-ir-check/releases/tag/v1.0.0')
    const notes = await bump('--notes', '1.0.0')
    expect(notes.stdout.trim()).toBe(unreleased)
    expect((await bump('--check', '1.0.0')).code).toBe(0)
    // The lock file keeps its dependencies; only the version moved.
    const before = json(path.join(REPO_ROOT, 'package-lock.json'))
    const after = json(path.join(copy.dir, 'package-lock.json'))
    expect({ ...after, version: before.version, packages: { ...after.packages, '': { ...after.packages[''], version: before.version } } }).toEqual(before)
  })

  it('refuses a release with no notes and changes nothing, then bumps the patch number', async () => {
    const empty = await bump('minor')
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('nothing under "## [Unreleased]"')
    expect(placesIn(copy.dir)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0'])
    const changelog = path.join(copy.dir, 'CHANGELOG.md')
    writeFileSync(changelog, readFileSync(changelog, 'utf8').replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A fix.\n'))
    expect((await bump('patch', '--date', '2026-12-04')).code).toBe(0)
    expect(placesIn(copy.dir)).toEqual(['1.0.1', '1.0.1', '1.0.1', '1.0.1'])
    expect(readFileSync(changelog, 'utf8')).toContain('[1.0.1]: https://github.com/elb-ir-check/elb-ir-check/compare/v1.0.0...v1.0.1')
    expect((await bump('--notes', '1.0.1')).stdout.trim()).toBe('### Fixed\n\n- A fix.')
  })

  it('--check names each place that disagrees, and a release without its CHANGELOG section', async () => {
    const versionTs = path.join(copy.dir, 'src/version.ts')
    writeFileSync(versionTs, readFileSync(versionTs, 'utf8').replace(/VERSION = '[^']*'/, "VERSION = '9.9.9'"))
    const disagree = await bump('--check')
    expect(disagree.code).toBe(1)
    expect(disagree.stderr.trim()).toBe('bump-version: src/version.ts says 9.9.9, expected 1.0.1')
    const other = await bump('--check', '2.0.0')
    expect(other.code).toBe(1)
    expect(other.stderr).toContain('package.json says 1.0.1, expected 2.0.0')
    expect(other.stderr).toContain('CHANGELOG.md has no "## [2.0.0] - <date>" section')
  })
})
