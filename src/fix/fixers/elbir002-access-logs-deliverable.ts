// ELBIR002: make the bucket accept the load balancer's logs, each problem the rule finds fixed where it
// stands: the prefix without "AWSLogs"; SSE-S3 for ALB and classic ELB, a customer managed key that log
// delivery may use for NLB; the principal the region and kind need, merged into the bucket policy; the
// load balancer waiting for that policy. A bucket in another region is left: the load balancer gets a
// bucket in its own region instead (ELB cannot write across regions).
import type { Bucket, EncryptionSetting, LoadBalancer, PlanModel } from '../../model/model.js'
import type { ResourceInstance } from '../../model/plan-index.js'
import { deliveryProblems, type Problem } from '../../rules/elbir002-access-logs-deliverable.js'
import type { FixContext, FixOutcome, Fixer, SourceEdit } from '../types.js'
import { grantDelivery } from './bucket-policy.js'
import { writeAccessLogsTo } from './access-logs-block.js'
import { GeneratedBlocks } from './generated.js'
import { attribute, hclString, renderBlock } from './hcl.js'
import { logBucketFor } from './log-bucket.js'
import { extendPolicy, spaced } from './policy-merge.js'
import { accountTerm, blockAddress, blockRef, editableModule, fixName, modulePathOf, notEditable, partitionTerm, providerOf, sameModule } from './references.js'
import { keyAdministrationStatement, keyLogDeliveryStatement } from './statements.js'
import { editableLoadBalancer, fixed, isOutcome, unfixed } from './subject.js'

export const accessLogsDeliverableFix: Fixer = {
  ruleId: 'ELBIR002',
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context)
    if (isOutcome(lb)) return lb
    const bucket = lb.logDestination?.kind === 'in-plan' ? lb.logDestination.bucket : undefined
    const problems = deliveryProblems(lb, bucket)
    if (problems.length === 0) return unfixed(`${lb.address}: nothing the plan shows keeps its logs from the bucket`)
    if (problems.some((p) => p.concern === 'region')) return repoint(lb, context)
    const generated = new GeneratedBlocks(context)
    const edits: SourceEdit[] = []
    let prefix: string | null | undefined
    for (const problem of problems) {
      const step = fixProblem(problem, lb, bucket, context, generated, prefix)
      if ('reason' in step) return unfixed(`${lb.address}: ${step.reason}`)
      if (step.prefix !== undefined) prefix = step.prefix
      edits.push(...step.edits)
    }
    if (prefix !== undefined) generated.moveLogs(lb.address, { prefix: prefix ?? '' })
    return fixed([...generated.edits(), ...edits])
  }
}

type Step = { edits: SourceEdit[]; prefix?: string | null } | { reason: string }

function fixProblem(problem: Problem, lb: LoadBalancer, bucket: Bucket | undefined, context: FixContext, generated: GeneratedBlocks, prefix: string | null | undefined): Step {
  const { model } = context
  switch (problem.concern) {
    case 'prefix':
      return cleanPrefix(lb)
    case 'encryption': {
      const setting = bucket?.encryption.find((s) => s.holder === problem.target)
      if (!setting) return { reason: 'the encryption setting the rule names is not in the plan' }
      return lb.kind === 'network' ? customerManagedKey(model, lb, bucket!, setting, generated) : sseS3(model, setting)
    }
    case 'key-policy': {
      const key = bucket?.encryption.map((s) => s.customerKey).find((k) => k && (k.instance === problem.target || k.policies.some((p) => p.holder === problem.target)))
      if (!key) return { reason: 'the KMS key the rule names is not in the plan' }
      return allowLogDeliveryToUseKey(model, lb, key.instance, key.policies[0], generated)
    }
    case 'bucket-policy':
      return bucket ? grantDelivery(model, lb, bucket, generated, prefix) : { reason: 'the log bucket is not in the plan' }
    case 'ordering': {
      const policy = (bucket?.companions.get('aws_s3_bucket_policy') ?? []).find((p) => p.actions.includes('create'))
      if (!policy) return { reason: 'the bucket policy the load balancer must wait for is not in the plan' }
      if (!sameModule(modulePathOf(policy), modulePathOf(lb.instance))) return { reason: `${policy.address} is in another module; add depends_on to the module call` }
      return { edits: [{ kind: 'add-depends-on', block: blockRef(lb.instance), references: [blockAddress(policy)] }] }
    }
    case 'region':
      return { reason: 'the bucket is in another region' }
  }
}

/** The prefix without "AWSLogs" (ELB adds AWSLogs/<account>/ itself); none when nothing else is left. */
function cleanPrefix(lb: LoadBalancer): Step {
  const attributeName = lb.kind === 'classic' ? 'bucket_prefix' : 'prefix'
  const value = lb.logPrefix.value
  if (value.kind !== 'known' || typeof value.value !== 'string') return { reason: 'the prefix is not known' }
  if (value.sensitive) return { reason: `the ${attributeName} is sensitive; remove "AWSLogs" from it where it is set` }
  const cleaned = value.value.replace(/\/?AWSLogs\/?/g, '/').replace(/^\/+|\/+$/g, '')
  return {
    edits: [{ kind: 'set-attribute', block: blockRef(lb.instance), blockPath: ['access_logs'], name: attributeName, expression: cleaned === '' ? 'null' : hclString(cleaned) }],
    prefix: cleaned === '' ? '' : cleaned
  }
}

/** ALB and classic ELB write only to SSE-S3 buckets; a key id left beside AES256 is refused by S3. */
function sseS3(model: PlanModel, setting: EncryptionSetting): Step {
  if (!editableModule(model, modulePathOf(setting.holder))) return { reason: notEditable(setting.holder) }
  const blockPath = setting.path.filter((step): step is string => typeof step === 'string')
  const edits: SourceEdit[] = [{ kind: 'set-attribute', block: blockRef(setting.holder), blockPath, name: 'sse_algorithm', expression: hclString('AES256') }]
  if (setting.kmsKeyWritten) edits.push({ kind: 'set-attribute', block: blockRef(setting.holder), blockPath, name: 'kms_master_key_id', expression: 'null' })
  return { edits }
}

/** NLB and SSE-KMS: a customer managed key whose policy lets log delivery use it (AWS managed keys cannot). */
function customerManagedKey(model: PlanModel, lb: LoadBalancer, bucket: Bucket, setting: EncryptionSetting, generated: GeneratedBlocks): Step {
  const modulePath = modulePathOf(setting.holder)
  if (!editableModule(model, modulePath)) return { reason: notEditable(setting.holder) }
  const name = fixName(bucket.instance.name, 'key')
  const provider = providerOf(setting.holder)
  const document = `data.aws_iam_policy_document.${name}_policy`
  const statements = [keyAdministrationStatement(partitionTerm(lb, modulePath, generated), accountTerm(model, lb, modulePath, generated)), keyLogDeliveryStatement()]
  generated.add(modulePath, document, renderBlock('data', ['aws_iam_policy_document', `${name}_policy`], spaced([...(provider ? [attribute('provider', provider)] : []), ...statements])))
  const keyBody = [
    ...(provider ? [attribute('provider', provider)] : []),
    attribute('description', hclString(`Access logs of ${lb.address}`)),
    attribute('enable_key_rotation', 'true'),
    attribute('policy', `${document}.json`)
  ]
  generated.add(modulePath, `aws_kms_key.${name}`, renderBlock('resource', ['aws_kms_key', name], keyBody))
  const blockPath = setting.path.filter((step): step is string => typeof step === 'string')
  return {
    edits: [
      { kind: 'set-attribute', block: blockRef(setting.holder), blockPath, name: 'sse_algorithm', expression: hclString('aws:kms') },
      { kind: 'set-attribute', block: blockRef(setting.holder), blockPath, name: 'kms_master_key_id', expression: `aws_kms_key.${name}.arn` }
    ]
  }
}

/** Adds the log-delivery statement to the key's policy; a key on the default policy gets it written out first. */
function allowLogDeliveryToUseKey(model: PlanModel, lb: LoadBalancer, key: ResourceInstance, policy: { holder: ResourceInstance; attribute: string } | undefined, generated: GeneratedBlocks): Step {
  const holder = policy?.holder ?? key
  const modulePath = modulePathOf(holder)
  const base = [keyAdministrationStatement(partitionTerm(lb, modulePath, generated), accountTerm(model, lb, modulePath, generated))]
  return extendPolicy(model, generated, { holder, attribute: policy?.attribute ?? 'policy', purpose: 'log_delivery', statements: [keyLogDeliveryStatement()], base })
}

/** A bucket in another region: the load balancer writes to a bucket in its own region instead. */
function repoint(lb: LoadBalancer, context: FixContext): FixOutcome {
  const generated = new GeneratedBlocks(context)
  return fixed(writeAccessLogsTo(lb, logBucketFor(context.model, context.settings, lb, generated), generated))
}
