import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-MML4BPFQ.js";

// src/model/relevant-types.ts
var BUCKET_COMPANION_TYPES = [
  "aws_s3_bucket_policy",
  "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_public_access_block",
  "aws_s3_bucket_versioning",
  "aws_s3_bucket_ownership_controls",
  "aws_s3_bucket_lifecycle_configuration",
  "aws_s3_bucket_object_lock_configuration",
  "aws_s3_bucket_acl",
  "aws_s3_bucket_logging"
];
var RELEVANT_TYPES = /* @__PURE__ */ new Set([
  "aws_lb",
  "aws_alb",
  "aws_elb",
  "aws_lb_listener",
  "aws_alb_listener",
  "aws_s3_bucket",
  ...BUCKET_COMPANION_TYPES,
  "aws_cloudwatch_log_delivery_source",
  "aws_cloudwatch_log_delivery",
  "aws_cloudwatch_log_delivery_destination",
  "aws_cloudwatch_log_group",
  "aws_kinesis_firehose_delivery_stream",
  "aws_glue_catalog_table",
  "aws_glue_crawler",
  "aws_athena_named_query",
  "aws_cloudwatch_event_rule",
  "aws_cloudwatch_event_target",
  "aws_notifications_event_rule",
  "aws_notifications_managed_notification_account_contact_association",
  "aws_notifications_managed_notification_additional_channel_association",
  "aws_shield_proactive_engagement",
  "aws_shield_drt_access_role_arn_association",
  "aws_shield_drt_access_log_bucket_association",
  "aws_shield_protection",
  "aws_iam_policy_document",
  "aws_elb_service_account",
  // The customer managed key of an NLB log bucket, whose key policy ELBIR002 reads.
  "aws_kms_key",
  "aws_kms_key_policy",
  // `data "aws_region" "current" {}` names the region of a provider whose `region` is a local.
  "aws_region",
  // A listener whose inputs name a trust store may verify client certificates.
  "aws_lb_trust_store"
]);

// src/plan/limits.ts
var SHOW_JSON_REMEDY = "Pass the output of `terraform show -json <planfile>`";
var MAX_MODULE_DEPTH = 100;
function modulesTooDeep(file) {
  return new InputError(file, `nests modules more than ${MAX_MODULE_DEPTH} levels deep`, `${SHOW_JSON_REMEDY}; Terraform plans nest modules a few levels`);
}

// src/rules/aws-facts.ts
var ELB_ACCOUNTS = Object.freeze({
  "us-east-1": "127311923021",
  "us-east-2": "033677994240",
  "us-west-1": "027434742980",
  "us-west-2": "797873946194",
  "af-south-1": "098369216593",
  "ap-east-1": "754344448648",
  "ap-southeast-3": "589379963580",
  "ap-south-1": "718504428378",
  "ap-northeast-3": "383597477331",
  "ap-northeast-2": "600734575887",
  "ap-southeast-1": "114774131450",
  "ap-southeast-2": "783225319266",
  "ap-northeast-1": "582318560864",
  "ca-central-1": "985666609251",
  "eu-central-1": "054676820928",
  "eu-west-1": "156460612806",
  "eu-west-2": "652711504416",
  "eu-south-1": "635631232127",
  "eu-west-3": "009996457667",
  "eu-north-1": "897822967062",
  "me-south-1": "076674570225",
  "sa-east-1": "507241528517",
  "us-gov-west-1": "048591011584",
  "us-gov-east-1": "190560391635",
  "cn-north-1": "638102146993",
  "cn-northwest-1": "037604701340"
});
var ELB_LOG_DELIVERY_SERVICE = "logdelivery.elasticloadbalancing.amazonaws.com";
var LOG_DELIVERY_SERVICE = "delivery.logs.amazonaws.com";
var KNOWN_ELB_ACCOUNT_IDS = new Set(Object.values(ELB_ACCOUNTS));
var LZA_ELB_BUCKET = /-elb-access-logs-(\d{12})-([a-z]{2}(?:-[a-z]+)+-\d)$/;
var AWS_CONTACT_CHANNELS = [
  "AWS Security: aws-security@amazon.com",
  "AWS Customer Incident Response Team (CIRT): open an AWS Support case, or the AWS Security Incident Response service",
  "AWS Shield Response Team (SRT), for DDoS: https://docs.aws.amazon.com/waf/latest/developerguide/ddos-responding.html#ddos-responding-contact-support",
  "Abuse reporting: https://support.aws.amazon.com/#/contacts/report-abuse"
];

export {
  BUCKET_COMPANION_TYPES,
  RELEVANT_TYPES,
  ELB_ACCOUNTS,
  ELB_LOG_DELIVERY_SERVICE,
  LOG_DELIVERY_SERVICE,
  KNOWN_ELB_ACCOUNT_IDS,
  LZA_ELB_BUCKET,
  AWS_CONTACT_CHANNELS,
  SHOW_JSON_REMEDY,
  MAX_MODULE_DEPTH,
  modulesTooDeep
};
