import { beforeAll, describe, expect, it } from 'vitest'
import { buildSourceIndex } from '../../src/source/index.js'
import type { SourceIndex } from '../../src/source/types.js'
import { PROJECT, lineOf, projectTree, q } from './helpers.js'

let index: SourceIndex

beforeAll(async () => {
  index = await buildSourceIndex(PROJECT, projectTree())
})

describe('suppressionsFor', () => {
  it('finds our comment in the comment lines directly above the resource header', () => {
    expect(index.suppressionsFor(q('aws_lb', 'web', ['access_logs', 0, 'enabled']))).toEqual([
      {
        ruleId: 'ELBIR003',
        reason: 'logs stay in the workload account until the Log Archive account exists',
        origin: 'elb-ir',
        file: 'main.tf',
        line: lineOf('main.tf', 'elb-ir:ignore ELBIR003')
      }
    ])
  })

  it('finds comments above blocks and attributes on the path, with several rule ids in one comment', () => {
    const line = lineOf('main.tf', 'elb-ir:ignore ELBIR001,ELBIR002')
    const reason = "turned on by the platform team's automation"
    expect(index.suppressionsFor(q('aws_lb', 'api', ['access_logs', 0, 'enabled']))).toEqual([
      { ruleId: '*', reason: '', origin: 'kics', file: 'main.tf', line: lineOf('main.tf', 'kics-scan ignore-block') },
      { ruleId: 'ELBIR001', reason, origin: 'elb-ir', file: 'main.tf', line },
      { ruleId: 'ELBIR002', reason, origin: 'elb-ir', file: 'main.tf', line }
    ])
  })

  it('does not apply a comment that sits above an attribute off the path', () => {
    expect(index.suppressionsFor(q('aws_lb', 'api'))).toEqual([])
    expect(index.suppressionsFor(q('aws_lb', 'api', ['name']))).toEqual([])
  })

  it('applies KICS ignore-line only to a finding located on its line', () => {
    expect(index.suppressionsFor(q('aws_lb', 'api', ['access_logs', 0, 'bucket']))).toEqual([
      { ruleId: '*', reason: '', origin: 'kics', file: 'main.tf', line: lineOf('main.tf', 'kics-scan ignore-block') },
      {
        ruleId: '*',
        reason: 'bucket is set by the platform module',
        origin: 'kics',
        file: 'main.tf',
        line: lineOf('main.tf', 'kics-scan ignore-line')
      }
    ])
    const above = lineOf('peers.tf', 'kics-scan ignore-line')
    expect(index.suppressionsFor(q('aws_lb', 'kics_line'))).toEqual([
      { ruleId: '*', reason: 'the name is generated', origin: 'kics', file: 'peers.tf', line: above }
    ])
    // a finding on `name` is on another line: the header's ignore-line does not cover it
    expect(index.suppressionsFor(q('aws_lb', 'kics_line', ['name']))).toEqual([])
  })

  it('reports a comment on the header line with its reason missing as an empty reason', () => {
    expect(index.suppressionsFor(q('aws_lb', 'internal', ['access_logs', 0, 'enabled']))).toEqual([
      {
        ruleId: 'ELBIR004',
        reason: '',
        origin: 'elb-ir',
        file: 'main.tf',
        line: lineOf('main.tf', 'resource "aws_lb" "internal"')
      }
    ])
  })

  it('does not reach across a blank line', () => {
    expect(index.suppressionsFor(q('aws_s3_bucket', 'archive'))).toEqual([])
  })

  it('maps terrascan, checkov and a block comment of ours, each with its reason', () => {
    expect(index.suppressionsFor(q('aws_elb', 'legacy', ['access_logs', 0, 'enabled']))).toEqual([
      {
        ruleId: 'ELBIR001',
        reason: 'classic ELB is being retired in Q3',
        origin: 'terrascan',
        file: 'elb.tf',
        line: lineOf('elb.tf', 'ts:skip=AC_AWS_0470')
      },
      {
        ruleId: 'ELBIR001',
        reason: 'retired with the legacy shop in Q3',
        origin: 'checkov',
        file: 'elb.tf',
        line: lineOf('elb.tf', 'checkov:skip=CKV_AWS_92:retired')
      },
      {
        ruleId: 'ELBIR005',
        reason: 'queried from the old Splunk, not Athena',
        origin: 'elb-ir',
        file: 'elb.tf',
        line: lineOf('elb.tf', '/* elb-ir:ignore ELBIR005')
      }
    ])
  })

  it('applies a checkov skip written anywhere inside the resource to the whole resource, as checkov does', () => {
    const found = index.suppressionsFor(q('aws_elb', 'legacy', ['listener', 0, 'lb_port']))
    expect(found.map((s) => `${s.origin}:${s.ruleId}`)).toEqual(['terrascan:ELBIR001', 'checkov:ELBIR001'])
    expect(index.suppressionsFor(q('aws_elb', 'quiet'))).toEqual([
      {
        ruleId: 'ELBIR001',
        reason: '',
        origin: 'checkov',
        file: 'elb.tf',
        line: lineOf('elb.tf', '# checkov:skip=CKV_AWS_92')
      }
    ])
  })

  it('finds a // comment above a dynamic block', () => {
    expect(index.suppressionsFor(q('aws_lb', 'tenant', ['access_logs', 0, 'enabled']))).toEqual([
      {
        ruleId: 'ELBIR003',
        reason: 'per-tenant buckets are replicated to the archive',
        origin: 'elb-ir',
        file: 'dynamic.tf',
        line: lineOf('dynamic.tf', 'elb-ir:ignore ELBIR003')
      }
    ])
  })

  it('accepts our rule ids in tfsec and trivy syntax and drops an expired trivy ignore', () => {
    expect(index.suppressionsFor(q('aws_lb', 'tfsec_user'))).toEqual([
      {
        ruleId: 'ELBIR002',
        reason: 'bucket policy is managed by the landing zone',
        origin: 'tfsec',
        file: 'peers.tf',
        line: lineOf('peers.tf', 'tfsec:ignore:elb-ir-ELBIR002')
      }
    ])
    expect(index.suppressionsFor(q('aws_lb', 'trivy_user', ['access_logs', 0, 'bucket']))).toEqual([
      {
        ruleId: 'ELBIR003',
        reason: 'archive migration in progress',
        origin: 'trivy',
        file: 'peers.tf',
        line: lineOf('peers.tf', 'trivy:ignore:ELBIR003')
      }
    ])
  })

  it('maps the KICS access-log and Shield Advanced query ids', () => {
    const line = lineOf('peers.tf', 'kics-scan disable=')
    expect(index.suppressionsFor(q('aws_lb', 'kics_user'))).toEqual([
      { ruleId: 'ELBIR001', reason: '', origin: 'kics', file: 'peers.tf', line },
      { ruleId: 'ELBIR007', reason: '', origin: 'kics', file: 'peers.tf', line }
    ])
  })

  it('ignores peer ids that mean none of our rules', () => {
    expect(index.suppressionsFor(q('aws_s3_bucket', 'checkov_user'))).toEqual([])
  })

  it('finds the comments above a resource that follows a syntax error', () => {
    expect(index.suppressionsFor(q('aws_lb', 'after_error', ['access_logs', 0, 'enabled']))).toEqual([
      {
        ruleId: 'ELBIR001',
        reason: 'logs are shipped by the sidecar',
        origin: 'elb-ir',
        file: 'broken.tf',
        line: lineOf('broken.tf', 'elb-ir:ignore ELBIR001')
      }
    ])
  })

  it('returns nothing for a resource that is not written', () => {
    expect(index.suppressionsFor(q('aws_lb', 'nowhere'))).toEqual([])
  })
})

describe('lookup', () => {
  it('gives the location and the suppression comments of a query together, as locate and suppressionsFor give them', () => {
    for (const query of [q('aws_lb', 'api', ['access_logs', 0, 'enabled']), q('aws_lb', 'web', ['access_logs', 0, 'enabled']), q('aws_lb', 'missing')]) {
      expect(index.lookup(query)).toEqual({ location: index.locate(query), suppressions: index.suppressionsFor(query) })
    }
    const { location, suppressions } = index.lookup(q('aws_lb', 'api', ['access_logs', 0, 'enabled']))
    expect(location).toMatchObject({ file: 'main.tf', exact: true })
    expect(suppressions.map((s) => s.ruleId)).toEqual(['*', 'ELBIR001', 'ELBIR002'])
  })
})
