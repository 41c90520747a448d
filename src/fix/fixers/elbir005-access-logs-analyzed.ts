// ELBIR005: no tool reads the access logs. The fix declares the analysis kit (a Glue table with AWS's
// columns over exactly this load balancer's log folder, an Athena workgroup, saved queries) in the module
// that declares the load balancer, with the plan's own bucket, prefix, account and region.
import { createHash } from 'node:crypto'
import { posix } from 'node:path'
import type { RuleFinding } from '../../check.js'
import type { LoadBalancer } from '../../model/model.js'
import type { ModuleTree } from '../../model/module-tree.js'
import { expressionAt, type ResourceInstance } from '../../model/plan-index.js'
import { knownString, UNKNOWN, type Value } from '../../model/value.js'
import { analysisKit, CALLER_IDENTITY, CURRENT_REGION, expr, nameSafe, quoted, type Expression, type LogLocation } from '../analysis-kit/index.js'
import { isLocalSource } from '../../source/module-folders.js'
import type { FixContext, FixOutcome, Fixer, GeneratedBlock, LogFolder } from '../types.js'
import { plannedKey } from './generated.js'
import { modulePathOf } from './references.js'

export const accessLogsAnalyzedFix: Fixer = {
  ruleId: 'ELBIR005',
  fix(finding: RuleFinding, context: FixContext): FixOutcome {
    const lb = context.model.loadBalancers.find((candidate) => candidate.address === finding.address)
    if (!lb) return { fixed: false, reason: 'The finding names no load balancer of the plan.' }
    if (lb.kind === 'gateway') return { fixed: false, reason: 'A Gateway Load Balancer writes no access logs.' }
    const calls = moduleInstances(context, lb.instance)
    if (calls > 1) {
      return { fixed: false, reason: `The load balancer's module is instantiated ${calls} times (count or for_each), and new blocks in its folder would serve every instance with this one's log folder: declare a Glue table per instance over its own s3://<bucket>/<prefix>/AWSLogs/ folder, or pass the folder into the module.` }
    }
    const sharing = callsSharingFolder(context.model.index.moduleTree, modulePathOf(lb.instance))
    if (sharing > 1) {
      return { fixed: false, reason: `The load balancer's module folder is the source of ${sharing} module calls, and new blocks there would serve each with this one's log folder: declare the Glue table where the module is called, or pass the folder into the module.` }
    }
    const located = logLocation(lb, context.logFolders.get(lb.address))
    if (typeof located === 'string') return { fixed: false, reason: located }
    const modulePath = modulePathOf(lb.instance)
    const name = knownString(safe(lb.instance.attrs.get(['name']))) ?? lb.instance.name
    const label = instanceLabel(lb.instance)
    const blocks = [...located.data, ...analysisKit({ kind: lb.kind, modulePath, label, name, logs: located.logs })]
    return { fixed: true, edits: [{ kind: 'add-blocks', modulePath, blocks: fresh(context, modulePath, blocks) }] }
  }
}

/**
 * The plan's bucket, prefix, account and region of this load balancer's logs. The bucket is referred to
 * when it is declared beside the load balancer (the table then follows a rename), else named as the plan
 * knows it; the account and region fall back to data sources that Terraform reads while planning. When an
 * earlier fix of this run moves the logs (a new bucket, the Log Archive bucket, a prefix without AWSLogs),
 * the table reads where the fixed sources write.
 */
function logLocation(lb: LoadBalancer, moved: LogFolder | undefined): { logs: LogLocation; data: GeneratedBlock[] } | string {
  const destination = lb.logDestination
  if (lb.s3Logging === 'no') return 'Its access logs to S3 are off, so there is nothing to analyze: turn them on first (ELBIR001).'
  if (!destination || destination.kind === 'unknown') return 'Its log bucket is known only after apply, so the folder to analyze cannot be named: create the table over s3://<bucket>/<prefix>/AWSLogs/<account>/elasticloadbalancing/<region>/ once the bucket is known.'
  const known = destination.kind === 'outside-plan' ? destination.name : knownString(destination.bucket.name)
  if (known !== undefined && !BUCKET_NAME.test(known)) return 'Its log bucket\'s name is not an S3 bucket name, so no log reaches it: correct the bucket first (ELBIR002).'
  const input = moduleInput(lb)
  let bucket: string | Expression
  if (moved?.bucket !== undefined) {
    bucket = typeof moved.bucket === 'string' ? moved.bucket : expr(moved.bucket.expression)
  } else if (destination.kind === 'in-plan' && destination.bucket.instance.moduleInstance === lb.instance.moduleInstance && plainKey(destination.bucket.instance)) {
    const instance = destination.bucket.instance
    bucket = expr(`${instance.type}.${instance.name}${indexOf(instance)}.bucket`)
  } else if (input) {
    bucket = expr(input)
  } else {
    const name = destination.kind === 'outside-plan' ? (destination.sensitive ? undefined : destination.name) : knownString(safe(destination.bucket.name))
    if (name === undefined) return 'Its log bucket is declared in another module and its name is sensitive or known only after apply: create the table in the module that declares the bucket, or name the bucket there.'
    bucket = name
  }
  const prefix = moved?.prefix !== undefined ? ({ kind: 'known', value: moved.prefix, sensitive: false } as const) : lb.logPrefix.value
  if (prefix.kind === 'unknown') return 'Its log prefix is known only after apply, so the folder to analyze cannot be named: create the table over s3://<bucket>/<prefix>/AWSLogs/… by hand.'
  if (prefix.kind === 'known' && prefix.sensitive) return 'Its log prefix is sensitive in the plan and is not written into a patch: create the table over s3://<bucket>/<prefix>/AWSLogs/… by hand.'
  const data: GeneratedBlock[] = []
  const account = lb.account !== undefined && lb.account !== 'unknown' ? lb.account : (data.push(CALLER_IDENTITY), expr('data.aws_caller_identity.current.account_id'))
  const region = lb.region !== undefined && lb.region !== 'unknown' ? lb.region : (data.push(CURRENT_REGION), expr('data.aws_region.current.name'))
  return { logs: { bucket, prefix: knownString(prefix) ?? '', account, region }, data }
}

/** S3 bucket names, legacy ones included (letters, digits, dots, hyphens and underscores). */
const BUCKET_NAME = /^[A-Za-z0-9._-]{3,255}$/

/**
 * The module input the load balancer's bucket is, when it is one (`bucket = var.log_bucket`): the kit then
 * follows the module's input rather than one caller's bucket name, and a plan can trace it to the bucket
 * even while the account, read by a data source, is known only after apply.
 */
function moduleInput(lb: LoadBalancer): string | undefined {
  if (lb.instance.parsed.modules.length === 0) return undefined
  const references = lb.instance.config?.expressions ? expressionAt(lb.instance.config.expressions, ['access_logs', 0, 'bucket'])?.references : undefined
  return references?.length === 1 && /^var\.[A-Za-z_][A-Za-z0-9_-]*$/.test(references[0]) ? references[0] : undefined
}

/** A value the plan marks sensitive is never written into a patch. */
function safe(value: Value): Value {
  return value.kind === 'known' && value.sensitive ? UNKNOWN : value
}

/** The resource name, and its instance key when it has one; a key that is not label-safe gets a digest, to stay apart. */
function instanceLabel(instance: ResourceInstance): string {
  const key = instance.parsed.index
  if (key === undefined) return instance.name
  const safe = nameSafe(String(key))
  return safe === String(key) ? `${instance.name}_${safe}` : `${instance.name}_${safe}_${createHash('sha256').update(String(key)).digest('hex').slice(0, 8)}`
}

/** An instance key the plan's address carries as it is (no escapes to undo), so a reference can name it. */
function plainKey(instance: ResourceInstance): boolean {
  const key = instance.parsed.index
  if (key === undefined || typeof key === 'number') return true
  return /^[\x20-\x7e]*$/.test(key) && !/["\\$%]/.test(key) && instance.address.endsWith(`["${key}"]`)
}

function indexOf(instance: ResourceInstance): string {
  const index = instance.parsed.index
  if (index === undefined) return ''
  return typeof index === 'number' ? `[${index}]` : `[${quoted(index)}]`
}

/**
 * How many instances of the load balancer's module the plan has: blocks added to a module's folder serve
 * each of them. Instances of the load balancer's own block (count, for_each) each get their own table.
 */
function moduleInstances(context: FixContext, instance: ResourceInstance): number {
  const names = (i: ResourceInstance) => modulePathOf(i).join('.')
  const same = context.model.index.ofType(instance.type).filter((other) => other.name === instance.name && names(other) === names(instance))
  return new Set(same.map((other) => other.moduleInstance)).size
}

/** How many module calls of the configuration have the folder of the module at `modulePath` as source (local sources only). */
function callsSharingFolder(tree: ModuleTree, modulePath: string[]): number {
  if (modulePath.length === 0) return 1
  const folders: string[] = []
  let target: string | undefined
  const walk = (node: ModuleTree, folder: string, path: string[]) => {
    for (const [name, call] of Object.entries(node.calls)) {
      if (!isLocalSource(call.source)) continue
      const child = posix.join(folder, call.source)
      const childPath = [...path, name]
      folders.push(child)
      if (childPath.join('.') === modulePath.join('.')) target = child
      walk(call, child, childPath)
    }
  }
  walk(tree, '.', [])
  return target === undefined ? 1 : folders.filter((folder) => folder === target).length
}

/** Blocks an earlier fix of this run already plans in the module are reused, not added twice. */
function fresh(context: FixContext, modulePath: string[], blocks: GeneratedBlock[]): GeneratedBlock[] {
  const kept: GeneratedBlock[] = []
  for (const block of blocks) {
    const key = plannedKey(modulePath, block.key)
    if (context.planned.has(key)) continue
    context.planned.set(key, block)
    kept.push(block)
  }
  return kept
}
