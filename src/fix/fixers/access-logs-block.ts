// The load balancer's `access_logs` block, written whole: to a chosen bucket, switched on, and the
// load balancer waiting for the bucket's policy when the fix adds one.
import type { LoadBalancer } from '../../model/model.js'
import type { SourceEdit } from '../types.js'
import type { GeneratedBlocks } from './generated.js'
import { attribute, hclString, renderBlock, valueOf, type BodyItem } from './hcl.js'
import type { LogBucket } from './log-bucket.js'
import { blockRef } from './references.js'

/** aws_lb's block, or aws_elb's (bucket_prefix; interval 5 minutes, the finer of the two it allows). */
export function accessLogsBlock(lb: LoadBalancer, target: LogBucket): string {
  const body: BodyItem[] = [attribute('bucket', valueOf(target.bucket))]
  if (lb.kind === 'classic') {
    if (target.prefix) body.push(attribute('bucket_prefix', hclString(target.prefix)))
    body.push(attribute('interval', '5'))
  } else if (target.prefix) body.push(attribute('prefix', hclString(target.prefix)))
  body.push(attribute('enabled', 'true'))
  return renderBlock('access_logs', [], body)
}

/** The edits that send the load balancer's access logs to `target`, after the blocks the fix adds. */
export function writeAccessLogsTo(lb: LoadBalancer, target: LogBucket, generated: GeneratedBlocks): SourceEdit[] {
  const edits: SourceEdit[] = [...generated.edits(), { kind: 'set-nested-block', block: blockRef(lb.instance), blockType: 'access_logs', text: accessLogsBlock(lb, target) }]
  generated.moveLogs(lb.address, { bucket: target.bucket, prefix: target.prefix ?? '' })
  if (target.policy) edits.push({ kind: 'add-depends-on', block: blockRef(lb.instance), references: [target.policy] })
  return edits
}
