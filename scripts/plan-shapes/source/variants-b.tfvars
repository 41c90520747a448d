# Variant B: log bucket with SSE-KMS, no Health alerts, no service-level ALBs, one instance.
log_bucket_kms = true
health_alerts  = false
public_alb     = false
internal_alb   = false
instance_count = 1

albs = {
  "www" = { name = "tmplsvc-kql", logs = true, internal = false }
}

nlbs = {
  "mqtt" = { name = "tmplsvc-kqm", logs = true, tls = true }
}

functions = {
  "ingest" = { name = "tmplsvc-kqn", runtime = "java21", memory = 2048 }
}

roles = {
  "batch" = { name = "tmplsvc-kqo", service = "batch.amazonaws.com", actions = ["s3:PutObject"] }
}
