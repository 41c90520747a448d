// JSON Schema of the JSON report, schema version 1 (the published interface). `merge` validates its
// inputs against it; the tests validate every JSON report the CLI prints.
const nullableString = { type: ['string', 'null'] }
const severity = { enum: ['error', 'warning', 'notice', null] }

export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://elb-ir-check.dev/schema/report-v1.json',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'tool', 'plans', 'loadBalancers', 'results', 'summary'],
  properties: {
    schemaVersion: { const: 1 },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'elb-ir-check' }, version: { type: 'string' } }
    },
    plans: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'formatVersion', 'terraformVersion'],
        properties: { path: { type: 'string' }, formatVersion: { type: 'string' }, terraformVersion: nullableString }
      }
    },
    loadBalancers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['address', 'type', 'kind', 'plan', 'actions'],
        properties: {
          address: { type: 'string' },
          type: { type: 'string' },
          kind: { enum: ['application', 'network', 'gateway', 'classic'] },
          plan: { type: 'string' },
          actions: { type: 'array', items: { type: 'string' } }
        }
      }
    },
    results: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ruleId', 'address', 'plan', 'verdict', 'severity', 'message', 'location'],
        properties: {
          ruleId: { type: 'string', pattern: '^ELBIR[0-9]{3}$' },
          address: nullableString,
          plan: { type: 'string' },
          verdict: { enum: ['pass', 'fail', 'unknown', 'not-applicable', 'suppressed'] },
          severity,
          message: { type: 'string' },
          location: {
            anyOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['file', 'line'],
                properties: { file: { type: 'string' }, line: { type: 'integer', minimum: 1 } }
              }
            ]
          }
        }
      }
    },
    summary: {
      type: 'object',
      additionalProperties: false,
      required: ['error', 'warning', 'notice', 'suppressed'],
      properties: {
        error: { type: 'integer', minimum: 0 },
        warning: { type: 'integer', minimum: 0 },
        notice: { type: 'integer', minimum: 0 },
        suppressed: { type: 'integer', minimum: 0 }
      }
    }
  }
} as const
