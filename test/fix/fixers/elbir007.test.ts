// ELBIR007's fixer: a playbook on engaging AWS, which the rule accepts once it is listed.
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../src/config/settings.js'
import { AWS_ENGAGEMENT_PLAYBOOK, PLAYBOOK_PATH } from '../../../src/fix/fixers/elbir007-aws-engagement-ready.js'
import { awsEngagementReady } from '../../../src/rules/elbir007-aws-engagement-ready.js'
import { editsOf, fixAll } from './harness.js'

describe('ELBIR007 fixer', () => {
  it('adds the playbook and lists it, and the rule then passes', () => {
    const run = fixAll('ELBIR007/fail-nothing')
    expect(editsOf(run, 'ELBIR007')).toEqual([
      { kind: 'add-file', path: 'docs/incident-response/aws-engagement.md', content: AWS_ENGAGEMENT_PLAYBOOK },
      { kind: 'add-playbooks', paths: ['docs/incident-response/aws-engagement.md'] }
    ])
    const settings = { ...defaultSettings(), playbooks: [{ path: PLAYBOOK_PATH, text: AWS_ENGAGEMENT_PLAYBOOK }] }
    expect(awsEngagementReady.check({ model: run.model, settings }).verdict).toBe('pass')
  })

  it('names every AWS contact channel of the guide', () => {
    for (const channel of ['aws-security@amazon.com', 'https://aws.amazon.com/security/vulnerability-reporting/', 'https://support.aws.amazon.com/#/contacts/report-abuse', 'https://pages.awscloud.com/compliance-contact-us.html', 'https://support.console.aws.amazon.com/support/contacts#/simulated-events', 'ddos-responding-contact-support', 'welcoming-the-aws-customer-incident-response-team']) {
      expect(AWS_ENGAGEMENT_PLAYBOOK).toContain(channel)
    }
  })
})
