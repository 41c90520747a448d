import type { LoadBalancer, ReaderLocation } from '../model/model.js'
import type { ResourceInstance } from '../model/plan-index.js'
import { knownString } from '../model/value.js'
import { bucketLabel } from './helpers.js'
import { fail, GUIDE, notApplicable, pass, unknown, type LoadBalancerRule, type Outcome, type RuleContext } from './types.js'
import { quote } from '../util/quoted.js'

export const accessLogsAnalyzed: LoadBalancerRule = {
  scope: 'load-balancer',
  meta: {
    id: 'ELBIR005',
    name: 'access-logs-analyzed',
    title: 'Use a tool to analyze access logs',
    practice: 'sec20',
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: 'warning',
    rationale:
      'Logs nobody can query are little help in an incident: an Athena table (or a SIEM) ready before the incident answers who the top requesters are, which TLS ciphers are used and what a client did, in minutes instead of days.',
    remediation:
      'Create an Athena/Glue table over `s3://<bucket>/<prefix>/AWSLogs/<account>/elasticloadbalancing/<region>/` (the AWS samples give the DDL and partition projection), or declare the SIEM that ingests the logs as `analysisTool` in `.elb-ir.yml`.'
  },
  check(lb: LoadBalancer, { model, settings }: RuleContext): Outcome {
    if (lb.kind === 'gateway') return notApplicable('Gateway Load Balancers have no access logs.')
    if (lb.s3Logging === 'no' && lb.vendedAccessLogs.length === 0) return notApplicable('Access logs are off (see ELBIR001).')
    if (settings.analysisTool) return pass(`Access logs are analyzed by ${quote(settings.analysisTool)} (declared in the configuration).`)
    const toCloudWatch = lb.vendedAccessLogs.find((d) => d.destinations.includes('cloudwatch'))
    if (toCloudWatch) return pass('Access logs are delivered to CloudWatch Logs, where Logs Insights can query them.')
    if (lb.s3Logging === 'no') return notApplicable(lb.vendedAccessLogs.length > 0 ? 'Access logs go through vended delivery outside CloudWatch Logs; declare the tool that reads them as `analysisTool`.' : 'Access logs are off (see ELBIR001).')
    const destination = lb.logDestination
    const readers = model.analysisReaders
    if (!destination || destination.kind === 'unknown') {
      if (readers.length > 0) return unknown('The log bucket is known only after apply, so whether the analysis resources read it cannot be told.', { attribute: ['access_logs', 0, 'bucket'] })
      return fail('No Athena/Glue table, crawler or named query is in the plan, and no analysis tool is declared.', { attribute: ['access_logs', 0, 'bucket'], fix: tableFix(lb, '<bucket>', undefined) })
    }
    const name = destination.kind === 'outside-plan' ? destination.name : knownString(destination.bucket.name)
    const bucketInstance = destination.kind === 'in-plan' ? destination.bucket.instance : undefined
    const logs: LogLocation = { bucketName: name, bucketInstance, prefix: logPrefix(lb), lb, sharedBucket: bucketInstance !== undefined && sharesBucket(model.loadBalancers, lb, bucketInstance) }
    let sawUnknown = false
    for (const { resource, locations } of readers) {
      for (const location of locations) {
        const match = readsLogs(resource, location, logs)
        if (match === true) return pass(`${quote(resource.address)} reads the access logs in ${bucketLabel(destination)}.`)
        if (match === 'unknown') sawUnknown = true
      }
    }
    if (sawUnknown) return unknown(`An analysis resource's location or this load balancer's log prefix is known only after apply, so whether it reads the logs in ${bucketLabel(destination)} cannot be told.`)
    // The fix snippet shows the bucket and prefix only when the plan does not mark them sensitive.
    const safeName = destination.kind === 'outside-plan' ? (destination.sensitive ? undefined : name) : destination.bucket.name.kind === 'known' && !destination.bucket.name.sensitive ? name : undefined
    const prefix = lb.logPrefix.value
    const safePrefix = prefix.kind === 'known' && !prefix.sensitive ? knownString(prefix) : undefined
    const under = safePrefix !== undefined && safePrefix !== '' ? ` under ${quote(`${segments(safePrefix).join('/')}/AWSLogs/`)}` : ''
    return fail(`No Athena/Glue table, crawler or named query reads the access logs in ${bucketLabel(destination)}${under}, and no analysis tool is declared.`, { attribute: ['access_logs', 0, 'bucket'], fix: tableFix(lb, safeName ?? '<bucket>', safePrefix) })
  }
}

/** This load balancer's log location: s3://<bucket>/<prefix>/AWSLogs/… (aws-elb-facts A.3, C.3). */
interface LogLocation {
  bucketName: string | undefined
  bucketInstance: ResourceInstance | undefined
  /** Path segments of the prefix ([] for none), or 'unknown' until apply. */
  prefix: string[] | 'unknown'
  lb: LoadBalancer
  /** Another load balancer of the plan logs to the same bucket, so the bucket alone says nothing. */
  sharedBucket: boolean
}

function logPrefix(lb: LoadBalancer): string[] | 'unknown' {
  const prefix = lb.logPrefix.value
  if (prefix.kind === 'unknown') return 'unknown'
  return segments(knownString(prefix) ?? '')
}

function sharesBucket(all: LoadBalancer[], lb: LoadBalancer, bucket: ResourceInstance): boolean {
  return all.some((other) => other !== lb && other.logDestination?.kind === 'in-plan' && other.logDestination.bucket.instance === bucket)
}

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

/**
 * A table, crawler or query counts only when it covers this load balancer's logs: the bucket plus
 * the prefix, a parent of that path (s3://b/, s3://b/checkout/), or a path inside
 * <prefix>/AWSLogs/ (s3://b/checkout/AWSLogs/<account>/elasticloadbalancing/…). Another load
 * balancer's prefix in the same bucket (s3://b/storefront/…) does not.
 */
function readsLogs(resource: ResourceInstance, location: ReaderLocation, logs: LogLocation): boolean | 'unknown' {
  const value = location.value
  if (value.kind === 'known' && typeof value.value === 'string') {
    if (logs.bucketName === undefined) return false
    let result: boolean | 'unknown' = false
    for (const location of s3Locations(value.value)) {
      if (location.bucket !== logs.bucketName) continue
      const covered = coversLogs(location.path, logs.prefix)
      if (covered === true) return true
      if (covered === 'unknown') result = 'unknown'
    }
    return result
  }
  if (value.kind !== 'unknown') return false
  if (logs.bucketInstance && location.buckets.includes(logs.bucketInstance)) return unknownPathCovers(resource, location, logs)
  if (location.buckets.length > 0) return false
  return location.unresolved ? 'unknown' : false
}

/** Every s3://bucket/path in a text (a location, a crawler path, or a query's LOCATION clause). */
function s3Locations(text: string): { bucket: string; path: string[] }[] {
  const found: { bucket: string; path: string[] }[] = []
  for (const match of text.matchAll(/s3:\/\/([^/\s'"`]+)([^\s'"`]*)/g)) found.push({ bucket: match[1], path: segments(match[2]) })
  return found
}

function coversLogs(path: string[], prefix: string[] | 'unknown'): boolean | 'unknown' {
  if (path.length === 0) return true // the whole bucket
  if (prefix === 'unknown') return 'unknown'
  const logRoot = [...prefix, 'AWSLogs']
  const shared = Math.min(path.length, logRoot.length)
  for (let i = 0; i < shared; i++) if (!sameSegment(path[i], logRoot[i])) return false
  return true
}

/** A Terraform template left in a known string (`${day}` of partition projection) matches any one segment. */
function sameSegment(read: string, logged: string): boolean {
  return read === logged || read.includes('${')
}

/**
 * The location references the log bucket but its text is known only after apply. When no other load
 * balancer of the plan logs to that bucket, its logs are the only ones the plan puts there. Otherwise
 * it counts when it is built from the same expression as this load balancer's prefix.
 */
function unknownPathCovers(resource: ResourceInstance, location: ReaderLocation, logs: LogLocation): boolean | 'unknown' {
  if (!logs.sharedBucket) return true
  if (resource.moduleInstance !== logs.lb.instance.moduleInstance) return 'unknown'
  const prefixRefs = logs.lb.logPrefix.references
  const readerRefs = new Set(location.references)
  return prefixRefs.length > 0 && prefixRefs.every((ref) => readerRefs.has(ref)) ? true : 'unknown'
}

function tableFix(lb: LoadBalancer, bucket: string, prefix: string | undefined): string {
  const location = `s3://${bucket}/${prefix ? `${prefix}/` : ''}AWSLogs/<account-id>/elasticloadbalancing/<region>/`
  const nlb = lb.kind === 'network'
  return `resource "aws_glue_catalog_table" "${nlb ? 'nlb' : 'alb'}_access_logs" {
  name          = "${nlb ? 'nlb_tls_logs' : 'alb_access_logs'}"
  database_name = aws_glue_catalog_database.elb_logs.name
  table_type    = "EXTERNAL_TABLE"
  parameters = {
    "projection.enabled"        = "true"
    "projection.day.type"       = "date"
    "projection.day.range"      = "2024/01/01,NOW"
    "projection.day.format"     = "yyyy/MM/dd"
    "storage.location.template" = "${location}\${day}"
  }
  storage_descriptor {
    location = "${location}"
    # columns and ser_de_info: see the Athena ${nlb ? 'NLB' : 'ALB'} access log table DDL
  }
}`
}
