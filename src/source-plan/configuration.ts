// The plan's `configuration` from the sources, in the shape `terraform show -json` gives it: every module
// (one entry per module call, not per instance), its resources with their expressions (constants, or the
// references in Terraform's format; `dynamic` blocks left out as Terraform leaves them out), module calls
// with their inputs, outputs, variables, and the provider configurations with the keys resources use.

import type { ConfigResourceJson, ExpressionsJson, JsonValue, ModuleCallJson, ModuleConfigJson, ProviderConfigJson } from '../plan/types.js'
import { EvaluationError } from '../terraform-lang/errors.js'
import { toJson } from '../terraform-lang/json.js'
import { expressionJson } from '../terraform-lang/references.js'
import { namedChildren, plainString, unwrap } from '../terraform-lang/syntax.js'
import type { Loader } from './loader.js'
import { ModuleInstance } from './module-instance.js'
import type { Attribute, Block } from './module-source.js'
import { providerRefOf } from './providers.js'
import { resourceSchema, type BlockSchema } from './provider-schema.js'
import { META_ARGUMENTS } from './resource-values.js'

const CALL_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])
const PROVIDER_ARGUMENTS = new Set(['alias', 'version'])

function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** The expressions of a body: attributes, and static nested blocks by the schema's nesting. */
export function bodyExpressions(block: Block, schema: BlockSchema | undefined, skip: ReadonlySet<string>): ExpressionsJson {
  const out: ExpressionsJson = {}
  for (const [name, attribute] of block.attributes) if (!skip.has(name)) define(out, name, expressionJson(attribute.expr))
  const nested = new Map<string, ExpressionsJson[]>()
  for (const child of block.blocks) {
    if (child.type === 'dynamic' || skip.has(child.type)) continue
    const list = nested.get(child.type) ?? []
    list.push(bodyExpressions(child, schema?.b?.[child.type], new Set()))
    nested.set(child.type, list)
  }
  for (const [type, list] of nested) {
    const nesting = schema?.b?.[type]?.n
    define(out, type, nesting === 'single' || nesting === 'group' ? (list[0] as unknown as ExpressionsJson[]) : list)
  }
  return out
}

/** `depends_on = [a.b, module.c]` as the addresses written. */
function dependsOn(attribute: Attribute | undefined): string[] | undefined {
  if (!attribute) return undefined
  const tuple = unwrap(attribute.expr)
  if (tuple.type !== 'collection_value') return undefined
  return namedChildren(tuple.namedChild(0)!).filter((c) => c.type === 'expression').map((c) => c.text.replace(/\s+/g, ''))
}

function constantJson(module: ModuleInstance, attribute: Attribute): JsonValue | undefined {
  try {
    return toJson(module.constant(attribute)).value
  } catch (error) {
    if (error instanceof EvaluationError) return undefined
    throw error
  }
}

export interface ConfigurationJson {
  provider_config: Record<string, ProviderConfigJson>
  root_module: ModuleConfigJson
}

export function buildConfiguration(loader: Loader, root: ModuleInstance): ConfigurationJson {
  const providers: Record<string, ProviderConfigJson> = {}
  const rootModule = moduleConfig(loader, root, providers)
  if (!Object.prototype.hasOwnProperty.call(providers, 'aws')) define(providers, 'aws', { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' })
  return { provider_config: providers, root_module: rootModule }
}

function moduleConfig(loader: Loader, module: ModuleInstance, providers: Record<string, ProviderConfigJson>): ModuleConfigJson {
  const source = module.source
  for (const block of source.providers) {
    const name = block.labels[0]
    const alias = block.attributes.get('alias')
    const aliasText = alias ? (plainString(alias.expr) ?? undefined) : undefined
    const local = aliasText ? `${name}.${aliasText}` : name
    const key = module.configPath ? `${module.configPath}:${local}` : local
    const config: ProviderConfigJson = { name, full_name: `registry.terraform.io/hashicorp/${name}` }
    if (aliasText) config.alias = aliasText
    if (module.configPath) config.module_address = module.configPath
    config.expressions = bodyExpressions(block, undefined, PROVIDER_ARGUMENTS)
    define(providers, key, config)
  }
  const resources: ConfigResourceJson[] = []
  for (const block of source.resources.values()) {
    const mode = block.type === 'data' ? 'data' : 'managed'
    const [type, name] = block.labels
    const entry: ConfigResourceJson = {
      address: `${mode === 'data' ? 'data.' : ''}${type}.${name}`,
      mode,
      type,
      name,
      provider_config_key: loader.resolveProvider(module, providerRefOf(block)).key
    }
    const expressions = bodyExpressions(block, resourceSchema(mode, type), META_ARGUMENTS)
    if (Object.keys(expressions).length > 0) entry.expressions = expressions
    const count = block.attributes.get('count')
    const forEach = block.attributes.get('for_each')
    if (count) (entry as ConfigResourceJson).count_expression = expressionJson(count.expr)
    if (forEach) entry.for_each_expression = expressionJson(forEach.expr)
    const depends = dependsOn(block.attributes.get('depends_on'))
    if (depends) entry.depends_on = depends
    resources.push(entry)
  }
  resources.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
  const out: ModuleConfigJson = {}
  const outputs: NonNullable<ModuleConfigJson['outputs']> = {}
  for (const [name, block] of source.outputs) {
    const value = block.attributes.get('value')
    const entry: { expression?: ReturnType<typeof expressionJson>; sensitive?: boolean; depends_on?: string[] } = { expression: value ? expressionJson(value.expr) : {} }
    const sensitive = block.attributes.get('sensitive')
    if (sensitive && constantJson(module, sensitive) === true) entry.sensitive = true
    const depends = dependsOn(block.attributes.get('depends_on'))
    if (depends) entry.depends_on = depends
    define(outputs, name, entry)
  }
  if (Object.keys(outputs).length) out.outputs = outputs
  if (resources.length) out.resources = resources
  const calls: Record<string, ModuleCallJson> = {}
  for (const [name, block] of source.moduleCalls) {
    const sourceAttribute = block.attributes.get('source')
    const call: ModuleCallJson = { source: sourceAttribute ? (plainString(sourceAttribute.expr) ?? '') : '' }
    call.expressions = bodyExpressions(block, undefined, CALL_ARGUMENTS)
    const count = block.attributes.get('count')
    const forEach = block.attributes.get('for_each')
    if (count) call.count_expression = expressionJson(count.expr)
    if (forEach) call.for_each_expression = expressionJson(forEach.expr)
    const depends = dependsOn(block.attributes.get('depends_on'))
    if (depends) call.depends_on = depends
    const child = loader.childModule(module, name, block)
    if (child) call.module = moduleConfig(loader, new ModuleInstance(loader, child, [...module.names, { name, key: undefined }], module, { block, symbols: {} }), providers)
    define(calls, name, call)
  }
  if (Object.keys(calls).length) out.module_calls = calls
  const variables: NonNullable<ModuleConfigJson['variables']> = {}
  for (const [name, block] of source.variables) {
    const entry: { default?: JsonValue; sensitive?: boolean; description?: string } = {}
    const defaultAttribute = block.attributes.get('default')
    if (defaultAttribute) {
      const value = constantJson(module, defaultAttribute)
      if (value !== undefined) entry.default = value
    }
    const description = block.attributes.get('description')
    if (description) {
      const text = constantJson(module, description)
      if (typeof text === 'string') entry.description = text
    }
    const sensitive = block.attributes.get('sensitive')
    if (sensitive && constantJson(module, sensitive) === true) entry.sensitive = true
    define(variables, name, entry)
  }
  if (Object.keys(variables).length) out.variables = variables
  return out
}
