// Terraform's expressions, evaluated as Terraform evaluates them: each case's value is asserted here and,
// where Terraform is installed, compared with what `terraform console` prints for the same text
// (`local.u` is a value known only after apply in the console's scratch module and in the scope below).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Tree } from 'web-tree-sitter'
import { hclParser } from '../../src/source/parser.js'
import { EvaluationError } from '../../src/terraform-lang/errors.js'
import { Evaluator, type Scope } from '../../src/terraform-lang/evaluate.js'
import { expressionJson } from '../../src/terraform-lang/references.js'
import { parseExpression } from '../../src/terraform-lang/syntax.js'
import { UNKNOWN, type TfValue } from '../../src/terraform-lang/value.js'
import { type Encoded, HIDDEN, openConsole, shown, terraformMissing, type Console } from './terraform-console.js'

const trees: Tree[] = []
afterAll(() => trees.forEach((tree) => tree.delete()))

const scope: Scope = {
  reference(root, steps, line) {
    if (root === 'local' && steps[0]?.kind === 'attr' && steps[0].name === 'u') return { value: UNKNOWN, consumed: 1 }
    throw new EvaluationError(`Reference to undeclared ${root}`, line)
  }
}

async function node(text: string) {
  const { expression, tree } = parseExpression(await hclParser(), text)
  trees.push(tree)
  if (!expression) throw new Error(`does not parse: ${text}`)
  return expression
}

async function evaluate(text: string): Promise<TfValue> {
  return new Evaluator(scope).evaluate(await node(text))
}

const unknown = { $unknown: true }

/** Expression → the value Terraform gives (as the console shows it: unknown and sensitive parts marked). */
const CASES: [string, Encoded][] = [
  ['1.5', 1.5],
  ['"a\\nb\\"c\\\\d \\u00e9 $${x} %%{y}"', 'a\nb"c\\d é ${x} %{y}'],
  ['[1, "a", null, true]', [1, 'a', null, true]],
  ['{ a = 1, "b c" = 2, ("d") = 3 }', { a: 1, 'b c': 2, d: 3 }],
  ['"x-${1 + 2}-y"', 'x-3-y'],
  ['"${true}"', true],
  ['"%{if 1 > 2}yes%{else}no%{endif}"', 'no'],
  ['"%{for x in [1, 2, 3]}${x},%{endfor}"', '1,2,3,'],
  ['"a  ${~ "b" ~}  c"', 'abc'],
  ['"[%{ for x in ["a", "b"] ~} ${x} %{~ endfor }]"', '[ab]'],
  ['1 + 2 * 3 - 8 / 4', 5],
  ['7 % 3', 1],
  ['-(2 + 3)', -5],
  ['"1" + 1', 2],
  ['1 == "1"', false],
  ['[1, { a = "x" }] == [1, { a = "x" }]', true],
  ['!true || 2 >= 2 && 3 < 1', false],
  ['true ? "a" : "b"', 'a'],
  ['local.u ? 1 : 2', unknown],
  ['false ? local.u : 3', 3],
  ['false && local.u', unknown],
  ['[10, 20, 30][1]', 20],
  ['{ a = { b = 5 } }.a.b', 5],
  ['{ a = 1 }["a"]', 1],
  ['[{ a = 1 }, { a = 2 }][*].a', [1, 2]],
  ['[{ a = [1] }, { a = [2] }][*].a[0]', [1, 2]],
  ['{ a = 1 }[*].a', [1]],
  ['[for x in [1, 2, 3] : x * 2 if x > 1]', [4, 6]],
  ['{ for k, v in { a = "1", b = "2" } : v => k }', { '1': 'a', '2': 'b' }],
  ['{ for x in ["a", "b", "a"] : x => x... }', { a: ['a', 'a'], b: ['b'] }],
  ['[for i, x in ["a", "b"] : "${i}${x}"]', ['0a', '1b']],
  ['[for k, v in { b = 1, a = 2 } : k]', ['a', 'b']],
  ['local.u + 1', unknown],
  ['[local.u, 1]', [unknown, 1]],
  ['length([local.u, 2])', 2],
  ['"a${local.u}"', unknown],
  ['[for x in local.u : x]', unknown],
  ['try(local.u, 1)', unknown],
  ['try({ a = 1 }.b, "fallback")', 'fallback'],
  ['try([][0], 5)', 5],
  ['can({ a = 1 }.b)', false],
  ['can(local.u)', unknown],
  ['"a${sensitive("b")}"', HIDDEN],
  ['upper(sensitive("b")) == "B"', HIDDEN],
  ['merge({ a = 1 }, { b = 2 })', { a: 1, b: 2 }],
  ['jsonencode({ b = [1, "x"], a = null })', '{"a":null,"b":[1,"x"]}'],
  ['format("%s-%03d", "x", 7)', 'x-007'],
  ['max([3, 9, 2]...)', 9],
  ['"${null}"', null]
]

describe('expressions', () => {
  it.each(CASES)('%s', async (text, want) => {
    expect(shown(await evaluate(text))).toEqual(want)
  })

  it('heredocs, with the indentation <<- removes', async () => {
    expect(await evaluate('<<EOT\nhello ${"you"}\n  world\nEOT')).toBe('hello you\n  world\n')
    expect(await evaluate('<<-EOT\n    a\n      b ${1 + 1}\n    EOT')).toBe('a\n  b 2\n')
    expect(await evaluate('<<-EOT\n  %{ for x in ["a", "b"] ~}\n  - ${x}\n  %{ endfor ~}\n  EOT')).toBe('- a\n- b\n')
  })

  it('refuses what Terraform refuses, naming the line', async () => {
    const refused = async (text: string) => {
      try {
        await evaluate(text)
      } catch (error) {
        return error instanceof EvaluationError ? `${error.line}: ${error.message}` : String(error)
      }
      return 'no error'
    }
    expect(await refused('{ a = 1 }.b')).toMatch(/^1: Unsupported attribute/)
    expect(await refused('[1][3]')).toMatch(/^1: Invalid index/)
    expect(await refused('nosuchfunction(1)')).toBe('1: Call to unknown function: there is no function named "nosuchfunction"')
    expect(await refused('"a${null}"')).toMatch(/^1: Invalid template interpolation value/)
    expect(await refused('{ for x in ["a", "a"] : x => x }')).toMatch(/^1: Duplicate object key/)
    expect(await refused('1 / 0')).toMatch(/divide by zero/)
  })

  it('bounds nesting: a pathological expression is an error, not a stack overflow', async () => {
    const deep = `${'['.repeat(2000)}1${']'.repeat(2000)}`
    await expect(evaluate(deep)).rejects.toThrow(/nests too deeply/)
  })
})

describe('expressions as the plan configuration writes them', () => {
  const cases: [string, unknown][] = [
    ['aws_s3_bucket.logs.id', { references: ['aws_s3_bucket.logs.id', 'aws_s3_bucket.logs'] }],
    ['aws_iam_policy.x[0].arn', { references: ['aws_iam_policy.x[0].arn', 'aws_iam_policy.x[0]', 'aws_iam_policy.x'] }],
    ['module.m.out', { references: ['module.m.out', 'module.m'] }],
    ['module.m["a"].out.x', { references: ['module.m["a"].out.x', 'module.m["a"].out', 'module.m["a"]'] }],
    ['data.aws_vpc.default.id', { references: ['data.aws_vpc.default.id', 'data.aws_vpc.default'] }],
    ['aws_subnet.x[*].id', { references: ['aws_subnet.x'] }],
    ['aws_s3_bucket.b[count.index].arn', { references: ['aws_s3_bucket.b', 'count.index'] }],
    ['[for s in var.list : s.id if s.on]', { references: ['var.list'] }],
    ['"${var.a}-${local.b.c}"', { references: ['var.a', 'local.b.c', 'local.b'] }],
    ['each.value.bucket != ""', { references: ['each.value.bucket', 'each.value'] }],
    ['jsonencode({ a = 1 })', {}],
    ['"80"', { constant_value: '80' }],
    ['[1, { a = true }]', { constant_value: [1, { a: true }] }]
  ]
  it.each(cases)('%s', async (text, want) => {
    expect(expressionJson(await node(text))).toEqual(want)
  })
})

const missing = terraformMissing()
describe.skipIf(missing !== undefined)(`the same expressions in terraform console${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let terraformConsole: Console
  beforeAll(() => {
    terraformConsole = openConsole()
  }, 60_000)
  afterAll(() => terraformConsole?.close())

  it('gives the values asserted above', () => {
    // One console run for all: a tuple of every case, as Terraform prints it (multi-line strings aside,
    // which the console prints as heredocs inside the tuple).
    const single = CASES.filter(([, want]) => !JSON.stringify(want).includes('\\n'))
    const answer = terraformConsole.evaluate(`[${single.map(([text]) => text).join(', ')}]`)
    expect(answer).toEqual({ value: single.map(([, want]) => want) })
  }, 60_000)
})
