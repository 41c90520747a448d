// What one evaluation of a source folder shares: the parsed modules (each folder read once), the root
// variables' values, where registry and git modules were installed, and the warnings and problems met.

import { existsSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { MAX_MODULE_DEPTH } from '../plan/limits.js'
import { isLocalSource } from '../source/module-folders.js'
import { EvaluationError } from '../terraform-lang/errors.js'
import { unmark, UNKNOWN, type TfValue } from '../terraform-lang/value.js'
import { takesRawString, type TypeSpec } from '../terraform-lang/types.js'
import { CycleError, type ModuleInstance } from './module-instance.js'
import { readModule, type Block, type ModuleSource, type ReadContext } from './module-source.js'
import { passedProvider, providerBlock, providerRefOf, refText, type ProviderRef } from './providers.js'
import { constantExpression, type RootInput } from './root-inputs.js'
import { plainString } from '../terraform-lang/syntax.js'
import { staticProblems } from './validate-module.js'

/** Evaluations nested deeper than this (a chain of references) end in an error rather than a stack overflow. */
const MAX_EVALUATION_DEPTH = 2000

export class Loader {
  readonly stack: string[] = []
  readonly maxDepth = MAX_EVALUATION_DEPTH
  readonly workspace = 'default'
  readonly warnings: string[] = []
  readonly problems: string[] = []
  private readonly modules = new Map<string, ModuleSource | null>()
  private readonly warnedCalls = new Set<string>()
  private installed: Map<string, string> | null | undefined
  private readonly realPaths = new Map<string, string | null>()

  constructor(
    readonly context: ReadContext,
    private readonly inputs: Map<string, RootInput>
  ) {}

  get root(): string {
    return this.context.root
  }

  get parser(): ReadContext['parser'] {
    return this.context.parser
  }

  get boundary(): string {
    return this.context.boundary
  }

  warn(line: string): void {
    if (!this.warnings.includes(line)) this.warnings.push(line)
  }

  problem(line: string): void {
    if (!this.problems.includes(line)) this.problems.push(line)
  }

  /** Where a call of an unknown function was reported before evaluation (`file:line`): evaluating it again says nothing new. */
  private readonly unknownCallsAt = new Set<string>()

  /** Reports what Terraform refuses in a module whatever is evaluated (see validate-module.ts). */
  validate(module: ModuleSource): void {
    for (const problem of staticProblems(module)) {
      if (problem.message.startsWith('there is no function')) this.unknownCallsAt.add(`${problem.file}:${problem.line}`)
      this.problem(`${problem.file}:${problem.line}: ${problem.message}`)
    }
  }

  /** Whether an evaluation error repeats a problem reported before evaluation: a cycle between locals, or an unknown function. */
  reportedBefore(error: unknown): boolean {
    if (error instanceof CycleError) return error.chain.every((key) => key.startsWith('local.'))
    return error instanceof EvaluationError && error.message.startsWith('Call to unknown function') && this.unknownCallsAt.has(`${error.file}:${error.line}`)
  }

  /** The value given for a root variable, read per its type; undefined when none was given. */
  rootValue(name: string, type: TypeSpec): TfValue | undefined {
    const input = this.inputs.get(name)
    if (!input) return undefined
    if (input.kind === 'value') return input.value
    if (takesRawString(type)) return input.text
    return constantExpression(this.context.parser, input.text, input.origin)
  }

  /** The real path of a folder (symlinks resolved), null when it does not exist; asked once per folder. */
  private realPath(dir: string): string | null {
    let real = this.realPaths.get(dir)
    if (real === undefined) {
      try {
        real = realpathSync(dir)
      } catch {
        real = null
      }
      this.realPaths.set(dir, real)
    }
    return real
  }

  /** Names of the root variables given values that the root module does not declare. */
  undeclaredInputs(root: ModuleSource): string[] {
    return [...this.inputs.keys()].filter((name) => !root.variables.has(name) && this.inputs.get(name)?.origin.startsWith('environment') !== true)
  }

  /** Reads a module folder once; a folder that cannot be read is a problem, and its resources are not judged. */
  module(dir: string, what: string): ModuleSource | null {
    if (this.modules.has(dir)) return this.modules.get(dir) ?? null
    let source: ModuleSource | null = null
    try {
      source = readModule(dir, this.context)
      for (const warning of source.warnings) this.warn(warning)
      this.validate(source)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      this.problem(`${error.file}: ${error.problem} (${what}). ${error.remedy}`)
    }
    this.modules.set(dir, source)
    return source
  }

  /** Where `terraform init` installed registry and git modules: module path (`a.b`) → folder. */
  private installedModules(): Map<string, string> | null {
    if (this.installed !== undefined) return this.installed
    const file = path.join(this.root, '.terraform', 'modules', 'modules.json')
    this.installed = null
    if (!existsSync(file)) return null
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { Modules?: { Key?: string; Dir?: string }[] }
      this.installed = new Map((parsed.Modules ?? []).filter((m) => typeof m.Key === 'string' && typeof m.Dir === 'string').map((m) => [m.Key as string, path.resolve(this.root, m.Dir as string)]))
    } catch {
      this.warn('.terraform/modules/modules.json: cannot be read; registry and git modules are not judged (run `terraform init` again)')
    }
    return this.installed
  }

  /** The module a call loads, or null (not local and not installed, missing, outside the boundary, recursive). */
  childModule(parent: ModuleInstance, name: string, call: Block): ModuleSource | null {
    const configPath = [...parent.names.map((n) => n.name), name]
    const address = configPath.map((n) => `module.${n}`).join('.')
    const sourceAttribute = call.attributes.get('source')
    const source = sourceAttribute ? plainString(sourceAttribute.expr) : null
    const once = (line: string) => {
      if (this.warnedCalls.has(address)) return null
      this.warnedCalls.add(address)
      this.warn(line)
      return null
    }
    if (source === null) {
      this.problem(`${call.file}:${call.line}: ${address} has no literal "source". Give the module call a source string`)
      return null
    }
    if (configPath.length > MAX_MODULE_DEPTH) return once(`${call.file}:${call.line}: ${address} nests modules more than ${MAX_MODULE_DEPTH} levels deep; it is not judged`)
    let dir: string
    if (isLocalSource(source)) dir = path.resolve(parent.source.dir, source)
    else {
      const installed = this.installedModules()?.get(configPath.join('.'))
      if (!installed) return once(`${call.file}:${call.line}: ${address} comes from "${source}", which is read only after \`terraform init\` (.terraform/modules/modules.json); its resources are not judged`)
      dir = installed
    }
    const real = this.realPath(dir)
    if (real === null) {
      this.problem(`${call.file}:${call.line}: the folder of ${address} (${path.relative(this.root, dir).split(path.sep).join('/') || '.'}) does not exist. Check its source path`)
      return null
    }
    if (real !== this.context.boundary && !real.startsWith(this.context.boundary + path.sep)) {
      return once(`${call.file}:${call.line}: ${address} is outside the source folder; it is not judged`)
    }
    for (let ancestor: ModuleInstance | undefined = parent; ancestor; ancestor = ancestor.parent) {
      if (this.realPath(ancestor.source.dir) === real) return once(`${call.file}:${call.line}: ${address} calls a module that contains it (a recursion Terraform refuses); it is not judged`)
    }
    return this.module(dir, address)
  }

  /**
   * The module instance and provider block configuring `ref` as seen from `module` (following module
   * calls' `providers` maps and inheritance up to the root), and Terraform's key for it.
   */
  resolveProvider(module: ModuleInstance, ref: ProviderRef): { module: ModuleInstance; block: Block | undefined; key: string } {
    const block = providerBlock(module.source, ref)
    if (block || !module.parent || !module.call) return { module, block, key: module.configPath ? `${module.configPath}:${refText(ref)}` : refText(ref) }
    const passed = passedProvider(module.call.block, ref)
    if (passed) return this.resolveProvider(module.parent, passed)
    if (module.call.block.attributes.has('providers') && ref.alias) return { module, block: undefined, key: `${module.configPath}:${refText(ref)}` }
    return this.resolveProvider(module.parent, ref)
  }

  /** The region of the provider configuration a resource uses: a string, unknown, or unknown when nothing sets it. */
  providerRegion(module: ModuleInstance, resource: Block): TfValue {
    const { module: owner, block } = this.resolveProvider(module, providerRefOf(resource))
    const region = block?.attributes.get('region')
    if (!region) return UNKNOWN
    try {
      return unmark(owner.evaluateAttribute(region)).value
    } catch (error) {
      if (error instanceof EvaluationError) return UNKNOWN
      throw error
    }
  }
}
