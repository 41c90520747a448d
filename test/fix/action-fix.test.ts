// The fix patch in the action, in-process against the loopback GitHub server: the `fix-patch` output, the
// folded patch in the job summary, and how to apply it in the PR's summary comment.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_SUMMARY_PATCH_BYTES, publishFixPatch } from '../../src/action/fix-patch.js'
import type { ActionIO } from '../../src/main.js'
import { runInProcess } from '../helpers/action-io.js'
import { EXAMPLE_PR_FILES, pullRequestEvent, workspaceWith, type ActionEnv } from '../helpers/action-runner.js'
import { tempDir } from '../helpers/cli.js'
import { gitApply, gitRepositoryOf } from '../helpers/git.js'
import { startGitHubServer, type FakeGitHub } from '../helpers/github-server.js'

vi.mock('../../src/fix/fixers/index.js', async () => ({ FIXERS: (await import('../helpers/fixers.js')).TEST_FIXERS }))

const HEAD = '3f2a9c1e4b5d6a7f8091a2b3c4d5e6f708192a3b'
const TOKEN = 'ghs_write'

let github: FakeGitHub
let root: { dir: string; cleanup: () => void }
let workspace: string

beforeEach(async () => {
  github = await startGitHubServer({ headSha: HEAD, files: EXAMPLE_PR_FILES, tokens: { [TOKEN]: { login: 'github-actions[bot]', write: true, app: true } } })
  root = tempDir('elb-ir-action-fix-')
  workspace = workspaceWith(root.dir, 'fixtures/example')
})

afterEach(async () => {
  await github.close()
  root.cleanup()
})

const step = (extra: Partial<ActionEnv> = {}): ActionEnv => ({ workspace, with: { plan: 'infra/plan.json', 'working-directory': 'infra' }, token: TOKEN, event: pullRequestEvent(HEAD), apiUrl: github.url, ...extra })

describe('the fix patch in the action', () => {
  it('writes the patch to RUNNER_TEMP, names it in fix-patch, folds it into the job summary and says in the PR how to apply it', async () => {
    const result = await runInProcess(step())
    expect(result.code).toBe(1)
    const file = result.outputs['fix-patch']
    expect(path.basename(file)).toMatch(/^elb-ir-fixes-.*\.patch$/)
    const patch = readFileSync(file, 'utf8')
    expect(patch).toContain('-      sse_algorithm     = "aws:kms"\n+      sse_algorithm     = "AES256"\n')
    // The patch's paths are relative to working-directory: git applies it from the root with --directory.
    expect(gitApply(gitRepositoryOf(workspace), patch, ['--check', '--directory=infra'])).toEqual({ status: 0, stderr: '' })
    expect(result.summary).toContain('<details><summary>Fix patch: 1 file(s) changed. Apply it from the repository root with `git apply --directory=infra elb-ir-fixes.patch`</summary>\n\n```diff\ndiff --git a/main.tf b/main.tf\n')
    const comment = github.state.issueComments.find((c) => c.body.includes('<!-- elb-ir-check:summary'))
    expect(comment?.body).toContain('To apply it locally, from the repository root: `npx elb-ir-check fix --plan infra/plan.json --source-dir infra --write`')
    expect(comment?.body).toContain('run `git apply --directory=infra elb-ir-fixes.patch`')
  })

  it('leaves fix-patch empty, and the job summary and the PR comment without a patch, when no failing finding is fixable', async () => {
    writeFileSync(path.join(workspace, 'infra', '.elb-ir.yml'), 'exemptions:\n  - rule: ELBIR002\n    address: "*"\n    reason: the bucket policy is reviewed elsewhere\n')
    const result = await runInProcess(step())
    expect(result.outputs['fix-patch']).toBe('')
    expect(result.summary).not.toContain('Fix patch')
    const comment = github.state.issueComments.find((c) => c.body.includes('<!-- elb-ir-check:summary'))
    expect(comment?.body).toBeDefined()
    expect(comment?.body).not.toContain('**Fix**')
    expect(result.log).toContain('elb-ir-check: not fixed: aws_lb.web ELBIR004: ELBIR004 has no automatic fix; make the change the check report gives as its fix')
  })
})

describe('publishFixPatch', () => {
  const recorder = () => {
    const outputs: Record<string, string> = {}
    const io = { setOutput: (name: string, value: string) => (outputs[name] = value), info: () => undefined } as unknown as ActionIO
    return { io, outputs }
  }
  const places = { directory: '', workingRel: 'infra/prod env', plans: ['infra/plan.json'], scope: 's' }

  it('sets an empty output and shows nothing for an empty patch', async () => {
    const { io, outputs } = recorder()
    expect(await publishFixPatch(io, '', 0, { ...places, directory: tempDir().dir })).toEqual({ file: '', summary: '', howToApply: '' })
    expect(outputs).toEqual({ 'fix-patch': '' })
  })

  it('keeps backticks in the patch inside the fence, and cuts a long patch with a note on how to get all of it', async () => {
    const { io, outputs } = recorder()
    const line = '+  description = "```` not a fence"\n'
    const patch = `diff --git a/main.tf b/main.tf\n--- a/main.tf\n+++ b/main.tf\n@@ -1,0 +1,2000 @@\n${line.repeat(2000)}`
    const published = await publishFixPatch(io, patch, 1, { ...places, directory: tempDir().dir })
    expect(existsSync(outputs['fix-patch'])).toBe(true)
    expect(readFileSync(outputs['fix-patch'], 'utf8')).toBe(patch)
    expect(published.summary).toContain('\n`````diff\n')
    expect(Buffer.byteLength(published.summary)).toBeLessThan(MAX_SUMMARY_PATCH_BYTES + 1000)
    expect(published.summary).toContain(`The whole patch is the file in the step's \`fix-patch\` output; or make it locally with \`npx elb-ir-check fix --plan infra/plan.json --source-dir 'infra/prod env' --output elb-ir-fixes.patch\``)
    expect(published.howToApply).toContain("`git apply --directory='infra/prod env' elb-ir-fixes.patch`")
  })

  it('hides values the plan marks sensitive in the job summary, and keeps them in the patch file', async () => {
    const { io, outputs } = recorder()
    const patch = 'diff --git a/main.tf b/main.tf\n--- a/main.tf\n+++ b/main.tf\n@@ -1,2 +1,3 @@\n variable "token" {\n   default = "hunter2-5ecret"\n+  sensitive = true\n'
    const published = await publishFixPatch(io, patch, 1, { ...places, directory: tempDir().dir }, (text) => text.replaceAll('hunter2-5ecret', '(sensitive value)'))
    expect(published.summary).not.toContain('hunter2-5ecret')
    expect(published.summary).toContain('default = "(sensitive value)"')
    expect(published.summary).toContain('Values the plan marks sensitive are hidden here')
    expect(readFileSync(outputs['fix-patch'], 'utf8')).toBe(patch)
  })
})
