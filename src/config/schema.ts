// JSON Schema for `.elb-ir.yml`. Every key is listed: a typo is an error that names its path.
const severity = { enum: ['error', 'warning', 'notice'] }
const ruleIds = ['ELBIR001', 'ELBIR002', 'ELBIR003', 'ELBIR004', 'ELBIR005', 'ELBIR006', 'ELBIR007', 'ELBIR008', 'ELBIR009']

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      type: 'object',
      propertyNames: { enum: ruleIds },
      additionalProperties: {
        anyOf: [
          { enum: ['off', 'error', 'warning', 'notice'] },
          {
            type: 'object',
            additionalProperties: false,
            properties: { enabled: { type: 'boolean' }, severity }
          }
        ]
      }
    },
    logArchive: {
      type: 'object',
      additionalProperties: false,
      properties: {
        buckets: { type: 'array', items: { type: 'string', minLength: 1 } },
        accounts: { type: 'array', items: { type: 'string', pattern: '^[0-9]{12}$' } }
      }
    },
    analysisTool: { type: 'string', minLength: 1 },
    organizationHealthMonitoring: { type: 'string', minLength: 1 },
    playbooks: { type: 'array', items: { type: 'string', minLength: 1 } },
    exemptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['address', 'rule', 'reason'],
        properties: {
          address: { type: 'string', minLength: 1 },
          rule: { enum: ruleIds },
          reason: { type: 'string', minLength: 1 },
          expires: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }
        }
      }
    }
  }
} as const

export const CONFIG_RULE_IDS = ruleIds
