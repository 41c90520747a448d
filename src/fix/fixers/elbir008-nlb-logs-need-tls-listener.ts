// ELBIR008: an NLB writes access logs only for TLS listeners. A TLS listener needs a certificate, and
// which one (and which port, target group and policy) is the team's decision: never fixed, only said.
import type { Fixer } from '../types.js'
import { loadBalancerOf, unfixed } from './subject.js'

export const nlbLogsNeedTlsListenerFix: Fixer = {
  ruleId: 'ELBIR008',
  fix(finding, context) {
    const lb = loadBalancerOf(finding, context)
    const name = lb?.address ?? finding.address ?? 'the NLB'
    return unfixed(
      `${name} needs a TLS listener to write access logs, and a TLS listener needs a certificate: add an aws_lb_listener with protocol = "TLS", certificate_arn (an ACM certificate for its domain) and ssl_policy, or use VPC Flow Logs for TCP/UDP traffic`
    )
  }
}
