// Adds statements to a policy the plan already has, never replacing it: a new aws_iam_policy_document
// takes the existing policy as its source document, adds the statements, and the policy's holder (the
// bucket policy, the key) is pointed at it. Two fixes of one run on the same policy chain: the second
// takes the first one's document as its source.
import type { PlanModel } from '../../model/model.js'
import type { ResourceInstance } from '../../model/plan-index.js'
import type { SourceEdit } from '../types.js'
import type { GeneratedBlocks } from './generated.js'
import { attribute, blank, hclString, list, renderBlock, type BodyItem } from './hcl.js'
import { blockRef, editableModule, fixName, modulePathOf, notEditable, providerOf, reusableExpression } from './references.js'

export type Extended = { edits: SourceEdit[] } | { reason: string }

export interface PolicyExtension {
  holder: ResourceInstance
  /** The holder's policy attribute (`policy`). */
  attribute: string
  /** What the statements are for, in the new document's name (`tls_only`). */
  purpose: string
  statements: BodyItem[]
  /** Statements the document starts from when the holder has no policy yet (a key's default policy). */
  base?: BodyItem[]
}

const DOCUMENT = 'data.aws_iam_policy_document.'

export function extendPolicy(model: PlanModel, generated: GeneratedBlocks, extension: PolicyExtension): Extended {
  const { holder } = extension
  const modulePath = modulePathOf(holder)
  if (!editableModule(model, modulePath)) return { reason: notEditable(holder) }
  const stem = fixName(holder.type.replace(/^aws_/, ''), holder.name, '')
  const name = fixName(holder.type.replace(/^aws_/, ''), holder.name, extension.purpose)
  const keyPrefix = `${DOCUMENT}${stem}_`
  const setPolicy = (document: string): SourceEdit => ({ kind: 'set-attribute', block: blockRef(holder), blockPath: [], name: extension.attribute, expression: `${document}.json` })
  // Planned already in this run (two load balancers, one bucket): the holder keeps the last document of the chain.
  if (generated.planned(modulePath, `${DOCUMENT}${name}`)) return { edits: [setPolicy(generated.latest(modulePath, keyPrefix)!.key)] }
  const source = sourceDocument(model, generated, extension, modulePath, keyPrefix)
  if (typeof source === 'object') return source
  const body: BodyItem[] = [
    ...(providerOf(holder) ? [attribute('provider', providerOf(holder)!)] : []),
    ...(source !== undefined ? [attribute('source_policy_documents', list([source]))] : []),
    ...(source === undefined ? (extension.base ?? []) : []),
    ...extension.statements
  ]
  generated.add(modulePath, `${DOCUMENT}${name}`, renderBlock('data', ['aws_iam_policy_document', name], spaced(body)))
  return { edits: [setPolicy(`${DOCUMENT}${name}`)] }
}

/**
 * The policy the new document builds on: the last document this run made for the same holder, else the
 * holder's own expression when it is an aws_iam_policy_document or a JSON constant; undefined when the
 * holder has no policy (the base statements stand in for it). Any other expression (a jsonencode(...) or
 * a local built from parts) cannot be written again from the plan: the reason says so.
 */
function sourceDocument(model: PlanModel, generated: GeneratedBlocks, extension: PolicyExtension, modulePath: string[], keyPrefix: string): string | undefined | { reason: string } {
  const earlier = generated.latest(modulePath, keyPrefix)
  if (earlier) return `${earlier.key}.json`
  const { holder, attribute: name } = extension
  const expression = model.index.expression(holder, [name])
  if (!expression) return extension.base ? undefined : { reason: `${holder.address} has no \`${name}\` to add to` }
  const reusable = reusableExpression(model.index, holder, [name])
  if (typeof reusable === 'string') return hclString(reusable)
  if (reusable && reusable.expression.startsWith(DOCUMENT) && reusable.expression.endsWith('.json')) return reusable.expression
  return { reason: `the \`${name}\` of ${holder.address} is an expression the fix cannot extend without its source text; add the statements there, or build it with an aws_iam_policy_document` }
}

/** A blank line before each nested block and after the attributes, as fmt-formatted files have it. */
export function spaced(body: BodyItem[]): BodyItem[] {
  const out: BodyItem[] = []
  for (const item of body) {
    if (out.length > 0 && (item.kind === 'block' || out.at(-1)?.kind === 'block')) out.push(blank)
    out.push(item)
  }
  return out
}
