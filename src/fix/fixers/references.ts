// How a fix refers, from the module it edits, to what the plan knows: a block by its address in that
// module, the log bucket as the load balancer's configuration names it, and the account, region and
// partition as literals when the plan knows them, else through the data sources that read them.
import { isLocalSource } from '../../source/module-folders.js'
import { formatKey } from '../../model/address.js'
import type { LoadBalancer, PlanModel } from '../../model/model.js'
import type { ModuleTree } from '../../model/module-tree.js'
import type { PlanIndex, ResourceInstance } from '../../model/plan-index.js'
import { knownString, type PathStep } from '../../model/value.js'
import type { BlockRef } from '../types.js'
import type { GeneratedBlocks } from './generated.js'
import { attribute, renderBlock, type TemplatePart } from './hcl.js'

export function modulePathOf(instance: ResourceInstance): string[] {
  return instance.parsed.modules.map((step) => step.name)
}

export function blockRef(instance: ResourceInstance): BlockRef {
  return { modulePath: modulePathOf(instance), mode: instance.mode, type: instance.type, name: instance.name }
}

export function sameModule(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i])
}

/** The block's address in its own module, for `depends_on` (every instance at once). */
export function blockAddress(instance: ResourceInstance): string {
  return `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`
}

/** The instance's address in its own module, for expressions (`aws_s3_bucket.logs["eu"]`). */
export function localReference(instance: ResourceInstance): string {
  return `${blockAddress(instance)}${instance.parsed.index === undefined ? '' : formatKey(instance.parsed.index)}`
}

/** A resource name for what the fix adds, from names of the plan: `elb_ir_web_logs`. */
export function fixName(...parts: string[]): string {
  return ['elb_ir', ...parts].map((part) => part.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '')).filter(Boolean).join('_')
}

/**
 * Whether the fix can edit the module's files: the root, or modules called from a local folder all the
 * way down (registry and git modules are not the repository's to change).
 */
export function editableModule(model: PlanModel, modulePath: string[]): boolean {
  let tree: ModuleTree | undefined = model.index.moduleTree
  for (const name of modulePath) {
    tree = tree && Object.prototype.hasOwnProperty.call(tree.calls, name) ? tree.calls[name] : undefined
    if (!tree || !isLocalSource(tree.source)) return false
  }
  return true
}

/** Why a module's files cannot be edited, for the unfixed reason. */
export function notEditable(instance: ResourceInstance): string {
  const calls = instance.parsed.modules.map((step) => `module.${step.name}`).join('.')
  return `${instance.address} is declared in ${calls}, which is not a local module of this repository; change it through the module's inputs`
}

/** The provider argument the load balancer's block sets (`aws.west`), for blocks that must share its region. */
export function providerOf(instance: ResourceInstance): string | undefined {
  const key = instance.config?.provider_config_key
  const local = key?.slice(key.lastIndexOf(':') + 1)
  return local?.startsWith('aws.') ? local : undefined
}

/**
 * The expression an instance's configuration writes at `path`, when it can be written again elsewhere
 * in the same module: a constant string, or one reference (`aws_s3_bucket.logs.id`, `var.log_bucket`).
 */
export function reusableExpression(index: PlanIndex, instance: ResourceInstance, path: PathStep[]): TemplatePart | undefined {
  const expression = index.expression(instance, path) as { constant_value?: unknown; references?: unknown } | undefined
  if (!expression) return undefined
  if (typeof expression.constant_value === 'string') return expression.constant_value
  const refs = Array.isArray(expression.references) ? expression.references.filter((r): r is string => typeof r === 'string') : []
  const longest = [...refs].sort((a, b) => b.length - a.length)[0]
  // Terraform lists every prefix of a traversal: one traversal when each reference is a prefix of the longest.
  if (!longest || !refs.every((ref) => longest === ref || longest.startsWith(`${ref}.`) || longest.startsWith(`${ref}[`))) return undefined
  if (longest.startsWith('each.') || longest.startsWith('count.') || longest.startsWith('self.')) return undefined
  return { expression: longest }
}

/** Where the fix's own data sources come from: the load balancer's provider, so they read its region. */
function dataSource(generated: GeneratedBlocks, modulePath: string[], provider: string | undefined, type: string): string {
  const name = provider ? provider.slice('aws.'.length) : 'current'
  generated.add(modulePath, `data.${type}.${name}`, renderBlock('data', [type, name], provider ? [attribute('provider', provider)] : []))
  return `data.${type}.${name}`
}

/**
 * The account the load balancer writes logs as: known from the plan (its provider assumes a role there),
 * else an aws_caller_identity the module already reads through the same provider, else a new one.
 */
export function accountTerm(model: PlanModel, lb: LoadBalancer, modulePath: string[], generated: GeneratedBlocks): TemplatePart {
  if (lb.account && lb.account !== 'unknown') return lb.account
  const provider = providerOf(lb.instance)
  const existing = model.index.dataOfType('aws_caller_identity').find((data) => sameModule(modulePathOf(data), modulePath) && data.parsed.index === undefined && providerOf(data) === provider)
  if (existing) return { expression: `${localReference(existing)}.account_id` }
  return { expression: `${dataSource(generated, modulePath, provider, 'aws_caller_identity')}.account_id` }
}

/** The load balancer's region: known from the plan, else read by aws_region. */
export function regionTerm(lb: LoadBalancer, modulePath: string[], generated: GeneratedBlocks): TemplatePart {
  if (lb.region && lb.region !== 'unknown') return lb.region
  return { expression: `${dataSource(generated, modulePath, providerOf(lb.instance), 'aws_region')}.name` }
}

/** The ARN partition of a region (`aws`, `aws-cn`, `aws-us-gov`), read by aws_partition when the region is not known. */
export function partitionTerm(lb: LoadBalancer, modulePath: string[], generated: GeneratedBlocks): TemplatePart {
  if (lb.region && lb.region !== 'unknown') return partitionOf(lb.region)
  return { expression: `${dataSource(generated, modulePath, providerOf(lb.instance), 'aws_partition')}.partition` }
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/** A known, printable string value of the plan (never a sensitive one). */
export function printable(value: ReturnType<ResourceInstance['attrs']['get']>): string | undefined {
  return value.kind === 'known' && !value.sensitive ? knownString(value) : undefined
}
