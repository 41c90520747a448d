// ELBIR002's fixer on the Terraform-made fixtures: each delivery problem fixed where it stands, the
// existing bucket policy and key policy extended, never replaced.
import { describe, expect, it } from 'vitest'
import { allText, blocksOf, editsOf, fixAll } from './harness.js'

const block = (type: string, name: string, modulePath: string[] = []) => ({ modulePath, mode: 'managed', type, name })

describe('ELBIR002 fixer', () => {
  it('adds the regional ELB account of an ALB to a policy built by aws_iam_policy_document, which stays the source', () => {
    const edits = editsOf(fixAll('ELBIR002/fail-alb-delivery-logs-principal'), 'ELBIR002')
    const document = blocksOf(edits).get('|data.aws_iam_policy_document.elb_ir_s3_bucket_policy_logs_delivery_web')!
    expect(document).toContain('source_policy_documents = [data.aws_iam_policy_document.logs.json]')
    expect(document).toContain('identifiers = ["arn:aws:iam::156460612806:root"]')
    // The prefix of the load balancer (`web`, from a local) is where ELB writes.
    expect(document).toContain('resources = ["${aws_s3_bucket.logs.arn}/web/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]')
    expect(edits.at(-1)).toEqual({ kind: 'set-attribute', block: block('aws_s3_bucket_policy', 'logs'), blockPath: [], name: 'policy', expression: 'data.aws_iam_policy_document.elb_ir_s3_bucket_policy_logs_delivery_web.json' })
  })

  it('grants an NLB the log-delivery service, limited to the account and region', () => {
    const text = allText(editsOf(fixAll('ELBIR002/fail-nlb-elb-account-principal'), 'ELBIR002'))
    expect(text).toContain('identifiers = ["delivery.logs.amazonaws.com"]')
    expect(text).toContain('actions   = ["s3:GetBucketAcl"]')
    expect(text).toContain('values   = ["arn:aws:logs:eu-west-1:${data.aws_caller_identity.current.account_id}:*"]')
    expect(text).not.toContain('156460612806')
  })

  it('turns an ALB bucket to SSE-S3, dropping the key S3 would refuse beside AES256', () => {
    const holder = block('aws_s3_bucket_server_side_encryption_configuration', 'logs')
    const blockPath = ['rule', 'apply_server_side_encryption_by_default']
    expect(editsOf(fixAll('ELBIR002/fail-alb-sse-kms'), 'ELBIR002')).toEqual([
      { kind: 'set-attribute', block: holder, blockPath, name: 'sse_algorithm', expression: '"AES256"' },
      { kind: 'set-attribute', block: holder, blockPath, name: 'kms_master_key_id', expression: 'null' }
    ])
  })

  it('gives an NLB bucket on the AWS managed key a customer managed key that log delivery may use', () => {
    const edits = editsOf(fixAll('ELBIR002/fail-nlb-sse-kms-aws-managed-key'), 'ELBIR002')
    const blocks = blocksOf(edits)
    expect(blocks.get('|aws_kms_key.elb_ir_logs_key')).toContain('policy              = data.aws_iam_policy_document.elb_ir_logs_key_policy.json')
    expect(blocks.get('|data.aws_iam_policy_document.elb_ir_logs_key_policy')).toContain('"kms:GenerateDataKey*"')
    expect(edits).toContainEqual({ kind: 'set-attribute', block: block('aws_s3_bucket_server_side_encryption_configuration', 'logs'), blockPath: ['rule', 'apply_server_side_encryption_by_default'], name: 'kms_master_key_id', expression: 'aws_kms_key.elb_ir_logs_key.arn' })
  })

  it('extends a key policy with the log-delivery statement, and writes out the default policy of a key that has none', () => {
    const extended = blocksOf(editsOf(fixAll('ELBIR002/fail-nlb-kms-key-policy-without-log-delivery'), 'ELBIR002')).get('|data.aws_iam_policy_document.elb_ir_kms_key_logs_log_delivery')!
    expect(extended).toContain('source_policy_documents = [data.aws_iam_policy_document.logs_key.json]')
    expect(extended).toContain('identifiers = ["delivery.logs.amazonaws.com"]')
    const written = blocksOf(editsOf(fixAll('ELBIR002/fail-nlb-kms-key-default-policy'), 'ELBIR002')).get('|data.aws_iam_policy_document.elb_ir_kms_key_logs_log_delivery')!
    expect(written).not.toContain('source_policy_documents')
    expect(written).toContain('identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]')
  })

  it('gives a bucket without policy one that grants delivery and requires TLS, and the load balancer waits for it', () => {
    const edits = editsOf(fixAll('ELBIR002/fail-no-policy'), 'ELBIR002')
    expect(blocksOf(edits).get('|aws_s3_bucket_policy.elb_ir_logs')).toContain('depends_on = [aws_s3_bucket_public_access_block.logs]')
    expect(edits.at(-1)).toEqual({ kind: 'add-depends-on', block: block('aws_lb', 'web'), references: ['aws_s3_bucket_policy.elb_ir_logs'] })
  })

  it('takes AWSLogs out of the prefix, also for a bucket outside the plan', () => {
    const cleaned = [{ kind: 'set-attribute', block: block('aws_lb', 'web'), blockPath: ['access_logs'], name: 'prefix', expression: '"web"' }]
    expect(editsOf(fixAll('ELBIR002/fail-prefix-awslogs'), 'ELBIR002')).toEqual(cleaned)
    expect(editsOf(fixAll('ELBIR002/fail-prefix-awslogs-external-bucket'), 'ELBIR002')).toEqual(cleaned)
  })

  it('makes the load balancer wait for the bucket policy', () => {
    expect(editsOf(fixAll('ELBIR002/fail-no-ordering'), 'ELBIR002')).toEqual([{ kind: 'add-depends-on', block: block('aws_lb', 'web'), references: ['aws_s3_bucket_policy.logs'] }])
  })

  it('sends logs of a load balancer whose bucket is in another region to a new bucket in its own region', () => {
    const edits = editsOf(fixAll('ELBIR002/fail-other-region'), 'ELBIR002')
    expect(blocksOf(edits).has('|aws_s3_bucket.elb_ir_web_logs')).toBe(true)
    expect(edits.find((e) => e.kind === 'set-nested-block')).toMatchObject({ blockType: 'access_logs', text: 'access_logs {\n  bucket  = aws_s3_bucket.elb_ir_web_logs.id\n  enabled = true\n}' })
  })
})
