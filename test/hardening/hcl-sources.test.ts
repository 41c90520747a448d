// Hostile .tf sources beside the real ones: the action warns, never crashes, never follows a symlink out
// of the repository, and still finds the locations in the files that parse.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, workflowCommands, workspaceWith, type ActionRun } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'

const SECRET = 'outside-secret-5d1e'
const tmp = tempDir('elb-ir-hcl-')
let result: ActionRun

beforeAll(async () => {
  const workspace = workspaceWith(tmp.dir, 'fixtures/example')
  const infra = path.join(workspace, 'infra')
  writeFileSync(path.join(infra, 'broken.tf'), 'resource "aws_lb" "other" {\n  name = "x\n  internal = \n}}}\n')
  writeFileSync(path.join(infra, 'blob.tf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0xfe]))
  writeFileSync(path.join(infra, 'huge.tf'), `locals {\n${'  x = "0123456789012345678901234567890123456789"\n'.repeat(120_000)}}\n`)
  writeFileSync(path.join(infra, 'latin1.tf'), Buffer.from('# caf\xe9\nlocals {}\n', 'latin1'))
  // Outside the repository: a file and a folder the symlinks point at.
  const outside = path.join(tmp.dir, 'outside')
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'evil.tf'), `resource "aws_lb" "web" {\n  name = "${SECRET}"\n}\n`)
  symlinkSync(path.join(outside, 'evil.tf'), path.join(infra, 'evil.tf'))
  symlinkSync(outside, path.join(infra, 'modules', 'linked'))
  symlinkSync(path.join(infra, 'nowhere.tf'), path.join(infra, 'dangling.tf'))
  result = await runAction({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, event: { name: 'push' } })
})
afterAll(() => tmp.cleanup())

describe('hostile .tf files beside the real ones', () => {
  it('finishes with the usual exit code and no stack trace', () => {
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
  })

  it('names each bad file in a notice', () => {
    const notices = workflowCommands(result.stdout, 'notice').map((n) => n.message).join('\n')
    expect(notices).toMatch(/broken\.tf: syntax error at line \d+/)
    expect(notices).toMatch(/blob\.tf: binary content/)
    expect(notices).toMatch(/huge\.tf: \d+ bytes, over the \d+-byte limit/)
    expect(notices).toMatch(/latin1\.tf: not valid UTF-8/)
    expect(notices).toMatch(/evil\.tf: symlink to a file outside the source directory; not followed/)
    expect(notices).toMatch(/dangling\.tf: symlink whose target cannot be read/)
  })

  it('never reads the symlinked file outside the repository', () => {
    expect(result.stdout + result.stderr + result.summary).not.toContain(SECRET)
    // aws_lb.web is still located in main.tf, not in the symlinked evil.tf that declares it too.
    const errors = workflowCommands(result.stdout, 'error')
    expect(errors[0].properties).toMatchObject({ file: 'infra/main.tf', line: '99' })
  })

  it('still maps the findings of the files that parse, the module included', () => {
    const files = [...workflowCommands(result.stdout, 'error'), ...workflowCommands(result.stdout, 'warning')].map((a) => `${a.properties.file}:${a.properties.line}`)
    expect(files).toContain('infra/modules/edge-nlb/main.tf:68')
    expect(files).toContain('infra/main.tf:157')
  })
})
