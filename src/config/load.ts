import { lstatSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, resolve, relative } from 'node:path'
import { realPath, shownPath, staysInside } from '../util/inside.js'
import type { ErrorObject } from 'ajv'
import { validateConfig } from '../generated/validators.js'
import { glob } from 'tinyglobby'
import { parseDocument } from 'yaml'
import { InputError, specialFileKind } from '../errors.js'
import { MAX_ALTERNATIVES, safeFileGlob } from '../util/path-glob.js'
import { SEVERITIES, type Severity } from '../severity.js'
import configSchema from './config.schema.json' with { type: 'json' }
import { defaultSettings, type Settings } from './settings.js'

const MAX_PLAYBOOK_BYTES = 2 * 1024 * 1024

interface RawConfig {
  rules?: Record<string, 'off' | Severity | { enabled?: boolean; severity?: Severity }>
  logArchive?: { buckets?: string[]; accounts?: string[] }
  analysisTool?: string
  retentionDays?: number
  organizationHealthMonitoring?: string
  playbooks?: string[]
  exemptions?: { address: string; rule: string; reason: string; expires?: string }[]
}

export interface LoadSettingsOptions {
  /**
   * The repository root. Messages and reports name the file relative to it (never the runner's absolute
   * path), and playbooks are read only inside it; without it, or for a file outside it, the file's folder.
   */
  root?: string
}

/** Reads and validates `.elb-ir.yml`; an invalid file is an input error naming the key and the allowed values. */
export async function loadSettings(path: string, options: LoadSettingsOptions = {}): Promise<Settings> {
  const shown = options.root !== undefined ? shownPath(options.root, path) : path
  let text: string
  try {
    const special = specialFileKind(await stat(path))
    if (special) throw new InputError(shown, `is ${special}, not a regular file`, 'Point --config at the .elb-ir.yml file')
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(shown, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`, 'Check the --config path')
  }
  if (text.includes('\u0000')) throw new InputError(shown, 'is a binary file, not YAML', 'Point --config at the .elb-ir.yml text file')
  let raw: unknown
  try {
    // Silent: the YAML reader would print its warnings (with the file's raw bytes) to stderr itself.
    // A warning (an unknown directive) refuses the file like an error does, in our one line.
    const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' })
    const fault = doc.errors[0] ?? doc.warnings[0]
    if (fault) throw fault
    raw = doc.toJS({ maxAliasCount: 50 }) ?? {}
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line
    throw new InputError(shown, `is not valid YAML${line ? ` (line ${line})` : ''}`, 'Fix the syntax; see docs/configuration.md')
  }
  const problem = checkConfig(raw)
  if (problem) throw new InputError(shown, problem, 'See docs/configuration.md')
  const boundary = options.root !== undefined && staysInside(options.root, path) ? options.root : dirname(realPath(path) ?? resolve(path))
  return toSettings(raw as RawConfig, path, boundary, shown)
}

export function checkConfig(raw: unknown): string | null {
  if (!validateConfig(raw)) return describeConfigError(pickError(validateConfig.errors ?? []))
  const exemptions = (raw as RawConfig).exemptions ?? []
  for (let i = 0; i < exemptions.length; i++) {
    const expires = exemptions[i].expires
    if (expires && !isRealDate(expires)) return `has an invalid value at \`exemptions.${i}.expires\`; ${expires} is not a date (YYYY-MM-DD)`
  }
  return null
}

/** The most useful of ajv's errors: the deepest, preferring unknown keys and enum mismatches. */
function pickError(errors: ErrorObject[]): ErrorObject | undefined {
  const rank = (e: ErrorObject) => (e.keyword === 'additionalProperties' || e.keyword === 'propertyNames' ? 3 : e.keyword === 'enum' ? 2 : e.keyword === 'anyOf' ? 0 : 1)
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank(b) - rank(a))[0]
}

function describeConfigError(error: ErrorObject | undefined): string {
  if (!error) return 'is not a valid configuration'
  const at = (extra?: string) => {
    const path = error.instancePath.split('/').filter(Boolean).concat(extra ? [extra] : [])
    return path.length ? path.join('.') : '(top level)'
  }
  const allowedKeys = (schemaPath: string) => {
    const node = schemaNode(schemaPath.replace(/\/additionalProperties$/, ''))
    return node?.properties ? Object.keys(node.properties).join(', ') : ''
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      return `has an unknown key \`${at(key)}\`; allowed here: ${allowedKeys(error.schemaPath)}`
    }
    case 'propertyNames':
      return `has an unknown rule id \`${at(String((error.params as { propertyName: string }).propertyName))}\`; allowed: ELBIR001 … ELBIR009`
    case 'enum':
      return `has an invalid value at \`${at()}\`; allowed: ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`
    case 'anyOf':
      return `has an invalid value at \`${at()}\`; allowed: off, ${SEVERITIES.join(', ')}, or { enabled: true|false, severity: ${SEVERITIES.join('|')} }`
    case 'pattern':
      if ((error.params as { pattern: string }).pattern === '\\S') return `has an empty value at \`${at()}\`; give some text`
      return `has an invalid value at \`${at()}\`; ${error.instancePath.includes('accounts') ? 'an account id is 12 digits' : 'a date is written YYYY-MM-DD'}`
    case 'required':
      return `is missing \`${at(String((error.params as { missingProperty: string }).missingProperty))}\`; an exemption needs address, rule and reason`
    case 'type':
      return `has a value of the wrong type at \`${at()}\`; expected ${String((error.params as { type: string }).type)}`
    default:
      return `has an invalid value at \`${at()}\`: ${error.message ?? 'not allowed'}`
  }
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

function schemaNode(schemaPath: string): { properties?: Record<string, unknown> } | undefined {
  let node: unknown = configSchema
  for (const part of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node as { properties?: Record<string, unknown> } | undefined
}

async function toSettings(raw: RawConfig, path: string, root: string, shown: string): Promise<Settings> {
  const settings = defaultSettings()
  settings.source = shown
  settings.warnings = []
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    if (value === 'off') settings.rules.set(id, { enabled: false })
    else if (typeof value === 'string') settings.rules.set(id, { enabled: true, severity: value })
    else settings.rules.set(id, { enabled: value.enabled ?? true, severity: value.severity })
  }
  settings.logArchive = { buckets: raw.logArchive?.buckets ?? [], accounts: raw.logArchive?.accounts ?? [] }
  settings.analysisTool = raw.analysisTool
  settings.organizationHealthMonitoring = raw.organizationHealthMonitoring
  if (raw.retentionDays !== undefined) settings.retentionDays = raw.retentionDays
  settings.exemptions = raw.exemptions ?? []
  const base = dirname(resolve(path))
  for (const pattern of raw.playbooks ?? []) {
    const safe = safeFileGlob(pattern)
    if (!safe) throw new InputError(shown, `lists the playbook \`${pattern}\`, whose braces expand to more than ${MAX_ALTERNATIVES} paths`, 'List the playbooks with fewer alternatives')
    // Links are not followed: one could lead anywhere, and a walk through it could be endless.
    const found = await glob(safe.walk, { cwd: base, absolute: true, onlyFiles: true, followSymbolicLinks: false })
    const files = found.filter((file) => safe.accepts(isAbsolute(pattern) ? file : relative(base, file)))
    if (files.length === 0 && lstatSync(resolve(base, pattern), { throwIfNoEntry: false })?.isSymbolicLink()) {
      settings.warnings.push(`${shown}: the playbook \`${pattern}\` is a link, and links are not followed, so it is not read; keep the playbook as a file in the repository`)
      continue
    }
    if (files.length === 0) throw new InputError(shown, `lists the playbook \`${pattern}\`, which matches no file`, 'Fix the path (relative to the configuration file) or remove it')
    for (const file of files.sort()) {
      // A pattern with `..`, or a link, can lead out of the repository: such a file is named, not read.
      if (!staysInside(root, file)) {
        settings.warnings.push(`${shown}: the playbook ${relative(base, file).split('\\').join('/')} (from \`${pattern}\`) lies outside the repository, so it is not read`)
        continue
      }
      const bytes = await readFile(file)
      settings.playbooks.push({ path: relative(base, file).split('\\').join('/'), text: bytes.subarray(0, MAX_PLAYBOOK_BYTES).toString('utf8') })
    }
  }
  return settings
}
