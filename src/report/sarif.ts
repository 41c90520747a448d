import type { Severity } from '../severity.js'
import { unquote } from '../util/quoted.js'
import { encodePathSegments } from '../util/uri.js'
import { plainText } from './escape.js'
import { resultMessage } from './json.js'
import { ruleOf, type Report, type Result } from './types.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }
/** What code scanning reads from a result's change: new, updated (regressed) or unchanged (existing). */
const BASELINE_STATE: Record<NonNullable<Result['change']>, 'new' | 'updated' | 'unchanged'> = { new: 'new', regressed: 'updated', existing: 'unchanged' }
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', notice: '3.0' }

export interface SarifOptions {
  /** Prefix for location paths, to make them relative to the repository root. */
  pathPrefix?: string
}

/** SARIF 2.1.0 for GitHub code scanning: stable rule ids, help, security-severity, fingerprints. */
export function toSarif(report: Report, options: SarifOptions = {}) {
  const rules = report.rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    helpUri: rule.helpUri,
    help: {
      text: `${rule.rationale}\n\n${rule.remediation}`,
      markdown: `**${rule.title}** (${rule.practice})\n\n${rule.rationale}\n\n**Remediation:** ${rule.remediation}\n\n[AWS ELB best practices](${rule.helpUri})`
    },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: ['security', 'terraform', 'aws', 'elb', 'incident-response', rule.practice],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity]
    }
  }))
  const results = report.results.filter((r) => r.verdict === 'fail' || r.verdict === 'unknown' || r.verdict === 'suppressed').map((r) => sarifResult(report, r, options))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'elb-ir-check', version: report.tool.version, semanticVersion: report.tool.version, informationUri: 'https://aws.github.io/aws-elb-best-practices/security/incident_response/', rules } },
        automationDetails: { id: 'elb-ir-check/' },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

function sarifResult(report: Report, result: Result, options: SarifOptions) {
  const ruleIndex = report.rules.findIndex((rule) => rule.id === result.ruleId)
  const severity = result.severity ?? 'notice'
  const file = result.location ? `${options.pathPrefix ?? ''}${result.location.file}` : result.plan
  const physical = { artifactLocation: { uri: relativeUri(file) }, region: { startLine: result.location?.line ?? 1 } }
  const entry: Record<string, unknown> = {
    ruleId: result.ruleId,
    ruleIndex,
    kind: result.verdict === 'unknown' ? 'review' : 'fail',
    level: result.verdict === 'unknown' ? 'note' : LEVEL[severity],
    message: { text: plainText(result.verdict === 'unknown' ? `${unquote(result.summary)} (known only after apply)` : resultMessage(result, ruleOf(report, result.ruleId))) },
    locations: [{ physicalLocation: physical, logicalLocations: result.address ? [{ fullyQualifiedName: result.address, kind: 'resource' }] : [] }],
    partialFingerprints: { 'elbIrFinding/v1': result.fingerprint },
    // Reports of earlier versions know no change: their results carry no baseline state.
    ...(result.change ? { baselineState: BASELINE_STATE[result.change] } : {}),
    properties: { 'security-severity': SECURITY_SEVERITY[severity], address: result.address, plan: result.plan }
  }
  if (result.suppression) {
    entry.suppressions = [{ kind: result.suppression.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: plainText(result.suppression.reason) }]
  }
  return entry
}

/** A path as a relative URI reference, whichever separator it was written with. */
function relativeUri(file: string): string {
  return encodePathSegments(file.split(/[\\/]/))
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n'
}
