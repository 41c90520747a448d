// ELBIR009 over facts built by hand: listeners that verify client certificates, and the connection_logs block.
import { describe, expect, it } from 'vitest'
import { connectionLogsForMtls } from '../../src/rules/elbir009-connection-logs-for-mtls.js'
import { context, instance, known, loadBalancer, seen, UNKNOWN } from './facts.js'

const rule = connectionLogsForMtls
const https = instance('aws_lb_listener.web_https')
const withConnectionLogs = (values: Record<string, unknown>) => ({ ...loadBalancer('aws_lb.web', null), instance: instance('aws_lb.web', values as never) })

describe('ELBIR009 connection-logs-for-mtls, from model facts', () => {
  it('fails an ALB that verifies client certificates without connection logs, and passes one with them', () => {
    const none = { ...withConnectionLogs({}), mutualTls: [{ listener: https, mode: known('verify') }] }
    expect(seen(rule.check(none, context()))).toEqual({ verdict: 'fail', message: '`aws_lb_listener.web_https` verifies client certificates, but the load balancer keeps no connection logs.', attribute: [] })
    const off = { ...withConnectionLogs({ connection_logs: [{ bucket: 'acme-logs', enabled: false }] }), mutualTls: none.mutualTls }
    expect(seen(rule.check(off, context()))).toMatchObject({ verdict: 'fail', attribute: ['connection_logs', 0, 'enabled'], lineFix: 'enabled = true' })
    const on = { ...withConnectionLogs({ connection_logs: [{ bucket: 'acme-logs', enabled: true }] }), mutualTls: none.mutualTls }
    expect(seen(rule.check(on, context()))).toEqual({ verdict: 'pass', message: 'Connection logs are enabled for the mutual-TLS listener.' })
  })

  it('is unknown when the mode is known only after apply, and not applicable without mutual TLS', () => {
    const maybe = { ...withConnectionLogs({}), mutualTls: [{ listener: https, mode: UNKNOWN }] }
    expect(seen(rule.check(maybe, context()))).toEqual({ verdict: 'unknown', message: 'The mutual TLS mode of `aws_lb_listener.web_https` is known only after apply.', target: 'aws_lb_listener.web_https', attribute: ['mutual_authentication', 0, 'mode'] })
    expect(rule.check(withConnectionLogs({}), context()).verdict).toBe('not-applicable')
  })
})
