variable "name" {
  type = string
}

variable "access_logs" {
  type    = bool
  default = true
}

variable "log_bucket" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_elb" "this" {
  name    = var.name
  subnets = var.subnet_ids

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  health_check {
    healthy_threshold   = 2
    unhealthy_threshold = 2
    timeout             = 3
    target              = "HTTP:8080/healthz"
    interval            = 30
  }

  dynamic "access_logs" {
    for_each = var.access_logs ? [var.log_bucket] : []
    content {
      bucket        = access_logs.value
      bucket_prefix = var.name
      interval      = 60
    }
  }

  cross_zone_load_balancing   = true
  idle_timeout                = 60
  connection_draining         = true
  connection_draining_timeout = 300

  tags = var.tags
}

output "dns_name" {
  value = aws_elb.this.dns_name
}
