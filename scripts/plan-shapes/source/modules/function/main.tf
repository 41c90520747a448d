variable "name" {
  type = string
}

variable "runtime" {
  type = string
}

variable "memory" {
  type = number
}

variable "artifact_bucket" {
  type    = string
  default = "acme-build-artifacts-eu-west-1"
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/aws/lambda/${var.name}"
  retention_in_days = 30
  tags              = var.tags
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = "${var.name}-lambda"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }
}

resource "aws_iam_policy" "this" {
  name        = "${var.name}-lambda-logs"
  description = "Lets ${var.name} write its logs"
  policy      = data.aws_iam_policy_document.logs.json
  tags        = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  role       = aws_iam_role.this.name
  policy_arn = aws_iam_policy.this.arn
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = aws_iam_role.this.arn
  handler       = "index.handler"
  runtime       = var.runtime
  memory_size   = var.memory
  timeout       = 30
  s3_bucket     = var.artifact_bucket
  s3_key        = "${var.name}/release.zip"

  environment {
    variables = {
      LOG_LEVEL = "info"
      SERVICE   = var.name
    }
  }

  tracing_config {
    mode = "Active"
  }

  tags       = var.tags
  depends_on = [aws_cloudwatch_log_group.this]
}

resource "aws_lambda_permission" "events" {
  statement_id  = "AllowEventBridge"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this.function_name
  principal     = "events.amazonaws.com"
}

output "arn" {
  value = aws_lambda_function.this.arn
}
