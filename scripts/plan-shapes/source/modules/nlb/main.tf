variable "name" {
  type = string
}

variable "access_logs_enabled" {
  type    = bool
  default = true
}

variable "tls" {
  type    = bool
  default = true
}

variable "log_bucket" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_lb" "this" {
  name                             = var.name
  internal                         = false
  load_balancer_type               = "network"
  subnets                          = var.subnet_ids
  enable_cross_zone_load_balancing = true

  access_logs {
    bucket  = var.log_bucket
    prefix  = var.name
    enabled = var.access_logs_enabled
  }

  tags = var.tags
}

resource "aws_lb_target_group" "this" {
  name        = var.name
  port        = 8443
  protocol    = "TCP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    protocol = "TCP"
    interval = 10
  }

  tags = var.tags
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.this.arn
  port              = 8443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }
}

resource "aws_lb_listener" "tls" {
  count             = var.tls ? 1 : 0
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }
}

output "arn" {
  value = aws_lb.this.arn
}
