// ELBIR001: switch access logs on where the load balancer is written. A block that already names a
// bucket only gets `enabled = true` (aws_lb defaults it to false even with a bucket); otherwise the
// block is written whole, to the Log Archive bucket of the configuration or to a new bucket made ready
// for delivery and protected (see log-bucket.ts), and the load balancer waits for that bucket's policy.
import type { Fixer } from '../types.js'
import { writeAccessLogsTo } from './access-logs-block.js'
import { GeneratedBlocks } from './generated.js'
import { logBucketFor } from './log-bucket.js'
import { blockRef, printable } from './references.js'
import { editableLoadBalancer, fixed, isOutcome } from './subject.js'

export const accessLogsEnabledFix: Fixer = {
  ruleId: 'ELBIR001',
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context, 'access_logs')
    if (isOutcome(lb)) return lb
    const { model, settings } = context
    const block = lb.accessLogsBlock
    // The configuration says whether a bucket is named: the provider plans "" for a block switched off.
    const bucket = model.index.expression(lb.instance, ['access_logs', 0, 'bucket']) as { constant_value?: unknown } | undefined
    if (block && block !== 'unknown' && bucket !== undefined && bucket.constant_value !== '' && bucket.constant_value !== null) {
      return fixed([{ kind: 'set-attribute', block: blockRef(lb.instance), blockPath: ['access_logs'], name: 'enabled', expression: 'true' }])
    }
    const generated = new GeneratedBlocks(context)
    const target = logBucketFor(model, settings, lb, generated)
    // A prefix the block already has is kept in a shared bucket.
    const kept = block && block !== 'unknown' ? printable(block.get([lb.kind === 'classic' ? 'bucket_prefix' : 'prefix'])) : undefined
    return fixed(writeAccessLogsTo(lb, target.dedicated ? target : { ...target, prefix: kept || target.prefix }, generated))
  }
}
