// Terraform's built-in functions, held to Terraform's own answers: function-table.json records what
// `terraform console` gives for every call of function-cases.ts (scripts/make-function-table.mjs), and
// the last suite runs a sample of it through Terraform again so that the table cannot drift.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callFunction, FUNCTIONS, FunctionArgumentError, NOT_PROVIDED, UnknownFunctionError } from '../../src/terraform-lang/functions/index.js'
import { isSensitive, isUnknown, Sensitive, UNKNOWN } from '../../src/terraform-lang/value.js'
import { CALLS } from './function-cases.js'
import { callHcl, decode, type Encoded, openConsole, shown, terraformMissing, type Console } from './terraform-console.js'

interface Row {
  call: string
  args: Encoded[]
  want?: Encoded
  error?: string
}

const TABLE = JSON.parse(readFileSync(path.join(import.meta.dirname, 'function-table.json'), 'utf8')) as Row[]
const title = (row: Row) => callHcl(row.call, row.args.map(decode))

describe('built-in functions give what Terraform gives', () => {
  const answers = TABLE.filter((row) => row.error === undefined)
  const refusals = TABLE.filter((row) => row.error !== undefined)

  it.each(answers.map((row) => [title(row), row] as const))('%s', (_, row) => {
    expect(shown(callFunction(row.call, row.args.map(decode)))).toEqual(row.want)
  })

  it.each(refusals.map((row) => [title(row), row] as const))('%s is refused', (_, row) => {
    let thrown: unknown
    try {
      callFunction(row.call, row.args.map(decode))
    } catch (error) {
      thrown = error
    }
    if (FUNCTIONS.has(row.call)) {
      expect(thrown).toBeInstanceOf(FunctionArgumentError)
      // Terraform's error is "<summary>: <detail>"; the message is the detail (or both, for argument counts).
      expect(row.error).toContain((thrown as Error).message)
    } else {
      expect(thrown).toBeInstanceOf(UnknownFunctionError)
    }
  })
})

describe('the function table', () => {
  it('holds every call of function-cases.ts, in order', () => {
    expect(TABLE.map((row) => title(row))).toEqual(CALLS.map(([name, ...args]) => callHcl(name, args)))
  })

  it('tries every function the project provides', () => {
    // plantimestamp() is the plan's own time in Terraform: no table can hold it.
    const tried = new Set([...TABLE.map((row) => row.call), 'plantimestamp'])
    expect([...FUNCTIONS.keys()].filter((name) => !tried.has(name))).toEqual([])
  })

  it('leaves out the functions that read files', () => {
    for (const name of NOT_PROVIDED) expect(FUNCTIONS.has(name)).toBe(false)
    expect(() => callFunction('file', ['main.tf'])).toThrow(UnknownFunctionError)
  })
})

describe('marks on results', () => {
  it('keeps the sensitive mark on an unknown result', () => {
    const result = callFunction('upper', [new Sensitive(UNKNOWN)])
    expect(isSensitive(result) && isUnknown(result.value)).toBe(true)
  })

  it('gives timestamp(), plantimestamp() and uuid() as unknown: no plan has fixed them', () => {
    expect(callFunction('timestamp', [])).toBe(UNKNOWN)
    expect(callFunction('plantimestamp', [])).toBe(UNKNOWN)
    expect(callFunction('uuid', [])).toBe(UNKNOWN)
  })
})

const missing = terraformMissing()
describe.skipIf(missing !== undefined)(`the table against Terraform itself${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let terraformConsole: Console
  beforeAll(() => {
    terraformConsole = openConsole()
  }, 60_000)
  afterAll(() => terraformConsole?.close())

  it('still matches terraform console on a sample of calls', () => {
    const sample = TABLE.filter((_, i) => i % 8 === 0)
    const answers = sample.map((row) => terraformConsole.evaluate(title(row)))
    expect(answers).toEqual(sample.map((row) => (row.error === undefined ? { value: row.want } : { error: row.error })))
  }, 60_000)
})
