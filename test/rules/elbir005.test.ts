// ELBIR005 over facts built by hand: analysis readers and the locations they cover, against a load balancer's logs.
import { describe, expect, it } from 'vitest'
import type { AnalysisReader } from '../../src/model/model.js'
import { accessLogsAnalyzed } from '../../src/rules/elbir005-access-logs-analyzed.js'
import { bucket, context, instance, known, loadBalancer, seen, UNKNOWN } from './facts.js'

const rule = accessLogsAnalyzed
const logs = bucket('aws_s3_bucket.logs', 'acme-logs')
const checkout = loadBalancer('aws_lb.checkout', logs, { logPrefix: { value: known('checkout'), references: ['local.checkout_prefix'] } })
const storefront = loadBalancer('aws_lb.storefront', logs, { logPrefix: { value: known('storefront'), references: ['local.storefront_prefix'] } })
const table = instance('aws_glue_catalog_table.alb_logs')

function reader(location: string | 'unknown', facts: { buckets?: typeof logs.instance[]; references?: string[]; unresolved?: boolean } = {}): AnalysisReader {
  const value = location === 'unknown' ? UNKNOWN : known(location)
  return { resource: table, locations: [{ path: ['storage_descriptor', 0, 'location'], value, buckets: facts.buckets ?? [], unresolved: facts.unresolved ?? false, references: facts.references ?? [] }] }
}

describe('ELBIR005 access-logs-analyzed, from model facts', () => {
  it('passes for a table at the prefix, at the bucket root, or inside AWSLogs/ of the prefix', () => {
    for (const location of ['s3://acme-logs/checkout/', 's3://acme-logs/', 's3://acme-logs/checkout/AWSLogs/444455556666/elasticloadbalancing/eu-west-1/']) {
      const outcome = rule.check(checkout, context({ loadBalancers: [checkout], analysisReaders: [reader(location)] }))
      expect(seen(outcome), location).toEqual({ verdict: 'pass', message: '`aws_glue_catalog_table.alb_logs` reads the access logs in `acme-logs` (`aws_s3_bucket.logs`).' })
    }
  })

  it("fails when the only table reads another load balancer's prefix, and the fix shows where the logs are", () => {
    const outcome = rule.check(checkout, context({ loadBalancers: [checkout, storefront], analysisReaders: [reader('s3://acme-logs/storefront/AWSLogs/')] }))
    expect(seen(outcome)).toEqual({
      verdict: 'fail',
      message: 'No Athena/Glue table, crawler or named query reads the access logs in `acme-logs` (`aws_s3_bucket.logs`) under `checkout/AWSLogs/`, and no analysis tool is declared.',
      attribute: ['access_logs', 0, 'bucket']
    })
    expect(outcome.fix).toContain('location = "s3://acme-logs/checkout/AWSLogs/<account-id>/elasticloadbalancing/<region>/"')
  })

  it('takes a location known after apply that refers to the log bucket: alone in it, or built from the same prefix', () => {
    const afterApply = reader('unknown', { buckets: [logs.instance], references: ['local.checkout_prefix', 'aws_s3_bucket.logs.id'] })
    expect(rule.check(checkout, context({ loadBalancers: [checkout], analysisReaders: [afterApply] })).verdict).toBe('pass')
    expect(rule.check(checkout, context({ loadBalancers: [checkout, storefront], analysisReaders: [afterApply] })).verdict).toBe('pass')
    const shared = rule.check(storefront, context({ loadBalancers: [checkout, storefront], analysisReaders: [afterApply] }))
    expect(seen(shared)).toEqual({
      verdict: 'unknown',
      message: "An analysis resource's location or this load balancer's log prefix is known only after apply, so whether it reads the logs in `acme-logs` (`aws_s3_bucket.logs`) cannot be told."
    })
  })

  it('passes with a declared analysis tool or CloudWatch delivery, and is not applicable with logs off', () => {
    expect(seen(rule.check(checkout, context({ loadBalancers: [checkout] }, { analysisTool: 'Splunk' })))).toEqual({ verdict: 'pass', message: 'Access logs are analyzed by `Splunk` (declared in the configuration).' })
    const vended = loadBalancer('aws_lb.web', null, { vendedAccessLogs: [{ source: instance('aws_cloudwatch_log_delivery_source.web'), logType: 'ALB_ACCESS_LOGS', destinations: ['cloudwatch'] }] })
    expect(rule.check(vended, context()).verdict).toBe('pass')
    expect(seen(rule.check(loadBalancer('aws_lb.web', null), context()))).toEqual({ verdict: 'not-applicable', message: 'Access logs are off (see ELBIR001).' })
  })
})
