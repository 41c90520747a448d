import { AWS_CONTACT_CHANNELS } from './aws-facts.js'
import { fail, GUIDE, notApplicable, pass, unknown, type Outcome, type PlanRule, type RuleContext } from './types.js'
import { quote } from '../util/quoted.js'

/** What a playbook must name to count as "includes contacting AWS". */
const CHANNELS: { name: string; pattern: RegExp }[] = [
  { name: 'AWS Security (aws-security@amazon.com)', pattern: /aws-security@amazon\.com/i },
  { name: 'the AWS Customer Incident Response Team (CIRT)', pattern: /Customer Incident Response Team|\bCIRT\b/i },
  { name: 'the AWS Shield Response Team (SRT)', pattern: /Shield Response Team|\bSRT\b/ }
]

export const awsEngagementReady: PlanRule = {
  scope: 'plan',
  meta: {
    id: 'ELBIR007',
    name: 'aws-engagement-ready',
    title: 'Include contacting AWS in your security incident playbooks',
    practice: 'sec18',
    helpUri: `${GUIDE}#engage-aws-security`,
    defaultSeverity: 'notice',
    rationale:
      'During an active event, knowing how to reach AWS Security, the Customer Incident Response Team and, for DDoS, the Shield Response Team saves the hours otherwise spent finding out.',
    remediation: `Add the AWS contact channels to your incident playbooks and list the files under \`playbooks\` in \`.elb-ir.yml\`:\n${AWS_CONTACT_CHANNELS.map((c) => `- ${c}`).join('\n')}\nWith Shield Advanced, enable proactive engagement (aws_shield_proactive_engagement) and grant the SRT access (aws_shield_drt_access_role_arn_association).`
  },
  check({ model, settings }: RuleContext): Outcome {
    if (model.loadBalancers.length === 0) return notApplicable('The plan has no load balancer.')
    if (settings.playbooks.length > 0) {
      const text = settings.playbooks.map((p) => p.text).join('\n')
      const missing = CHANNELS.filter((c) => !c.pattern.test(text)).map((c) => c.name)
      const files = settings.playbooks.map((p) => quote(p.path)).join(', ')
      if (missing.length === 0) return pass(`The playbooks (${files}) name the AWS contact channels.`)
      return fail(`The playbooks (${files}) do not name ${missing.join(', ')}.`, { fix: AWS_CONTACT_CHANNELS.map((c) => `- ${c}`).join('\n') })
    }
    const { proactive, drtAccess } = model.shield
    for (const { resource, enabled } of proactive) {
      if (enabled.kind === 'known' && enabled.value === true) return pass(`Shield Advanced proactive engagement is enabled (${quote(resource.address)}): the Shield Response Team contacts your emergency contacts.`)
    }
    const drt = drtAccess[0]
    if (drt) return pass(`The Shield Response Team is granted access (${quote(drt.address)}).`)
    const unsure = proactive.find(({ enabled }) => enabled.kind === 'unknown')?.resource
    if (unsure) return unknown(`Whether Shield proactive engagement is enabled (${quote(unsure.address)}) is known only after apply.`, { target: unsure, attribute: ['enabled'] })
    return fail(`Nothing in the plan shows how to engage AWS during an incident. Make sure your playbooks name the AWS contact channels (${AWS_CONTACT_CHANNELS.length} listed in the fix) and list them under \`playbooks\` in .elb-ir.yml.`, {
      fix: `# .elb-ir.yml\nplaybooks:\n  - docs/incident-response/*.md\n\n# The playbooks should name:\n${AWS_CONTACT_CHANNELS.map((c) => `#  - ${c}`).join('\n')}`
    })
  }
}
