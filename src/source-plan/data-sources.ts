// Data sources the AWS provider computes without calling AWS, evaluated here as it computes them. Every
// other data source calls AWS: what it returns is unknown without a plan.

import { ELB_ACCOUNTS } from '../rules/aws-facts.js'
import { EvaluationError } from '../terraform-lang/errors.js'
import { strip } from '../terraform-lang/operations.js'
import { isUnknown, UNKNOWN, type TfObject, type TfValue } from '../terraform-lang/value.js'
import type { ModuleInstance, ResourceInstanceRef } from './module-instance.js'
import { policyDocument, PolicyDocumentError } from './policy-document.js'
import type { BlockSchema } from './provider-schema.js'

const LOCAL = new Set(['aws_iam_policy_document', 'aws_region', 'aws_elb_service_account', 'aws_partition'])

export function localDataSource(type: string): boolean {
  return LOCAL.has(type)
}

/** Every computed attribute unknown, the arguments kept. */
function unknownResult(args: TfObject, schema: BlockSchema | undefined): TfObject {
  const out: TfObject = { ...args }
  for (const name of schema?.c ?? []) if (!(name in out) || out[name] === null) out[name] = UNKNOWN
  return out
}

const partitionOf = (region: string): string => (region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws')

export function computeDataSource(module: ModuleInstance, instance: ResourceInstanceRef, args: TfObject, schema: BlockSchema | undefined): TfValue {
  switch (instance.type) {
    case 'aws_iam_policy_document': {
      let document: ReturnType<typeof policyDocument>
      try {
        document = policyDocument(args)
      } catch (error) {
        if (error instanceof PolicyDocumentError) throw new EvaluationError(`data.aws_iam_policy_document.${instance.name}: ${error.message}`, instance.block.line, instance.block.file)
        throw error
      }
      const out = unknownResult(args, schema)
      if (document) Object.assign(out, document)
      return out
    }
    case 'aws_region':
    case 'aws_elb_service_account':
    case 'aws_partition': {
      const asked = strip(args.region ?? args.name ?? null)
      const region = asked.value !== null ? asked.value : module.loader.providerRegion(module, instance.block)
      const out = unknownResult(args, schema)
      if (typeof region !== 'string' || isUnknown(region)) return out
      if (instance.type === 'aws_region') return { ...out, name: region, region, id: region, endpoint: `ec2.${region}.amazonaws.com`, description: out.description ?? UNKNOWN }
      if (instance.type === 'aws_partition') {
        const partition = partitionOf(region)
        return { ...out, partition, id: partition, dns_suffix: partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com' }
      }
      const account = Object.prototype.hasOwnProperty.call(ELB_ACCOUNTS, region) ? ELB_ACCOUNTS[region] : undefined
      if (!account) return out
      return { ...out, id: account, arn: `arn:${partitionOf(region)}:iam::${account}:root` }
    }
  }
  return unknownResult(args, schema)
}
