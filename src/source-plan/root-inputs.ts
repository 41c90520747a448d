// The values of the root module's variables, from where Terraform takes them, later ones winning:
// TF_VAR_* environment variables, terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in
// lexical order, then the --var-file files and the --var values in the order they were given, mixed
// (`-var a=1 -var-file f.tfvars` takes `a` from the file when it sets it, as Terraform does).

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Parser } from 'web-tree-sitter'
import { InputError } from '../errors.js'
import { firstErrorLine } from '../source/hcl.js'
import { EvaluationError } from '../terraform-lang/errors.js'
import { Evaluator, type Scope } from '../terraform-lang/evaluate.js'
import { fromJson } from '../terraform-lang/json.js'
import { fromTree, parseExpression, SourceText } from '../terraform-lang/syntax.js'
import type { TfValue } from '../terraform-lang/value.js'
import type { JsonValue } from '../plan/types.js'

/** A value as given: a string from the environment or the command line (read per the variable's type), or a value from a file. */
export type RootInput = { kind: 'text'; text: string; origin: string } | { kind: 'value'; value: TfValue; origin: string }

const NO_REFERENCES: Scope = {
  reference(_root, _steps, line) {
    throw new EvaluationError('Variables not allowed: a value given for a variable cannot refer to anything', line)
  }
}

/** Evaluates an expression that may refer to nothing (a tfvars value, a `--var` of a complex type). */
export function constantExpression(parser: Parser, text: string, origin: string): TfValue {
  const expression = parseExpression(parser, text)
  if (!expression) throw new InputError(origin, 'is not a valid Terraform value', 'Write it as in a .tfvars file, e.g. \'["a", "b"]\' or \'{ k = "v" }\'')
  try {
    return new Evaluator(NO_REFERENCES).evaluate(expression)
  } catch (error) {
    if (error instanceof EvaluationError) throw new InputError(origin, `cannot be evaluated (${error.message})`, 'Give a literal value')
    throw error
  }
}

function readVarFile(file: string, shownAs: string, parser: Parser, into: Map<string, RootInput>): void {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(shownAs, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`, 'Check the path given to --var-file')
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  if (file.endsWith('.json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new InputError(shownAs, 'is not valid JSON', 'Write the variables file as a JSON object of variable names to values')
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new InputError(shownAs, 'is not a JSON object', 'Write the variables file as a JSON object of variable names to values')
    for (const [name, value] of Object.entries(parsed as Record<string, JsonValue>)) into.set(name, { kind: 'value', value: fromJson(value), origin: shownAs })
    return
  }
  const tree = parser.parse(text)
  if (!tree) throw new Error('the parser returned no tree')
  let root
  try {
    const errorLine = firstErrorLine(tree.rootNode)
    if (errorLine !== undefined) throw new InputError(`${shownAs}:${errorLine}`, 'has a syntax error', 'Fix the variables file (`name = value` lines)')
    root = fromTree(tree.rootNode, new SourceText(text))
  } finally {
    tree.delete()
  }
  const body = root.namedChildren.find((c) => c.type === 'body')
  for (const child of body?.namedChildren ?? []) {
    const line = child.line
    if (child.type === 'block') throw new InputError(`${shownAs}:${line}`, 'has a block; a variables file holds only `name = value` lines', 'Remove the block')
    if (child.type !== 'attribute') continue
    const name = child.namedChild(0)!.text
    const expr = child.namedChildren.find((c) => c.type === 'expression')
    if (!expr) continue
    try {
      into.set(name, { kind: 'value', value: new Evaluator(NO_REFERENCES).evaluate(expr), origin: `${shownAs}:${line}` })
    } catch (error) {
      if (error instanceof EvaluationError) throw new InputError(`${shownAs}:${error.line}`, `cannot be evaluated (${error.message})`, 'Give literal values in a variables file')
      throw error
    }
  }
}

/** One `--var-file <file>` or `--var <name>=<value>` of the command line. */
export interface VariableArgument {
  kind: 'file' | 'var'
  value: string
}

export interface RootInputOptions {
  /** `--var-file` and `--var`, in the order given: a later one wins. */
  variables?: VariableArgument[]
  env?: Record<string, string | undefined>
}

/** Every value given for a root variable, the one Terraform would use last. */
export function readRootInputs(dir: string, options: RootInputOptions, parser: Parser): Map<string, RootInput> {
  const inputs = new Map<string, RootInput>()
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (key.startsWith('TF_VAR_') && value !== undefined) inputs.set(key.slice(7), { kind: 'text', text: value, origin: `environment variable ${key}` })
  }
  const automatic = ['terraform.tfvars', 'terraform.tfvars.json']
  let names: string[] = []
  try {
    names = readdirSync(dir)
  } catch {
    names = []
  }
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort()
  for (const name of [...automatic.filter((n) => existsSync(path.join(dir, n))), ...auto]) readVarFile(path.join(dir, name), name, parser, inputs)
  for (const { kind, value } of options.variables ?? []) {
    if (kind === 'file') {
      readVarFile(path.resolve(dir, value), value, parser, inputs)
      continue
    }
    const eq = value.indexOf('=')
    if (eq <= 0) throw new InputError(`--var ${value.split('=')[0]}`, 'is not of the form name=value', 'Write --var name=value')
    inputs.set(value.slice(0, eq), { kind: 'text', text: value.slice(eq + 1), origin: `--var ${value.slice(0, eq)}` })
  }
  return inputs
}
