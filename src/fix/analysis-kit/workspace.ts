// What every load balancer's table and queries of one module share: the Glue database, and the Athena
// workgroup with its results bucket. Query results are copies of log lines (client IPs, URLs), so they get
// a bucket of their own rather than a prefix in the log bucket: the log bucket may be a central archive
// this configuration cannot write to, and its policy is made for the log delivery service. The results
// bucket is private, encrypted with SSE-S3, and forgets results after RESULTS_DAYS days.
import type { GeneratedBlock } from '../types.js'
import { attr, block, expr, quoted, template, type BodyItem } from './hcl.js'

export const RESULTS_DAYS = 30

export interface Workspace {
  /** The Glue database's name, as queries name it. */
  database: string
  /** References for the resources that use the workspace. */
  databaseRef: string
  workgroupRef: string
  blocks: GeneratedBlock[]
}

const LABEL = 'elb_ir_access_logs'
const RESULTS = 'elb_ir_athena_results'

/** The workspace of a module; `modulePath` keeps the names of two modules' workspaces in one account apart. */
export function workspace(modulePath: string[]): Workspace {
  const suffix = modulePath.map(nameSafe).join('_')
  const database = suffix === '' ? 'elb_access_logs' : `elb_access_logs_${suffix}`
  const workgroup = database.replace(/_/g, '-')
  const resultsBucket = `aws_s3_bucket.${RESULTS}`
  const resource = (type: string, label: string, body: BodyItem[]) => block(`resource "${type}" "${label}"`, body)
  const blocks: GeneratedBlock[] = [
    {
      key: resultsBucket,
      text: [
        '# Athena query results: copies of log lines, kept apart from the logs, private, encrypted, and expired.',
        resource('aws_s3_bucket', RESULTS, [attr('bucket_prefix', quoted('elb-athena-results-'))])
      ].join('\n')
    },
    {
      key: `aws_s3_bucket_public_access_block.${RESULTS}`,
      text: resource('aws_s3_bucket_public_access_block', RESULTS, [
        attr('bucket', `${resultsBucket}.id`),
        attr('block_public_acls', 'true'),
        attr('block_public_policy', 'true'),
        attr('ignore_public_acls', 'true'),
        attr('restrict_public_buckets', 'true')
      ])
    },
    {
      key: `aws_s3_bucket_server_side_encryption_configuration.${RESULTS}`,
      text: resource('aws_s3_bucket_server_side_encryption_configuration', RESULTS, [
        attr('bucket', `${resultsBucket}.id`),
        'blank',
        { block: 'rule', body: [{ block: 'apply_server_side_encryption_by_default', body: [attr('sse_algorithm', quoted('AES256'))] }] }
      ])
    },
    {
      key: `aws_s3_bucket_lifecycle_configuration.${RESULTS}`,
      text: resource('aws_s3_bucket_lifecycle_configuration', RESULTS, [
        attr('bucket', `${resultsBucket}.id`),
        'blank',
        {
          block: 'rule',
          body: [
            attr('id', quoted('expire-query-results')),
            attr('status', quoted('Enabled')),
            'blank',
            { block: 'filter', body: [] },
            'blank',
            { block: 'expiration', body: [attr('days', String(RESULTS_DAYS))] }
          ]
        }
      ])
    },
    {
      key: `aws_glue_catalog_database.${LABEL}`,
      text: resource('aws_glue_catalog_database', LABEL, [
        attr('name', quoted(database)),
        attr('description', quoted('Elastic Load Balancing access logs, for Athena'))
      ])
    },
    {
      key: `aws_athena_workgroup.${LABEL}`,
      text: resource('aws_athena_workgroup', LABEL, [
        attr('name', quoted(workgroup)),
        attr('description', quoted('Incident response queries over Elastic Load Balancing access logs')),
        'blank',
        {
          block: 'configuration',
          body: [
            attr('enforce_workgroup_configuration', 'true'),
            attr('publish_cloudwatch_metrics_enabled', 'true'),
            'blank',
            {
              block: 'result_configuration',
              body: [
                attr('output_location', template(['s3://', expr(`${resultsBucket}.bucket`), '/'])),
                'blank',
                { block: 'encryption_configuration', body: [attr('encryption_option', quoted('SSE_S3'))] }
              ]
            }
          ]
        }
      ])
    }
  ]
  return { database, databaseRef: `aws_glue_catalog_database.${LABEL}.name`, workgroupRef: `aws_athena_workgroup.${LABEL}.name`, blocks }
}

/** A Glue or Terraform name: lowercase letters, digits and underscores. */
export function nameSafe(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'lb'
}
