// Fixers written for the engine's tests (the real ones live in src/fix/fixers/): small, and saying
// plainly what they change.
import type { RuleFinding } from '../../src/check.js'
import type { BlockRef, FixContext, Fixer, FixOutcome } from '../../src/fix/types.js'

/** The block of the finding's load balancer, as the sources declare it. */
export function blockOf(finding: RuleFinding, context: FixContext): BlockRef | null {
  const instance = finding.address ? context.model.index.byAddress.get(finding.address) : undefined
  if (!instance) return null
  return { modulePath: instance.parsed.modules.map((m) => m.name), mode: instance.mode, type: instance.type, name: instance.name }
}

/** ELBIR001: an `access_logs` block writing to a bucket the fix adds in `elb-ir-fixes.tf`. */
export const ACCESS_LOGS_FIXER: Fixer = {
  ruleId: 'ELBIR001',
  fix(finding, context): FixOutcome {
    const block = blockOf(finding, context)
    if (!block) return { fixed: false, reason: 'the load balancer is not in the plan' }
    return {
      fixed: true,
      edits: [
        { kind: 'add-blocks', modulePath: block.modulePath, blocks: [{ key: 'aws_s3_bucket.elb_ir_logs', text: 'resource "aws_s3_bucket" "elb_ir_logs" {\n  bucket = "elb-ir-test-logs"\n}' }] },
        { kind: 'set-nested-block', block, blockType: 'access_logs', text: 'access_logs {\n  bucket  = aws_s3_bucket.elb_ir_logs.bucket\n  enabled = true\n}' }
      ]
    }
  }
}

/** Any rule: the finding's one-line fix (`name = value`) set on the attribute it names, in whatever block holds it. */
export function lineFixFixer(ruleId: string): Fixer {
  return {
    ruleId,
    fix(finding): FixOutcome {
      const { target, attribute = [], lineFix } = finding.outcome
      const assignment = lineFix ? /^([A-Za-z_][\w-]*)\s*=\s*(.+)$/.exec(lineFix) : null
      const steps = attribute.filter((step): step is string => typeof step === 'string')
      if (!target || !assignment || steps.at(-1) !== assignment[1]) return { fixed: false, reason: 'no one-line fix to apply; decide the change from the report' }
      const block = { modulePath: target.parsed.modules.map((m) => m.name), mode: target.mode, type: target.type, name: target.name }
      return { fixed: true, edits: [{ kind: 'set-attribute', block, blockPath: steps.slice(0, -1), name: assignment[1], expression: assignment[2] }] }
    }
  }
}

/** ELBIR002: writes the log prefix, as the plan knows it, into the load balancer's tags. */
export const PREFIX_TAG_FIXER: Fixer = {
  ruleId: 'ELBIR002',
  fix(finding, context): FixOutcome {
    const block = blockOf(finding, context)
    const instance = finding.address ? context.model.index.byAddress.get(finding.address) : undefined
    const prefix = instance?.attrs.get(['access_logs', 0, 'prefix'])
    if (!block || prefix?.kind !== 'known') return { fixed: false, reason: 'no prefix' }
    return { fixed: true, edits: [{ kind: 'set-attribute', block, blockPath: [], name: 'tags', expression: `{ LogPrefix = ${JSON.stringify(prefix.value)} }` }] }
  }
}

export const TEST_FIXERS: readonly Fixer[] = [ACCESS_LOGS_FIXER, lineFixFixer('ELBIR002')]
