// Terraform's functions that read files, answered from the source folder (and nothing outside it).
import { describe, expect, it } from 'vitest'
import { after, load, sourceTree } from './helpers.js'

describe('file functions', () => {
  it('file, templatefile and the path functions read inside the source folder', async () => {
    const plan = await load({
      'main.tf': [
        'resource "aws_s3_bucket" "logs" {',
        '  bucket = trimspace(file("${path.module}/name.txt"))',
        '  tags = {',
        '    policy = templatefile("${path.module}/policy.tpl", { bucket = "b", ids = ["1", "2"] })',
        '    base   = basename("a/b/c.tpl")',
        '    dir    = dirname("a/b/c.tpl")',
        '    exists = fileexists("missing.txt")',
        '  }',
        '}'
      ].join('\n'),
      'name.txt': 'acme-logs\n',
      'policy.tpl': '%{ for id in ids ~}\n${bucket}/${id}\n%{ endfor ~}'
    })
    expect(after(plan, 'aws_s3_bucket.logs')).toMatchObject({ bucket: 'acme-logs', tags: { policy: 'b/1\nb/2\n', base: 'c.tpl', dir: 'a/b', exists: 'false' } })
  })

  it('a file outside the source folder is unknown, with a warning', async () => {
    const outside = sourceTree({ 'secret.txt': 'x' })
    const plan = await load({ 'main.tf': `resource "aws_s3_bucket" "logs" {\n  bucket = file("${outside}/secret.txt")\n}\n` })
    expect(plan.json.resource_changes![0].change.after_unknown).toMatchObject({ bucket: true })
    expect(plan.warnings.some((w) => w.includes('reads a file outside the source folder'))).toBe(true)
  })
})
