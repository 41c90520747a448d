// ELBIR004's fixer on the Terraform-made fixtures: only the missing protections, a setting that is off
// switched on where it stands, the TLS-only statement merged into the existing policy.
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../src/config/settings.js'
import { blocksOf, editsOf, fixAll, reasonOf } from './harness.js'

const block = (type: string, name: string, modulePath: string[] = []) => ({ modulePath, mode: 'managed', type, name })

describe('ELBIR004 fixer', () => {
  it('adds what is missing beside the bucket, and nothing else', () => {
    const lifecycle = blocksOf(editsOf(fixAll('ELBIR004/fail-no-lifecycle', { ...defaultSettings(), retentionDays: 730 }), 'ELBIR004'))
    expect([...lifecycle.keys()]).toEqual(['|aws_s3_bucket_lifecycle_configuration.elb_ir_logs'])
    expect(lifecycle.get('|aws_s3_bucket_lifecycle_configuration.elb_ir_logs')).toContain('expiration {\n      days = 730\n    }')
    const pab = blocksOf(editsOf(fixAll('ELBIR004/fail-no-public-access-block'), 'ELBIR004'))
    expect([...pab.keys()]).toEqual(['|aws_s3_bucket_public_access_block.elb_ir_logs'])
    expect(pab.get('|aws_s3_bucket_public_access_block.elb_ir_logs')).toContain('bucket                  = aws_s3_bucket.logs.id')
  })

  it('switches on the settings that are off, where they stand', () => {
    expect(editsOf(fixAll('ELBIR004/fail-public-access-block-partial'), 'ELBIR004')).toEqual([
      { kind: 'set-attribute', block: block('aws_s3_bucket_public_access_block', 'logs'), blockPath: [], name: 'restrict_public_buckets', expression: 'true' }
    ])
    expect(editsOf(fixAll('ELBIR004/fail-versioning-suspended'), 'ELBIR004')).toEqual([
      { kind: 'set-attribute', block: block('aws_s3_bucket_versioning', 'logs'), blockPath: ['versioning_configuration'], name: 'status', expression: '"Enabled"' }
    ])
    expect(editsOf(fixAll('ELBIR004/fail-ownership-object-writer'), 'ELBIR004')).toEqual([
      { kind: 'set-attribute', block: block('aws_s3_bucket_ownership_controls', 'logs'), blockPath: ['rule'], name: 'object_ownership', expression: '"BucketOwnerEnforced"' }
    ])
  })

  it('merges the TLS-only statement into the bucket policy, in the module of the bucket', () => {
    const run = fixAll('ELBIR004/fail-no-tls-deny-named-bucket')
    const inModule = editsOf(run, 'ELBIR004', 'module.edge.aws_lb.web')
    const document = blocksOf(inModule).get('edge|data.aws_iam_policy_document.elb_ir_s3_bucket_policy_logs_tls_only')!
    expect(document).toContain('source_policy_documents = [data.aws_iam_policy_document.logs.json]')
    expect(document).toMatch(/resources += \[aws_s3_bucket\.access_logs\.arn, "\$\{aws_s3_bucket\.access_logs\.arn\}\/\*"\]/)
    expect(inModule.at(-1)).toEqual({ kind: 'set-attribute', block: block('aws_s3_bucket_policy', 'logs', ['edge']), blockPath: [], name: 'policy', expression: 'data.aws_iam_policy_document.elb_ir_s3_bucket_policy_logs_tls_only.json' })
  })

  it('leaves a lifecycle configuration without expiration to the user, saying what to add', () => {
    expect(reasonOf(fixAll('ELBIR004/fail-lifecycle-without-expiration'), 'ELBIR004')).toContain('add `expiration { days = 365 }` to its rule')
  })
})
