// ELBIR003's fixer: the Log Archive bucket comes from the configuration, or the user is told to name it.
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../src/config/settings.js'
import { editsOf, fixAll, reasonOf } from './harness.js'

describe('ELBIR003 fixer', () => {
  it('points the access logs at the configured Log Archive bucket', () => {
    const settings = { ...defaultSettings(), logArchive: { buckets: ['central-elb-logs-eu-west-1'], accounts: [] } }
    // With a bucket configured the rule judges the plan's own bucket against it, and the fixer moves the logs.
    expect(editsOf(fixAll('ELBIR003/fail-same-provider', settings), 'ELBIR003')).toEqual([
      { kind: 'set-attribute', block: { modulePath: [], mode: 'managed', type: 'aws_lb', name: 'shop' }, blockPath: ['access_logs'], name: 'bucket', expression: '"central-elb-logs-eu-west-1"' }
    ])
  })

  it('without a configured bucket, says what to configure', () => {
    expect(reasonOf(fixAll('ELBIR003/fail-same-provider'), 'ELBIR003')).toBe(
      'aws_lb.shop: name the Log Archive bucket for eu-west-1 under `logArchive.buckets` in .elb-ir.yml (a name without wildcards), and the fix points the access logs there'
    )
  })

  it('does not guess among several configured buckets none of which names the region', () => {
    const settings = { ...defaultSettings(), logArchive: { buckets: ['central-a', 'central-b'], accounts: [] } }
    expect(reasonOf(fixAll('ELBIR003/fail-same-provider', settings), 'ELBIR003')).toContain('`logArchive.buckets`')
  })
})
