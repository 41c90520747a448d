// ELBIR009: connection logs beside the access logs, in the same bucket and under the same prefix (the
// bucket policy that lets ELB write access logs covers them; their files are named conn_log_).
import type { LoadBalancer } from '../../model/model.js'
import type { FixContext, Fixer, SourceEdit } from '../types.js'
import { GeneratedBlocks } from './generated.js'
import { attribute, renderBlock, valueOf, type BodyItem, type TemplatePart } from './hcl.js'
import { logBucketFor } from './log-bucket.js'
import { blockRef, reusableExpression } from './references.js'
import { editableLoadBalancer, fixed, isOutcome } from './subject.js'

export const connectionLogsForMtlsFix: Fixer = {
  ruleId: 'ELBIR009',
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context, 'connection_logs')
    if (isOutcome(lb)) return lb
    const { model, settings } = context
    const block = lb.instance.attrs.block(['connection_logs'])
    if (block && block !== 'unknown' && model.index.expression(lb.instance, ['connection_logs', 0, 'bucket']) !== undefined) {
      return fixed([{ kind: 'set-attribute', block: blockRef(lb.instance), blockPath: ['connection_logs'], name: 'enabled', expression: 'true' }])
    }
    const generated = new GeneratedBlocks(context)
    const destination: Destination = accessLogsDestination(lb, context) ?? logBucketFor(model, settings, lb, generated)
    const body: BodyItem[] = [attribute('bucket', valueOf(destination.bucket))]
    if (destination.prefix !== undefined) body.push(attribute('prefix', valueOf(destination.prefix)))
    body.push(attribute('enabled', 'true'))
    const edits: SourceEdit[] = [...generated.edits(), { kind: 'set-nested-block', block: blockRef(lb.instance), blockType: 'connection_logs', text: renderBlock('connection_logs', [], body) }]
    if (destination.policy) edits.push({ kind: 'add-depends-on', block: blockRef(lb.instance), references: [destination.policy] })
    return fixed(edits)
  }
}

interface Destination {
  bucket: TemplatePart
  prefix?: TemplatePart
  /** The bucket policy the fix adds, for the load balancer to wait for. */
  policy?: string
}

/** Where the access logs go, as the load balancer's own block writes it, when it writes them to S3. */
function accessLogsDestination(lb: LoadBalancer, { model }: FixContext): Destination | undefined {
  if (lb.s3Logging !== 'yes') return undefined
  const bucket = reusableExpression(model.index, lb.instance, ['access_logs', 0, 'bucket'])
  if (!bucket) return undefined
  const prefix = reusableExpression(model.index, lb.instance, ['access_logs', 0, 'prefix'])
  return { bucket, prefix: prefix === '' ? undefined : prefix }
}
