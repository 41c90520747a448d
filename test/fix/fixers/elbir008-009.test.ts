// ELBIR008 is never fixed (a TLS listener needs a certificate); ELBIR009 writes connection logs where
// the access logs go.
import { describe, expect, it } from 'vitest'
import { editsOf, fixAll, reasonOf } from './harness.js'

describe('ELBIR008 and ELBIR009 fixers', () => {
  it('ELBIR008: says what the listener needs', () => {
    const reason = reasonOf(fixAll('ELBIR008/fail-tcp-only'), 'ELBIR008')
    expect(reason).toContain('protocol = "TLS", certificate_arn')
    expect(reason.startsWith('aws_lb.edge ')).toBe(true)
  })

  it('ELBIR009: connection logs to the bucket and prefix the access logs are written with', () => {
    expect(editsOf(fixAll('ELBIR009/fail-no-connection-logs'), 'ELBIR009')).toEqual([
      { kind: 'set-nested-block', block: { modulePath: [], mode: 'managed', type: 'aws_lb', name: 'web' }, blockType: 'connection_logs', text: 'connection_logs {\n  bucket  = aws_s3_bucket.logs.id\n  prefix  = local.log_prefix\n  enabled = true\n}' }
    ])
  })

  it('ELBIR009: a block fed by a module input is set in the module call', () => {
    expect(reasonOf(fixAll('ELBIR009/fail-dynamic-mtls-verify'), 'ELBIR009')).toContain("takes `connection_logs` from its module's input")
  })
})
