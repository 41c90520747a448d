// Which provider configuration a resource uses, as Terraform decides: its `provider` argument or the
// default one of its type's provider, found in its own module, else through the module call's
// `providers` map (or inherited, for a default configuration) in the calling module.

import type { Block, ModuleSource } from './module-source.js'

export interface ProviderRef {
  name: string
  alias?: string
}

/** `provider = aws.east` of a resource, else the provider its type belongs to (`aws_lb` → aws). */
export function providerRefOf(resource: Block): ProviderRef {
  const written = resource.attributes.get('provider')?.expr.text.trim()
  if (written) {
    const [name, alias] = written.split('.')
    return alias ? { name, alias } : { name }
  }
  return { name: resource.labels[0].split('_')[0] }
}

export const refText = (ref: ProviderRef): string => (ref.alias ? `${ref.name}.${ref.alias}` : ref.name)

/** The provider block of a module that configures `ref`, if the module has one. */
export function providerBlock(module: ModuleSource, ref: ProviderRef): Block | undefined {
  return module.providers.find((p) => p.labels[0] === ref.name && (p.attributes.get('alias')?.expr.text.trim().replace(/^"|"$/g, '') ?? undefined) === ref.alias)
}

/** What a module call's `providers = { aws = aws.east }` passes for `ref`, or undefined. */
export function passedProvider(call: Block, ref: ProviderRef): ProviderRef | undefined {
  const providers = call.attributes.get('providers')
  if (!providers) return undefined
  // Read from the text: the map is of provider references, which are not values.
  const body = providers.expr.text.replace(/^\s*\{|\}\s*$/g, '')
  for (const entry of body.split(/[\n,]/)) {
    const match = /^\s*"?([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?)"?\s*[=:]\s*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?)\s*$/.exec(entry)
    if (!match) continue
    if (match[1] === refText(ref)) {
      const [name, alias] = match[2].split('.')
      return alias ? { name, alias } : { name }
    }
  }
  return undefined
}
