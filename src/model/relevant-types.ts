// The resource types the model reads. The loader keeps only these (and stubs of the others' configuration
// blocks), whichever way it reads a plan, so that huge plans cost little and both ways agree.
export const BUCKET_COMPANION_TYPES = [
  'aws_s3_bucket_policy',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_ownership_controls',
  'aws_s3_bucket_lifecycle_configuration',
  'aws_s3_bucket_object_lock_configuration',
  'aws_s3_bucket_acl',
  'aws_s3_bucket_logging'
] as const
export type BucketCompanionType = (typeof BUCKET_COMPANION_TYPES)[number]

export const RELEVANT_TYPES: ReadonlySet<string> = new Set([
  'aws_lb',
  'aws_alb',
  'aws_elb',
  'aws_lb_listener',
  'aws_alb_listener',
  'aws_s3_bucket',
  ...BUCKET_COMPANION_TYPES,
  'aws_cloudwatch_log_delivery_source',
  'aws_cloudwatch_log_delivery',
  'aws_cloudwatch_log_delivery_destination',
  'aws_cloudwatch_log_group',
  'aws_kinesis_firehose_delivery_stream',
  'aws_glue_catalog_table',
  'aws_glue_crawler',
  'aws_athena_named_query',
  'aws_cloudwatch_event_rule',
  'aws_cloudwatch_event_target',
  'aws_notifications_event_rule',
  'aws_notifications_managed_notification_account_contact_association',
  'aws_notifications_managed_notification_additional_channel_association',
  'aws_shield_proactive_engagement',
  'aws_shield_drt_access_role_arn_association',
  'aws_shield_drt_access_log_bucket_association',
  'aws_shield_protection',
  'aws_iam_policy_document',
  'aws_elb_service_account',
  // The customer managed key of an NLB log bucket, whose key policy ELBIR002 reads.
  'aws_kms_key',
  'aws_kms_key_policy',
  // `data "aws_region" "current" {}` names the region of a provider whose `region` is a local.
  'aws_region',
  // A listener whose inputs name a trust store may verify client certificates.
  'aws_lb_trust_store'
])
