import type { LoadBalancer } from '../model/model.js'
import { knownString } from '../model/value.js'
import { matchesPattern } from '../util/glob.js'
import { LZA_ELB_BUCKET } from './aws-facts.js'
import { bucketLabel, unlessLogsToS3 } from './helpers.js'
import { fail, GUIDE, pass, unknown, type LoadBalancerRule, type Outcome, type RuleContext } from './types.js'
import { quote } from '../util/quoted.js'

export const accessLogsCentralized: LoadBalancerRule = {
  scope: 'load-balancer',
  meta: {
    id: 'ELBIR003',
    name: 'access-logs-centralized',
    title: 'Consolidate access logs in the Log Archive account',
    practice: 'sec16',
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: 'warning',
    rationale:
      'Logs kept in the workload account can be read, changed or deleted by whoever compromises that account; a central Log Archive account keeps the evidence out of reach and in one place for investigation.',
    remediation:
      'Point `access_logs.bucket` at the per-region ELB log bucket in the Log Archive account (for example the Landing Zone Accelerator bucket `aws-accelerator-elb-access-logs-<account>-<region>`), and list it under `logArchive.buckets` in `.elb-ir.yml`.'
  },
  check(lb: LoadBalancer, { settings }: RuleContext): Outcome {
    const skip = unlessLogsToS3(lb)
    if (skip) return skip
    const destination = lb.logDestination
    if (!destination || destination.kind === 'unknown') {
      return unknown('The log bucket is known only after apply, so whether it is the Log Archive bucket cannot be told.', { attribute: ['access_logs', 0, 'bucket'] })
    }
    const name = destination.kind === 'outside-plan' ? destination.name : knownString(destination.bucket.name)
    const label = bucketLabel(destination)
    const { buckets, accounts } = settings.logArchive
    if (name !== undefined) {
      if (buckets.some((pattern) => matchesPattern(name, pattern))) return pass(`${label} is a configured Log Archive bucket.`)
      const account = accounts.find((id) => name.includes(id))
      if (account) return pass(`${label} belongs to the configured Log Archive account ${quote(account)}.`)
      if (LZA_ELB_BUCKET.test(name)) return pass(`${label} follows the Landing Zone Accelerator Log Archive naming.`)
    }
    const fix = 'access_logs {\n  bucket  = "aws-accelerator-elb-access-logs-<log-archive-account>-<region>"\n  prefix  = "<account>/<region>/<load-balancer>"\n  enabled = true\n}'
    const configured = buckets.length > 0 || accounts.length > 0
    if (destination.kind === 'outside-plan') {
      if (!configured) return pass(`${label} is not managed in this plan and is taken to be central; list it under \`logArchive.buckets\` in .elb-ir.yml to check it.`)
      return fail(`${label} is none of the configured Log Archive buckets or accounts.`, { attribute: ['access_logs', 0, 'bucket'], fix })
    }
    const assumed = destination.bucket.account
    const own = lb.account
    if (assumed && assumed !== 'unknown' && assumed !== own) {
      if (!configured || accounts.length === 0 || accounts.includes(assumed)) return pass(`${label} is managed through a provider that assumes a role in account ${quote(assumed)}.`)
    }
    if (assumed === 'unknown' && name === undefined) return unknown(`${label} is managed through a provider whose role is known only after apply.`)
    return fail(`${label} is created beside the load balancer, in the workload's own account, not in the Log Archive account.`, { attribute: ['access_logs', 0, 'bucket'], fix })
  }
}
