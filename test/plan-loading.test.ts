import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePlanBytes, loadPlanFile, type LoadedPlan } from '../src/plan/load.js'
import { InputError } from '../src/errors.js'
import { CORPUS, PLANS, corpusIndex } from './helpers/corpus.js'
import { PLAN_CORPUS, lacks } from './helpers/shared.js'
import { tempDir } from './helpers/cli.js'

const CANARY = 'canary-7f3a'
/** A plan made by Terraform that ships with the project, so that most tests here run in any clone. */
const EXAMPLE_PLAN = path.join(import.meta.dirname, '..', 'fixtures', 'example', 'plan.json')
const noCorpus = lacks(PLAN_CORPUS, 'plan loading of corpus plans')

let tmp: { dir: string; cleanup: () => void }
let planBytes: Buffer
let planText: string

beforeAll(() => {
  tmp = tempDir('elb-ir-plan-')
  planBytes = readFileSync(EXAMPLE_PLAN)
  planText = planBytes.toString('utf8')
})
afterAll(() => tmp.cleanup())

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp.dir, name)
  writeFileSync(file, content)
  return file
}

/** Loads `file` and returns the InputError it must be refused with. */
async function refusal(file: string): Promise<InputError> {
  const error = await loadPlanFile(file).then(
    () => null,
    (e: unknown) => e
  )
  expect(error, `${file} should be refused`).toBeInstanceOf(InputError)
  return error as InputError
}

/** The things every refusal message promises: one line, the file first, a remedy, none of the content. */
function expectUsefulRefusal(error: InputError, file: string, content: string | null): void {
  expect(error.message).not.toMatch(/[\r\n]/)
  expect(error.file).toBe(file)
  expect(error.message.startsWith(`${file}: `)).toBe(true)
  expect(error.remedy.length).toBeGreaterThan(0)
  expect(error.message).toContain(error.remedy)
  expect(error.message).not.toContain(CANARY)
  if (content !== null) expect(error.message).not.toContain(content.slice(0, 40))
}

describe('loading a real plan', () => {
  it.skipIf(noCorpus)('loads a Terraform 0.12 plan from the corpus with its versions', async () => {
    const loaded = await loadPlanFile(PLANS.warningsOnly)
    expect(loaded.path).toBe(PLANS.warningsOnly)
    expect(loaded.formatVersion).toBe('0.1')
    expect(loaded.terraformVersion).toBe('0.12.24')
    expect(loaded.warnings).toEqual([])
    expect(loaded.json.resource_changes?.map((rc) => rc.address)).toContain('module.alb.aws_alb.alb')
    expect(loaded.json).toEqual(JSON.parse(readFileSync(PLANS.warningsOnly, 'utf8')))
  })

  it('loads a plan of this Terraform with its versions', async () => {
    const loaded = await loadPlanFile(EXAMPLE_PLAN)
    expect(loaded.formatVersion).toBe('1.2')
    expect(loaded.terraformVersion).toMatch(/^1\.\d+\.\d+$/)
    expect(loaded.warnings).toEqual([])
    expect(loaded.json).toEqual(JSON.parse(planText))
  })

  it.skipIf(noCorpus)('loads every file the corpus index calls a plan or a state, each as what it is, and refuses every other file', async () => {
    const entries = corpusIndex()
    expect(entries.length).toBeGreaterThan(250)
    const wronglyRefused: string[] = []
    const wronglyLoaded: string[] = []
    for (const entry of entries) {
      const file = path.join(CORPUS, entry.file)
      const outcome = await loadPlanFile(file).then(
        (plan) => plan,
        (e: unknown) => e
      )
      const expectedKind = entry.kind === 'plan' ? 'plan' : entry.kind.startsWith('state') ? 'state' : null
      if (expectedKind) {
        if (outcome instanceof Error) wronglyRefused.push(`${entry.file}: ${outcome.message}`)
        else if ((outcome as LoadedPlan).kind !== expectedKind) wronglyRefused.push(`${entry.file}: read as ${(outcome as LoadedPlan).kind}`)
        else if (expectedKind === 'plan' && (outcome as LoadedPlan).formatVersion !== entry.format_version) wronglyRefused.push(`${entry.file}: wrong format version`)
      } else if (!(outcome instanceof InputError)) {
        wronglyLoaded.push(`${entry.file} (${entry.kind})`)
      }
    }
    expect(wronglyRefused).toEqual([])
    expect(wronglyLoaded).toEqual([])
  })

  it('warns, naming the file, when Terraform reported errors while planning', () => {
    const plan = { ...JSON.parse(planText), errored: true }
    const loaded = parsePlanBytes(Buffer.from(JSON.stringify(plan)), 'partial.json')
    expect(loaded.warnings).toHaveLength(1)
    expect(loaded.warnings[0]).toMatch(/^partial\.json: .*errors/)
  })
})

describe('encodings', () => {
  const expected = () => JSON.parse(planText)

  it('reads a plan with a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), planBytes])
    expect(parsePlanBytes(bytes, 'bom.json').json).toEqual(expected())
  })

  it('reads a plan written as UTF-16LE with a byte-order mark (PowerShell `>`)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(planText, 'utf16le')])
    expect(parsePlanBytes(bytes, 'utf16le.json').json).toEqual(expected())
  })

  it('reads a plan written as UTF-16BE with a byte-order mark', () => {
    const be = Buffer.from(planText, 'utf16le').swap16()
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), be])
    expect(parsePlanBytes(bytes, 'utf16be.json').json).toEqual(expected())
  })

  it('reads the same plan from a file in each encoding', async () => {
    const utf16le = write('ps.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(planText, 'utf16le')]))
    const utf8bom = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), planBytes]))
    expect((await loadPlanFile(utf16le)).json).toEqual(expected())
    expect((await loadPlanFile(utf8bom)).json).toEqual(expected())
  })

  it.skipIf(noCorpus)('reads a real PowerShell-written plan from the corpus', async () => {
    const raw = readFileSync(PLANS.utf16)
    expect([raw[0], raw[1]]).toEqual([0xff, 0xfe])
    const loaded = await loadPlanFile(PLANS.utf16)
    expect(loaded.json).toEqual(JSON.parse(new TextDecoder('utf-16le').decode(raw.subarray(2))))
  })

  it('reads bytes that are a view into a larger buffer', () => {
    const padded = Buffer.concat([Buffer.from('xxxxxxxx'), planBytes, Buffer.from('yyyy')])
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 8, planBytes.length)
    expect(parsePlanBytes(view, 'view.json').json).toEqual(expected())
  })
})

describe('refusals', () => {
  interface Case {
    name: string
    content: string | Uint8Array
    problem: RegExp
    remedy: RegExp
  }
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00]), Buffer.from(`tfplan${CANARY}`), Buffer.alloc(64, 0)])
  const legacy = Buffer.concat([Buffer.from('tfplan'), Buffer.from([0x00, 0x00, 0x00, 0x02]), Buffer.from(CANARY), Buffer.alloc(16, 0xff)])
  const cases: Case[] = [
    { name: 'empty.json', content: '', problem: /empty/, remedy: /terraform show -json/ },
    { name: 'blank.json', content: '  \n\t\r\n   ', problem: /white ?space/, remedy: /terraform show -json/ },
    { name: 'tfplan.zip.json', content: zip, problem: /binary plan|zip/, remedy: /terraform show -json/ },
    { name: 'legacy.tfplan', content: legacy, problem: /binary plan.*before 0\.12/, remedy: /0\.12/ },
    { name: 'text.json', content: `Error: ${CANARY} could not be planned\n`, problem: /not JSON/, remedy: /terraform show -json/ },
    { name: 'broken.json', content: `{"format_version":"1.2","variables":{"token":{"value": ${CANARY}}}}`, problem: /not valid JSON/, remedy: /terraform show -json/ },
    { name: 'truncated.json', content: `{"format_version":"1.2","variables":{"token":{"value":"${CANARY}`, problem: /truncated|ends before/, remedy: /terraform show -json/ },
    { name: 'list.json', content: `["${CANARY}", 1, 2]`, problem: /not a Terraform plan/, remedy: /terraform show -json/ },
    // What `jq -s . plan.json` writes: the plan wrapped in an array. It has no text before the JSON.
    { name: 'slurped.json', content: `[{"format_version":"1.2","secret":"${CANARY}"}]`, problem: /list of plans/, remedy: /each plan file on its own/ },
    {
      name: 'terraform.tfstate',
      content: JSON.stringify({ version: 3, terraform_version: '0.11.14', serial: 3, lineage: CANARY, modules: [] }),
      problem: /state file of version 3/,
      remedy: /terraform state pull/
    },
    {
      name: 'state-show.json',
      content: JSON.stringify({ format_version: '1.0', terraform_version: '1.9.5', values: { root_module: { resources: [{ address: `aws_lb.${CANARY}`, mode: 'managed', type: 'aws_lb', name: CANARY, values: CANARY }] } } }),
      problem: /shape of a Terraform state/,
      remedy: /terraform state pull/
    },
    { name: 'no-format.json', content: JSON.stringify({ name: CANARY, items: [1, 2] }), problem: /neither a Terraform plan nor a state/, remedy: /terraform state pull/ },
    {
      name: 'redacted.json',
      content: JSON.stringify({ plan_format_version: '2.0', resource_drift: [], resource_changes: [{ address: `aws_lb.${CANARY}` }], relevant_attributes: [] }),
      problem: /redacted/,
      remedy: /json-output|terraform show -json/
    },
    {
      name: 'bookmark.json',
      content: JSON.stringify({ remote_plan_format: 1, run_id: `run-${CANARY}`, hostname: 'app.terraform.io' }),
      problem: /saved-plan bookmark/,
      remedy: /terraform show -json|download/i
    },
    {
      name: 'encrypted.json',
      content: JSON.stringify({ meta: { 'key_provider.pbkdf2.key': CANARY }, encrypted_data: Buffer.from(CANARY).toString('base64'), encryption_version: 'v0' }),
      problem: /encrypted OpenTofu/,
      remedy: /tofu show -json/
    },
    {
      name: 'future.json',
      content: JSON.stringify({ format_version: '2.0', terraform_version: CANARY, resource_changes: [] }),
      problem: /format version 2\.0/,
      remedy: /Upgrade elb-ir-check/
    }
  ]

  for (const c of cases) {
    it(`refuses ${c.name} with a one-line message that says what to do`, async () => {
      const file = write(c.name, c.content)
      const error = await refusal(file)
      expectUsefulRefusal(error, file, typeof c.content === 'string' && c.content.trim() !== '' ? c.content : null)
      expect(error.problem).toMatch(c.problem)
      expect(error.remedy).toMatch(c.remedy)
    })
  }

  it('reports a plan cut short after a complete value as truncated, not as invalid JSON', async () => {
    // A copy interrupted between two values: everything present is well-formed, the rest is missing.
    const versionField = `"terraform_version":"${JSON.parse(planText).terraform_version}"`
    const cut = planText.slice(0, planText.indexOf(versionField) + versionField.length)
    const file = write('cut.json', cut)
    const error = await refusal(file)
    expectUsefulRefusal(error, file, cut)
    expect(error.problem).toMatch(/truncated|ends before/)
  })

  it.skipIf(noCorpus)('refuses setup-terraform wrapper output and asks for terraform_wrapper: false', async () => {
    const error = await refusal(PLANS.wrapperOutput)
    expectUsefulRefusal(error, PLANS.wrapperOutput, null)
    expect(error.message).toContain('terraform_wrapper: false')
    // The wrapper's first line holds a runner path: it must not be echoed.
    expect(error.message).not.toContain('[command]')
    expect(error.message).not.toContain('3d212771')
    // Its own explanation, not that of text before the JSON.
    expect(error.problem).not.toBe((await refusal(write('text.json', `Error: ${CANARY} could not be planned\n`))).problem)
  })

  it('refuses a directory and suggests a glob', async () => {
    const dir = path.join(tmp.dir, 'plans')
    mkdirSync(dir, { recursive: true })
    const error = await refusal(dir)
    expectUsefulRefusal(error, dir, null)
    expect(error.problem).toMatch(/directory/)
    expect(error.remedy).toMatch(/\*\*/)
  })

  it('refuses a missing file and says how to produce one', async () => {
    const file = path.join(tmp.dir, 'nowhere', 'plan.json')
    const error = await refusal(file)
    expectUsefulRefusal(error, file, null)
    expect(error.problem).toMatch(/does not exist/)
    expect(error.remedy).toMatch(/terraform show -json/)
  })

  it('refuses a plan whose shape is wrong, naming the JSON path and not the value', async () => {
    const plan = JSON.parse(planText)
    plan.resource_changes[0].change.actions = CANARY
    const file = write('shape.json', JSON.stringify(plan))
    const error = await refusal(file)
    expectUsefulRefusal(error, file, null)
    expect(error.problem).toContain('/resource_changes/0/change/actions')
    expect(error.problem).toMatch(/array/)
  })

  it('gives each kind of mistake its own explanation', async () => {
    const problems = new Map<string, string>()
    for (const c of cases) problems.set(c.name, (await refusal(write(c.name, c.content))).message)

    expect(problems.get('terraform.tfstate')).toContain('terraform state pull')
    expect(problems.get('tfplan.zip.json')).toContain('terraform show -json')

    const distinct = ['empty.json', 'blank.json', 'tfplan.zip.json', 'legacy.tfplan', 'text.json', 'list.json', 'terraform.tfstate', 'state-show.json', 'no-format.json', 'redacted.json', 'bookmark.json', 'encrypted.json', 'future.json']
    const explanations = distinct.map((name) => {
      const message = problems.get(name) ?? ''
      return message.slice(message.indexOf(': ') + 2)
    })
    expect(new Set(explanations).size).toBe(distinct.length)
  })
})
