import type { LoadBalancer, LogDestination, Tristate } from '../model/model.js'
import { displayValue } from '../model/value.js'
import { notApplicable, type Outcome } from './types.js'
import { quote } from '../util/quoted.js'

/** Whether the load balancer writes access logs by any route (S3, or CloudWatch vended delivery). */
export function loggingState(lb: LoadBalancer): Tristate {
  if (lb.s3Logging === 'yes' || lb.vendedAccessLogs.length > 0) return 'yes'
  return lb.s3Logging
}

/** The not-applicable outcome shared by the rules that judge where logs go, or null to go on. */
export function unlessLogsToS3(lb: LoadBalancer): Outcome | null {
  if (lb.kind === 'gateway') return notApplicable('Gateway Load Balancers have no access logs.')
  if (lb.s3Logging === 'no') {
    return notApplicable(lb.vendedAccessLogs.length > 0 ? 'Access logs go through CloudWatch vended log delivery, not to an S3 bucket.' : 'Access logs are off (see ELBIR001).')
  }
  return null
}

export function bucketLabel(destination: LogDestination): string {
  if (destination.kind === 'outside-plan') return destination.sensitive ? 'the log bucket (name is sensitive)' : quote(destination.name)
  if (destination.kind === 'in-plan') {
    const address = quote(destination.bucket.instance.address)
    return destination.bucket.name.kind === 'known' ? `${quote(displayValue(destination.bucket.name))} (${address})` : address
  }
  return 'the log bucket'
}

/** The access-log prefix attribute: `bucket_prefix` on aws_elb, `prefix` on aws_lb. */
export function prefixAttribute(lb: LoadBalancer): 'bucket_prefix' | 'prefix' {
  return lb.kind === 'classic' ? 'bucket_prefix' : 'prefix'
}

/** Module-relative address of an instance's block, as written in `depends_on` beside it. */
export function localAddress(address: string): string {
  return address.replace(/^(module\.[^.[]+(\[[^\]]*\])?\.)+/, '').replace(/\[[^\]]*\]$/, '')
}
