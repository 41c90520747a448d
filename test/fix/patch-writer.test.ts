import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderPatch, writeFixes } from '../../src/fix/patch/index.js'
import type { BlockRef, SourceEdit } from '../../src/fix/types.js'
import type { ModuleTree } from '../../src/model/module-tree.js'
import { gitApply, gitRepositoryOf } from '../helpers/git.js'

const ROOT: ModuleTree = { source: '.', calls: {} }

export function sourcesOf(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'elb-ir-fix-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const lb = (name = 'web', modulePath: string[] = []): BlockRef => ({ modulePath, mode: 'managed', type: 'aws_lb', name })

/** Applies the edits to the files; returns the patch, the texts after, and what did not apply. */
async function fix(files: Record<string, string>, edits: SourceEdit[], options: { moduleTree?: ModuleTree; configFile?: string } = {}) {
  const dir = sourcesOf(files)
  const written = await writeFixes([{ moduleTree: options.moduleTree ?? ROOT, edits }], { sourceDir: dir, configFile: options.configFile && path.join(dir, options.configFile) })
  const after = Object.fromEntries(written.changes.map((c) => [c.path, c.after]))
  return { dir, patch: renderPatch(written.changes), after, unapplied: written.unapplied }
}

const WEB = `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]

  access_logs {
    bucket  = "logs"
    enabled = false
  }

  tags = {
    Team = "edge"
  }
}
`

describe('set-attribute', () => {
  it('replaces the expression of an attribute where it stands', async () => {
    const { after } = await fix({ 'main.tf': WEB }, [{ kind: 'set-attribute', block: lb(), blockPath: ['access_logs'], name: 'enabled', expression: 'true' }])
    expect(after['main.tf']).toBe(WEB.replace('enabled = false', 'enabled = true'))
  })

  it('adds a missing attribute after the last one of the block, realigning the `=` signs', async () => {
    const { after } = await fix({ 'main.tf': WEB }, [{ kind: 'set-attribute', block: lb(), blockPath: [], name: 'drop_invalid_header_fields', expression: 'true' }])
    expect(after['main.tf']).toContain(`resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = true

  access_logs {`)
  })

  it('creates the nested block when it is missing', async () => {
    const { after } = await fix({ 'main.tf': 'resource "aws_lb" "web" {\n  name = "web"\n}\n' }, [{ kind: 'set-attribute', block: lb(), blockPath: ['access_logs'], name: 'enabled', expression: 'true' }])
    expect(after['main.tf']).toBe('resource "aws_lb" "web" {\n  name = "web"\n\n  access_logs {\n    enabled = true\n  }\n}\n')
  })

  it('opens a block written on one line', async () => {
    const { after } = await fix({ 'main.tf': 'resource "aws_lb" "web" {\n  access_logs { bucket = "logs" }\n}\n' }, [{ kind: 'set-attribute', block: lb(), blockPath: ['access_logs'], name: 'enabled', expression: 'true' }])
    expect(after['main.tf']).toBe('resource "aws_lb" "web" {\n  access_logs {\n    bucket  = "logs"\n    enabled = true\n  }\n}\n')
  })

  it('leaves out an expression that is not valid HCL, and a file with a syntax error', async () => {
    const bad = await fix({ 'main.tf': WEB }, [{ kind: 'set-attribute', block: lb(), blockPath: [], name: 'idle_timeout', expression: '{ oops' }])
    expect(bad.patch).toBe('')
    expect(bad.unapplied[0].reason).toBe('aws_lb.web in main.tf: the change would not be valid HCL, so it is left out')
    const broken = await fix({ 'main.tf': `${WEB}resource "aws_lb" "other" {\n` }, [{ kind: 'set-attribute', block: lb(), blockPath: [], name: 'idle_timeout', expression: '60' }])
    expect(broken.patch).toBe('')
    expect(broken.unapplied[0].reason).toBe('main.tf has a syntax error, so aws_lb.web is not edited there; fix the file first')
  })

  it('leaves a dynamic block alone and says so', async () => {
    const source = 'resource "aws_lb" "web" {\n  dynamic "access_logs" {\n    for_each = var.logs\n    content {\n      bucket = access_logs.value\n    }\n  }\n}\n'
    const { patch, unapplied } = await fix({ 'main.tf': source }, [{ kind: 'set-attribute', block: lb(), blockPath: ['access_logs'], name: 'enabled', expression: 'true' }])
    expect(patch).toBe('')
    expect(unapplied[0].reason).toMatch(/aws_lb\.web in main\.tf: its `access_logs` block is written as a `dynamic` block/)
  })
})

describe('set-nested-block', () => {
  const block = 'access_logs {\n  bucket  = aws_s3_bucket.logs.id\n  prefix  = "web"\n  enabled = true\n}'

  it('replaces the whole existing block, indented', async () => {
    const { after } = await fix({ 'main.tf': WEB }, [{ kind: 'set-nested-block', block: lb(), blockType: 'access_logs', text: block }])
    expect(after['main.tf']).toContain('  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n    prefix  = "web"\n    enabled = true\n  }\n\n  tags = {')
    expect(after['main.tf']).not.toContain('"logs"')
  })

  it('adds it at the end of the block after a blank line', async () => {
    const { after } = await fix({ 'main.tf': 'resource "aws_lb" "web" {\n  name = "web"\n}\n' }, [{ kind: 'set-nested-block', block: lb(), blockType: 'access_logs', text: block }])
    expect(after['main.tf']).toBe(`resource "aws_lb" "web" {\n  name = "web"\n\n${block.replace(/^/gm, '  ')}\n}\n`)
  })

  it('goes before a closing depends_on or lifecycle', async () => {
    const { after } = await fix({ 'main.tf': 'resource "aws_lb" "web" {\n  name = "web"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n  depends_on = [aws_iam_role.a]\n}\n' }, [{ kind: 'set-nested-block', block: lb(), blockType: 'access_logs', text: block }])
    expect(after['main.tf']).toBe(`resource "aws_lb" "web" {\n  name = "web"\n\n${block.replace(/^/gm, '  ')}\n\n  lifecycle {\n    prevent_destroy = true\n  }\n  depends_on = [aws_iam_role.a]\n}\n`)
  })

  it('reports a dynamic block as not applicable', async () => {
    const source = 'resource "aws_lb" "web" {\n  dynamic "access_logs" {\n    for_each = []\n    content {}\n  }\n}\n'
    const { patch, unapplied } = await fix({ 'main.tf': source }, [{ kind: 'set-nested-block', block: lb(), blockType: 'access_logs', text: block }])
    expect(patch).toBe('')
    expect(unapplied).toHaveLength(1)
    expect(unapplied[0].reason).toContain('dynamic')
  })
})

describe('add-depends-on', () => {
  it('adds depends_on at the end of the block', async () => {
    const { after } = await fix({ 'main.tf': 'resource "aws_lb" "web" {\n  name = "web"\n}\n' }, [{ kind: 'add-depends-on', block: lb(), references: ['aws_s3_bucket_policy.logs'] }])
    expect(after['main.tf']).toBe('resource "aws_lb" "web" {\n  name = "web"\n\n  depends_on = [aws_s3_bucket_policy.logs]\n}\n')
  })

  it('merges into a list on one line, keeping each reference once', async () => {
    const { after } = await fix({ 'main.tf': 'resource "aws_lb" "web" {\n  depends_on = [aws_iam_role.a]\n}\n' }, [{ kind: 'add-depends-on', block: lb(), references: ['aws_iam_role.a', 'aws_s3_bucket_policy.logs'] }])
    expect(after['main.tf']).toBe('resource "aws_lb" "web" {\n  depends_on = [aws_iam_role.a, aws_s3_bucket_policy.logs]\n}\n')
  })

  it('merges into a list over several lines', async () => {
    const { after } = await fix({ 'main.tf': 'resource "aws_lb" "web" {\n  depends_on = [\n    aws_iam_role.a\n  ]\n}\n' }, [{ kind: 'add-depends-on', block: lb(), references: ['aws_s3_bucket_policy.logs'] }])
    expect(after['main.tf']).toBe('resource "aws_lb" "web" {\n  depends_on = [\n    aws_iam_role.a,\n    aws_s3_bucket_policy.logs,\n  ]\n}\n')
  })
})

describe('add-blocks', () => {
  const policy = { key: 'aws_s3_bucket_policy.elb_ir_logs', text: 'resource "aws_s3_bucket_policy" "elb_ir_logs" {\n  bucket = aws_s3_bucket.logs.id\n  policy = "{}"\n}' }
  const caller = { key: 'data.aws_caller_identity.current', text: 'data "aws_caller_identity" "current" {}' }
  const provider = { key: 'provider.aws.us_west_2', text: 'provider "aws" {\n  alias  = "us_west_2"\n  region = "us-west-2"\n}' }

  it('writes elb-ir-fixes.tf with a header, skipping what the module already declares', async () => {
    const { after, patch } = await fix(
      { 'main.tf': 'data "aws_caller_identity" "current" {}\n', 'providers.tf': 'provider "aws" {\n  alias  = "us_west_2"\n  region = "us-west-2"\n}\n' },
      [{ kind: 'add-blocks', modulePath: [], blocks: [caller, policy, provider] }]
    )
    expect(Object.keys(after)).toEqual(['elb-ir-fixes.tf'])
    expect(after['elb-ir-fixes.tf']).toMatch(/^# Written by `elb-ir-check fix`.*You may edit this file\.\n\nresource "aws_s3_bucket_policy" "elb_ir_logs" \{\n/)
    expect(patch).toMatch(/^diff --git a\/elb-ir-fixes\.tf b\/elb-ir-fixes\.tf\nnew file mode 100644\n--- \/dev\/null\n\+\+\+ b\/elb-ir-fixes\.tf\n@@ -0,0 \+1,6 @@\n/)
  })

  it('puts them in the folder of the module and edits the module block there', async () => {
    const moduleTree: ModuleTree = { source: '.', calls: { edge: { source: './modules/edge', calls: {} } } }
    const { after } = await fix(
      { 'main.tf': 'module "edge" {\n  source = "./modules/edge"\n}\n', 'modules/edge/lb.tf': 'resource "aws_lb" "web" {\n  name = "web"\n}\n' },
      [
        { kind: 'add-blocks', modulePath: ['edge'], blocks: [caller, caller] },
        { kind: 'add-depends-on', block: lb('web', ['edge']), references: ['aws_s3_bucket_policy.elb_ir_logs'] }
      ],
      { moduleTree }
    )
    expect(Object.keys(after)).toEqual(['modules/edge/elb-ir-fixes.tf', 'modules/edge/lb.tf'])
    expect(after['modules/edge/elb-ir-fixes.tf'].match(/aws_caller_identity/g)).toHaveLength(1)
  })

  it('says when a module is not local', async () => {
    const moduleTree: ModuleTree = { source: '.', calls: { edge: { source: 'terraform-aws-modules/alb/aws', calls: {} } } }
    const { unapplied } = await fix({ 'main.tf': '' }, [{ kind: 'add-blocks', modulePath: ['edge'], blocks: [caller] }], { moduleTree })
    expect(unapplied[0].reason).toBe('module.edge is not a local module, so its sources cannot be edited here')
  })
})

describe('add-file and add-playbooks', () => {
  it('writes a playbook only when it is missing', async () => {
    const { after } = await fix({ 'main.tf': '', 'docs/kept.md': 'mine\n' }, [
      { kind: 'add-file', path: 'docs/kept.md', content: 'theirs' },
      { kind: 'add-file', path: 'docs/new.md', content: '# Playbook' }
    ])
    expect(after).toEqual({ 'docs/new.md': '# Playbook\n' })
  })

  it('adds playbooks to .elb-ir.yml keeping its comments, each path once', async () => {
    const config = '# team settings\nrules:\n  ELBIR004:\n    severity: warning # quieter\nplaybooks:\n  - docs/old.md\n'
    const { after } = await fix({ '.elb-ir.yml': config }, [{ kind: 'add-playbooks', paths: ['docs/old.md', 'docs/new.md'] }])
    expect(after['.elb-ir.yml']).toBe(`${config}  - docs/new.md\n`)
  })

  it('creates the configuration file, or edits the one --config names, paths relative to it', async () => {
    expect((await fix({}, [{ kind: 'add-playbooks', paths: ['docs/p.md'] }])).after).toEqual({ '.elb-ir.yml': 'playbooks:\n  - docs/p.md\n' })
    const named = await fix({ 'ci/elb.yml': 'playbooks: []\n' }, [{ kind: 'add-playbooks', paths: ['docs/p.md'] }], { configFile: 'ci/elb.yml' })
    expect(named.after).toEqual({ 'ci/elb.yml': 'playbooks: [ ../docs/p.md ]\n' })
  })
})

describe('the patch', () => {
  const edits: SourceEdit[] = [
    { kind: 'set-attribute', block: lb(), blockPath: ['access_logs'], name: 'enabled', expression: 'true' },
    { kind: 'set-attribute', block: lb(), blockPath: [], name: 'drop_invalid_header_fields', expression: 'true' },
    { kind: 'add-depends-on', block: lb(), references: ['aws_s3_bucket_policy.elb_ir_logs'] },
    { kind: 'add-blocks', modulePath: [], blocks: [{ key: 'data.aws_caller_identity.current', text: 'data "aws_caller_identity" "current" {}' }] },
    { kind: 'add-playbooks', paths: ['playbooks/elb.md'] },
    { kind: 'add-file', path: 'playbooks/elb.md', content: '# ELB incident response\n' },
    { kind: 'set-attribute', block: lb('other'), blockPath: [], name: 'name', expression: '"edge"' }
  ]
  const filler = Array.from({ length: 12 }, (_, i) => `variable "v${i}" {}\n`).join('')
  const files = { 'main.tf': `${WEB}\n${filler}resource "aws_lb" "other" {\n  name = "other"\n}`, 'variables.tf': 'variable "x" {}\n' }

  it('is accepted by git apply and gives the texts the writer made', async () => {
    const { dir, patch, after } = await fix(files, edits)
    expect(patch).toContain('\\ No newline at end of file')
    const repo = gitRepositoryOf(dir)
    expect(gitApply(repo, patch, ['--check'])).toEqual({ status: 0, stderr: '' })
    expect(gitApply(repo, patch).status).toBe(0)
    for (const [file, text] of Object.entries(after)) expect(readFileSync(path.join(repo, file), 'utf8')).toBe(text)
  })

  it('applies from a subfolder of the repository with --directory', async () => {
    const { dir, patch } = await fix(files, edits)
    const repo = gitRepositoryOf(dir, 'infra/prod')
    expect(gitApply(repo, patch, ['--check']).status).not.toBe(0)
    expect(gitApply(repo, patch, ['--check', '--directory=infra/prod'])).toEqual({ status: 0, stderr: '' })
  })

  it('keeps CRLF line ends and a byte order mark', async () => {
    const source = '\uFEFFresource "aws_lb" "web" {\r\n  name = "web"\r\n}\r\n'
    const { dir, patch, after } = await fix({ 'main.tf': source }, [{ kind: 'set-attribute', block: lb(), blockPath: [], name: 'idle_timeout', expression: '60' }])
    expect(after['main.tf']).toBe('\uFEFFresource "aws_lb" "web" {\r\n  name         = "web"\r\n  idle_timeout = 60\r\n}\r\n')
    const repo = gitRepositoryOf(dir)
    expect(gitApply(repo, patch).status).toBe(0)
    expect(readFileSync(path.join(repo, 'main.tf'), 'utf8')).toBe(after['main.tf'])
  })

  it('makes one change of the same edits from two plans of the same sources', async () => {
    const dir = sourcesOf(files)
    const once = await writeFixes([{ moduleTree: ROOT, edits }], { sourceDir: dir })
    const twice = await writeFixes([{ moduleTree: ROOT, edits }, { moduleTree: ROOT, edits }], { sourceDir: dir })
    expect(renderPatch(twice.changes)).toBe(renderPatch(once.changes))
  })

  it('is empty the second time: edits that change nothing make no hunk', async () => {
    const first = await fix(files, edits)
    const again = await fix({ ...files, ...first.after }, edits)
    expect(again.patch).toBe('')
    expect(again.unapplied).toEqual([])
  })
})
