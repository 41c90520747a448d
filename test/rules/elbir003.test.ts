// ELBIR003 over facts built by hand: the accounts the providers of the bucket and the load balancer act in.
import { describe, expect, it } from 'vitest'
import { accessLogsCentralized } from '../../src/rules/elbir003-access-logs-centralized.js'
import { bucket, context, loadBalancer, seen } from './facts.js'

const rule = accessLogsCentralized

describe('ELBIR003 access-logs-centralized, from model facts', () => {
  it('fails a bucket created beside the load balancer in the same account', () => {
    const outcome = rule.check(loadBalancer('aws_lb.shop', bucket('aws_s3_bucket.logs', 'acme-shop-logs')), context())
    expect(seen(outcome)).toEqual({
      verdict: 'fail',
      message: "`acme-shop-logs` (`aws_s3_bucket.logs`) is created beside the load balancer, in the workload's own account, not in the Log Archive account.",
      attribute: ['access_logs', 0, 'bucket']
    })
  })

  it('passes a bucket whose provider assumes a role in another account, unless the configured accounts exclude it', () => {
    const lb = loadBalancer('aws_lb.shop', bucket('aws_s3_bucket.logs', 'acme-shop-logs', { account: '111122223333' }), { account: '444455556666' })
    expect(seen(rule.check(lb, context()))).toEqual({ verdict: 'pass', message: '`acme-shop-logs` (`aws_s3_bucket.logs`) is managed through a provider that assumes a role in account `111122223333`.' })
    const elsewhere = rule.check(lb, context({}, { logArchive: { buckets: [], accounts: ['999988887777'] } }))
    expect(elsewhere.verdict).toBe('fail')
  })

  it('is unknown when the role is known only after apply and the bucket name too', () => {
    const unnamed = { ...bucket('aws_s3_bucket.logs', 'x', { account: 'unknown' }), name: { kind: 'unknown' } as const }
    expect(seen(rule.check(loadBalancer('aws_lb.shop', unnamed), context()))).toEqual({ verdict: 'unknown', message: '`aws_s3_bucket.logs` is managed through a provider whose role is known only after apply.' })
  })
})
