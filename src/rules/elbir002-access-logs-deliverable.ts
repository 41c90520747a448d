import type { Bucket, EncryptionSetting, LoadBalancer, PolicyDocument } from '../model/model.js'
import type { ResourceInstance } from '../model/plan-index.js'
import { allowsAction, type Statement } from '../model/policy.js'
import { displayValue, knownString, type PathStep } from '../model/value.js'
import { ELB_ACCOUNTS, ELB_LOG_DELIVERY_SERVICE, KNOWN_ELB_ACCOUNT_IDS, LOG_DELIVERY_SERVICE } from './aws-facts.js'
import { bucketLabel, localAddress, prefixAttribute, unlessLogsToS3 } from './helpers.js'
import { fail, GUIDE, notApplicable, pass, unknown, type LoadBalancerRule, type Outcome } from './types.js'
import { quote } from '../util/quoted.js'

/** What a delivery problem is about: the fix of each is its own (src/fix/fixers/). */
export type DeliveryConcern = 'prefix' | 'region' | 'encryption' | 'key-policy' | 'bucket-policy' | 'ordering'

export interface Problem {
  concern: DeliveryConcern
  message: string
  target?: ResourceInstance
  attribute?: PathStep[]
  fix?: string
  lineFix?: string
}

export const accessLogsDeliverable: LoadBalancerRule = {
  scope: 'load-balancer',
  meta: {
    id: 'ELBIR002',
    name: 'access-logs-deliverable',
    title: 'Access logs can actually be written',
    practice: 'sec15',
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: 'error',
    rationale:
      'When the bucket is in another region, encrypted with KMS (ALB, classic) or with the AWS managed KMS key (NLB), its policy names the wrong principal, or the prefix contains "AWSLogs", the apply fails with "Access Denied for bucket" or the logs silently never arrive, and the evidence is missing when an incident comes.',
    remediation:
      'Keep the bucket in the load balancer\'s region with SSE-S3 (AES256) encryption (NLB: or SSE-KMS with a customer managed key whose policy allows delivery.logs.amazonaws.com), grant s3:PutObject to the right principal (ALB/classic: the regional ELB account or logdelivery.elasticloadbalancing.amazonaws.com; NLB: delivery.logs.amazonaws.com), keep "AWSLogs" out of the prefix, and make the load balancer depend on the bucket policy.'
  },
  check(lb: LoadBalancer): Outcome {
    const skip = unlessLogsToS3(lb)
    if (skip) return skip
    const destination = lb.logDestination
    const problems: Problem[] = []
    // The prefix rule ("must not include AWSLogs", aws-elb-facts A.3) depends on the load balancer
    // alone, so it is judged even when the bucket is unknown or managed elsewhere.
    checkPrefix(lb, problems)
    if (!destination || destination.kind === 'unknown') {
      if (problems.length > 0) return failWith('the log bucket', problems)
      return unknown('The log bucket is known only after apply and cannot be matched to a bucket in the plan.', { attribute: ['access_logs', 0, 'bucket'] })
    }
    if (destination.kind === 'outside-plan') {
      if (problems.length > 0) return failWith(bucketLabel(destination), problems)
      return notApplicable(`The log bucket ${bucketLabel(destination)} is not managed in this plan; its region, encryption and policy are checked where it is managed.`)
    }
    const unknowns: string[] = []
    problems.push(...bucketProblems(lb, destination.bucket, unknowns))
    const label = bucketLabel(destination)
    if (problems.length > 0) return failWith(label, problems)
    if (unknowns.length > 0) return unknown(`Delivery to ${label} depends on values known only after apply: ${unknowns.join('; ')}.`)
    return pass(`${label} is in the same region, uses a supported encryption and grants the right principal.`)
  }
}

/**
 * What keeps a load balancer's access logs from reaching a bucket of the plan: the prefix, and the
 * bucket's region, encryption, policy and the order of creation (the prefix alone for a bucket outside
 * the plan). Parts known only after apply are named in `unknowns`.
 */
export function deliveryProblems(lb: LoadBalancer, bucket: Bucket | undefined, unknowns: string[] = []): Problem[] {
  const problems: Problem[] = []
  checkPrefix(lb, problems)
  if (bucket) problems.push(...bucketProblems(lb, bucket, unknowns))
  return problems
}

function bucketProblems(lb: LoadBalancer, bucket: Bucket, unknowns: string[]): Problem[] {
  const problems: Problem[] = []
  checkRegion(lb, bucket, problems, unknowns)
  checkEncryption(lb, bucket, problems, unknowns)
  checkPolicy(lb, bucket, problems, unknowns)
  checkOrdering(lb, bucket, problems)
  return problems
}

function failWith(label: string, problems: Problem[]): Outcome {
  const [first] = problems
  const message = problems.length === 1 ? `Logs cannot be delivered to ${label}: ${first.message}` : `Logs cannot be delivered to ${label}: ${problems.map((p, i) => `(${i + 1}) ${p.message}`).join(' ')}`
  return fail(message, { target: first.target, attribute: first.attribute, fix: problems.map((p) => p.fix).filter(Boolean).join('\n\n') || undefined, lineFix: problems.length === 1 ? first.lineFix : undefined })
}

function checkRegion(lb: LoadBalancer, bucket: Bucket, problems: Problem[], unknowns: string[]): void {
  const bucketRegion = bucket.region
  if (lb.region === 'unknown' || bucketRegion === 'unknown') {
    unknowns.push('the region of the bucket or the load balancer')
    return
  }
  if (lb.region && bucketRegion && lb.region !== bucketRegion) {
    problems.push({
      concern: 'region',
      message: `the bucket is in ${quote(bucketRegion)} but the load balancer is in ${quote(lb.region)}; ELB writes access logs only to a bucket in its own region.`,
      target: bucket.instance,
      attribute: bucket.regionWritten ? ['region'] : ['bucket'],
      fix: `# Create the log bucket with a provider for ${lb.region}:\nresource "aws_s3_bucket" "${bucket.instance.name}" {\n  provider = aws.${lb.region.replace(/-/g, '_')}\n  bucket   = "<name>-${lb.region}"\n}`
    })
  }
}

function checkEncryption(lb: LoadBalancer, bucket: Bucket, problems: Problem[], unknowns: string[]): void {
  // Without any setting, S3 applies SSE-S3 by default.
  for (const setting of bucket.encryption) {
    const { holder, path, algorithm } = setting
    if (algorithm.kind === 'unknown') {
      unknowns.push('the bucket encryption')
      continue
    }
    const value = knownString(algorithm)
    if (!value || value === 'AES256') continue
    const attribute = [...path, 'sse_algorithm']
    if (lb.kind !== 'network') {
      problems.push({
        concern: 'encryption',
        message: `the bucket is encrypted with ${quote(value)}; ${lb.kind === 'classic' ? 'Classic Load Balancers' : 'Application Load Balancers'} support only SSE-S3, so the apply fails with "Access Denied for bucket".`,
        target: holder,
        attribute,
        fix: 'apply_server_side_encryption_by_default {\n  sse_algorithm = "AES256"\n}',
        lineFix: 'sse_algorithm = "AES256"'
      })
      continue
    }
    // NLB: SSE-KMS works only with a customer managed key whose key policy lets
    // delivery.logs.amazonaws.com use it; "you can't use AWS managed keys" (aws-elb-facts A.3).
    // An empty or missing kms_master_key_id (the provider plans "") means S3's AWS managed key aws/s3.
    const keyAttribute = [...path, 'kms_master_key_id']
    const key = setting.kmsKey
    const keyText = knownString(key) ?? ''
    if (key.kind === 'unknown' || (keyText !== '' && !AWS_MANAGED_S3_KEY.test(keyText))) {
      checkKeyPolicy(setting, problems, unknowns)
      continue
    }
    const configured = keyText !== '' || setting.kmsKeyWritten
    problems.push({
      concern: 'encryption',
      message: `the bucket uses SSE-KMS with the AWS managed key aws/s3${keyText === '' ? ' (no kms_master_key_id)' : ''}; NLB log delivery to an SSE-KMS bucket needs a customer managed key whose key policy lets ${LOG_DELIVERY_SERVICE} use it (or SSE-S3).`,
      target: holder,
      attribute: configured ? keyAttribute : attribute,
      fix: NLB_KMS_FIX
    })
  }
}

/**
 * A customer managed key made in this plan: its key policy must let delivery.logs.amazonaws.com use it
 * (kms:GenerateDataKey* above all, which S3 calls for each log object; aws-elb-facts A.3). A key without
 * a policy gets the default key policy, which grants the account alone. A key outside the plan is judged
 * where it is managed.
 */
function checkKeyPolicy(setting: EncryptionSetting, problems: Problem[], unknowns: string[]): void {
  if (!setting.customerKey) return
  const { instance: key, policies } = setting.customerKey
  const wantsDelivery = (type: string, id: string) => (type === 'Service' && id === LOG_DELIVERY_SERVICE) || ((type === '*' || type === 'AWS') && id === '*')
  let sawUnknown = false
  for (const policy of policies) {
    const statements = policy.statements
    if (statements === 'unknown') {
      sawUnknown = true
      continue
    }
    for (const statement of statements ?? []) {
      const grant = grants(statement, wantsDelivery, 'kms:GenerateDataKey')
      if (grant === true) return
      if (grant === 'unknown') sawUnknown = true
    }
  }
  if (sawUnknown) {
    unknowns.push('the key policy of the bucket\'s KMS key')
    return
  }
  const [policy] = policies
  problems.push({
    concern: 'key-policy',
    message: `the bucket's KMS key ${quote(key.address)} ${policies.length === 0 ? 'has the default key policy, which' : 'has a key policy that'} does not let ${LOG_DELIVERY_SERVICE} use it (kms:GenerateDataKey*), so NLB log delivery cannot encrypt the log files.`,
    target: policy?.holder ?? key,
    attribute: policy ? [policy.attribute] : [],
    fix: KEY_POLICY_FIX
  })
}

/** The key policy statement that lets log delivery use a customer managed key. */
const LOG_DELIVERY_KEY_STATEMENT = `statement {
  sid       = "AllowLogDelivery"
  actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
  resources = ["*"]
  principals {
    type        = "Service"
    identifiers = ["${LOG_DELIVERY_SERVICE}"]
  }
}`

const KEY_POLICY_FIX = `# Add to the key policy:
${LOG_DELIVERY_KEY_STATEMENT}`

/** The AWS managed S3 key, by alias name or alias ARN. */
const AWS_MANAGED_S3_KEY = /(^|:)alias\/aws\/s3$/

const NLB_KMS_FIX = `# Either SSE-S3:
apply_server_side_encryption_by_default {
  sse_algorithm = "AES256"
}

# or a customer managed key that the log delivery service may use:
apply_server_side_encryption_by_default {
  sse_algorithm     = "aws:kms"
  kms_master_key_id = aws_kms_key.logs.arn
}

data "aws_iam_policy_document" "logs_key" {
  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::<account-id>:root"]
    }
  }
${LOG_DELIVERY_KEY_STATEMENT.replace(/^/gm, '  ')}
}

resource "aws_kms_key" "logs" {
  description         = "NLB access logs"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.logs_key.json
}`

function checkPolicy(lb: LoadBalancer, bucket: Bucket, problems: Problem[], unknowns: string[]): void {
  const holders: PolicyDocument[] = bucket.policies
  const region = lb.region && lb.region !== 'unknown' ? lb.region : undefined
  const wanted = wantedPrincipals(lb, region)
  if (holders.length === 0) {
    problems.push({
      concern: 'bucket-policy',
      message: `the bucket has no bucket policy, so ELB cannot write to it; it needs s3:PutObject for ${wanted.description}.`,
      target: bucket.instance,
      attribute: [],
      fix: policyFix(lb, bucket, region)
    })
    return
  }
  let sawUnknown = false
  const grantedOthers = new Set<string>()
  for (const { statements } of holders) {
    if (statements === 'unknown') {
      sawUnknown = true
      continue
    }
    for (const statement of statements ?? []) {
      const grant = grants(statement, wanted.matches)
      if (grant === true) return
      if (grant === 'unknown') sawUnknown = true
      for (const p of statement.principals) if (p.ids !== 'unknown' && statement.effect === 'Allow') for (const id of p.ids) grantedOthers.add(id)
    }
  }
  if (sawUnknown) {
    unknowns.push('the bucket policy')
    return
  }
  const others = [...grantedOthers].filter((id) => id === LOG_DELIVERY_SERVICE || id === ELB_LOG_DELIVERY_SERVICE || KNOWN_ELB_ACCOUNT_IDS.has(accountOf(id)))
  const holder = holders[0].holder
  problems.push({
    concern: 'bucket-policy',
    message: `the bucket policy does not grant s3:PutObject to ${wanted.description}${others.length ? ` (it grants ${others.map(quote).join(', ')}, which ${lb.kind === 'network' ? 'Application and Classic Load Balancers use' : 'NLB and vended delivery use'})` : ''}.`,
    target: holder,
    attribute: ['policy'],
    fix: policyFix(lb, bucket, region)
  })
}

function wantedPrincipals(lb: LoadBalancer, region: string | undefined): { description: string; matches: (type: string, id: string) => boolean } {
  if (lb.kind === 'network') {
    return { description: `the service ${LOG_DELIVERY_SERVICE} (NLB)`, matches: (type, id) => type === 'Service' && id === LOG_DELIVERY_SERVICE }
  }
  const account = region ? ELB_ACCOUNTS[region] : undefined
  const description = account ? `the ELB account ${account} of ${quote(region!)} or the service ${ELB_LOG_DELIVERY_SERVICE}` : `the service ${ELB_LOG_DELIVERY_SERVICE}${region ? ` (${quote(region)} has no ELB account)` : ' or the regional ELB account'}`
  return {
    description,
    matches: (type, id) => {
      if (type === 'Service') return id === ELB_LOG_DELIVERY_SERVICE
      if (type !== 'AWS') return false
      const idAccount = accountOf(id)
      return account ? idAccount === account : !region && KNOWN_ELB_ACCOUNT_IDS.has(idAccount)
    }
  }
}

function accountOf(id: string): string {
  return /^arn:[^:]+:iam::(\d{12}):root$/.exec(id)?.[1] ?? id
}

function grants(statement: Statement, matches: (type: string, id: string) => boolean, wantedAction = 's3:PutObject'): boolean | 'unknown' {
  if (statement.effect !== 'Allow') return statement.effect === 'unknown' ? 'unknown' : false
  const action = allowsAction(statement, wantedAction)
  if (action === false) return false
  let sawUnknown = action === 'unknown'
  for (const principal of statement.principals) {
    if (principal.ids === 'unknown') {
      sawUnknown = true
      continue
    }
    if (principal.ids.some((id) => matches(principal.type, id))) return action === true ? true : 'unknown'
  }
  return sawUnknown ? 'unknown' : false
}

function policyFix(lb: LoadBalancer, bucket: Bucket, region: string | undefined): string {
  const ref = `aws_s3_bucket.${bucket.instance.name}`
  const principal =
    lb.kind === 'network'
      ? `    principals {\n      type        = "Service"\n      identifiers = ["${LOG_DELIVERY_SERVICE}"]\n    }`
      : region && ELB_ACCOUNTS[region]
        ? `    principals {\n      type        = "AWS"\n      identifiers = [data.aws_elb_service_account.main.arn]\n    }`
        : `    principals {\n      type        = "Service"\n      identifiers = ["${ELB_LOG_DELIVERY_SERVICE}"]\n    }`
  return `data "aws_iam_policy_document" "elb_logs" {\n  statement {\n    actions   = ["s3:PutObject"]\n    resources = ["\${${ref}.arn}/*/AWSLogs/*"]\n${principal}\n  }\n}\n\nresource "aws_s3_bucket_policy" "elb_logs" {\n  bucket = ${ref}.id\n  policy = data.aws_iam_policy_document.elb_logs.json\n}`
}

function checkPrefix(lb: LoadBalancer, problems: Problem[]): void {
  const block = lb.accessLogsBlock
  if (!block || block === 'unknown') return
  const attribute = prefixAttribute(lb)
  const prefix = block.get([attribute])
  if (prefix.kind === 'known' && typeof prefix.value === 'string' && prefix.value.includes('AWSLogs')) {
    problems.push({
      concern: 'prefix',
      message: `the prefix ${prefix.sensitive ? '(sensitive)' : quote(displayValue(prefix))} contains "AWSLogs", which ELB refuses (it adds AWSLogs/<account-id>/ itself).`,
      attribute: ['access_logs', 0, attribute],
      lineFix: `${attribute} = "${prefix.sensitive ? '<prefix>' : prefix.value.replace(/\/?AWSLogs\/?/g, '/').replace(/^\/|\/$/g, '')}"`
    })
  }
}

function checkOrdering(lb: LoadBalancer, bucket: Bucket, problems: Problem[]): void {
  const policies = (bucket.companions.get('aws_s3_bucket_policy') ?? []).filter((p) => p.actions.includes('create'))
  if (policies.length === 0 || !lb.instance.actions.includes('create')) return
  const dependencies = lb.dependencies
  if (policies.some((p) => dependencies.includes(p))) return
  const sameModule = policies[0].moduleInstance === lb.instance.moduleInstance
  const reference = sameModule ? localAddress(policies[0].address) : policies[0].address
  problems.push({
    concern: 'ordering',
    message: `the load balancer does not depend on ${quote(policies[0].address)}, so Terraform may create it first; ELB then checks the bucket, finds no permission, and the apply fails.`,
    attribute: [],
    fix: `depends_on = [${reference}]`
  })
}
