// ELBIR007: a playbook section on engaging AWS during an incident, listed in the configuration so the
// rule reads it. The channels are those of the AWS ELB best practices guide and the AWS incident
// response playbooks (aws-elb-facts E.2, E.3); an existing file of that name is kept as it is.
import type { Fixer } from '../types.js'
import { fixed, unfixed } from './subject.js'

export const PLAYBOOK_PATH = 'docs/incident-response/aws-engagement.md'

export const AWS_ENGAGEMENT_PLAYBOOK = `# Engaging AWS during a security incident

This section of the incident-response playbook says whom to contact at AWS, when, and with what,
for incidents that involve the Elastic Load Balancing load balancers of this repository. Keep it next
to the other playbooks and review it with them.

## Before an incident

- Keep the account's security contact current (AWS account settings, alternate contact \`SECURITY\`),
  so that AWS can reach the security team.
- Know the AWS Support plan of each account: the AWS Shield Response Team (SRT) is engaged with
  Business or Enterprise Support, together with Shield Advanced.
- With Shield Advanced: enable proactive engagement (with Route 53 health checks on the protected
  load balancers) and grant the SRT access through its IAM role, and to the access-log buckets.
- Make sure access logs (and connection logs for mutual TLS) are written to the Log Archive account,
  since they are the evidence AWS and the responders will ask for.

## Whom to contact

| Situation | Contact | How |
|---|---|---|
| Suspected compromise of AWS infrastructure, or a vulnerability in an AWS service | AWS Security | aws-security@amazon.com, or https://aws.amazon.com/security/vulnerability-reporting/ |
| Forensics and incident response help (P1/P2) | AWS Customer Incident Response Team (CIRT) | Open an AWS Support case (severity Critical or Urgent) asking for the CIRT, or a case in the AWS Security Incident Response service (https://console.aws.amazon.com/security-ir/). Every customer can ask for the CIRT through a support case, whatever the support plan. |
| DDoS attack in progress against a load balancer protected by Shield Advanced | AWS Shield Response Team (SRT) | Shield console "Contact the SRT", or a Critical support case with the Shield event ID: https://docs.aws.amazon.com/waf/latest/developerguide/ddos-responding.html#ddos-responding-contact-support |
| Root user or account credentials compromised | AWS Support | A Critical support case; see the CIRT row |
| Abuse coming from, or aimed at, AWS resources | AWS Trust & Safety | https://support.aws.amazon.com/#/contacts/report-abuse |
| Compliance questions during or after an incident | AWS Compliance | https://pages.awscloud.com/compliance-contact-us.html |
| Planned security testing or simulated events that AWS could mistake for an attack | AWS Support | https://support.console.aws.amazon.com/support/contacts#/simulated-events |

Background on the CIRT: https://aws.amazon.com/blogs/security/welcoming-the-aws-customer-incident-response-team/

## Escalation

Detection, then the incident-response lead is told, then the severity is assessed. For P1/P2
incidents the AWS CIRT is engaged (support case or Security Incident Response case) and legal is told.
For a DDoS attack on a protected load balancer the SRT is engaged at once.

## What to give AWS

- The account IDs and regions affected, and the load balancer ARNs.
- The time window, the symptoms, and the Shield event ID for DDoS.
- Where the evidence is: the access-log bucket and prefix of each load balancer (files under
  \`AWSLogs/<account-id>/elasticloadbalancing/<region>/\`), connection logs, CloudTrail, VPC Flow Logs.
- What has been done so far, and whom to call back.
`

export const awsEngagementReadyFix: Fixer = {
  ruleId: 'ELBIR007',
  fix(_finding, { settings }) {
    // A playbook of that path already read, yet failing: rewriting the team's own text is for them to do.
    if (settings.playbooks.some((playbook) => playbook.path.endsWith(PLAYBOOK_PATH))) {
      return unfixed(`${PLAYBOOK_PATH} is already a playbook; add the AWS contact channels (aws-security@amazon.com, the CIRT, the SRT) to it`)
    }
    return fixed([
      { kind: 'add-file', path: PLAYBOOK_PATH, content: AWS_ENGAGEMENT_PLAYBOOK },
      { kind: 'add-playbooks', paths: [PLAYBOOK_PATH] }
    ])
  }
}
