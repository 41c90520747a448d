variable "roles" {
  type = map(object({
    name    = string
    service = string
    actions = list(string)
  }))
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_iam_role" "this" {
  for_each = var.roles
  name     = each.value.name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = each.value.service }
    }]
  })
  max_session_duration = 3600
  tags                 = var.tags
}

resource "aws_iam_policy" "this" {
  for_each = var.roles
  name     = "${each.value.name}-policy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = each.value.actions
      Resource = "*"
    }]
  })
  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  for_each   = var.roles
  role       = aws_iam_role.this[each.key].name
  policy_arn = aws_iam_policy.this[each.key].arn
}

output "role_arns" {
  value = { for k, r in aws_iam_role.this : k => r.arn }
}
