// The Glue catalog table over one load balancer's logs: AWS's columns and RegexSerDe for its type, and
// partition projection on `day` (yyyy/MM/dd), so Athena finds each day's folder without crawlers or
// ALTER TABLE ADD PARTITION (Athena User Guide, "… using partition projection").
import { attr, block, quoted, template, type BodyItem } from './hcl.js'
import { dayTemplate, logFolder, type LogLocation } from './location.js'
import type { LogFormat } from './log-formats.js'

/** How far back the projection reaches, relative to the day a query runs (a fixed start date would go stale). */
export const PROJECTION_RANGE = 'NOW-2YEARS,NOW'

export interface TableRequest {
  label: string
  name: string
  format: LogFormat
  logs: LogLocation
  databaseRef: string
}

export function glueTable({ label, name, format, logs, databaseRef }: TableRequest): string {
  const columns: BodyItem[] = format.columns.map((column) => ({ block: 'columns', body: [attr('name', quoted(column.name)), attr('type', quoted(column.type))] }))
  return block(`resource "aws_glue_catalog_table" "${label}"`, [
    attr('name', quoted(name)),
    attr('database_name', databaseRef),
    attr('table_type', quoted('EXTERNAL_TABLE')),
    'blank',
    {
      map: 'parameters',
      entries: [
        ['EXTERNAL', quoted('TRUE')],
        ['projection.enabled', quoted('true')],
        ['projection.day.type', quoted('date')],
        ['projection.day.format', quoted('yyyy/MM/dd')],
        ['projection.day.range', quoted(PROJECTION_RANGE)],
        ['projection.day.interval', quoted('1')],
        ['projection.day.interval.unit', quoted('DAYS')],
        ['storage.location.template', template(dayTemplate(logs))]
      ]
    },
    'blank',
    { block: 'partition_keys', body: [attr('name', quoted('day')), attr('type', quoted('string'))] },
    'blank',
    {
      block: 'storage_descriptor',
      body: [
        attr('location', template(logFolder(logs))),
        attr('input_format', quoted('org.apache.hadoop.mapred.TextInputFormat')),
        attr('output_format', quoted('org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat')),
        'blank',
        {
          block: 'ser_de_info',
          body: [
            attr('serialization_library', quoted('org.apache.hadoop.hive.serde2.RegexSerDe')),
            'blank',
            { map: 'parameters', entries: [['serialization.format', quoted('1')], ['input.regex', quoted(format.regex)]] }
          ]
        },
        'blank',
        ...columns
      ]
    }
  ])
}
