// ELBIR001's fixer on the Terraform-made fixtures: logs switched on where the load balancer is written,
// to the configured Log Archive bucket or to a new bucket made ready for delivery and protected.
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../src/config/settings.js'
import { allText, blocksOf, editsOf, fixAll } from './harness.js'

const settings = (extra: Partial<ReturnType<typeof defaultSettings>>) => ({ ...defaultSettings(), ...extra })

describe('ELBIR001 fixer', () => {
  it('gives an ALB without access_logs a new bucket in its region, with everything delivery and protection need', () => {
    const edits = editsOf(fixAll('ELBIR001/fail-no-block'), 'ELBIR001')
    const blocks = blocksOf(edits)
    expect([...blocks.keys()]).toEqual([
      '|aws_s3_bucket.elb_ir_web_logs',
      '|aws_s3_bucket_public_access_block.elb_ir_web_logs',
      '|aws_s3_bucket_ownership_controls.elb_ir_web_logs',
      '|aws_s3_bucket_versioning.elb_ir_web_logs',
      '|aws_s3_bucket_server_side_encryption_configuration.elb_ir_web_logs',
      '|aws_s3_bucket_lifecycle_configuration.elb_ir_web_logs',
      '|data.aws_caller_identity.current',
      '|data.aws_iam_policy_document.elb_ir_web_logs',
      '|aws_s3_bucket_policy.elb_ir_web_logs'
    ])
    const policy = blocks.get('|data.aws_iam_policy_document.elb_ir_web_logs')!
    // eu-west-1 is a region of before August 2022: its ELB account writes the logs (aws-elb-facts A.4).
    expect(policy).toContain('identifiers = ["arn:aws:iam::156460612806:root"]')
    expect(policy).toContain('resources = ["${aws_s3_bucket.elb_ir_web_logs.arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]')
    expect(policy).toContain('variable = "aws:SecureTransport"')
    expect(blocks.get('|aws_s3_bucket_server_side_encryption_configuration.elb_ir_web_logs')).toContain('sse_algorithm = "AES256"')
    expect(blocks.get('|aws_s3_bucket_lifecycle_configuration.elb_ir_web_logs')).toContain('days = 365')
    expect(edits.slice(1)).toEqual([
      { kind: 'set-nested-block', block: { modulePath: [], mode: 'managed', type: 'aws_lb', name: 'web' }, blockType: 'access_logs', text: 'access_logs {\n  bucket  = aws_s3_bucket.elb_ir_web_logs.id\n  enabled = true\n}' },
      { kind: 'add-depends-on', block: { modulePath: [], mode: 'managed', type: 'aws_lb', name: 'web' }, references: ['aws_s3_bucket_policy.elb_ir_web_logs'] }
    ])
    expect(allText(edits)).not.toMatch(/<[a-z-]+>/)
  })

  it('keeps logs the configured retention', () => {
    const blocks = blocksOf(editsOf(fixAll('ELBIR001/fail-no-block', settings({ retentionDays: 400 })), 'ELBIR001'))
    expect(blocks.get('|aws_s3_bucket_lifecycle_configuration.elb_ir_web_logs')).toContain('days = 400')
  })

  it('writes to the Log Archive bucket the configuration names for the region, under the load balancer name', () => {
    const archive = settings({ logArchive: { buckets: ['aws-accelerator-elb-access-logs-*', 'central-elb-logs-us-east-1', 'central-elb-logs-eu-west-1'], accounts: [] } })
    expect(editsOf(fixAll('ELBIR001/fail-no-block', archive), 'ELBIR001')).toEqual([
      { kind: 'set-nested-block', block: { modulePath: [], mode: 'managed', type: 'aws_lb', name: 'web' }, blockType: 'access_logs', text: 'access_logs {\n  bucket  = "central-elb-logs-eu-west-1"\n  prefix  = "web"\n  enabled = true\n}' }
    ])
  })

  it('only switches on a block that names its bucket already, wherever enabled comes from', () => {
    const enable = (modulePath: string[], type: string, name: string) => [{ kind: 'set-attribute', block: { modulePath, mode: 'managed', type, name }, blockPath: ['access_logs'], name: 'enabled', expression: 'true' }]
    expect(editsOf(fixAll('ELBIR001/fail-disabled'), 'ELBIR001')).toEqual(enable([], 'aws_lb', 'web'))
    expect(editsOf(fixAll('ELBIR001/fail-bucket-only'), 'ELBIR001')).toEqual(enable([], 'aws_lb', 'web'))
    expect(editsOf(fixAll('ELBIR001/fail-count-mixed'), 'ELBIR001')).toEqual(enable([], 'aws_lb', 'api'))
    expect(editsOf(fixAll('ELBIR001/fail-module-for-each-mixed'), 'ELBIR001')).toEqual(enable(['alb'], 'aws_lb', 'this'))
  })

  it('writes the classic ELB block in its own shape', () => {
    const edits = editsOf(fixAll('ELBIR001/fail-classic-no-block'), 'ELBIR001')
    expect(edits.find((e) => e.kind === 'set-nested-block')).toMatchObject({ block: { type: 'aws_elb', name: 'legacy' }, text: 'access_logs {\n  bucket   = aws_s3_bucket.elb_ir_legacy_logs.id\n  interval = 5\n  enabled  = true\n}' })
  })

  it('plans the same edits when run again on the same plan', () => {
    expect(fixAll('ELBIR001/fail-no-block').results).toEqual(fixAll('ELBIR001/fail-no-block').results)
  })
})
