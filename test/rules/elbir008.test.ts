// ELBIR008 over facts built by hand: an NLB's listeners and their protocols.
import { describe, expect, it } from 'vitest'
import { nlbLogsNeedTlsListener } from '../../src/rules/elbir008-nlb-logs-need-tls-listener.js'
import { bucket, context, instance, loadBalancer, seen } from './facts.js'

const rule = nlbLogsNeedTlsListener
const logs = bucket('aws_s3_bucket.logs', 'acme-nlb-logs')
const listener = (name: string, protocol: string | null) => instance(`aws_lb_listener.${name}`, protocol === null ? {} : { protocol }, protocol === null ? { protocol: true } : {})

describe('ELBIR008 nlb-logs-need-tls-listener, from model facts', () => {
  it('passes an NLB with a TLS listener and fails one with TCP listeners only, blaming the first listener', () => {
    const tls = loadBalancer('aws_lb.edge', logs, { kind: 'network', listeners: [listener('tcp', 'TCP'), listener('tls', 'TLS')] })
    expect(seen(rule.check(tls, context()))).toEqual({ verdict: 'pass', message: '`aws_lb_listener.tls` is a TLS listener, so access logs are written.' })
    const tcp = loadBalancer('aws_lb.edge', logs, { kind: 'network', listeners: [listener('tcp', 'TCP'), listener('udp', 'UDP')] })
    expect(seen(rule.check(tcp, context()))).toEqual({
      verdict: 'fail',
      message: 'Access logging is on but the NLB has no TLS listener (`aws_lb_listener.tcp`: `TCP`, `aws_lb_listener.udp`: `UDP`), so no access logs are written.',
      target: 'aws_lb_listener.tcp',
      attribute: ['protocol']
    })
  })

  it('is unknown while a protocol is known only after apply, and not applicable to an ALB', () => {
    const open = loadBalancer('aws_lb.edge', logs, { kind: 'network', listeners: [listener('later', null)] })
    expect(seen(rule.check(open, context()))).toEqual({ verdict: 'unknown', message: 'The protocol of `aws_lb_listener.later` is known only after apply.', target: 'aws_lb_listener.later', attribute: ['protocol'] })
    expect(rule.check(loadBalancer('aws_lb.web', logs), context()).verdict).toBe('not-applicable')
  })
})
