// The policy statements the fixes add, as `statement` blocks of an aws_iam_policy_document. Their sids
// start with ElbIr, so they never replace a statement of a policy they are merged into.
import type { LoadBalancer } from '../../model/model.js'
import { ELB_ACCOUNTS, ELB_LOG_DELIVERY_SERVICE, LOG_DELIVERY_SERVICE } from '../../rules/aws-facts.js'
import { attribute, blank, hclString, list, nested, template, valueOf, type BodyItem, type TemplatePart } from './hcl.js'

/** What the delivery statements are written for: the bucket, the log prefix, and who writes. */
export interface DeliveryTarget {
  /** The bucket's ARN, as an expression or a literal. */
  bucketArn: TemplatePart
  /** The prefix the logs are written under; undefined when no prefix; null when the plan does not know it. */
  prefix: string | undefined | null
  account: TemplatePart
  region: TemplatePart
  partition: TemplatePart
}

const principals = (type: string, identifiers: string[]): BodyItem => nested('principals', [attribute('type', hclString(type)), attribute('identifiers', list(identifiers))])
const condition = (test: string, variable: string, values: string[]): BodyItem =>
  nested('condition', [attribute('test', hclString(test)), attribute('variable', hclString(variable)), attribute('values', list(values))])

function statement(sid: string, head: [string, string][], tail: BodyItem[]): BodyItem {
  return nested('statement', [attribute('sid', hclString(sid)), ...head.map(([name, value]) => attribute(name, value)), blank, ...interleave(tail)])
}

/** Nested blocks one blank line apart, as fmt keeps them readable. */
function interleave(items: BodyItem[]): BodyItem[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [blank, item]))
}

const join = (...parts: TemplatePart[]): TemplatePart[] => parts

/** `<bucket ARN>/<prefix>/AWSLogs/<account>/*`: where ELB writes, and nothing else (aws-elb-facts A.4). */
function logObjects(target: DeliveryTarget): string {
  const prefix = target.prefix === null ? '*' : target.prefix ? `${target.prefix}/` : ''
  return template(join(target.bucketArn, `/${prefix}AWSLogs/`, target.account, '/*'))
}

/**
 * s3:PutObject for the principal the load balancer's kind and region need: for ALB and classic ELB the
 * regional ELB account in regions opened before August 2022, else the log-delivery service of ELB; for
 * NLB the service delivery.logs.amazonaws.com, limited to the account's deliveries, with the bucket ACL
 * check it makes first.
 */
export function deliveryStatements(lb: LoadBalancer, target: DeliveryTarget): BodyItem[] {
  if (lb.kind === 'network') {
    const conditions = [
      condition('StringEquals', 'aws:SourceAccount', [valueOf(target.account)]),
      condition('ArnLike', 'aws:SourceArn', [template(join('arn:', target.partition, ':logs:', target.region, ':', target.account, ':*'))])
    ]
    const service = principals('Service', [hclString(LOG_DELIVERY_SERVICE)])
    return [
      statement('ElbIrAccessLogsAclCheck', [['actions', list([hclString('s3:GetBucketAcl')])], ['resources', list([valueOf(target.bucketArn)])]], [service, ...conditions]),
      statement('ElbIrAccessLogsWrite', [['actions', list([hclString('s3:PutObject')])], ['resources', list([logObjects(target)])]], [service, ...conditions])
    ]
  }
  const region = typeof target.region === 'string' ? target.region : undefined
  const account = region ? ELB_ACCOUNTS[region] : undefined
  const partition = typeof target.partition === 'string' ? target.partition : 'aws'
  const principal = account ? principals('AWS', [hclString(`arn:${partition}:iam::${account}:root`)]) : principals('Service', [hclString(ELB_LOG_DELIVERY_SERVICE)])
  return [statement('ElbIrAccessLogsWrite', [['actions', list([hclString('s3:PutObject')])], ['resources', list([logObjects(target)])]], [principal])]
}

/** Denies every request to the bucket that does not use TLS. */
export function tlsOnlyStatement(bucketArn: TemplatePart): BodyItem {
  return statement(
    'ElbIrDenyInsecureTransport',
    [
      ['effect', hclString('Deny')],
      ['actions', list([hclString('s3:*')])],
      ['resources', list([valueOf(bucketArn), template(join(bucketArn, '/*'))])]
    ],
    [principals('*', [hclString('*')]), condition('Bool', 'aws:SecureTransport', [hclString('false')])]
  )
}

/** The key's own account administers it, as the default key policy lets it. */
export function keyAdministrationStatement(partition: TemplatePart, account: TemplatePart): BodyItem {
  return statement('ElbIrKeyAdministration', [['actions', list([hclString('kms:*')])], ['resources', list([hclString('*')])]], [principals('AWS', [template(join('arn:', partition, ':iam::', account, ':root'))])])
}

/** NLB log delivery encrypts each log object with the bucket's key (aws-elb-facts A.3). */
export function keyLogDeliveryStatement(): BodyItem {
  const actions = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'].map(hclString)
  return statement('ElbIrLogDeliveryUseKey', [['actions', list(actions)], ['resources', list([hclString('*')])]], [principals('Service', [hclString(LOG_DELIVERY_SERVICE)])])
}
