// The access-log analysis kit for one load balancer, as new Terraform blocks: the module's Glue database
// and Athena workgroup (shared by its load balancers), a Glue table over this load balancer's logs, and
// saved queries for the questions an incident asks first. Pure: the same request gives the same text.
import type { GeneratedBlock } from '../types.js'
import { attr, block, quoted, type BodyItem } from './hcl.js'
import type { LogLocation } from './location.js'
import { LOG_FORMATS, type LogFormatKind } from './log-formats.js'
import { namedQueries } from './queries.js'
import { glueTable } from './table.js'
import { nameSafe, workspace } from './workspace.js'

export type { LogLocation } from './location.js'
export { expr, quoted, type Expression } from './hcl.js'
export { nameSafe } from './workspace.js'
export type { LogFormatKind } from './log-formats.js'

export interface KitRequest {
  kind: LogFormatKind
  /** Module call names from the root: the kit is declared in that module. */
  modulePath: string[]
  /** Names the Terraform labels of this load balancer's blocks (unique in the module: its resource name). */
  label: string
  /** Names the Glue table and the queries (the load balancer's own name when the plan knows it). */
  name: string
  logs: LogLocation
}

export function analysisKit(request: KitRequest): GeneratedBlock[] {
  const format = LOG_FORMATS[request.kind]
  const space = workspace(request.modulePath)
  const label = `elb_ir_${nameSafe(request.label)}`
  const table = `${nameSafe(request.name)}_${format.short}_access_logs`
  const blocks: GeneratedBlock[] = [
    ...space.blocks,
    {
      key: `aws_glue_catalog_table.${label}_access_logs`,
      text: glueTable({ label: `${label}_access_logs`, name: table, format, logs: request.logs, databaseRef: space.databaseRef })
    }
  ]
  for (const query of namedQueries(format, space.database, table)) {
    const body: BodyItem[] = [
      attr('name', quoted(`${request.name}: ${query.title}`)),
      attr('database', space.databaseRef),
      attr('workgroup', space.workgroupRef),
      'blank',
      { heredoc: 'query', text: query.sql }
    ]
    blocks.push({ key: `aws_athena_named_query.${label}_${query.id}`, text: block(`resource "aws_athena_named_query" "${label}_${query.id}"`, body) })
  }
  return blocks
}

/** Data sources the kit's location may refer to when the plan does not know the account or region. */
export const CALLER_IDENTITY: GeneratedBlock = { key: 'data.aws_caller_identity.current', text: 'data "aws_caller_identity" "current" {}' }
export const CURRENT_REGION: GeneratedBlock = { key: 'data.aws_region.current', text: 'data "aws_region" "current" {}' }
