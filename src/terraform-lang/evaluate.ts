// Evaluates HCL expressions (tree-sitter nodes) as Terraform does: literals, templates, operators,
// conditionals, collections, `for` expressions, splats, function calls, and references, which the
// scope resolves (variables, locals, resources, modules...). Unknown values propagate; sensitive
// marks travel with what is computed from them. `try` and `can` catch errors as Terraform does.

import { EvaluationError } from './errors.js'
import { callFunction, FUNCTIONS, FunctionArgumentError, NOT_PROVIDED, UnknownFunctionError } from './functions/index.js'
import { asBool, asString, binaryOperation, defineKey, OperationError, strip, unaryOperation } from './operations.js'
import { lineOf, namedChildren, operands, plainString, type Node } from './syntax.js'
import { evaluateTemplate } from './template.js'
import { applySplat, applyStep, type Step } from './traversal.js'
import { isObject, isUnknown, mark, unmark, UNKNOWN, type TfObject, type TfValue } from './value.js'

export type { Step } from './traversal.js'

/** Where references get their values. */
export interface Scope {
  /**
   * The value a reference names: its root (`var`, `local`, `aws_s3_bucket`, `module`...) and as many
   * of the static steps that follow as the scope reads itself (`consumed`); the rest are applied to
   * the value returned.
   */
  reference(root: string, steps: Step[], line: number): { value: TfValue; consumed: number }
  /**
   * Terraform's functions that read files or paths (NOT_PROVIDED by the built-in functions): the scope
   * knows the folder. Without it, their results are unknown.
   */
  fileFunction?(name: string, args: TfValue[], line: number): TfValue
}

/**
 * Terraform's functions that are not evaluated here (yet): their results are unknown, as values known
 * only after apply are, rather than errors of a configuration Terraform accepts.
 */
const NOT_EVALUATED = new Set(['base64gzip', 'bcrypt', 'csvdecode', 'ephemeralasnull', 'rsadecrypt', 'templatestring', 'textdecodebase64', 'textencodebase64', 'type', 'uuidv5', 'yamldecode', 'yamlencode'])

/** Whether Terraform has a function of this name: a built-in (evaluated or not), `try`/`can`, or a provider's (`provider::aws::arn_parse`). */
export function isFunctionName(name: string): boolean {
  return name === 'try' || name === 'can' || name.includes('::') || FUNCTIONS.has(name) || NOT_EVALUATED.has(name) || (NOT_PROVIDED as readonly string[]).includes(name)
}

/** Errors an expression can make that `try` and `can` catch. */
function isCatchable(error: unknown): boolean {
  return error instanceof EvaluationError || error instanceof OperationError || error instanceof FunctionArgumentError
}

/** Deep limit on nested evaluation: a pathological expression ends in an error, not a stack overflow. */
const MAX_NESTING = 400

export class Evaluator {
  private depth = 0

  constructor(
    private readonly scope: Scope,
    private readonly symbols: Readonly<Record<string, TfValue>> | undefined = undefined,
    private readonly outer: Evaluator | undefined = undefined
  ) {}

  /** An evaluator that also knows the symbols of a `for` expression, a template or a block. */
  with(symbols: Record<string, TfValue>): Evaluator {
    const child = new Evaluator(this.scope, symbols, this)
    child.depth = this.depth
    return child
  }

  /** The value of a symbol (`each`, `count`, a `for` variable), innermost first. */
  private symbol(name: string): TfValue | undefined {
    if (this.symbols && Object.prototype.hasOwnProperty.call(this.symbols, name)) return this.symbols[name]
    return this.outer?.symbol(name)
  }

  evaluate(node: Node): TfValue {
    if (++this.depth > MAX_NESTING) {
      this.depth = 0
      throw new EvaluationError('the expression nests too deeply to evaluate', lineOf(node))
    }
    try {
      return this.evaluateNode(node)
    } catch (error) {
      if (error instanceof OperationError || error instanceof FunctionArgumentError) throw new EvaluationError(error.message, lineOf(node))
      throw error
    } finally {
      this.depth--
    }
  }

  private evaluateNode(node: Node): TfValue {
    switch (node.type) {
      case 'expression':
        return this.chain(node)
      case 'literal_value':
        return this.literal(node)
      case 'template_expr':
        return evaluateTemplate(node, this)
      case 'collection_value':
        return this.collection(node)
      case 'variable_expr':
        return this.reference(node, [])
      case 'function_call':
        return this.call(node)
      case 'for_expr':
        return this.forExpression(node)
      case 'conditional':
        return this.conditional(node)
      case 'operation':
        return this.operation(node)
      default:
        throw new EvaluationError(`unsupported expression (${node.type})`, lineOf(node))
    }
  }

  /** An `expression` node: a base and its traversal (`.attr`, `[index]`, splats). */
  private chain(node: Node): TfValue {
    return this.chainOf(namedChildren(node), node)
  }

  /** A base node and the traversal nodes after it. */
  private chainOf(parts: readonly Node[], node: Node): TfValue {
    if (parts.length === 0) throw new EvaluationError('empty expression', lineOf(node))
    const [base, ...postfix] = parts
    if (base.type === 'variable_expr') {
      const steps: Step[] = []
      let i = 0
      for (; i < postfix.length; i++) {
        const step = this.step(postfix[i])
        if (!step) break
        steps.push(step)
      }
      return this.traverse(this.reference(base, steps), postfix.slice(i))
    }
    return this.traverse(this.evaluate(base), postfix)
  }

  /** A `get_attr` or `index` node as a step; null for a splat. */
  private step(node: Node): Step | null {
    if (node.type === 'get_attr') return { kind: 'attr', name: node.namedChild(0)!.text }
    if (node.type === 'index') {
      const inner = node.namedChild(0)!
      if (inner.type === 'legacy_index') return { kind: 'index', key: Number(inner.text.slice(1)) }
      return { kind: 'index', key: this.evaluate(inner.namedChild(0)!) }
    }
    return null
  }

  private traverse(value: TfValue, postfix: readonly Node[]): TfValue {
    let current = value
    for (let i = 0; i < postfix.length; i++) {
      const node = postfix[i]
      if (node.type === 'splat') {
        const splat = node.namedChild(0)!
        const inner = namedChildren(splat)
        current = applySplat(current, (element) => this.traverse(element, inner))
        continue
      }
      const step = this.step(node)
      if (!step) throw new EvaluationError(`unsupported traversal (${node.type})`, lineOf(node))
      current = stepInto(current, step, node)
    }
    return current
  }

  private reference(node: Node, steps: Step[]): TfValue {
    const root = node.namedChild(0)!.text
    const symbol = this.symbol(root)
    const { value, consumed } = symbol !== undefined ? { value: symbol, consumed: 0 } : this.scope.reference(root, steps, lineOf(node))
    let current = value
    for (const step of steps.slice(consumed)) current = stepInto(current, step, node)
    return current
  }

  private literal(node: Node): TfValue {
    const lit = node.namedChild(0)!
    switch (lit.type) {
      case 'numeric_lit':
        return Number(lit.text)
      case 'bool_lit':
        return lit.text === 'true'
      case 'null_lit':
        return null
      case 'string_lit':
        return plainString(lit) ?? ''
      default:
        throw new EvaluationError(`unsupported literal (${lit.type})`, lineOf(node))
    }
  }

  private collection(node: Node): TfValue {
    const inner = node.namedChild(0)!
    if (inner.type === 'tuple') return namedChildren(inner).filter((c) => c.type === 'expression').map((item) => this.evaluate(item))
    const out: TfObject = {}
    let unknownKey = false
    let sensitiveKey = false
    for (const elem of namedChildren(inner)) {
      if (elem.type !== 'object_elem') continue
      const keyNode = elem.childForFieldName('key')!
      const valueNode = elem.childForFieldName('val')!
      let key: string
      // `{ a = 1 }` names the key; `{ (a) = 1 }` and `{ "${a}" = 1 }` evaluate it.
      const direct = keyNode.namedChild(0)
      if (keyNode.namedChildCount === 1 && direct?.type === 'variable_expr') key = direct.namedChild(0)!.text
      else {
        const raw = unmark(this.evaluate(keyNode))
        if (raw.sensitive) sensitiveKey = true
        if (isUnknown(raw.value)) {
          unknownKey = true
          continue
        }
        key = asString(raw.value, 'an object key')
      }
      defineKey(out, key, this.evaluate(valueNode))
    }
    if (unknownKey) return mark(UNKNOWN, sensitiveKey)
    return mark(out, sensitiveKey)
  }

  private conditional(node: Node): TfValue {
    const [condition, whenTrue, whenFalse] = namedChildren(node)
    const { value, sensitive } = unmark(this.evaluate(condition))
    if (isUnknown(value)) return mark(UNKNOWN, sensitive)
    if (value === null) throw new EvaluationError('the condition value is null', lineOf(condition))
    return mark(this.evaluate(asBool(value) ? whenTrue : whenFalse), sensitive)
  }

  private operation(node: Node): TfValue {
    const { operator, operands: parts } = operands(node)
    if (node.namedChild(0)!.type === 'unary_operation') return unaryOperation(operator, this.chainOf(parts[0] ?? [], node))
    return binaryOperation(operator, this.chainOf(parts[0] ?? [], node), this.chainOf(parts[1] ?? [], node))
  }

  private call(node: Node): TfValue {
    const name = node.namedChild(0)!.text
    const argsNode = namedChildren(node).find((c) => c.type === 'function_arguments')
    const argNodes = argsNode ? namedChildren(argsNode).filter((c) => c.type === 'expression') : []
    const expand = argsNode ? namedChildren(argsNode).some((c) => c.type === 'ellipsis') : false
    if (name === 'try') return this.tryCall(argNodes, node)
    if (name === 'can') return this.canCall(argNodes, node)
    // Provider-defined functions need the provider itself.
    if (name.includes('::')) return UNKNOWN
    let args = argNodes.map((arg) => this.evaluate(arg))
    if (expand && args.length > 0) {
      const last = unmark(args[args.length - 1])
      if (isUnknown(last.value)) return mark(UNKNOWN, last.sensitive)
      if (!Array.isArray(last.value)) throw new EvaluationError('the expanded argument must be a list or tuple', lineOf(node))
      args = [...args.slice(0, -1), ...last.value.map((v) => mark(v, last.sensitive))]
    }
    if ((NOT_PROVIDED as readonly string[]).includes(name)) return this.scope.fileFunction ? this.scope.fileFunction(name, args, lineOf(node)) : UNKNOWN
    if (NOT_EVALUATED.has(name) && !FUNCTIONS.has(name)) return UNKNOWN
    try {
      return callFunction(name, args)
    } catch (error) {
      if (error instanceof UnknownFunctionError) throw new EvaluationError(`Call to unknown function: there is no function named "${name}"`, lineOf(node))
      if (error instanceof FunctionArgumentError || error instanceof OperationError) throw new EvaluationError(`Invalid function argument: ${name}: ${error.message}`, lineOf(node))
      throw error
    }
  }

  /** `try(a, b, ...)`: the first argument that evaluates without error; unknown while it may still fail. */
  private tryCall(args: readonly Node[], node: Node): TfValue {
    for (const arg of args) {
      let value: TfValue
      try {
        value = this.evaluate(arg)
      } catch (error) {
        if (isCatchable(error)) continue
        throw error
      }
      if (strip(value).unknown) return UNKNOWN
      return value
    }
    throw new EvaluationError('Error in function call: no expression succeeded', lineOf(node))
  }

  private canCall(args: readonly Node[], node: Node): TfValue {
    if (args.length !== 1) throw new EvaluationError('can takes exactly one argument', lineOf(node))
    try {
      const value = this.evaluate(args[0])
      return strip(value).unknown ? UNKNOWN : true
    } catch (error) {
      if (isCatchable(error)) return false
      throw error
    }
  }

  private forExpression(node: Node): TfValue {
    const form = node.namedChild(0)!
    const parts = namedChildren(form)
    const intro = parts.find((p) => p.type === 'for_intro')!
    const introNames = namedChildren(intro).filter((c) => c.type === 'identifier').map((c) => c.text)
    const collectionNode = namedChildren(intro).find((c) => c.type === 'expression')!
    const [keyName, valueName] = introNames.length === 2 ? introNames : [undefined, introNames[0]]
    const body = parts.filter((p) => p.type === 'expression')
    const condition = parts.find((p) => p.type === 'for_cond')
    const grouping = parts.some((p) => p.type === 'ellipsis')
    const { value: collection, sensitive } = unmark(this.evaluate(collectionNode))
    if (isUnknown(collection)) return mark(UNKNOWN, sensitive)
    if (collection === null) throw new EvaluationError('Iteration over null value: a null value cannot be used as the collection in a for expression', lineOf(collectionNode))
    const entries = iterationEntries(collection, lineOf(collectionNode))
    const isObjectForm = form.type === 'for_object_expr'
    const items: TfValue[] = []
    const object: Record<string, TfValue[] | TfValue> = {}
    let unknown = false
    for (const [key, value] of entries) {
      const scope = this.with(keyName === undefined ? { [valueName!]: mark(value, sensitive) } : { [keyName]: mark(key, sensitive), [valueName!]: mark(value, sensitive) })
      if (condition) {
        const include = unmark(scope.evaluate(namedChildren(condition)[0]))
        if (isUnknown(include.value)) {
          unknown = true
          continue
        }
        if (!asBool(include.value)) continue
      }
      if (!isObjectForm) {
        items.push(scope.evaluate(body[0]))
        continue
      }
      const k = unmark(scope.evaluate(body[0]))
      if (isUnknown(k.value)) {
        unknown = true
        continue
      }
      const name = asString(k.value, 'an object key')
      const v = scope.evaluate(body[1])
      if (grouping) {
        const existing = Object.prototype.hasOwnProperty.call(object, name) ? (object[name] as TfValue[]) : undefined
        if (existing) existing.push(v)
        else defineKey(object as Record<string, TfValue>, name, [v])
      } else {
        if (Object.prototype.hasOwnProperty.call(object, name)) throw new EvaluationError(`Duplicate object key: two elements have the key "${name}"; add "..." after the value to group them`, lineOf(body[0]))
        defineKey(object as Record<string, TfValue>, name, v)
      }
    }
    if (unknown) return mark(UNKNOWN, sensitive)
    return mark(isObjectForm ? (object as TfObject) : items, sensitive)
  }
}

/** One step into a value; an error names the line of the node that takes it. */
function stepInto(value: TfValue, step: Step, node: Node): TfValue {
  try {
    return applyStep(value, step)
  } catch (error) {
    if (error instanceof OperationError) throw new EvaluationError(error.message, lineOf(node))
    throw error
  }
}

/** Keys and values of a collection in Terraform's iteration order: lists by index, maps by sorted key. */
export function iterationEntries(collection: TfValue, line: number): [TfValue, TfValue][] {
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v])
  if (isObject(collection)) return Object.keys(collection).sort().map((k) => [k, collection[k]])
  throw new EvaluationError(`Iteration over non-iterable value: a ${typeof collection} cannot be iterated`, line)
}

