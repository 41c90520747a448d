// Where one load balancer's access logs land (aws-elb-facts A.6):
// s3://<bucket>[/<prefix>]/AWSLogs/<account>/elasticloadbalancing/<region>/yyyy/mm/dd/…
import type { Expression, Template } from './hcl.js'

export interface LogLocation {
  /** The bucket's name, or a reference that gives it. */
  bucket: string | Expression
  /** The key prefix, '' when the load balancer sets none. */
  prefix: string
  /** The account that owns the load balancer. */
  account: string | Expression
  region: string | Expression
}

/** The folder above the day folders, with its trailing slash. */
export function logFolder(logs: LogLocation): Template {
  const prefix = logs.prefix
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => `${segment}/`)
    .join('')
  return merge(['s3://', logs.bucket, `/${prefix}AWSLogs/`, logs.account, '/elasticloadbalancing/', logs.region, '/'])
}

/** Partition projection's template: the day folder is the `day` partition (yyyy/MM/dd). */
export function dayTemplate(logs: LogLocation): Template {
  return merge([...logFolder(logs), '${day}'])
}

/** Adjacent literals joined, so that a template reads as one string where it can. */
function merge(parts: (string | Expression)[]): Template {
  const out: Template = []
  for (const part of parts) {
    const last = out[out.length - 1]
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part
    else out.push(part)
  }
  return out
}
