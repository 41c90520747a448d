import type { LoadBalancer } from '../model/model.js'
import { knownString } from '../model/value.js'
import { loggingState } from './helpers.js'
import { fail, GUIDE, notApplicable, pass, unknown, type LoadBalancerRule, type Outcome } from './types.js'
import { quote } from '../util/quoted.js'

export const nlbLogsNeedTlsListener: LoadBalancerRule = {
  scope: 'load-balancer',
  meta: {
    id: 'ELBIR008',
    name: 'nlb-logs-need-tls-listener',
    title: 'NLB access logs are written only for TLS listeners',
    practice: 'sec15',
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: 'warning',
    rationale:
      'A Network Load Balancer writes access logs only for TLS listeners; with TCP or UDP listeners alone, logging looks enabled but the bucket stays empty, and there is nothing to investigate when an incident comes.',
    remediation: 'Terminate TLS on the NLB (a listener with `protocol = "TLS"`, a certificate and an SSL policy), or use VPC Flow Logs for TCP/UDP traffic.'
  },
  check(lb: LoadBalancer): Outcome {
    if (lb.kind !== 'network') return notApplicable('Only Network Load Balancers need a TLS listener for access logs.')
    if (loggingState(lb) === 'no') return notApplicable('Access logs are off (see ELBIR001).')
    const protocols = lb.listeners.map((listener) => ({ listener, protocol: listener.attrs.get(['protocol']) }))
    const tls = protocols.find((p) => knownString(p.protocol) === 'TLS')
    if (tls) return pass(`${quote(tls.listener.address)} is a TLS listener, so access logs are written.`)
    const open = protocols.find((p) => p.protocol.kind === 'unknown')
    if (open) return unknown(`The protocol of ${quote(open.listener.address)} is known only after apply.`, { target: open.listener, attribute: ['protocol'] })
    const untraced = lb.untracedListeners.find((listener) => knownString(listener.attrs.get(['protocol'])) !== 'TCP' && knownString(listener.attrs.get(['protocol'])) !== 'UDP')
    if (untraced) return unknown(`Which load balancer ${quote(untraced.address)} belongs to is known only after apply (the plan has no configuration to trace it).`, { target: untraced, attribute: ['load_balancer_arn'] })
    const fix = 'resource "aws_lb_listener" "tls" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 443\n  protocol          = "TLS"\n  certificate_arn   = aws_acm_certificate.this.arn\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.this.arn\n  }\n}'
    if (protocols.length === 0) return fail('Access logging is on but the plan gives the NLB no listener, and an NLB logs only TLS connections.', { attribute: ['access_logs', 0], fix })
    const first = protocols[0]
    return fail(`Access logging is on but the NLB has no TLS listener (${protocols.map((p) => `${quote(p.listener.address)}: ${quote(knownString(p.protocol) ?? 'TCP')}`).join(', ')}), so no access logs are written.`, {
      target: first.listener,
      attribute: ['protocol'],
      fix
    })
  }
}
