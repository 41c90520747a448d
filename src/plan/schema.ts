// JSON Schema (draft-07) for the parts of `terraform show -json` the model relies on. Everything else
// is ignored, as the format's own stability promise asks ("ignore unrecognized properties").
const str = { type: 'string' }
const strings = { type: 'array', items: str }
const obj = { type: 'object' }

export const planSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://elb-ir-check.dev/schema/terraform-plan-subset.json',
  type: 'object',
  required: ['format_version'],
  properties: {
    format_version: str,
    terraform_version: str,
    variables: { type: 'object', additionalProperties: obj },
    planned_values: { $ref: '#/definitions/values' },
    prior_state: { type: 'object', properties: { values: { $ref: '#/definitions/values' } } },
    resource_changes: { type: 'array', items: { $ref: '#/definitions/resourceChange' } },
    configuration: {
      type: 'object',
      properties: {
        provider_config: { type: 'object', additionalProperties: obj },
        root_module: { $ref: '#/definitions/moduleConfig' }
      }
    },
    errored: { type: 'boolean' }
  },
  definitions: {
    values: { type: 'object', properties: { root_module: { $ref: '#/definitions/moduleValues' } } },
    moduleValues: {
      type: 'object',
      properties: {
        address: str,
        resources: {
          type: 'array',
          items: {
            type: 'object',
            required: ['address', 'type', 'name'],
            properties: {
              address: str,
              mode: str,
              type: str,
              name: str,
              index: { type: ['integer', 'string'] },
              values: { type: ['object', 'null'] }
            }
          }
        },
        child_modules: { type: 'array', items: { $ref: '#/definitions/moduleValues' } }
      }
    },
    resourceChange: {
      type: 'object',
      required: ['address', 'type', 'name', 'change'],
      properties: {
        address: str,
        module_address: str,
        mode: str,
        type: str,
        name: str,
        index: { type: ['integer', 'string'] },
        deposed: str,
        change: {
          type: 'object',
          required: ['actions'],
          properties: { actions: strings }
        }
      }
    },
    moduleConfig: {
      type: 'object',
      properties: {
        resources: {
          type: 'array',
          items: {
            type: 'object',
            required: ['address', 'type', 'name'],
            properties: {
              address: str,
              mode: str,
              type: str,
              name: str,
              provider_config_key: str,
              expressions: obj,
              depends_on: strings
            }
          }
        },
        module_calls: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            properties: {
              source: str,
              expressions: obj,
              depends_on: strings,
              module: { $ref: '#/definitions/moduleConfig' }
            }
          }
        },
        outputs: { type: 'object', additionalProperties: obj },
        variables: { type: 'object', additionalProperties: obj }
      }
    }
  }
} as const
