import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSourceIndex } from '../../src/source/index.js'
import type { SourceIndex } from '../../src/source/types.js'
import { PROJECT, lineOf, projectTree, q } from './helpers.js'

// A copy of the fixture project in a temp dir, with what cannot be committed: symlinks out of the
// root, a FIFO, a dangling link, an oversized file, CRLF and non-UTF-8 text.
let work: string
let root: string
let index: SourceIndex

const MAX = 4000

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'elb-ir-source-'))
  root = path.join(work, 'root')
  cpSync(PROJECT, root, { recursive: true })

  mkdirSync(path.join(work, 'outside', 'module'), { recursive: true })
  writeFileSync(path.join(work, 'outside', 'secret.tf'), 'resource "aws_lb" "outside" {\n  name = "secret"\n}\n')
  writeFileSync(
    path.join(work, 'outside', 'module', 'main.tf'),
    'resource "aws_lb" "linked" {\n  name = "linked"\n}\n'
  )
  symlinkSync(path.join(work, 'outside', 'secret.tf'), path.join(root, 'outside.tf'))
  symlinkSync(path.join(work, 'outside', 'module'), path.join(root, 'modules', 'linked'))
  symlinkSync(path.join(root, 'does-not-exist.tf'), path.join(root, 'dangling.tf'))
  symlinkSync(path.join('modules', 'logs', 'main.tf'), path.join(root, 'inside-link.tf'))
  execFileSync('mkfifo', [path.join(root, 'pipe.tf')])
  mkdirSync(path.join(root, 'folder.tf'))
  writeFileSync(path.join(root, 'main.tf~'), 'resource "aws_lb" "from_backup" {\n}\n')
  writeFileSync(path.join(root, '.hidden.tf'), 'resource "aws_lb" "hidden" {\n}\n')
  writeFileSync(path.join(root, 'seen.tf'), 'resource "aws_lb" "seen" {\n}\n')
  writeFileSync(
    path.join(root, 'big.tf'),
    'resource "aws_lb" "big" {\n' + '  # padding\n'.repeat(MAX / 10) + '}\n'
  )
  writeFileSync(
    path.join(root, 'windows.tf'),
    '\uFEFF# 🚀 owned by the launch team, café\r\n# elb-ir:ignore ELBIR001 written on Windows\r\nresource "aws_lb" "crlf" {\r\n  access_logs {\r\n    enabled = false\r\n  }\r\n}\r\n'
  )
  writeFileSync(
    path.join(root, 'latin1.tf'),
    Buffer.concat([
      Buffer.from('# Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' team\nresource "aws_lb" "latin1" {\n  name = "cafe"\n}\n')
    ])
  )

  index = await buildSourceIndex(
    root,
    projectTree({
      linked: { source: './modules/linked', calls: {} },
      missing: { source: './modules/missing', calls: {} },
      escape: { source: '../outside/module', calls: {} }
    }),
    { maxFileBytes: MAX }
  )
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

function warningFor(file: string): string | undefined {
  return index.warnings.find((w) => w.startsWith(`${file}: `))
}

describe('files and folders that must not be read', () => {
  it('does not follow a file symlink out of the root', () => {
    expect(index.locate(q('aws_lb', 'outside'))).toBeNull()
    expect(warningFor('outside.tf')).toMatch(/outside the source directory/)
  })

  it('does not follow a module folder symlinked out of the root', () => {
    expect(index.locate(q('aws_lb', 'linked', [], ['linked']))).toBeNull()
    expect(warningFor('modules/linked')).toMatch(/module\.linked is outside the source directory/)
  })

  it('does not read a module whose relative source leaves the root', () => {
    expect(index.locate(q('aws_lb', 'linked', [], ['escape']))).toBeNull()
    expect(warningFor('../outside/module')).toMatch(/module\.escape is outside the source directory/)
  })

  it('follows a symlink that stays inside the root', () => {
    expect(index.locate(q('aws_s3_bucket', 'this', ['bucket_prefix']))).toEqual({
      file: 'inside-link.tf',
      line: lineOf('modules/logs/main.tf', 'bucket_prefix', root),
      exact: true
    })
  })

  it('warns about a dangling symlink, a FIFO and an oversized file, naming each', () => {
    expect(warningFor('dangling.tf')).toMatch(/cannot be read \(ENOENT\)/)
    expect(warningFor('pipe.tf')).toMatch(/not a regular file/)
    expect(warningFor('big.tf')).toMatch(/over the 4000-byte limit/)
    expect(index.locate(q('aws_lb', 'big'))).toBeNull()
  })

  it('skips editor backups and hidden files, as Terraform does', () => {
    expect(index.locate(q('aws_lb', 'from_backup'))).toBeNull()
    expect(index.locate(q('aws_lb', 'hidden'))).toBeNull()
    expect(index.locate(q('aws_lb', 'seen'))).toEqual({ file: 'seen.tf', line: 1, exact: true })
  })

  it('says nothing about a folder whose name ends in .tf', () => {
    expect(warningFor('folder.tf')).toBeUndefined()
  })

  it('warns about a module folder that does not exist', () => {
    expect(index.locate(q('aws_lb', 'this', [], ['missing']))).toBeNull()
    expect(warningFor('modules/missing')).toMatch(/^modules\/missing: directory of module\.missing does not exist$/)
  })

  it('lists every problem once and nothing else', () => {
    const files = index.warnings.map((w) => w.slice(0, w.indexOf(': ')))
    expect(files.sort()).toEqual(
      [
        '../outside/module',
        'big.tf',
        'binary.tf',
        'broken.tf',
        'dangling.tf',
        'latin1.tf',
        'modules/alb/unclosed.tf',
        'modules/linked',
        'modules/missing',
        'outside.tf',
        'pipe.tf'
      ].sort()
    )
  })

  it('still maps the other files', () => {
    expect(index.locate(q('aws_lb', 'web', ['access_logs', 0, 'enabled']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'enabled = true', root),
      exact: true
    })
    expect(index.locate(q('aws_lb', 'this', ['access_logs', 0, 'enabled'], ['alb']))?.file).toBe(
      'modules/alb/main.tf'
    )
  })
})

describe('text that is unusual but readable', () => {
  it('counts lines right in a CRLF file with a byte-order mark and non-ASCII text', () => {
    expect(index.locate(q('aws_lb', 'crlf', ['access_logs', 0, 'enabled']))).toEqual({
      file: 'windows.tf',
      line: 5,
      exact: true
    })
    expect(index.suppressionsFor(q('aws_lb', 'crlf', ['access_logs', 0, 'enabled']))).toEqual([
      { ruleId: 'ELBIR001', reason: 'written on Windows', origin: 'elb-ir', file: 'windows.tf', line: 2 }
    ])
  })

  it('reads a file that is not UTF-8, with a warning', () => {
    expect(warningFor('latin1.tf')).toMatch(/not valid UTF-8/)
    expect(index.locate(q('aws_lb', 'latin1', ['name']))).toEqual({ file: 'latin1.tf', line: 3, exact: true })
  })
})

describe('the source directory itself', () => {
  it('rejects a source directory that does not exist', async () => {
    await expect(buildSourceIndex(path.join(work, 'nope'), projectTree())).rejects.toThrow(
      /source directory .*nope cannot be read/
    )
  })
})
