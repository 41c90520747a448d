import { existsSync } from 'node:fs'
import type { Severity } from '../severity.js'

export interface RuleSetting {
  enabled: boolean
  severity?: Severity
}

export interface Exemption {
  /** Glob over Terraform addresses (`module.legacy.*`), or `plan` for the plan-wide rules. */
  address: string
  rule: string
  reason: string
  /** ISO date; after it the finding returns. */
  expires?: string
}

export interface Playbook {
  /** As given in the configuration, relative to the configuration's folder. */
  path: string
  text: string
}

export interface Settings {
  rules: Map<string, RuleSetting>
  logArchive: { buckets: string[]; accounts: string[] }
  /** A log-analysis tool outside the plan (a SIEM), by name. */
  analysisTool?: string
  /** How many days access logs are kept (the lifecycle rule the fix writes); 365 when not set. */
  retentionDays?: number
  /** AWS Health is monitored organization-wide, outside this plan. */
  organizationHealthMonitoring?: string
  playbooks: Playbook[]
  exemptions: Exemption[]
  /** Where the settings came from, for messages: relative to the repository root when inside it. */
  source: string | null
  /** Remarks about the configuration (a playbook outside the repository), one line each. */
  warnings?: string[]
}

export function defaultSettings(): Settings {
  return { rules: new Map(), logArchive: { buckets: [], accounts: [] }, playbooks: [], exemptions: [], source: null }
}

/**
 * The settings of the configuration file given (which must exist), else of the first default place that
 * has one, else the defaults. The YAML reader is loaded only when there is a file to read. `root` is the
 * repository root: messages name the file relative to it, and playbooks are read only inside it.
 */
export async function settingsFrom(given: string | undefined, defaultPlaces: readonly string[], root?: string): Promise<Settings> {
  const file = given ?? defaultPlaces.find((place) => existsSync(place))
  if (!file) return defaultSettings()
  const { loadSettings } = await import('./load.js')
  return loadSettings(file, { root })
}
