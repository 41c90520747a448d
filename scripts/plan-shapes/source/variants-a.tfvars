# Variant A: log bucket with SSE-S3, AWS Health alerts, public and internal ALBs, every kind of LB module.
log_bucket_kms = false
health_alerts  = true
public_alb     = true
internal_alb   = true
instance_count = 2

albs = {
  "api.v1"       = { name = "tmplsvc-kqa", logs = true, internal = false }
  "ops \"blue\"" = { name = "tmplsvc-kqb", logs = false, internal = true }
}

nlbs = {
  "edge tls" = { name = "tmplsvc-kqc", logs = true, tls = true }
  "edge.tcp" = { name = "tmplsvc-kqd", logs = true, tls = false }
  "int"      = { name = "tmplsvc-kqe", logs = false, tls = false }
}

classic_elbs = {
  "legacy"  = { name = "tmplsvc-kqf", logs = true }
  "old app" = { name = "tmplsvc-kqg", logs = false }
}

functions = {
  "resize"       = { name = "tmplsvc-kqh", runtime = "nodejs20.x", memory = 512 }
  "thumbnail.v2" = { name = "tmplsvc-kqi", runtime = "python3.12", memory = 1024 }
}

roles = {
  "ci.deployer" = { name = "tmplsvc-kqj", service = "codebuild.amazonaws.com", actions = ["ecr:*", "ecs:UpdateService", "s3:GetObject"] }
  "read only"   = { name = "tmplsvc-kqk", service = "ec2.amazonaws.com", actions = ["s3:GetObject", "s3:ListBucket"] }
}
