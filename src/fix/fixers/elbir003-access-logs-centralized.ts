// ELBIR003: send the logs to the Log Archive bucket the configuration names. Which bucket that is can
// only come from the configuration: without a bucket named there, nothing is guessed.
import type { Fixer } from '../types.js'
import { hclString } from './hcl.js'
import { logArchiveBucket } from './log-bucket.js'
import { blockRef } from './references.js'
import { editableLoadBalancer, fixed, isOutcome, unfixed } from './subject.js'

export const accessLogsCentralizedFix: Fixer = {
  ruleId: 'ELBIR003',
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context)
    if (isOutcome(lb)) return lb
    const archive = logArchiveBucket(lb, context.settings)
    if (!archive) {
      const region = lb.region && lb.region !== 'unknown' ? ` for ${lb.region}` : ''
      return unfixed(`${lb.address}: name the Log Archive bucket${region} under \`logArchive.buckets\` in .elb-ir.yml (a name without wildcards), and the fix points the access logs there`)
    }
    if (context.model.index.expression(lb.instance, ['access_logs', 0, 'bucket']) === undefined) {
      return unfixed(`${lb.address} does not write \`access_logs.bucket\` in its own block; set it to ${archive} where the block is fed`)
    }
    context.logFolders.set(lb.address, { ...context.logFolders.get(lb.address), bucket: archive })
    return fixed([{ kind: 'set-attribute', block: blockRef(lb.instance), blockPath: ['access_logs'], name: 'bucket', expression: hclString(archive) }])
  }
}
