// A rule counts only when src/rules/index.ts lists it: a rule file left out of the registry would never run,
// and nothing else would notice. Each registered rule also needs its metadata and its section in docs/rules.md.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/rules/index.js'
import type { Rule } from '../src/rules/types.js'

const RULES_DIR = join(import.meta.dirname, '..', 'src', 'rules')
const RULE_FILE = /^(elbir\d{3})-([a-z0-9-]+)\.ts$/
const ruleFiles = readdirSync(RULES_DIR).filter((file) => file.startsWith('elbir')).sort()
const SEVERITIES = ['error', 'warning', 'notice']

const isRule = (value: unknown): value is Rule =>
  !!value && typeof value === 'object' && 'meta' in value && 'check' in value && typeof (value as Rule).check === 'function'

describe('the rule registry', () => {
  it('has a rule file for every rule id, and nothing else named elbir*', () => {
    expect(ruleFiles.length).toBeGreaterThan(0)
    for (const file of ruleFiles) expect(file, 'rule files are named elbirNNN-<name>.ts').toMatch(RULE_FILE)
  })

  it.each(ruleFiles)('registers %s in src/rules/index.ts under its file name', async (file) => {
    const [, id, name] = RULE_FILE.exec(file) ?? []
    const module = (await import(pathToFileURL(join(RULES_DIR, file)).href)) as Record<string, unknown>
    const exported = Object.values(module).filter(isRule)
    expect(exported.map((rule) => rule.meta.id), `${file} exports one rule`).toEqual([id.toUpperCase()])
    expect(RULES, `${file}: its rule is not in RULES (src/rules/index.ts)`).toContain(exported[0])
    expect(exported[0].meta.name).toBe(name)
  })

  it('lists each rule once, in id order', () => {
    const ids = RULES.map((rule) => rule.meta.id)
    expect(ids).toEqual([...new Set(ids)].sort())
    expect(ids).toHaveLength(ruleFiles.length)
  })

  const docs = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8')
  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has its metadata and a section in docs/rules.md', (_id, rule) => {
    const { meta } = rule
    expect(meta.id).toMatch(/^ELBIR\d{3}$/)
    expect(['load-balancer', 'plan']).toContain(rule.scope)
    for (const field of ['name', 'title', 'practice', 'helpUri', 'rationale', 'remediation'] as const) {
      expect(typeof meta[field] === 'string' && meta[field].trim().length > 0, `${meta.id}.${field}`).toBe(true)
    }
    expect(meta.practice).toMatch(/^sec\d+$/)
    expect(meta.helpUri).toMatch(/^https:\/\//)
    expect(SEVERITIES).toContain(meta.defaultSeverity)
    expect(docs, `docs/rules.md has a "## ${meta.id} ${meta.name}" section`).toMatch(new RegExp(`^## ${meta.id} ${meta.name}\\b`, 'm'))
    expect(docs, `docs/rules.md lists ${meta.id} in its table`).toContain(`| ${meta.id} | ${meta.name} | ${meta.defaultSeverity} |`)
  })
})
