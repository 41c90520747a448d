# The "service" configuration whose plans give scripts/generate-plan.mjs its resource shapes.
#
# scripts/plan-shapes/extract.mjs plans it offline (Terraform 1.11, AWS provider 5.100, dummy
# credentials, -refresh=false) once per variants-*.tfvars file and turns what `terraform show -json`
# printed into the shape library. Every name derives from "tmplsvc" (the service) and "kq<letter>"
# (an instance), so that the generator can give each copy its own names.

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}

provider "aws" {
  region = "eu-west-1"

  # Dummy credentials: this configuration is only planned, offline.
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "dummy"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "name" {
  type    = string
  default = "tmplsvc"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "cidr" {
  type    = string
  default = "10.40.0.0/16"
}

variable "azs" {
  type = map(number)
  default = {
    "eu-west-1a" = 0
    "eu-west-1b" = 1
    "eu-west-1c" = 2
  }
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "certificate_arn" {
  type    = string
  default = "arn:aws:acm:eu-west-1:444455556666:certificate/5f2c7a1e-9b3d-4c8a-a6e1-0d4b7f3c2e91"
}

variable "log_bucket_kms" {
  type    = bool
  default = false
}

variable "health_alerts" {
  type    = bool
  default = true
}

variable "public_alb" {
  type    = bool
  default = true
}

variable "internal_alb" {
  type    = bool
  default = true
}

variable "albs" {
  type = map(object({
    name     = string
    logs     = bool
    internal = bool
  }))
  default = {}
}

variable "nlbs" {
  type = map(object({
    name = string
    logs = bool
    tls  = bool
  }))
  default = {}
}

variable "classic_elbs" {
  type = map(object({
    name = string
    logs = bool
  }))
  default = {}
}

variable "functions" {
  type = map(object({
    name    = string
    runtime = string
    memory  = number
  }))
  default = {}
}

variable "roles" {
  type = map(object({
    name    = string
    service = string
    actions = list(string)
  }))
  default = {}
}

variable "tags" {
  type = map(string)
  default = {
    Owner      = "platform-team"
    CostCenter = "cc-4410"
  }
}

locals {
  tags = merge(var.tags, {
    Service     = var.name
    Environment = var.environment
    ManagedBy   = "terraform"
  })
}

module "net" {
  count  = 1
  source = "./modules/network"

  name = var.name
  cidr = var.cidr
  azs  = var.azs
  tags = local.tags
}

module "compute" {
  source = "./modules/compute"

  name           = var.name
  instance_count = var.instance_count
  vpc_id         = module.net[0].vpc_id
  subnet_ids     = module.net[0].private_subnet_ids
  tags           = local.tags
}

module "fn" {
  for_each = var.functions
  source   = "./modules/function"

  name    = each.value.name
  runtime = each.value.runtime
  memory  = each.value.memory
  tags    = local.tags
}

module "iam" {
  source = "./modules/iam"

  roles = var.roles
  tags  = local.tags
}

module "logs" {
  source = "./modules/log-bucket"

  name    = var.name
  sse_kms = var.log_bucket_kms
  tags    = local.tags
}

module "alb" {
  for_each = var.albs
  source   = "./modules/alb"

  name                = each.value.name
  internal            = each.value.internal
  access_logs_enabled = each.value.logs
  log_bucket          = module.logs.bucket_id
  log_prefix          = each.value.name
  vpc_id              = module.net[0].vpc_id
  subnet_ids          = module.net[0].public_subnet_ids
  certificate_arn     = var.certificate_arn
  tags                = local.tags

  depends_on = [module.logs]
}

module "nlb" {
  for_each = var.nlbs
  source   = "./modules/nlb"

  name                = each.value.name
  access_logs_enabled = each.value.logs
  tls                 = each.value.tls
  log_bucket          = module.logs.bucket_id
  vpc_id              = module.net[0].vpc_id
  subnet_ids          = module.net[0].public_subnet_ids
  certificate_arn     = var.certificate_arn
  tags                = local.tags
}

module "classic" {
  for_each = var.classic_elbs
  source   = "./modules/classic"

  name        = each.value.name
  access_logs = each.value.logs
  log_bucket  = module.logs.bucket_id
  subnet_ids  = module.net[0].public_subnet_ids
  tags        = local.tags
}

module "health" {
  count  = var.health_alerts ? 1 : 0
  source = "./modules/health"

  name = var.name
  tags = local.tags
}

# A public ALB beside its own log bucket, in this module.
resource "aws_s3_bucket" "lb_logs" {
  count  = var.public_alb ? 1 : 0
  bucket = "${var.name}-public-alb-logs"
  tags   = local.tags
}

resource "aws_s3_bucket_server_side_encryption_configuration" "lb_logs" {
  count  = var.public_alb ? 1 : 0
  bucket = aws_s3_bucket.lb_logs[0].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "lb_logs" {
  count                   = var.public_alb ? 1 : 0
  bucket                  = aws_s3_bucket.lb_logs[0].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_lb" "public" {
  count              = var.public_alb ? 1 : 0
  name               = "${var.name}-public"
  load_balancer_type = "application"
  internal           = false
  subnets            = module.net[0].public_subnet_ids
  security_groups    = [module.compute.security_group_id]

  access_logs {
    bucket  = aws_s3_bucket.lb_logs[0].id
    prefix  = "public"
    enabled = true
  }

  tags = local.tags
}

resource "aws_lb_target_group" "public" {
  count       = var.public_alb ? 1 : 0
  name        = "${var.name}-public"
  port        = 8080
  protocol    = "HTTP"
  target_type = "instance"
  vpc_id      = module.net[0].vpc_id

  health_check {
    path    = "/healthz"
    matcher = "200"
  }
}

resource "aws_lb_listener" "public_https" {
  count             = var.public_alb ? 1 : 0
  load_balancer_arn = aws_lb.public[0].arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.public[0].arn
  }
}

# An internal ALB without access logs.
resource "aws_lb" "internal" {
  count              = var.internal_alb ? 1 : 0
  name               = "${var.name}-internal"
  load_balancer_type = "application"
  internal           = true
  subnets            = module.net[0].private_subnet_ids
  security_groups    = [module.compute.security_group_id]
  tags               = local.tags
}

resource "aws_lb_listener" "internal_http" {
  count             = var.internal_alb ? 1 : 0
  load_balancer_arn = aws_lb.internal[0].arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "not found"
      status_code  = "404"
    }
  }
}

output "vpc_id" {
  value = module.net[0].vpc_id
}

output "log_bucket" {
  value = module.logs.bucket_id
}

output "public_dns_name" {
  value = var.public_alb ? aws_lb.public[0].dns_name : null
}
