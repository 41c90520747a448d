import type { LoadBalancer } from '../model/model.js'
import { knownString } from '../model/value.js'
import { fail, GUIDE, notApplicable, pass, unknown, type LoadBalancerRule, type Outcome } from './types.js'
import { quote } from '../util/quoted.js'

export const connectionLogsForMtls: LoadBalancerRule = {
  scope: 'load-balancer',
  meta: {
    id: 'ELBIR009',
    name: 'connection-logs-for-mtls',
    title: 'Keep connection logs for an ALB with mutual TLS',
    practice: 'sec15',
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: 'notice',
    rationale:
      'With mutual TLS, the client certificate (subject, serial, validity) and the verification result appear only in connection logs; without them a compromised or revoked client certificate cannot be traced.',
    remediation: 'Add a `connection_logs` block with `enabled = true` and the same log bucket.'
  },
  check(lb: LoadBalancer): Outcome {
    if (lb.kind !== 'application') return notApplicable('Connection logs exist only for Application Load Balancers.')
    const modes = lb.mutualTls
    const verify = modes.find((m) => knownString(m.mode) === 'verify')
    const maybe = modes.find((m) => m.mode.kind === 'unknown')
    if (!verify && !maybe) return notApplicable('No listener of this load balancer verifies client certificates (mutual TLS).')
    const block = lb.instance.attrs.block(['connection_logs'])
    if (block === 'unknown') return unknown('`connection_logs` is known only after apply.', { attribute: ['connection_logs'] })
    const enabled = block?.get(['enabled'])
    if (enabled?.kind === 'unknown') return unknown('Whether connection logs are enabled is known only after apply.', { attribute: ['connection_logs', 0, 'enabled'] })
    if (enabled?.kind === 'known' && enabled.value === true) return pass('Connection logs are enabled for the mutual-TLS listener.')
    if (!verify) return unknown(`The mutual TLS mode of ${quote(maybe!.listener.address)} is known only after apply.`, { target: maybe!.listener, attribute: ['mutual_authentication', 0, 'mode'] })
    const fix = 'connection_logs {\n  bucket  = "<log-archive-bucket>"\n  prefix  = "<workload>/<environment>"\n  enabled = true\n}'
    if (block && enabled?.kind === 'known') return fail(`${quote(verify.listener.address)} verifies client certificates, but connection logs are switched off.`, { attribute: ['connection_logs', 0, 'enabled'], fix, lineFix: 'enabled = true' })
    return fail(`${quote(verify.listener.address)} verifies client certificates, but the load balancer keeps no connection logs.`, { attribute: block ? ['connection_logs', 0] : [], fix })
  }
}
