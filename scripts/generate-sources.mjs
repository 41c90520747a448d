// Writes a large Terraform source tree for the sources benchmark (`npm run bench`): a root module that
// calls many local modules (for_each and count), each spread over several files, with variables, locals,
// module outputs, count/for_each resources, dynamic blocks, policy documents and built-in functions,
// plus the load balancers, listeners and log buckets the checker judges.
//
//   node scripts/generate-sources.mjs --out <dir> [--size 5MB] [--quiet]
//
// The tree is deterministic for a given size. It is never planned: it only has to be what Terraform would
// accept, so that the evaluator does real work on it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { out: { type: 'string' }, size: { type: 'string', default: '5MB' }, quiet: { type: 'boolean' } } })
if (!values.out) {
  console.error('usage: node scripts/generate-sources.mjs --out <dir> [--size 5MB]')
  process.exit(2)
}
const target = parseSize(values.size)
const out = values.out

function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(KB|MB)$/i.exec(text)
  if (!match) throw new Error(`--size takes a size such as 5MB (got ${text})`)
  return Number(match[1]) * (match[2].toUpperCase() === 'KB' ? 1024 : 1024 * 1024)
}

/** One service module: a load balancer (count), its listeners (for_each), its log bucket and policy, and filler that references them. */
function serviceModule(i, fillerBlocks) {
  const files = {}
  files['variables.tf'] = `variable "name" {
  type = string
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "enabled" {
  type    = bool
  default = true
}

variable "ports" {
  type    = map(number)
  default = { http = 80, https = 443 }
}

variable "subnet_ids" {
  type = list(string)
}

variable "account_id" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
`
  files['locals.tf'] = `locals {
  bucket_name = lower(format("%s-%s-logs-%03d", var.name, var.environment, ${i}))
  prefix      = "svc-${i}"
  common_tags = merge(var.tags, { Service = var.name, Environment = var.environment, Index = tostring(${i}) })
  tls_ports   = { for name, port in var.ports : name => port if port == 443 }
  plain_ports = { for name, port in var.ports : name => port if port != 443 }
  cidrs       = [for n in range(4) : cidrsubnet("10.${i % 250}.0.0/16", 8, n)]
}
`
  files['logs.tf'] = `resource "aws_s3_bucket" "logs" {
  bucket = local.bucket_name
  tags   = local.common_tags
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = ${30 + (i % 365)}
    }
  }
}

data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "AllowLogDelivery"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/\${local.prefix}/AWSLogs/\${var.account_id}/*"]
    principals {
      type        = "Service"
      identifiers = ["logdelivery.elasticloadbalancing.amazonaws.com"]
    }
  }
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.logs.arn,
      "\${aws_s3_bucket.logs.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json
}
`
  const kind = i % 3 === 0 ? 'network' : 'application'
  files['lb.tf'] = `resource "aws_lb" "this" {
  count              = var.enabled ? 1 : 0
  name               = substr("\${var.name}-\${var.environment}", 0, 32)
  load_balancer_type = "${kind}"
  internal           = ${i % 2 === 0}
  subnets            = var.subnet_ids
  tags               = local.common_tags

  access_logs {
    bucket  = aws_s3_bucket.logs.id
    prefix  = local.prefix
    enabled = ${i % 5 !== 0}
  }

  depends_on = [aws_s3_bucket_policy.logs]
}

resource "aws_lb_target_group" "this" {
  for_each = var.ports
  name     = substr("\${var.name}-\${each.key}", 0, 32)
  port     = each.value
  protocol = "${kind === 'network' ? 'TCP' : 'HTTP'}"
  vpc_id   = "vpc-0a1b2c3d4e5f67890"
}

resource "aws_lb_listener" "this" {
  for_each          = var.enabled ? var.ports : {}
  load_balancer_arn = aws_lb.this[0].arn
  port              = each.value
  protocol          = each.value == 443 ? "${kind === 'network' ? 'TLS' : 'HTTPS'}" : "${kind === 'network' ? 'TCP' : 'HTTP'}"
  certificate_arn   = each.value == 443 ? "arn:aws:acm:eu-west-1:444455556666:certificate/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000" : null

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[each.key].arn
  }
}
`
  // Filler: what a real service module holds beside its load balancer, referencing its locals and variables.
  const filler = []
  for (let b = 0; b < fillerBlocks; b++) {
    filler.push(`resource "aws_security_group" "tier_${b}" {
  name        = "\${var.name}-tier-${b}"
  description = join(" ", ["tier", "${b}", "of", var.name])
  vpc_id      = "vpc-0a1b2c3d4e5f67890"
  tags        = merge(local.common_tags, { Tier = "${b}" })

  dynamic "ingress" {
    for_each = local.cidrs
    content {
      from_port   = ${1000 + b}
      to_port     = ${1000 + b}
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
      description = "from \${ingress.value} (\${ingress.key})"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "tier_${b}" {
  count               = length(local.tls_ports) > 0 ? 1 : 0
  alarm_name          = "\${var.name}-tier-${b}-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = ${1 + (b % 5)}
  metric_name         = "HTTPCode_ELB_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = ${10 * (b + 1)}
  tags                = local.common_tags
}
`)
  }
  files['tiers.tf'] = filler.join('\n')
  files['outputs.tf'] = `output "lb_arns" {
  value = aws_lb.this[*].arn
}

output "bucket" {
  value = aws_s3_bucket.logs.id
}

output "listener_ports" {
  value = sort([for name, port in var.ports : tostring(port)])
}
`
  return files
}

function rootFiles(services) {
  return {
    'main.tf': `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "account_id" {
  type    = string
  default = "444455556666"
}

locals {
  environments = toset(["prod", "staging"])
  subnet_ids   = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
  tags         = { Owner = "platform", ManagedBy = "terraform" }
}
`,
    'services.tf': services
      .map(
        (i) => `module "svc_${i}" {
  source      = "./modules/svc-${i}"
  for_each    = ${i % 4 === 0 ? 'local.environments' : 'toset(["prod"])'}
  name        = "svc${i}"
  environment = each.key
  enabled     = ${i % 7 !== 0}
  subnet_ids  = local.subnet_ids
  account_id  = var.account_id
  tags        = merge(local.tags, { Team = "team-${i % 12}" })
}
`
      )
      .join('\n'),
    'health.tf': `resource "aws_cloudwatch_event_rule" "health" {
  name = "elb-health-events"
  event_pattern = jsonencode({
    source      = ["aws.health"]
    detail-type = ["AWS Health Event"]
    detail      = { service = ["ELASTICLOADBALANCING"] }
  })
}

resource "aws_sns_topic" "health" {
  name = "elb-health"
}

resource "aws_cloudwatch_event_target" "health" {
  rule = aws_cloudwatch_event_rule.health.name
  arn  = aws_sns_topic.health.arn
}

output "buckets" {
  value = { ${services
      .slice(0, 20)
      .map((i) => `svc_${i} = [for m in module.svc_${i} : m.bucket]`)
      .join(', ')} }
}
`
  }
}

const FILLER_BLOCKS = 6
rmSync(out, { recursive: true, force: true })
let bytes = 0
const services = []
for (let i = 0; bytes < target; i++) {
  const files = serviceModule(i, FILLER_BLOCKS)
  const dir = join(out, 'modules', `svc-${i}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text)
    bytes += Buffer.byteLength(text)
  }
  services.push(i)
}
for (const [name, text] of Object.entries(rootFiles(services))) {
  writeFileSync(join(out, name), text)
  bytes += Buffer.byteLength(text)
}
if (!values.quiet) console.log(`wrote ${services.length} modules, ${services.length * 6 + 3} files, ${(bytes / 2 ** 20).toFixed(1)} MB of .tf into ${out}`)
