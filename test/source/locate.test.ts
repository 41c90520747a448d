import { beforeAll, describe, expect, it } from 'vitest'
import { setKeptTreeLimit } from '../../src/source/hcl.js'
import { buildSourceIndex } from '../../src/source/index.js'
import type { SourceIndex } from '../../src/source/types.js'
import { PROJECT, lineOf, projectTree, q } from './helpers.js'

let index: SourceIndex

beforeAll(async () => {
  index = await buildSourceIndex(PROJECT, projectTree())
})

describe('locate in the root module', () => {
  it('finds an attribute inside a nested block', () => {
    expect(index.locate(q('aws_lb', 'web', ['access_logs', 0, 'enabled']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'enabled = true'),
      exact: true
    })
  })

  it('finds a top-level attribute', () => {
    expect(index.locate(q('aws_lb', 'web', ['load_balancer_type']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'load_balancer_type = "application"'),
      exact: true
    })
  })

  it('gives the resource header for an empty path', () => {
    expect(index.locate(q('aws_lb', 'web'))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'resource "aws_lb" "web"'),
      exact: true
    })
  })

  it('gives the block header when the path ends at a block', () => {
    expect(index.locate(q('aws_lb', 'web', ['access_logs', 0]))).toEqual({
      file: 'main.tf',
      line: 12,
      exact: true
    })
  })

  it('falls back to the enclosing block when the attribute is not written', () => {
    expect(index.locate(q('aws_lb', 'web', ['access_logs', 0, 's3_bucket_arn']))).toEqual({
      file: 'main.tf',
      line: 12,
      exact: false
    })
  })

  it('falls back to the resource header when the block is not written', () => {
    const header = lineOf('main.tf', 'resource "aws_lb" "internal"')
    expect(index.locate(q('aws_lb', 'internal', ['access_logs', 0, 'enabled']))).toEqual({
      file: 'main.tf',
      line: header,
      exact: false
    })
  })

  it('falls back to the resource header for a block index past the written blocks', () => {
    expect(index.locate(q('aws_lb', 'web', ['access_logs', 1, 'enabled']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'resource "aws_lb" "web"'),
      exact: false
    })
  })

  it('finds a key inside an object-valued attribute, bare or quoted', () => {
    expect(index.locate(q('aws_lb', 'web', ['tags', 'Name']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'Name          = "shop-web"'),
      exact: true
    })
    expect(index.locate(q('aws_lb', 'web', ['tags', 'cost-center']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', '"cost-center" = "1234"'),
      exact: true
    })
  })

  it('stops at the attribute when its value is not an object literal', () => {
    expect(index.locate(q('aws_lb', 'api', ['tags', 'Name']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'tags = merge('),
      exact: false
    })
    expect(index.locate(q('aws_lb', 'web', ['tags', 'Owner']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'tags = {'),
      exact: false
    })
  })

  it('indexes repeated blocks of the same name', () => {
    expect(index.locate(q('aws_elb', 'legacy', ['listener', 1, 'lb_port']))).toEqual({
      file: 'elb.tf',
      line: lineOf('elb.tf', 'lb_port           = 443'),
      exact: true
    })
    expect(index.locate(q('aws_elb', 'legacy', ['listener', 0, 'lb_port']))).toEqual({
      file: 'elb.tf',
      line: lineOf('elb.tf', 'lb_port           = 80'),
      exact: true
    })
  })

  it('walks into a list of objects written as an attribute', () => {
    expect(index.locate(q('aws_security_group', 'lb', ['ingress', 0, 'to_port']))).toEqual({
      file: 'data.tf',
      line: lineOf('data.tf', 'to_port     = 443'),
      exact: true
    })
    expect(index.locate(q('aws_security_group', 'lb', ['ingress', 1, 'to_port']))).toEqual({
      file: 'data.tf',
      line: lineOf('data.tf', 'ingress = ['),
      exact: false
    })
  })

  it('takes the first block when the path gives no index', () => {
    expect(index.locate(q('aws_lb', 'web', ['access_logs', 'prefix']))).toEqual({
      file: 'main.tf',
      line: lineOf('main.tf', 'prefix  = "web"'),
      exact: true
    })
  })

  it('walks several levels of nested blocks', () => {
    const path = ['default_action', 0, 'forward', 0, 'target_group', 1, 'weight']
    expect(index.locate(q('aws_lb_listener', 'tenant', path))).toEqual({
      file: 'dynamic.tf',
      line: lineOf('dynamic.tf', 'weight = 10'),
      exact: true
    })
  })

  it('walks through the content of a dynamic block', () => {
    expect(index.locate(q('aws_lb', 'tenant', ['access_logs', 0, 'enabled']))).toEqual({
      file: 'dynamic.tf',
      line: lineOf('dynamic.tf', 'enabled = true'),
      exact: true
    })
    expect(index.locate(q('aws_lb', 'tenant', ['access_logs', 0]))).toEqual({
      file: 'dynamic.tf',
      line: lineOf('dynamic.tf', 'dynamic "access_logs"'),
      exact: true
    })
  })

  it('maps any index of a dynamic block to its content', () => {
    expect(index.locate(q('aws_lb', 'tenant', ['access_logs', 2, 'bucket']))).toEqual({
      file: 'dynamic.tf',
      line: lineOf('dynamic.tf', 'bucket  = each.value.bucket'),
      exact: true
    })
  })

  it('tells data sources from managed resources of the same type and name', () => {
    expect(index.locate(q('aws_s3_bucket', 'archive', [], [], 'data'))).toEqual({
      file: 'data.tf',
      line: lineOf('data.tf', 'data "aws_s3_bucket" "archive"'),
      exact: true
    })
    expect(index.locate(q('aws_s3_bucket', 'archive', ['bucket']))).toEqual({
      file: 'data.tf',
      line: lineOf('data.tf', 'bucket = "workload-copy"'),
      exact: true
    })
  })

  it('finds attributes written in an override file, and the header in the primary file', () => {
    expect(index.locate(q('aws_lb', 'web', ['idle_timeout']))).toEqual({
      file: 'override.tf',
      line: lineOf('override.tf', 'idle_timeout'),
      exact: true
    })
    expect(index.locate(q('aws_lb', 'web', ['name']))?.file).toBe('main.tf')
  })

  it('returns null for a resource that is not written', () => {
    expect(index.locate(q('aws_lb', 'nowhere'))).toBeNull()
    expect(index.locate(q('aws_s3_bucket', 'logs', [], [], 'data'))).toBeNull()
  })

  it('reads only the files directly in the root directory for the root module', () => {
    expect(index.locate(q('aws_lb', 'this'))).toBeNull()
  })
})

describe('locate in module calls', () => {
  it('maps a local module to its directory', () => {
    expect(index.locate(q('aws_lb', 'this', ['access_logs', 0, 'enabled'], ['alb']))).toEqual({
      file: 'modules/alb/main.tf',
      line: lineOf('modules/alb/main.tf', 'enabled = true'),
      exact: true
    })
  })

  it('resolves a nested local module relative to its caller', () => {
    expect(index.locate(q('aws_s3_bucket', 'this', ['bucket_prefix'], ['alb', 'logs']))).toEqual({
      file: 'modules/logs/main.tf',
      line: lineOf('modules/logs/main.tf', 'bucket_prefix'),
      exact: true
    })
  })

  it('returns null inside registry and git modules, and below them', () => {
    expect(index.locate(q('aws_lb', 'this', [], ['registry_alb']))).toBeNull()
    expect(index.locate(q('aws_s3_bucket', 'this', [], ['registry_alb', 'log_bucket']))).toBeNull()
    expect(index.locate(q('aws_lb', 'this', [], ['git_alb']))).toBeNull()
    expect(index.suppressionsFor(q('aws_lb', 'this', [], ['registry_alb']))).toEqual([])
  })

  it('returns null for a module call the tree does not have', () => {
    expect(index.locate(q('aws_lb', 'this', [], ['not_called']))).toBeNull()
  })
})

describe('files that do not parse', () => {
  it('names each bad file in one warning, with what was wrong', () => {
    const warnings = index.warnings
    expect(warnings).toHaveLength(3)
    expect(warnings).toContainEqual(expect.stringMatching(/^binary\.tf: binary content/))
    expect(warnings).toContainEqual(
      expect.stringMatching(/^broken\.tf: syntax error at line 6; only the blocks parsed outside the error are used$/)
    )
    expect(warnings).toContainEqual(expect.stringMatching(/^modules\/alb\/unclosed\.tf: syntax error at line \d+/))
  })

  it('still maps the blocks of a broken file before and after the error', () => {
    expect(index.locate(q('aws_lb', 'before_error', ['name']))).toEqual({
      file: 'broken.tf',
      line: lineOf('broken.tf', 'name = "before"'),
      exact: true
    })
    expect(index.locate(q('aws_lb', 'after_error', ['name']))).toEqual({
      file: 'broken.tf',
      line: lineOf('broken.tf', 'name = "after"'),
      exact: true
    })
  })

  it('still finds the header of the block that holds the error', () => {
    expect(index.locate(q('aws_lb', 'bad_attribute'))).toEqual({
      file: 'broken.tf',
      line: lineOf('broken.tf', 'resource "aws_lb" "bad_attribute"'),
      exact: true
    })
  })

  it('maps a resource written twice inside merge-conflict markers to one of its copies', () => {
    const found = index.locate(q('aws_lb', 'conflicted', ['name']))
    expect(found?.file).toBe('broken.tf')
    expect([lineOf('broken.tf', 'name = "ours"'), lineOf('broken.tf', 'name = "theirs"')]).toContain(found?.line)
  })

  it('recovers the resource after an unclosed block', () => {
    expect(index.locate(q('aws_lb_target_group', 'green', ['port'], ['alb']))).toEqual({
      file: 'modules/alb/unclosed.tf',
      line: 6,
      exact: true
    })
    expect(index.locate(q('aws_lb_target_group', 'blue', [], ['alb']))?.line).toBe(1)
    expect(index.locate(q('aws_lb_target_group', 'canary', ['port'], ['alb']))).toEqual({
      file: 'modules/alb/unclosed.tf',
      line: lineOf('modules/alb/unclosed.tf', 'port = 8080'),
      exact: true
    })
  })

  it('skips a binary file and maps the other files', () => {
    expect(index.locate(q('aws_lb', 'binary'))).toBeNull()
    expect(index.locate(q('aws_lb', 'web'))).not.toBeNull()
  })
})

describe('files converted at once instead of kept as trees', () => {
  it('gives the same answers', async () => {
    const old = setKeptTreeLimit(0)
    let eager: SourceIndex
    try {
      eager = await buildSourceIndex(PROJECT, projectTree())
      // read every module while the limit is 0
      void eager.warnings
    } finally {
      setKeptTreeLimit(old)
    }
    const queries = [
      q('aws_lb', 'web', ['access_logs', 0, 'enabled']),
      q('aws_lb', 'web', ['tags', 'cost-center']),
      q('aws_lb', 'tenant', ['access_logs', 0, 'enabled']),
      q('aws_elb', 'legacy', ['access_logs', 0, 'enabled']),
      q('aws_lb', 'api', ['access_logs', 0, 'enabled']),
      q('aws_lb_target_group', 'green', ['port'], ['alb']),
      q('aws_lb', 'after_error', ['name'])
    ]
    for (const query of queries) {
      expect(eager.locate(query)).toEqual(index.locate(query))
      expect(eager.suppressionsFor(query)).toEqual(index.suppressionsFor(query))
    }
    expect(eager.warnings).toEqual(index.warnings)
  })
})
