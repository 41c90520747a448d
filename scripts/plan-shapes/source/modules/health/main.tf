variable "name" {
  type = string
}

variable "email" {
  type    = string
  default = "oncall@example.com"
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_sns_topic" "this" {
  name              = "${var.name}-health-events"
  kms_master_key_id = "alias/aws/sns"
  tags              = var.tags
}

data "aws_iam_policy_document" "topic" {
  statement {
    sid       = "AllowEventBridge"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.this.arn]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_sns_topic_policy" "this" {
  arn    = aws_sns_topic.this.arn
  policy = data.aws_iam_policy_document.topic.json
}

resource "aws_cloudwatch_event_rule" "this" {
  name        = "${var.name}-elb-health"
  description = "AWS Health events for Elastic Load Balancing"
  event_pattern = jsonencode({
    source        = ["aws.health"]
    "detail-type" = ["AWS Health Event"]
    detail = {
      service = ["ELASTICLOADBALANCING"]
    }
  })
  tags = var.tags
}

resource "aws_cloudwatch_event_target" "this" {
  rule      = aws_cloudwatch_event_rule.this.name
  target_id = "sns"
  arn       = aws_sns_topic.this.arn
}

resource "aws_sns_topic_subscription" "email" {
  topic_arn = aws_sns_topic.this.arn
  protocol  = "email"
  endpoint  = var.email
}
