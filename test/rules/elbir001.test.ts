// ELBIR001 over facts built by hand: the access_logs block and vended deliveries of a load balancer.
import { describe, expect, it } from 'vitest'
import { Attributes } from '../../src/model/value.js'
import { accessLogsEnabled } from '../../src/rules/elbir001-access-logs-enabled.js'
import { context, instance, loadBalancer, seen } from './facts.js'

const rule = accessLogsEnabled
const block = (values: Record<string, unknown>) => new Attributes(values as never, undefined, undefined)

describe('ELBIR001 access-logs-enabled, from model facts', () => {
  it('fails a switched-off block with a line fix on `enabled`, and a missing block on the load balancer itself', () => {
    const off = loadBalancer('aws_lb.web', null, { accessLogsBlock: block({ bucket: 'acme-logs', enabled: false }) })
    expect(seen(rule.check(off, context()))).toEqual({ verdict: 'fail', message: '`access_logs` is switched off (`enabled = false`).', attribute: ['access_logs', 0, 'enabled'], lineFix: 'enabled = true' })
    expect(seen(rule.check(loadBalancer('aws_lb.web', null), context()))).toEqual({ verdict: 'fail', message: 'The load balancer has no `access_logs` block, so it writes no access logs.', attribute: [] })
  })

  it('passes logging to S3 (naming the place) or through CloudWatch vended delivery', () => {
    const on = loadBalancer('aws_lb.web', null, { s3Logging: 'yes', accessLogsBlock: block({ bucket: 'acme-logs', prefix: 'web', enabled: true }) })
    expect(seen(rule.check(on, context()))).toEqual({ verdict: 'pass', message: 'Access logs are enabled and written to `s3://acme-logs/web`.' })
    const source = instance('aws_cloudwatch_log_delivery_source.web')
    const vended = loadBalancer('aws_lb.web', null, { vendedAccessLogs: [{ source, logType: 'ALB_ACCESS_LOGS', destinations: ['s3'] }] })
    expect(seen(rule.check(vended, context()))).toEqual({ verdict: 'pass', message: 'Access logs are delivered by CloudWatch vended log delivery (`aws_cloudwatch_log_delivery_source.web`).' })
  })
})
