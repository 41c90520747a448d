// The README documents behaviour users rely on: keep it in step with the code.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/rules/index.js'
import { peerSuppressionsMarkdown } from '../src/source/peer-suppressions.js'

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')

describe('README', () => {
  it('shows the peer suppression comments exactly as the code maps them', () => {
    expect(README).toContain(peerSuppressionsMarkdown().trim())
  })

  it('lists every rule with its default severity', () => {
    for (const rule of RULES) expect(README).toMatch(new RegExp(`\\| ${rule.meta.id} \\|[^\\n]*\\| ${rule.meta.defaultSeverity} \\|`))
  })

  it('opens with the two commands that work on a fresh clone', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? ''
    expect(firstBlock).toContain('node dist/cli.js check')
    expect(firstBlock).toContain('npm ci && npm test')
  })
})
