// Wildcards from plans (EventBridge `wildcard` operands) and from the configuration (`logArchive.buckets`,
// `exemptions[].address`) are matched without regular expressions: a hostile value must be judged at
// once, and the matcher must agree with the documented syntax.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkPlans } from '../src/check.js'
import { loadSettings } from '../src/config/load.js'
import { defaultSettings } from '../src/config/settings.js'
import { InputError } from '../src/errors.js'
import { parsePlanBytes } from '../src/plan/load.js'
import { coversElbHealth } from '../src/rules/elbir006-health-events-monitored.js'
import { compileEventBridgeWildcard, matchesPattern, wildcardMatches } from '../src/util/glob.js'
import { tempDir } from './helpers/cli.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rules')
/** A hang guard only: each case below takes milliseconds; the old regexes took hours. */
const HANG_GUARD_MS = 2000

function eventBridge(value: string, pattern: string): boolean | 'invalid' {
  const compiled = compileEventBridgeWildcard(pattern)
  return compiled === null ? 'invalid' : wildcardMatches(value, compiled)
}

describe('configuration globs: `*` any run of characters, `?` one, the rest literal', () => {
  it.each([
    ['', '', true],
    ['', '*', true],
    ['', '?', false],
    ['a', '', false],
    ['abc', 'abc', true],
    ['abc', 'ab', false],
    ['abc', 'abcd', false],
    ['abc', '*', true],
    ['abc', '**', true],
    ['abc', 'a***c', true],
    ['abc', '*c', true],
    ['abc', 'a*', true],
    ['abc', '*b*', true],
    ['abc', '*d*', false],
    ['abc', 'a?c', true],
    ['abc', '???', true],
    ['abc', '????', false],
    ['abc', '*?', true],
    ['aa', 'a*a', true],
    ['a', 'a*a', false],
    ['abab', '*ab', true],
    ['aXbXc', 'a*b*c', true],
    ['acb', 'a*b*c', false],
    ['mississippi', 'm*iss*ppi', true],
    ['mississippi', 'm*iss*iss*ppi', true],
    ['mississippi', 'm*iss*iss*iss*', false],
    ['mississippi', '*s?i*', true],
    ['module.legacy.aws_elb.this', 'module.legacy.aws_elb.*', true],
    ['moduleXlegacy.aws_elb.this', 'module.legacy.aws_elb.*', false],
    ['aws_lb.web["a"]', 'aws_lb.web[*]', true],
    ['aws_lb.web[0]', 'aws_lb.web[?]', true],
    ['a+b(c)$^|{}\\', 'a+b(c)$^|{}\\', true],
    ['aab', 'a+b', false],
    ['x.y', 'x.y', true],
    ['xzy', 'x.y', false],
    ['a/b/c', 'a*c', true],
    ['line\nbreak', 'line*break', true],
    ['aws-accelerator-elb-access-logs-111122223333-eu-west-1', 'aws-accelerator-elb-access-logs-*', true]
  ])('%j against %j: %s', (value, pattern, expected) => {
    expect(matchesPattern(value, pattern)).toBe(expected)
  })

  it('agrees with a regular expression on small random cases', () => {
    const toRegex = (pattern: string) => new RegExp(`^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c)).join('')}$`, 's')
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 10 }), (pattern, value) => {
        expect(matchesPattern(value, pattern)).toBe(toRegex(pattern).test(value))
      }),
      { numRuns: 2000, seed: 20_261_203 }
    )
  })

  it('judges long hostile values at once', () => {
    const started = Date.now()
    expect(matchesPattern('a'.repeat(5000), `${'*'.repeat(40)}x`)).toBe(false)
    expect(matchesPattern('a'.repeat(5000), `${'*a'.repeat(2000)}x`)).toBe(false)
    expect(matchesPattern('a'.repeat(5000), `${'a*'.repeat(2000)}a`)).toBe(true)
    expect(matchesPattern(`${'ab'.repeat(20_000)}c`, `*${'?b*'.repeat(50)}c`)).toBe(true)
    expect(Date.now() - started).toBeLessThan(HANG_GUARD_MS)
  })
})

describe('EventBridge wildcard operands', () => {
  it.each([
    ['ELASTICLOADBALANCING', '*', true],
    ['ELASTICLOADBALANCING', 'ELASTIC*', true],
    ['ELASTICLOADBALANCING', '*BALANCING', true],
    ['ELASTICLOADBALANCING', '*LOAD*', true],
    ['ELASTICLOADBALANCING', 'E*L*B*', true],
    ['ELASTICLOADBALANCING', 'ELB*', false],
    ['ELASTICLOADBALANCING', 'ELASTICLOADBALANCING', true],
    ['ELASTICLOADBALANCING', 'ELASTICLOADBALANCIN?', false],
    ['ELASTICLOADBALANCIN?', 'ELASTICLOADBALANCIN?', true],
    ['', '*', true],
    ['', '', true],
    ['x', '', false],
    ['a*b', 'a\\*b', true],
    ['aXb', 'a\\*b', false],
    ['a\\b', 'a\\\\b', true],
    ['a\\Xb', 'a\\\\*b', true],
    ['a.b', 'a.b', true],
    ['aXb', 'a.b', false],
    ['ELASTICLOADBALANCING', '**', 'invalid'],
    ['ELASTICLOADBALANCING', `${'*'.repeat(40)}x`, 'invalid'],
    ['ELASTICLOADBALANCING', 'ELASTIC\\LOAD*', 'invalid'],
    ['ELASTICLOADBALANCING', 'ELASTIC*\\', 'invalid']
  ])('%j against %j: %s', (value, pattern, expected) => {
    expect(eventBridge(value, pattern)).toBe(expected)
  })

  it('counts a Health pattern by its wildcard, and anything-but a wildcard as its opposite', () => {
    expect(coversElbHealth({ source: ['aws.health'], detail: { service: [{ wildcard: '*LOAD*' }] } })).toBe(true)
    expect(coversElbHealth({ source: ['aws.health'], detail: { service: [{ wildcard: 'EC2*' }] } })).toBe(false)
    expect(coversElbHealth({ source: [{ wildcard: 'aws.*' }], detail: { service: [{ wildcard: `${'*'.repeat(40)}x` }] } })).toBe(false)
    expect(coversElbHealth({ source: ['aws.health'], detail: { service: [{ 'anything-but': { wildcard: 'EC2*' } }] } })).toBe(true)
    expect(coversElbHealth({ source: ['aws.health'], detail: { service: [{ 'anything-but': { wildcard: 'ELASTIC*' } }] } })).toBe(false)
  })
})

describe('hostile values in a plan and in the configuration', () => {
  function planWithServiceMatcher(matcher: unknown) {
    const text = readFileSync(join(FIXTURES, 'ELBIR006', 'pass-health-elb-pattern', 'plan.json'), 'utf8')
    const edited = text.split('\\"service\\":[\\"ELASTICLOADBALANCING\\"]').join(`\\"service\\":${JSON.stringify(JSON.stringify([matcher])).slice(1, -1)}`)
    expect(edited).not.toBe(text)
    return parsePlanBytes(Buffer.from(edited), 'plan.json')
  }

  async function healthVerdict(matcher: unknown): Promise<string | undefined> {
    const report = await checkPlans([planWithServiceMatcher(matcher)], { today: '2026-11-27' })
    return report.results.find((r) => r.ruleId === 'ELBIR006')?.verdict
  }

  it('judges an event pattern with forty stars then x at once (EventBridge refuses it, so it covers nothing)', async () => {
    const started = Date.now()
    expect(await healthVerdict({ wildcard: `${'*'.repeat(40)}x` })).toBe('fail')
    expect(Date.now() - started).toBeLessThan(HANG_GUARD_MS)
    expect(await healthVerdict({ wildcard: 'ELASTIC*' })).toBe('pass')
  }, 30_000)

  it('judges long starred Log Archive buckets and exemption addresses at once', async () => {
    const plan = parsePlanBytes(readFileSync(join(FIXTURES, 'ELBIR003', 'fail-same-provider', 'plan.json')), 'plan.json')
    const settings = defaultSettings()
    const hostile = `${'*'.repeat(40)}x`
    settings.logArchive = { buckets: [hostile, `${'*a'.repeat(3000)}x`], accounts: [] }
    settings.exemptions = [{ rule: 'ELBIR003', address: hostile, reason: 'hostile' }]
    const started = Date.now()
    const report = await checkPlans([plan], { settings, today: '2026-11-27' })
    expect(Date.now() - started).toBeLessThan(HANG_GUARD_MS)
    expect(report.results.find((r) => r.ruleId === 'ELBIR003')?.verdict).toBe('fail')
    // The same machinery still matches what it should.
    settings.logArchive = { buckets: ['acme-*-logs-eu-west-?'], accounts: [] }
    const matched = await checkPlans([plan], { settings, today: '2026-11-27' })
    expect(matched.results.find((r) => r.ruleId === 'ELBIR003')?.verdict).toBe('pass')
  }, 30_000)
})

describe('playbook file globs', () => {
  /** Writes a configuration whose playbooks are `patterns`, beside `files`, and returns the playbook paths read. */
  async function playbooks(patterns: string[], files: string[]): Promise<string[]> {
    const { dir, cleanup } = tempDir('elb-ir-glob-')
    try {
      for (const file of files) {
        mkdirSync(join(dir, file, '..'), { recursive: true })
        writeFileSync(join(dir, file), 'Write to aws-security@amazon.com.\n')
      }
      writeFileSync(join(dir, '.elb-ir.yml'), `playbooks:\n${patterns.map((p) => `  - ${JSON.stringify(p)}\n`).join('')}`)
      return (await loadSettings(join(dir, '.elb-ir.yml'))).playbooks.map((p) => p.path)
    } finally {
      cleanup()
    }
  }

  it('keep their meaning: `*` and `?` within a name, `**` across folders, a folder for its files', async () => {
    const files = ['ir/ddos.md', 'ir/breach.md', 'ir/notes.txt', 'ir/deep/er/abuse.md', 'runbooks/a.md', 'runbooks/sub/b.md']
    expect(await playbooks(['ir/*.md'], files)).toEqual(['ir/breach.md', 'ir/ddos.md'])
    expect(await playbooks(['ir/d?o*.md'], files)).toEqual(['ir/ddos.md'])
    expect(await playbooks(['ir/**/*.md'], files)).toEqual(['ir/breach.md', 'ir/ddos.md', 'ir/deep/er/abuse.md'])
    expect(await playbooks(['**/a*.md'], files)).toEqual(['ir/deep/er/abuse.md', 'runbooks/a.md'])
    expect(await playbooks(['ir/{ddos,breach}.md'], files)).toEqual(['ir/breach.md', 'ir/ddos.md'])
    expect(await playbooks(['runbooks'], files)).toEqual(['runbooks/a.md', 'runbooks/sub/b.md'])
    expect(await playbooks(['./ir/b*.md'], files)).toEqual(['ir/breach.md'])
    expect(await playbooks(['{ir,runbooks}/{d*,a}.md'], files)).toEqual(['ir/ddos.md', 'runbooks/a.md'])
    expect(await playbooks(['ir/{d{d,x}os,none}.md'], files)).toEqual(['ir/ddos.md'])
  })

  it('take brackets, parentheses and a brace without a comma literally, and reach dot files named with a dot', async () => {
    const files = ['ir/[draft].md', 'ir/d.md', 'ir/+(a|b).md', 'ir/a.md', 'ir/{x}.md', 'ir/.hidden.md']
    expect(await playbooks(['ir/[draft].md'], files)).toEqual(['ir/[draft].md'])
    expect(await playbooks(['ir/+(a|b).md'], files)).toEqual(['ir/+(a|b).md'])
    expect(await playbooks(['ir/{x}.md'], files)).toEqual(['ir/{x}.md'])
    expect(await playbooks(['ir/.h*.md'], files)).toEqual(['ir/.hidden.md'])
    expect(await playbooks(['ir/*'], files)).not.toContain('ir/.hidden.md')
  })

  it('refuse braces that expand past the limit in one line', async () => {
    const error = await playbooks(['ir/{a,b}'.repeat(1) + '{a,b}'.repeat(20)], ['ir/a']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problem).toContain('expand to more than 256 paths')
  })

  it('judge a name segment with many stars against long file names at once', async () => {
    const long = ['a'.repeat(200), 'b'.repeat(200), `${'ab'.repeat(100)}`].map((name) => `ir/${name}.md`)
    const started = Date.now()
    expect(await playbooks([`ir/${'*a'.repeat(40)}*.md`], long)).toEqual([`ir/${'a'.repeat(200)}.md`, `ir/${'ab'.repeat(100)}.md`])
    expect(await playbooks([`ir/${'{a,aa}'.repeat(8)}*.md`], long)).toEqual([`ir/${'a'.repeat(200)}.md`])
    expect(Date.now() - started).toBeLessThan(HANG_GUARD_MS)
  }, 30_000)
})
