// AWS facts the rules rest on. Sources: the ELB user guides ("Enable access logs", bucket policy per
// region), the AWS provider's aws_elb_service_account data source, Landing Zone Accelerator v1.15.

/** ELB account per region for regions available before August 2022 (ALB and classic access logs). */
export const ELB_ACCOUNTS: Readonly<Record<string, string>> = Object.freeze({
  'us-east-1': '127311923021',
  'us-east-2': '033677994240',
  'us-west-1': '027434742980',
  'us-west-2': '797873946194',
  'af-south-1': '098369216593',
  'ap-east-1': '754344448648',
  'ap-southeast-3': '589379963580',
  'ap-south-1': '718504428378',
  'ap-northeast-3': '383597477331',
  'ap-northeast-2': '600734575887',
  'ap-southeast-1': '114774131450',
  'ap-southeast-2': '783225319266',
  'ap-northeast-1': '582318560864',
  'ca-central-1': '985666609251',
  'eu-central-1': '054676820928',
  'eu-west-1': '156460612806',
  'eu-west-2': '652711504416',
  'eu-south-1': '635631232127',
  'eu-west-3': '009996457667',
  'eu-north-1': '897822967062',
  'me-south-1': '076674570225',
  'sa-east-1': '507241528517',
  'us-gov-west-1': '048591011584',
  'us-gov-east-1': '190560391635',
  'cn-north-1': '638102146993',
  'cn-northwest-1': '037604701340'
})

/** ALB and classic ELB write as this service in every region (required in regions opened since August 2022). */
export const ELB_LOG_DELIVERY_SERVICE = 'logdelivery.elasticloadbalancing.amazonaws.com'
/** NLB (and CloudWatch vended delivery) write as this service. */
export const LOG_DELIVERY_SERVICE = 'delivery.logs.amazonaws.com'

export const KNOWN_ELB_ACCOUNT_IDS = new Set(Object.values(ELB_ACCOUNTS))

/** Landing Zone Accelerator names its per-region ELB log bucket `<prefix>-elb-access-logs-<account>-<region>`. */
export const LZA_ELB_BUCKET = /-elb-access-logs-(\d{12})-([a-z]{2}(?:-[a-z]+)+-\d)$/

export const AWS_CONTACT_CHANNELS = [
  'AWS Security: aws-security@amazon.com',
  'AWS Customer Incident Response Team (CIRT): open an AWS Support case, or the AWS Security Incident Response service',
  'AWS Shield Response Team (SRT), for DDoS: https://docs.aws.amazon.com/waf/latest/developerguide/ddos-responding.html#ddos-responding-contact-support',
  'Abuse reporting: https://support.aws.amazon.com/#/contacts/report-abuse'
]
