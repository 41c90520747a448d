// The words every layer shares (severities, the errors that end a run) are declared once: a second copy
// drifts, and then the configuration accepts what the report refuses, or an entry misses an error.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEVERITIES } from '../src/severity.js'

const SRC = path.join(import.meta.dirname, '..', 'src')

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full)
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : []
  })
}

const filesMatching = (pattern: RegExp) => sourceFiles().filter((file) => pattern.test(readFileSync(path.join(SRC, file), 'utf8')))
const schema = (file: string) => JSON.parse(readFileSync(path.join(SRC, file), 'utf8'))

describe('one vocabulary', () => {
  it('the severities and their order are written in src/severity.ts alone', () => {
    expect(filesMatching(/\btype Severity\s*=/)).toEqual(['severity.ts'])
    expect(filesMatching(/['"]error['"]\s*,\s*['"]warning['"]\s*,\s*['"]notice['"]/)).toEqual(['severity.ts'])
  })

  it('the schemas accept the same severities as the code', () => {
    const config = schema('config/config.schema.json').properties.rules.additionalProperties.anyOf
    expect(config[0].enum).toEqual(['off', ...SEVERITIES])
    expect(config[1].properties.severity.enum).toEqual([...SEVERITIES])
    expect(schema('report/report.schema.json').properties.results.items.properties.severity.enum).toEqual([...SEVERITIES, null])
  })

  it('the errors that end a run with exit code 2 are declared in src/errors.ts alone', () => {
    for (const name of ['InputError', 'UsageError']) expect(filesMatching(new RegExp(`\\bclass ${name}\\b`))).toEqual(['errors.ts'])
  })
})
