import type { ConfigResourceJson, ModuleConfigJson, ModuleValuesJson, PlanJson, ResourceChangeJson, ResourceValuesJson, ValuesJson } from './types.js'

/**
 * Keeps the parts of a plan the model reads: resources of the given types (in resource_changes,
 * planned_values, prior_state and configuration), every module call with its inputs and outputs, the
 * provider configurations and the root variables. Other resources' configuration blocks stay as stubs
 * (address, mode, type, name) so that references to them are known to exist. The streaming reader
 * produces exactly this shape, so both ways of reading give the model the same input.
 */
export function prunePlan(plan: PlanJson, keep: ReadonlySet<string>): PlanJson {
  const pruned: PlanJson = { format_version: plan.format_version }
  if (plan.terraform_version !== undefined) pruned.terraform_version = plan.terraform_version
  if (plan.errored !== undefined) pruned.errored = plan.errored
  if (plan.variables !== undefined) pruned.variables = plan.variables
  if (plan.resource_changes !== undefined) pruned.resource_changes = plan.resource_changes.filter((rc) => keepResourceChange(rc, keep))
  // planned_values repeats what resource_changes holds; keep only what it does not (hand-made plans).
  const changed = new Set((pruned.resource_changes ?? []).map((rc) => rc.address))
  if (plan.planned_values !== undefined) pruned.planned_values = pruneValues(plan.planned_values, (r) => keep.has(r.type) && !changed.has(r.address))
  if (plan.prior_state !== undefined) {
    pruned.prior_state = { format_version: plan.prior_state.format_version }
    // The model reads only the data sources of prior_state (those read while planning).
    if (plan.prior_state.values !== undefined) pruned.prior_state.values = pruneValues(plan.prior_state.values, (r) => keep.has(r.type) && r.mode === 'data')
  }
  if (plan.configuration !== undefined) {
    pruned.configuration = {}
    if (plan.configuration.provider_config !== undefined) pruned.configuration.provider_config = plan.configuration.provider_config
    if (plan.configuration.root_module !== undefined) pruned.configuration.root_module = pruneModuleConfig(plan.configuration.root_module, keep)
  }
  return pruned
}

export function keepResourceChange(rc: ResourceChangeJson, keep: ReadonlySet<string>): boolean {
  return keep.has(rc.type)
}

function pruneValues(values: ValuesJson, keep: (resource: ResourceValuesJson) => boolean): ValuesJson {
  const out: ValuesJson = {}
  if (values.root_module !== undefined) out.root_module = pruneModuleValues(values.root_module, keep)
  return out
}

function pruneModuleValues(module: ModuleValuesJson, keep: (resource: ResourceValuesJson) => boolean): ModuleValuesJson {
  const out: ModuleValuesJson = {}
  if (module.address !== undefined) out.address = module.address
  if (module.resources !== undefined) out.resources = module.resources.filter(keep)
  if (module.child_modules !== undefined) out.child_modules = module.child_modules.map((child) => pruneModuleValues(child, keep))
  return out
}

export function pruneConfigResource(resource: ConfigResourceJson, keep: ReadonlySet<string>): ConfigResourceJson {
  if (keep.has(resource.type)) return resource
  return { address: resource.address, mode: resource.mode, type: resource.type, name: resource.name }
}

function pruneModuleConfig(module: ModuleConfigJson, keep: ReadonlySet<string>): ModuleConfigJson {
  const out: ModuleConfigJson = {}
  if (module.resources !== undefined) out.resources = module.resources.map((r) => pruneConfigResource(r, keep))
  if (module.module_calls !== undefined) {
    out.module_calls = {}
    for (const [name, call] of Object.entries(module.module_calls)) {
      const kept: typeof call = {}
      if (call.source !== undefined) kept.source = call.source
      if (call.expressions !== undefined) kept.expressions = call.expressions
      if (call.count_expression !== undefined) kept.count_expression = call.count_expression
      if (call.for_each_expression !== undefined) kept.for_each_expression = call.for_each_expression
      if (call.depends_on !== undefined) kept.depends_on = call.depends_on
      if (call.module !== undefined) kept.module = pruneModuleConfig(call.module, keep)
      // Module names come from the plan: define, never assign (a key `__proto__` must stay a key).
      Object.defineProperty(out.module_calls, name, { value: kept, enumerable: true, writable: true, configurable: true })
    }
  }
  if (module.outputs !== undefined) out.outputs = module.outputs
  if (module.variables !== undefined) out.variables = module.variables
  return out
}
