// Fuzzing of the loader, the model and the rules: whatever a plan file holds, the checker judges it or
// refuses it in one line; it never crashes, never pollutes Object.prototype, and both ways of reading
// (whole with JSON.parse, streaming) agree whenever both judge.
//
// Reproduce a failure with the seed fast-check prints: ELB_IR_FUZZ_SEED=<seed> npx vitest run test/hardening/fuzz.test.ts
// Fuzz longer with ELB_IR_FUZZ_RUNS=<mutated inputs>.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { PlanIndex } from '../../src/model/plan-index.js'
import { RELEVANT_TYPES } from '../../src/model/relevant-types.js'
import type { PlanJson } from '../../src/plan/types.js'
import { CORPUS, PLANS } from '../helpers/corpus.js'
import { PLAN_CORPUS, lacks } from '../helpers/shared.js'
import { cli, tempDir, type CliRun } from '../helpers/cli.js'
import { allPaths, duplicateAt, expectNoPollution, expectSaneCliRun, findings, fromEntries, getAt, isPrefix, judge, judgeBothWays, prototypeSnapshot, renameAt, setAt, verdicts, type Json, type Outcome, type Path, type Way } from './helpers.js'

const SEED = Number(process.env.ELB_IR_FUZZ_SEED ?? 20_260_115)
const MUTATION_RUNS = Number(process.env.ELB_IR_FUZZ_RUNS ?? 3200)
/** Edits of the bytes rather than of the tree: broken JSON, mostly, which both readers must refuse cleanly. */
const BYTE_RUNS = Math.ceil(MUTATION_RUNS / 4)

/** The fuzzing tests take 10 to 20 s alone; beside the rest of the suite on two cores, longer. */
const LONG = 180_000

/** Inputs tried, by category; printed at the end. */
const tried: Record<string, number> = {}
const count = (category: string, n = 1) => (tried[category] = (tried[category] ?? 0) + n)

const { dir: TMP, cleanup } = tempDir('elb-ir-fuzz-')
afterAll(() => {
  cleanup()
  const total = Object.entries(tried).reduce((sum, [category, n]) => (category.startsWith('(') ? sum : sum + n), 0)
  console.log(`fuzz: ${Object.entries(tried).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  console.log(`fuzz: ${total} inputs, 0 crashes`)
})

const ROOT = path.join(import.meta.dirname, '../..')

/**
 * Varied real plans, small enough to be fast: load balancers, buckets, modules, counts, data sources, policies.
 * In a clone without the shared corpus the fuzzing runs on the rule fixtures alone.
 */
const withCorpus = !lacks(PLAN_CORPUS, 'fuzz on corpus plans (the rule fixtures are fuzzed still)')
const CORPUS_PLANS = (withCorpus ? [
  'terraform-compliance-cli/test_issue-232/plan.out.json',
  'terraform-compliance-cli/test_issue-126/plan.out.json',
  'terraform-compliance-cli/test_issue-284/plan.out.json',
  'terraform-compliance-cli/test_issue-171/plan.out.json',
  'terraform-compliance-cli/test_issue-127/plan.out.json',
  'terraform-compliance-cli/test_issue-249/plan.out.json',
  'bridgecrewio-checkov/tests/terraform/parser/resources/plan_tags/tfplan.json',
  'bridgecrewio-checkov/tests/terraform/runner/resources/plan/tfplan.json',
  'bridgecrewio-checkov/tests/terraform/runner/tf_plan_skip_check_regex/resource/tfplan1.json',
  'terraform-compliance-cli/test_s3_encryption_failure/plan.out.json',
  'aquasecurity-trivy/pkg/iac/scanners/terraformplan/tfjson/testdata/module_call.json',
  'terraform-compliance-cli/test_regex_on_when/plan.out.json',
  'terraform-compliance-cli/test_issue_796/plan.out.json',
  'snyk-policy-engine/pkg/input/golden_test/tfplan/data-01/plan.json',
  'bridgecrewio-checkov/tests/terraform/runner/resources/plan_with_iam_data_block/tfplan.json',
  'terraform-compliance-cli/test_multi-module-referencing/plan.out.json',
  'bridgecrewio-checkov/tests/terraform/runner/resources/plan_nested_child_modules_with_connections/tfplan.json',
  'snyk-policy-engine/pkg/input/golden_test/tfplan/count-01/plan.json',
  'fugue-regula/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json',
  'tenable-terrascan/pkg/iac-providers/tfplan/v1/testdata/valid-tfplan-0.2.json'
] : []).map((file) => path.join(CORPUS, file))

/** Terraform-made plans of the rule fixtures: they reach the rules' deeper paths (in-plan log buckets, policies, vended delivery, modules with for_each). */
const FIXTURE_PLANS = [
  'ELBIR001/fail-module-for-each-mixed',
  'ELBIR001/pass-vended-delivery',
  'ELBIR002/pass-alb-elb-account',
  'ELBIR002/fail-nlb-elb-account-principal',
  'ELBIR003/pass-assume-role-provider',
  'ELBIR004/pass',
  'ELBIR005/pass-glue-table',
  'ELBIR006/pass-health-elb-pattern',
  'ELBIR009/pass-mtls-connection-logs'
].map((name) => path.join(ROOT, 'fixtures/rules', name, 'plan.json'))

interface Base {
  file: string
  bytes: Buffer
  doc: Json
}
const BASES: Base[] = [...CORPUS_PLANS, ...FIXTURE_PLANS].map((file) => {
  const bytes = readFileSync(file)
  return { file, bytes, doc: JSON.parse(bytes.toString('utf8')) as Json }
})

// ---- mutations ----

const SPECIAL_STRINGS = [
  '', 'x', '__proto__', 'constructor', 'prototype', 'toString', 'aws_lb.x', 'aws_s3_bucket.logs', 'module.m["k"].aws_lb.x', 'module.m[0]',
  'data.aws_iam_policy_document.p', 'data.aws_elb_service_account.main', 'var.x', 'module.m.out', 'local.x', 'each.key', 'arn:aws:s3:::logs',
  'arn:aws:iam::156460612806:root', 'AES256', 'aws:kms', 'network', 'gateway', 'application', 'verify', 'TLS', 'TCP', 'create', 'delete', 'forget',
  'no-op', 'read', 'data', 'managed', 'eu-west-1', 'ALB_ACCESS_LOGS', '1.2', '9.9', '0.1', 'aws.health', 'AWS-Health',
  '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*"}]}', '{"Statement":{"Principal":{"AWS":[null]},"Condition":{"x":null}}}',
  '{"source":["aws.health"],"detail":{"service":[{"wildcard":"*"}]}}', '{"source":[{"anything-but":{"prefix":1}}]}', '[', '{', '\\', '"',
  '\u2028', '\u0000', '\uE000x\uE001', '\u001b[31m', '::error::x', 's3://logs/', 'a'.repeat(300)
]
const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'type', 'address', 'mode', 'name', 'index', 'change', 'after', 'after_unknown', 'after_sensitive', 'before', 'actions', 'values', 'expressions', 'references', 'constant_value', 'module', 'module_calls', 'resources', 'child_modules', 'root_module', 'format_version', 'deposed', 'access_logs', 'bucket', 'enabled', 'policy', 'region', '', 'x']

/** Values whose own keys JSON.parse makes (`__proto__` among them): written as text, parsed here. */
const PARSED_VALUES: Json[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"toString":1,"valueOf":2}',
  '[{"toString":"x"}]',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"references":["aws_s3_bucket.logs","aws_s3_bucket.logs.id"]}',
  '{"references":["module.m.out","var.x","data.aws_iam_policy_document.p.json"]}',
  '{"references":[1,null,{}]}',
  '{"references":"aws_lb.x"}',
  '{"constant_value":{"__proto__":1}}',
  '{"constant_value":null}',
  '[{"bucket":"logs","enabled":true,"prefix":"AWSLogs"}]',
  '[{"bucket":null,"enabled":null}]',
  '[null]',
  '[[[]]]',
  '{"root_module":{"resources":[{"address":"aws_lb.x","type":"aws_lb","name":"x","mode":"managed"}]}}'
].map((text) => JSON.parse(text) as Json)

const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1, 1.5, 1e308, -1e-308, 2 ** 53 + 1, 4_294_967_296),
  fc.integer(),
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.string({ maxLength: 8 }),
  fc.constantFrom<Json>([], {}, [{}], [true], ['x'], { references: [] }, {}),
  fc.constantFrom(...PARSED_VALUES),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>
)

/** Attribute and structure names the model and the rules read: edits aimed at them reach the rules' logic. */
const READ_KEYS = new Set([
  'access_logs', 'bucket', 'bucket_prefix', 'prefix', 'enabled', 'load_balancer_type', 'load_balancer_arn', 'region', 'arn', 'id', 'name', 'policy', 'json',
  'statement', 'effect', 'principals', 'identifiers', 'actions', 'condition', 'test', 'variable', 'values', 'type', 'rule', 'sse_algorithm', 'kms_master_key_id',
  'apply_server_side_encryption_by_default', 'server_side_encryption_configuration', 'versioning', 'versioning_configuration', 'status', 'object_ownership',
  'object_lock_enabled', 'block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets', 'expiration', 'noncurrent_version_expiration',
  'lifecycle_rule', 'days', 'log_type', 'resource_arn', 'delivery_source_name', 'delivery_destination_arn', 'delivery_destination_configuration',
  'destination_resource_arn', 'event_pattern', 'state', 'is_enabled', 'source', 'regions', 'managed_notification_arn', 'protocol', 'mutual_authentication',
  'mode', 'connection_logs', 'storage_descriptor', 'location', 'parameters', 'query', 's3_target', 'path', 'assume_role', 'role_arn', 'address', 'index',
  'change', 'after', 'after_unknown', 'after_sensitive', 'before', 'before_sensitive', 'deposed', 'expressions', 'references', 'constant_value',
  'module_calls', 'module', 'outputs', 'expression', 'variables', 'default', 'value', 'sensitive', 'depends_on', 'provider_config', 'provider_config_key'
])

type Op = 'replace' | 'remove' | 'swap' | 'duplicate' | 'rename'
interface Mutation {
  op: Op
  /** Picks the node, modulo the number of candidates. */
  pick: number
  /** Picks the other node of a swap. */
  other: number
  /** Pick anywhere, among the nodes the model reads (relevant resources, configuration, variables), or among those named as the rules read them. */
  focus: 'anywhere' | 'model' | 'read-keys'
  value: Json
  key: string
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Op>('replace', 'replace', 'remove', 'swap', 'duplicate', 'rename'),
  pick: fc.nat(),
  other: fc.nat(),
  focus: fc.constantFrom('anywhere', 'model', 'read-keys'),
  value: replacement,
  key: fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 6 }))
})

/** A resource of a type the model reads, or a part it reads whole (configuration, variables). */
function modelReads(node: Json, path: Path): boolean {
  if (path.length === 1 && (path[0] === 'configuration' || path[0] === 'variables')) return true
  return node !== null && typeof node === 'object' && !Array.isArray(node) && typeof node.type === 'string' && RELEVANT_TYPES.has(node.type)
}

function mutate(doc: Json, m: Mutation): Json {
  const entries = allPaths(doc, modelReads)
  const all = entries.map((e) => e.path)
  const model = m.focus === 'anywhere' ? all : entries.filter((e) => e.within || e.path.length <= 3).map((e) => e.path)
  const named = m.focus === 'read-keys' ? model.filter((p) => READ_KEYS.has(String(p[p.length - 1])) || (typeof p[p.length - 1] === 'number' && READ_KEYS.has(String(p[p.length - 2])))) : model
  const candidates = named.length > 0 ? named : all
  const pickFrom = (list: Path[], n: number) => list[n % list.length]
  switch (m.op) {
    case 'replace':
      return setAt(doc, pickFrom(candidates, m.pick), m.value)
    case 'remove': {
      const target = pickFrom(candidates, m.pick)
      return target.length === 0 ? doc : setAt(doc, target, undefined)
    }
    case 'swap': {
      const a = pickFrom(candidates, m.pick)
      const b = pickFrom(all, m.other)
      const [va, vb] = [getAt(doc, a), getAt(doc, b)]
      if (isPrefix(a, b) || isPrefix(b, a)) return setAt(doc, a.length <= b.length ? a : b, a.length <= b.length ? vb : va)
      return setAt(setAt(doc, a, vb), b, va)
    }
    case 'duplicate': {
      const elements = candidates.filter((p) => typeof p[p.length - 1] === 'number')
      return elements.length === 0 ? doc : duplicateAt(doc, pickFrom(elements, m.pick))
    }
    case 'rename': {
      const members = candidates.filter((p) => typeof p[p.length - 1] === 'string')
      return members.length === 0 ? doc : renameAt(doc, pickFrom(members, m.pick), m.key)
    }
  }
}

/**
 * Both ways judged: the same verdicts for every rule and address, with the same messages. The streaming
 * reader validates only the parts it keeps, so it may judge what reading whole refuses; never the reverse.
 */
function expectAgreement(whole: Outcome, streamed: Outcome): void {
  if (streamed.kind === 'refused' && whole.kind === 'judged') throw new Error(`only the streaming reader refused: ${streamed.error.message}`)
  if (whole.kind !== 'judged' || streamed.kind !== 'judged') return
  expect(verdicts(streamed.report)).toEqual(verdicts(whole.report))
  expect(findings(streamed.report)).toEqual(findings(whole.report))
}

const FORMATS = ['json', 'text', 'sarif', 'markdown']

interface ByteEdit {
  kind: 'set' | 'delete' | 'insert' | 'repeat'
  /** Where, as a fraction of the length (edits keep working as the text changes). */
  at: number
  length: number
  bytes: number[]
}

/** JSON's own bytes, escapes, a NUL, bytes that are never UTF-8, and anything. */
const editByte = fc.oneof(fc.constantFrom(...Buffer.from('{}[]",:\\ \n0-eEtfn/u')), fc.constantFrom(0x00, 0x80, 0xc3, 0xe2, 0xf0, 0xfe, 0xff), fc.integer({ min: 0, max: 255 }))
const byteEdit: fc.Arbitrary<ByteEdit> = fc.record({
  kind: fc.constantFrom<ByteEdit['kind']>('set', 'delete', 'insert', 'repeat'),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  length: fc.integer({ min: 1, max: 64 }),
  bytes: fc.array(editByte, { minLength: 1, maxLength: 4 })
})

function editBytes(input: Buffer, edit: ByteEdit): Buffer {
  const at = Math.floor(edit.at * input.length)
  const before = input.subarray(0, at)
  switch (edit.kind) {
    case 'set':
      return Buffer.concat([before, Buffer.from(edit.bytes), input.subarray(at + edit.bytes.length)])
    case 'delete':
      return Buffer.concat([before, input.subarray(at + edit.length)])
    case 'insert':
      return Buffer.concat([before, Buffer.from(edit.bytes), input.subarray(at)])
    case 'repeat':
      return Buffer.concat([input.subarray(0, at + edit.length), input.subarray(at)])
  }
}

describe('mutated corpus plans', () => {
  it(`judges or refuses ${MUTATION_RUNS} mutations of ${BASES.length} real plans, both ways alike`, { timeout: LONG }, async () => {
    const file = path.join(TMP, 'mutated.json')
    const outcomes = { judged: 0, refused: 0, mixed: 0 }
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (which, mutations, pretty) => {
        let doc = BASES[which].doc
        for (const m of mutations) doc = mutate(doc, m)
        writeFileSync(file, pretty ? JSON.stringify(doc, null, 1) : JSON.stringify(doc))
        count('mutated plans')
        for (const m of mutations) count(`(edits: ${m.op})`)
        const { whole, streamed } = await judgeBothWays(file)
        expectAgreement(whole, streamed)
        if (whole.kind === 'judged' && streamed.kind === 'judged') outcomes.judged++
        else if (whole.kind === 'refused' && streamed.kind === 'refused') outcomes.refused++
        else outcomes.mixed++
        // Every 16th input goes through the command line too, in each output format in turn.
        if (tried['mutated plans'] % 16 === 0) {
          const format = FORMATS[(tried['mutated plans'] / 16) % FORMATS.length]
          expectSaneCliRun(await runCli(['mutated.json'], 'whole', ['--format', format]), whole.kind === 'refused' ? ['mutated.json'] : [])
          count('(mutated plans also run by the CLI)')
        }
      }),
      { numRuns: MUTATION_RUNS, seed: SEED }
    )
    console.log(`fuzz: mutated plans judged both ways ${outcomes.judged}, refused both ways ${outcomes.refused}, judged one way only ${outcomes.mixed}`)
    // Most mutations leave a plan: a harness that only produced garbage would test little.
    expect(outcomes.judged).toBeGreaterThan(MUTATION_RUNS / 2)
  })

  it(`judges or refuses ${BYTE_RUNS} byte-level corruptions of the same plans`, { timeout: LONG }, async () => {
    const file = path.join(TMP, 'corrupted.json')
    const outcomes = { judged: 0, refused: 0, mixed: 0 }
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), fc.array(byteEdit, { minLength: 1, maxLength: 3 }), async (which, edits) => {
        let bytes = BASES[which].bytes
        for (const edit of edits) bytes = editBytes(bytes, edit)
        writeFileSync(file, bytes)
        count('corrupted plans')
        const { whole, streamed } = await judgeBothWays(file)
        expectAgreement(whole, streamed)
        if (whole.kind === 'judged' && streamed.kind === 'judged') outcomes.judged++
        else if (whole.kind === 'refused' && streamed.kind === 'refused') outcomes.refused++
        else outcomes.mixed++
      }),
      { numRuns: BYTE_RUNS, seed: SEED }
    )
    console.log(`fuzz: corrupted plans judged both ways ${outcomes.judged}, refused both ways ${outcomes.refused}, judged one way only ${outcomes.mixed}`)
    expect(outcomes.refused).toBeGreaterThan(BYTE_RUNS / 4)
  })
})


// ---- hostile shapes ----

const FIXTURE = (name: string) => path.join(ROOT, 'fixtures/rules', name, 'plan.json')
/** An ALB logging to a bucket of the plan with its policy and companions: every rule has something to judge. */
const ALB_WITH_BUCKET = FIXTURE('ELBIR002/pass-alb-elb-account')
/** Three ALBs of a module called with for_each, logging to a root-module bucket through a module input. */
const MODULE_FOR_EACH = FIXTURE('ELBIR001/fail-module-for-each-mixed')

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Json
let written = 0
/** Writes text (or bytes) to a new file in the temporary folder; returns its name relative to it. */
function put(content: string | Buffer, name = `input-${++written}.json`): string {
  writeFileSync(path.join(TMP, name), content)
  return name
}
const abs = (name: string) => path.join(TMP, name)

/** The CLI on these files, reading them whole or by streaming (the way a file past 32 MiB is read). */
async function runCli(names: string[], way: Way | 'default' = 'default', extra: string[] = []): Promise<CliRun> {
  if (way !== 'default') vi.stubEnv('ELB_IR_STREAM_ABOVE', way === 'whole' ? String(Number.MAX_SAFE_INTEGER) : '0')
  try {
    return await cli(['check', ...names.flatMap((name) => ['--plan', name]), ...extra], { cwd: TMP })
  } finally {
    vi.unstubAllEnvs()
  }
}

/** The verdicts of the JSON report a CLI run printed. */
function cliVerdicts(run: CliRun): string[] {
  const report = JSON.parse(run.stdout) as { results: { ruleId: string; address: string | null; verdict: string }[] }
  return report.results.map((r) => `${r.ruleId} ${r.address ?? '(plan)'} ${r.verdict}`).sort()
}

/** Judged both ways and by the CLI both ways, all with these verdicts. */
async function expectJudged(name: string, expected: string[]): Promise<void> {
  const { whole, streamed } = await judgeBothWays(abs(name))
  for (const outcome of [whole, streamed]) {
    if (outcome.kind === 'refused') throw new Error(`refused: ${outcome.error.message}`)
    expect(verdicts(outcome.report)).toEqual(expected)
  }
  for (const way of ['whole', 'streamed'] as const) {
    const run = await runCli([name], way)
    expectSaneCliRun(run, [])
    expect(cliVerdicts(run)).toEqual(expected)
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Refused both ways and by the CLI both ways, each time with this problem (the words before the remedy). */
async function expectRefused(name: string, problem: RegExp): Promise<void> {
  const { whole, streamed } = await judgeBothWays(abs(name))
  for (const outcome of [whole, streamed]) {
    if (outcome.kind === 'judged') throw new Error(`judged, expected a refusal matching ${problem}`)
    expect(outcome.error.problem).toMatch(new RegExp(`^(?:${problem.source})$`))
  }
  for (const way of ['whole', 'streamed'] as const) {
    const run = await runCli([name], way)
    expectSaneCliRun(run, [name])
    expect(run.stderrLines[0]).toMatch(new RegExp(`^elb-ir-check: ${escapeRegExp(name)}: (?:${problem.source})\\. \\S`))
  }
}

async function baseVerdicts(file: string): Promise<string[]> {
  const { whole } = await judgeBothWays(file)
  if (whole.kind !== 'judged') throw new Error(`${file} is refused`)
  return verdicts(whole.report)
}

const nested = (depth: number, open: string, leaf: string, close: string) => open.repeat(depth) + leaf + close.repeat(depth)

describe('truncated plans', () => {
  it('refuses a real plan cut at any byte, both ways and by the CLI, as truncated', async () => {
    const plans = [ALB_WITH_BUCKET, MODULE_FOR_EACH, ...(withCorpus ? [CORPUS_PLANS[2], PLANS.utf16] : [])].map((file) => readFileSync(file))
    // A pretty-printed plan too: cuts then fall in indentation as well.
    plans.push(Buffer.from(JSON.stringify(readJson(ALB_WITH_BUCKET), null, 2)))
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: plans.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), async (which, at) => {
        const bytes = plans[which]
        // Cut before the last closing brace: what is left is never a whole JSON value.
        const end = bytes.lastIndexOf(0x7d)
        const name = put(bytes.subarray(0, Math.floor(at * end)), 'cut.json')
        count('truncated plans')
        await expectRefused(name, /ends before the JSON is complete \(a truncated file\?\)|is empty|holds only white space/)
      }),
      { numRuns: 400, seed: SEED }
    )
  })
})

describe('deep nesting', () => {
  const DEPTHS = [200, 10_000]

  /** The ALB fixture with `edit` applied to its tree. */
  function albPlan(edit: (doc: Record<string, Json>) => void): string {
    const doc = readJson(ALB_WITH_BUCKET) as Record<string, Json>
    edit(doc)
    return JSON.stringify(doc)
  }
  const lbChange = (doc: Record<string, Json>) => (doc.resource_changes as Record<string, Json>[]).find((rc) => rc.type === 'aws_lb')!.change as Record<string, Json>
  const lbConfig = (doc: Record<string, Json>) =>
    ((doc.configuration as Record<string, Record<string, Json>>).root_module.resources as Record<string, Json>[]).find((r) => r.type === 'aws_lb')!.expressions as Record<string, Json>

  it.each(DEPTHS)('judges a plan with values %i deep in a load balancer (after, after_unknown, after_sensitive) as without them', async (depth) => {
    const expected = await baseVerdicts(ALB_WITH_BUCKET)
    const text = albPlan((doc) => {
      const change = lbChange(doc)
      // Spliced in as text below: JSON.stringify would recurse as deep.
      ;(change.after as Record<string, Json>).tags = 'DEEP_VALUE'
      ;(change.after_unknown as Record<string, Json>).tags = 'DEEP_UNKNOWN'
      change.after_sensitive = { tags: 'DEEP_SENSITIVE' }
    })
      .replace('"DEEP_VALUE"', nested(depth, '{"k":[', '"v"', ']}'))
      .replace('"DEEP_UNKNOWN"', nested(depth, '{"k":[', 'true', ']}'))
      .replace('"DEEP_SENSITIVE"', nested(depth, '{"k":[', 'true', ']}'))
    count('deep nesting')
    await expectJudged(put(text), expected)
  })

  it.each(DEPTHS)('judges a plan with configuration expressions %i deep as without them', async (depth) => {
    const expected = await baseVerdicts(ALB_WITH_BUCKET)
    // Blocks in blocks; references at the bottom, which following the load balancer's dependencies reaches.
    const text = albPlan((doc) => {
      lbConfig(doc).deep = 'DEEP_EXPRESSION'
    }).replace('"DEEP_EXPRESSION"', nested(depth, '[{"block":', '{"references":["aws_s3_bucket.logs.id","aws_s3_bucket.logs"]}', '}]'))
    count('deep nesting')
    await expectJudged(put(text), expected)
  })

  it.each(DEPTHS)('judges a plan with a root variable and an unknown top-level key %i deep as without them', async (depth) => {
    const expected = await baseVerdicts(ALB_WITH_BUCKET)
    const text = albPlan((doc) => {
      ;(doc.variables as Record<string, Json>).deep = { value: 'DEEP_VARIABLE' }
      doc.deep = 'DEEP_TOP'
    })
      .replace('"DEEP_VARIABLE"', nested(depth, '{"a":', '1', '}'))
      .replace('"DEEP_TOP"', nested(depth, '[', '{}', ']'))
    count('deep nesting')
    await expectJudged(put(text), expected)
  })

  it.each(DEPTHS)('refuses arrays %i deep at the top level as no plan', async (depth) => {
    count('deep nesting')
    await expectRefused(put(nested(depth, '[', '1', ']')), /is JSON but not a Terraform plan \(not an object\)/)
    await expectRefused(put(nested(depth, '[', '{"format_version":"1.2"}', ']')), /is JSON but not a Terraform plan \(not an object\)/)
  })

  it('judges modules nested 100 deep and refuses 101, 10,000 and 100,000 deep in configuration and values, both ways', async () => {
    const plan = (depth: number, where: 'module_calls' | 'child_modules') =>
      where === 'module_calls'
        ? `{"format_version":"1.2","resource_changes":[],"configuration":{"root_module":${nested(depth, '{"module_calls":{"m":{"source":"./m","module":', '{}', '}}}')}}}`
        : `{"format_version":"1.2","planned_values":{"root_module":${nested(depth, '{"child_modules":[', '{}', ']}')}}}`
    for (const where of ['module_calls', 'child_modules'] as const) {
      await expectJudged(put(plan(100, where)), ['ELBIR006 (plan) not-applicable', 'ELBIR007 (plan) not-applicable'])
      for (const depth of [101, 10_000, 100_000]) await expectRefused(put(plan(depth, where)), /nests modules more than 100 levels deep/)
      count('deep nesting', 4)
    }
  })
})

describe('a 50 MB string in a resource attribute', () => {
  it('is judged quickly, both ways and by the CLI, and never echoed', async () => {
    const expected = await baseVerdicts(ALB_WITH_BUCKET)
    // Quotes and backslashes throughout: the streaming reader's escape handling is run 5 million times.
    const unit = 'elb-ir-big-tag \\"quoted\\" \\\\ '
    const big = unit.repeat(Math.ceil((50 * 1024 * 1024) / unit.length))
    const doc = readJson(ALB_WITH_BUCKET) as Record<string, Json>
    const lb = (doc.resource_changes as { type: string; change: { after: Record<string, Json> } }[]).find((rc) => rc.type === 'aws_lb')!
    lb.change.after.tags = { Big: 'BIG_VALUE' }
    lb.change.after.tags_all = { Big: 'BIG_VALUE' }
    const name = put(JSON.stringify(doc).split('"BIG_VALUE"').join(`"${big}"`))
    count('50 MB string')
    const sample = 'elb-ir-big-tag'
    for (const way of ['whole', 'streamed'] as const) {
      const started = performance.now()
      const outcome = await judge(abs(name), way)
      expect(performance.now() - started).toBeLessThan(10_000)
      expect(outcome.kind === 'judged' && verdicts(outcome.report)).toEqual(expected)
      expect(JSON.stringify(outcome.kind === 'judged' && outcome.report.results)).not.toContain(sample)
    }
    // By default a 50 MB file is streamed (past 32 MiB); reading it whole is asked by ELB_IR_STREAM_ABOVE.
    for (const way of ['default', 'whole'] as const) {
      const started = performance.now()
      const run = await runCli([name], way)
      expect(performance.now() - started).toBeLessThan(15_000)
      expectSaneCliRun(run, [])
      expect(cliVerdicts(run)).toEqual(expected)
      expect(run.stderr).not.toContain(sample)
      expect(run.stdout).not.toContain(sample)
    }
  })
})

describe('duplicate keys', () => {
  // JSON.parse keeps the last of a key given twice (as Terraform's own Go decoder does); the streaming
  // reader must read the same plan. And an address given twice is one instance: its last entry.
  const lb = (type: string, extra = '') => `{"address":"aws_lb.x","mode":"managed","type":"${type}","name":"x"${extra},"change":{"actions":["create"],"after":{"load_balancer_type":"network"},"after_unknown":{}}}`
  const planOf = (changes: string[], rest = '') => `{"format_version":"1.2","resource_changes":[${changes.join(',')}]${rest}}`
  const NLB_WITHOUT_LOGS = [
    'ELBIR001 aws_lb.x fail',
    'ELBIR002 aws_lb.x not-applicable',
    'ELBIR003 aws_lb.x not-applicable',
    'ELBIR004 aws_lb.x not-applicable',
    'ELBIR005 aws_lb.x not-applicable',
    'ELBIR006 (plan) fail',
    'ELBIR007 (plan) fail',
    'ELBIR008 aws_lb.x not-applicable',
    'ELBIR009 aws_lb.x not-applicable'
  ]
  const NO_LB = ['ELBIR006 (plan) not-applicable', 'ELBIR007 (plan) not-applicable']

  it('format_version given twice: the last counts, both ways', async () => {
    count('duplicate keys', 2)
    await expectRefused(put('{"format_version":"1.2","format_version":"9.9","resource_changes":[]}'), /has plan format version 9\.9, which this version of elb-ir-check does not read/)
    await expectJudged(put('{"format_version":"9.9","format_version":"1.2","resource_changes":[]}'), NO_LB)
  })

  it('a resource type given twice: the last counts, both ways', async () => {
    count('duplicate keys', 3)
    // The streaming reader once skipped a resource at its first `type` when that was not a kept type.
    await expectJudged(put(planOf([lb('aws_instance', ',"type":"aws_lb"')])), NLB_WITHOUT_LOGS)
    await expectJudged(put(planOf([lb('aws_lb', ',"type":"aws_instance"')])), NO_LB)
    await expectRefused(put(planOf([lb('aws_instance', ',"type":7')])), /does not have the shape of a Terraform plan: \/resource_changes\/0\/type must be string/)
  })

  it('a planned_values address given twice: the last counts, both ways', async () => {
    count('duplicate keys')
    // The streaming reader once took the first `address` to drop a planned_values resource that resource_changes repeats.
    const planned = '{"address":"aws_lb.x","mode":"managed","type":"aws_lb","name":"y","address":"aws_lb.y","values":{"load_balancer_type":"network"}}'
    const verdictsOf = (address: string) => NLB_WITHOUT_LOGS.filter((v) => v.includes('aws_lb.x')).map((v) => v.replace('aws_lb.x', address))
    await expectJudged(put(planOf([lb('aws_lb')], `,"planned_values":{"root_module":{"resources":[${planned}]}}`)), [...verdictsOf('aws_lb.x'), ...verdictsOf('aws_lb.y'), 'ELBIR006 (plan) fail', 'ELBIR007 (plan) fail'].sort())
  })

  it('configuration block keys and module names given twice: the last counts, both ways', async () => {
    count('duplicate keys', 2)
    const config = (first: string, second: string) => `,"configuration":{"root_module":{"resources":[{"address":"aws_lb.x","mode":"managed","type":${first},"name":"x","type":${second},"expressions":{}}],"module_calls":{"m":{"source":"./a"},"m":{"source":"./b"}}}}`
    await expectJudged(put(planOf([lb('aws_lb')], config('"aws_instance"', '"aws_lb"'))), NLB_WITHOUT_LOGS)
    await expectRefused(put(planOf([lb('aws_lb')], config('"aws_instance"', '[]'))), /does not have the shape of a Terraform plan: \/configuration\/root_module\/resources\/0\/type must be string/)
  })

  it('an address given twice in resource_changes is one load balancer, judged by its last entry, both ways', async () => {
    count('duplicate keys', 2)
    const logged = lb('aws_lb').replace('"after":{"load_balancer_type":"network"}', '"after":{"load_balancer_type":"network","access_logs":[{"enabled":true,"bucket":"central-logs"}]}')
    const judged = await judgeBothWays(abs(put(planOf([logged, lb('aws_lb')]))))
    for (const outcome of [judged.whole, judged.streamed]) {
      expect(outcome.kind === 'judged' && verdicts(outcome.report)).toEqual(NLB_WITHOUT_LOGS)
      expect(outcome.kind === 'judged' && outcome.report.loadBalancers.map((l) => l.address)).toEqual(['aws_lb.x'])
    }
    const deletedLast = planOf([lb('aws_lb'), lb('aws_lb').replace('"actions":["create"]', '"actions":["delete"]')])
    await expectJudged(put(deletedLast), NO_LB)
  })
})

describe('__proto__, constructor and prototype as keys', () => {
  const PROTO_KEYS = ['__proto__', 'constructor', 'prototype']
  // What each key is given: values that would pollute Object.prototype if any code assigned them.
  const PAYLOAD = '{"polluted":"yes","__proto__":{"polluted":"yes"},"prototype":{"polluted":"yes"}}'

  /** The tree with the three keys added to every object in it that lacks them. */
  function withProtoKeysEverywhere(root: Json): Json {
    if (root === null || typeof root !== 'object') return root
    if (Array.isArray(root)) return root.map(withProtoKeysEverywhere)
    const entries: [string, unknown][] = Object.keys(root).map((key) => [key, withProtoKeysEverywhere(root[key])])
    for (const key of PROTO_KEYS) if (!Object.hasOwn(root, key)) entries.push([key, JSON.parse(PAYLOAD)])
    return fromEntries(entries)
  }

  it('judges plans with the keys added to every object as without them, both ways, in every format, and pollutes nothing', async () => {
    const before = prototypeSnapshot()
    for (const file of [ALB_WITH_BUCKET, MODULE_FOR_EACH, FIXTURE('ELBIR001/pass-vended-delivery'), FIXTURE('ELBIR006/pass-health-elb-pattern'), ...CORPUS_PLANS.slice(5, 6)]) {
      const expected = await baseVerdicts(file)
      const name = put(JSON.stringify(withProtoKeysEverywhere(readJson(file))))
      // The keys really are in the file, at every level: resource attributes, tags, module calls, variables, outputs.
      const text = readFileSync(abs(name), 'utf8')
      expect(text.split('"__proto__":').length).toBeGreaterThan(100)
      count('__proto__ keys')
      await expectJudged(name, expected)
      for (const format of ['text', 'sarif', 'markdown']) expectSaneCliRun(await runCli([name], 'default', ['--format', format]), [])
      expectNoPollution(before)
    }
  })

  it('follows module calls, for_each keys, variables and module inputs named __proto__, constructor and prototype like any other', async () => {
    const before = prototypeSnapshot()
    const expected = await baseVerdicts(MODULE_FOR_EACH)
    const KEYS: [string, string][] = [
      ['[\\"api.v1\\"]', '[\\"__proto__\\"]'],
      ['[\\"api.v2\\"]', '[\\"constructor\\"]'],
      ['[\\"ops \\\\\\"blue\\\\\\"\\"]', '[\\"prototype\\"]']
    ]
    let text = readFileSync(MODULE_FOR_EACH, 'utf8')
      // The module call `alb` becomes `__proto__`, its input `log_bucket` (the log bucket, followed into the module) `__proto__` too,
      // and the root variable and module input `certificate_arn` becomes `constructor`.
      .replace('"alb":{"source"', '"__proto__":{"source"')
      .split('module.alb[').join('module.__proto__[')
      .split('"log_bucket"').join('"__proto__"')
      .split('var.log_bucket"').join('var.__proto__"')
      .split('certificate_arn').join('constructor')
    for (const [from, to] of KEYS) text = text.split(from).join(to)
    const plan = JSON.parse(text) as { resource_changes: { address: string }[]; configuration: { root_module: { module_calls: object } } }
    expect(plan.resource_changes.map((rc) => rc.address)).toContain('module.__proto__["prototype"].aws_lb.this')
    expect(Object.keys(plan.configuration.root_module.module_calls)).toEqual(['__proto__'])
    const rename = (line: string) => line.replace('module.alb["api.v1"]', 'module.__proto__["__proto__"]').replace('module.alb["api.v2"]', 'module.__proto__["constructor"]').replace('module.alb["ops \\"blue\\""]', 'module.__proto__["prototype"]')
    count('__proto__ keys')
    await expectJudged(put(text), expected.map(rename).sort())
    expectNoPollution(before)
  })

  it('judges plans whose values are objects with toString and valueOf keys where strings belong', async () => {
    // The crash this found: String() of `{"toString":1}` calls the plan's `toString` and throws.
    const EVIL = '{"toString":1,"valueOf":2}'
    const bases = ['ELBIR002/pass-alb-elb-account', 'ELBIR002/fail-other-region', 'ELBIR001/pass-vended-delivery', 'ELBIR006/pass-health-elb-pattern', 'ELBIR009/pass-mtls-connection-logs'].map((name) => readFileSync(FIXTURE(name), 'utf8'))
    const attributes = ['bucket', 'prefix', 'policy', 'log_type', 'delivery_source_name', 'protocol', 'sse_algorithm', 'status', 'object_ownership', 'effect', 'event_pattern', 'constant_value', 'mode', 'name', 'type']
    for (const attribute of attributes) {
      const texts = bases.map((base) => base.replace(new RegExp(`"${attribute}":"(?:[^"\\\\]|\\\\.)*"`, 'g'), `"${attribute}":${EVIL}`)).filter((text, i) => text !== bases[i])
      expect(texts.length).toBeGreaterThan(0)
      for (const text of texts) {
        count('toString values')
        const { whole, streamed } = await judgeBothWays(abs(put(text)))
        expectAgreement(whole, streamed)
        // A resource's name, type and mode are validated (and refused); attribute values are not, and must be judged.
        if (!['name', 'type', 'mode'].includes(attribute)) expect([whole.kind, streamed.kind]).toEqual(['judged', 'judged'])
      }
    }
  })
})

describe('files that are no plan', () => {
  const planText = () => readFileSync(ALB_WITH_BUCKET)

  it('refuses a directory, a missing file, an empty file and a FIFO, each in one line', async () => {
    mkdirSync(abs('a-directory.json'))
    count('bad files', 4)
    await expectRefused('a-directory.json', /is a directory/)
    await expectRefused('missing.json', /does not exist/)
    await expectRefused(put(''), /is empty/)
    execFileSync('mkfifo', [abs('a-fifo.json')])
    await expectRefused('a-fifo.json', /is a named pipe \(FIFO\), not a regular file/)
  })

  it('refuses a file it may not read, as root too', async () => {
    const name = put(planText(), 'unreadable.json')
    chmodSync(abs(name), 0o000)
    count('bad files')
    if (process.getuid?.() !== 0) {
      await expectRefused(name, /cannot be read \(permission denied\)/)
      return
    }
    // Root reads any file: read it with the effective uid of nobody, as a CI runner's user would.
    expect(typeof process.seteuid).toBe('function')
    chmodSync(TMP, 0o755)
    process.seteuid!(65_534)
    try {
      await expectRefused(name, /cannot be read \(permission denied\)/)
    } finally {
      process.seteuid!(0)
    }
    expect(process.geteuid?.()).toBe(0)
    // And root itself reads it: the mode alone refuses nothing.
    await expectJudged(name, await baseVerdicts(ALB_WITH_BUCKET))
  })

  it('refuses binary files: random bytes, a zip, a pre-0.12 binary plan', async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2_654_435_761) >>> 24))
    count('bad files', 3)
    await expectRefused(put(random), /is not JSON/)
    await expectRefused(put(Buffer.concat([Buffer.from('PK\u0003\u0004'), random])), /is a saved binary plan \(a zip file\), not JSON/)
    await expectRefused(put(Buffer.concat([Buffer.from('tfplan'), random])), /is a binary plan from Terraform before 0\.12/)
  })

  it('reads invalid UTF-8 inside values as replacement characters, the same both ways, and refuses it before the JSON', async () => {
    const text = planText().toString('utf8')
    const expected = await baseVerdicts(ALB_WITH_BUCKET)
    // Into a tag value and into the log bucket's name, which messages quote.
    const withBadBytes = (marker: string) => Buffer.concat(text.split(marker).flatMap((part, i, all) => (i < all.length - 1 ? [Buffer.from(part + marker.slice(0, -1)), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from('"')] : [Buffer.from(part)])))
    const badBucket = put(withBadBytes('"acme-web-alb-logs-eu-west-1"'))
    count('bad files', 3)
    const { whole, streamed } = await judgeBothWays(abs(badBucket))
    expectAgreement(whole, streamed)
    expect(whole.kind === 'judged' && findings(whole.report).join('\n')).toContain('\uFFFD')
    await expectJudged(put(withBadBytes('"web"')), expected)
    await expectRefused(put(Buffer.concat([Buffer.from([0xc3, 0x28]), planText()])), /has text before the JSON \(.*\)/)
    await expectRefused(put(Buffer.from([0xc3, 0x28, 0x7b, 0xff, 0xfe, 0x7d])), /is not JSON/)
  })

  it('refuses UTF-16 without a byte-order mark, saying so', async () => {
    const text = planText().toString('utf8')
    count('bad files', 2)
    await expectRefused(put(Buffer.from(text, 'utf16le')), /is UTF-16 text without a byte-order mark/)
    await expectRefused(put(Buffer.from(text, 'utf16le').swap16()), /is UTF-16 text without a byte-order mark/)
  })

  it('gives one line per refused file, in order, when plans and bad files are checked together', async () => {
    const good = put(planText(), 'good.json')
    const bad = ['missing-too.json', put(''), put('{"format_version":"1.2","resource_changes":[{"address":'), put('[1,2]'), put(Buffer.from(planText().toString('utf8'), 'utf16le'))]
    count('bad files', bad.length)
    for (const way of ['whole', 'streamed'] as const) {
      const run = await runCli([bad[0], good, ...bad.slice(1)], way)
      expectSaneCliRun(run, bad)
      expect((JSON.parse(run.stdout) as { plans: { path: string }[] }).plans.map((p) => p.path)).toEqual([good])
    }
  })
})

describe('inputs that crashed the checker or split the two readers (found by the tests above)', () => {
  const lbChange = '{"address":"aws_lb.x","mode":"managed","type":"aws_lb","name":"x","change":{"actions":["create"],"after":{},"after_unknown":{}}}'
  const lbConfig = '{"address":"aws_lb.x","mode":"managed","type":"aws_lb","name":"x","provider_config_key":"aws","expressions":{"access_logs":[{"bucket":{"references":["module.m.out"]},"enabled":{"constant_value":true}}]}}'

  it.each([
    ['a provider region that is a string, not an expression', '"application"', '{}'],
    ['a provider region that is an array', '[{"references":["var.r"]}]', '{}'],
    ['references that are not a list of strings', '{"references":"var.region"}', '{}'],
    ['references holding numbers and objects', '{"references":[1,{},null]}', '{}'],
    ['a module output expression that is a number', '{}', '{"out":{"expression":7}}'],
    ['a module output expression with a string for references', '{}', '{"out":{"expression":{"references":"aws_s3_bucket.b"}}}']
  ])('judges %s', async (_label, region, outputs) => {
    count('regressions')
    const text = `{"format_version":"1.2","resource_changes":[${lbChange}],"configuration":{"provider_config":{"aws":{"name":"aws","expressions":{"region":${region}}}},"root_module":{"resources":[${lbConfig}],"module_calls":{"m":{"source":"./m","expressions":{"in":"x"},"module":{"outputs":${outputs}}}}}}}`
    const verdictsBoth = await judgeBothWays(abs(put(text)))
    expect([verdictsBoth.whole.kind, verdictsBoth.streamed.kind]).toEqual(['judged', 'judged'])
    expectAgreement(verdictsBoth.whole, verdictsBoth.streamed)
  })

  it.each([
    ['in a resource type', '{"format_version":"1.2","resource_changes":[{"address":"aws_lb.x","type":"aws_\\qlb","name":"x","mode":"managed","change":{"actions":["create"]}}]}'],
    ['in a top-level key', '{"format_\\qversion":"1.2","resource_changes":[]}'],
    ['in a module name', '{"format_version":"1.2","configuration":{"root_module":{"module_calls":{"a\\q":{}}}}}'],
    ['in the leading address of a planned resource', '{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_lb.\\q","mode":"managed","type":"aws_lb","name":"x"}]}}}'],
    ['in a short unicode escape', '{"format_version":"1.2","resource_changes":[{"address":"aws_lb.x","type":"aws_lb\\u12","name":"x","mode":"managed","change":{"actions":["create"]}}]}']
  ])('refuses a bad escape %s as invalid JSON, both ways (the streaming reader threw a SyntaxError)', async (_label, text) => {
    count('regressions')
    await expectRefused(put(text), /is not valid JSON \(at (character|byte) \d+\)/)
  })

  it('refuses a plan cut inside a literal or inside a UTF-16 character as truncated, both ways', async () => {
    count('regressions', 2)
    await expectRefused(put('{"format_version":"1.2","resource_changes":[],"errored":fa'), /ends before the JSON is complete \(a truncated file\?\)/)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format_version":"1.2","resource_changes":[]}', 'utf16le')])
    await expectRefused(put(utf16.subarray(0, utf16.length - 3)), /ends before the JSON is complete \(a truncated file\?\)/)
  })

  it('keeps a module called __proto__ a key of the module tree, not its prototype', () => {
    count('regressions')
    const plan = JSON.parse('{"format_version":"1.2","configuration":{"root_module":{"module_calls":{"__proto__":{"source":"./evil","module":{"module_calls":{"constructor":{"source":"./c"}}}}}}}}') as PlanJson
    const tree = new PlanIndex(plan).moduleTree
    expect(Object.getPrototypeOf(tree.calls)).toBe(Object.prototype)
    expect(Object.keys(tree.calls)).toEqual(['__proto__'])
    expect(Object.getOwnPropertyDescriptor(tree.calls, '__proto__')?.value.source).toBe('./evil')
    expect(Object.keys(Object.getOwnPropertyDescriptor(tree.calls, '__proto__')?.value.calls)).toEqual(['constructor'])
  })
})
