// The parts of `terraform show -json` output this project reads. Everything is optional because
// real producers (Terraform 0.12 to 1.x, OpenTofu) omit fields freely; the loader validates the
// shapes we depend on before the model touches them.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export interface PlanJson {
  format_version: string
  terraform_version?: string
  variables?: Record<string, { value?: JsonValue }>
  planned_values?: ValuesJson
  resource_changes?: ResourceChangeJson[]
  prior_state?: { format_version?: string; values?: ValuesJson }
  configuration?: ConfigurationJson
  errored?: boolean
}

export interface ValuesJson {
  outputs?: Record<string, JsonValue>
  root_module?: ModuleValuesJson
}

export interface ModuleValuesJson {
  address?: string
  resources?: ResourceValuesJson[]
  child_modules?: ModuleValuesJson[]
}

export interface ResourceValuesJson {
  address: string
  mode: string
  type: string
  name: string
  index?: number | string
  provider_name?: string
  values?: JsonObject | null
  sensitive_values?: JsonValue
  depends_on?: string[]
}

export interface ResourceChangeJson {
  address: string
  module_address?: string
  mode: string
  type: string
  name: string
  index?: number | string
  provider_name?: string
  deposed?: string
  change: ChangeJson
}

export interface ChangeJson {
  actions: string[]
  before?: JsonValue
  after?: JsonValue
  after_unknown?: JsonValue
  before_sensitive?: JsonValue
  after_sensitive?: JsonValue
}

export interface ConfigurationJson {
  provider_config?: Record<string, ProviderConfigJson>
  root_module?: ModuleConfigJson
}

export interface ProviderConfigJson {
  name?: string
  full_name?: string
  alias?: string
  module_address?: string
  expressions?: ExpressionsJson
}

export interface ModuleConfigJson {
  resources?: ConfigResourceJson[]
  module_calls?: Record<string, ModuleCallJson>
  outputs?: Record<string, { expression?: ExpressionJson; sensitive?: boolean }>
  variables?: Record<string, { default?: JsonValue; sensitive?: boolean }>
}

export interface ModuleCallJson {
  source?: string
  expressions?: ExpressionsJson
  count_expression?: ExpressionJson
  for_each_expression?: ExpressionJson
  depends_on?: string[]
  module?: ModuleConfigJson
}

export interface ConfigResourceJson {
  address: string
  mode: string
  type: string
  name: string
  provider_config_key?: string
  expressions?: ExpressionsJson
  count_expression?: ExpressionJson
  for_each_expression?: ExpressionJson
  depends_on?: string[]
}

/** `{constant_value}`, `{references}`, or `{}` for an expression that is neither. */
export interface ExpressionJson {
  constant_value?: JsonValue
  references?: string[]
}

/** Attribute name → expression, or nested block → list (or map) of block expressions. */
export type ExpressionsJson = {
  [key: string]: ExpressionJson | ExpressionsJson[] | Record<string, ExpressionsJson>
}
