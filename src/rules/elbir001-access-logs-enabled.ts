import type { LoadBalancer } from '../model/model.js'
import { displayValue } from '../model/value.js'
import { fail, GUIDE, notApplicable, pass, unknown, type LoadBalancerRule } from './types.js'
import { quote } from '../util/quoted.js'
import { prefixAttribute } from './helpers.js'

const FIX_LB = `access_logs {
  bucket  = "<log-archive-bucket>"
  prefix  = "<workload>/<environment>"
  enabled = true
}`
const FIX_ELB = `access_logs {
  bucket        = "<log-archive-bucket>"
  bucket_prefix = "<workload>/<environment>"
  interval      = 5
}`

export const accessLogsEnabled: LoadBalancerRule = {
  scope: 'load-balancer',
  meta: {
    id: 'ELBIR001',
    name: 'access-logs-enabled',
    title: 'Enable access logs',
    practice: 'sec15',
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: 'error',
    rationale:
      'Without access logs there is no record of who sent which requests to the load balancer, and responders cannot scope an incident or find its source.',
    remediation:
      'Add an `access_logs` block with `enabled = true` and a bucket (for `aws_lb`, `enabled` defaults to false even when a bucket is set), or deliver the logs through CloudWatch vended log delivery.'
  },
  check(lb: LoadBalancer) {
    if (lb.kind === 'gateway') return notApplicable('Gateway Load Balancers have no access logs.')
    const fix = lb.kind === 'classic' ? FIX_ELB : FIX_LB
    const vended = lb.vendedAccessLogs[0]
    if (lb.s3Logging === 'yes') {
      const block = lb.accessLogsBlock !== 'unknown' && lb.accessLogsBlock ? lb.accessLogsBlock : null
      const prefix = block?.get([prefixAttribute(lb)])
      const where = block ? quote(`s3://${displayValue(block.get(['bucket']))}${prefix?.kind === 'known' && prefix.value ? `/${displayValue(prefix)}` : ''}`) : 'S3'
      return pass(`Access logs are enabled and written to ${where}.`)
    }
    if (vended) return pass(`Access logs are delivered by CloudWatch vended log delivery (${quote(vended.source.address)}).`)
    const untraced = lb.untracedVendedSources[0]
    if (untraced) return unknown(`Whether ${quote(untraced.address)} delivers this load balancer's access logs is known only after apply (the plan has no configuration to trace it).`)
    if (lb.s3Logging === 'unknown') {
      const attribute = lb.accessLogsBlock === 'unknown' ? ['access_logs'] : ['access_logs', 0, 'enabled']
      return unknown('Whether access logs are enabled is known only after apply: `access_logs` depends on values computed during apply.', { attribute })
    }
    const block = lb.accessLogsBlock
    if (block === null || block === 'unknown') {
      return fail('The load balancer has no `access_logs` block, so it writes no access logs.', { attribute: [], fix })
    }
    const enabled = block.get(['enabled'])
    if (enabled.kind === 'absent') {
      return fail('`access_logs` names a bucket but does not set `enabled = true`; for `' + lb.instance.type + '` it defaults to false, even with a bucket, so no logs are written.', {
        attribute: ['access_logs', 0],
        fix
      })
    }
    if (enabled.kind === 'known' && enabled.value !== true) {
      return fail('`access_logs` is switched off (`enabled = false`).', { attribute: ['access_logs', 0, 'enabled'], fix, lineFix: 'enabled = true' })
    }
    return fail('`access_logs` has an empty bucket, so no logs can be written.', { attribute: ['access_logs', 0, 'bucket'], fix })
  }
}
