// Root variables take their values where Terraform takes them, later ones winning: TF_VAR_*, then
// terraform.tfvars, terraform.tfvars.json, *.auto.tfvars in lexical order, then --var-file and --var in the order given.
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import type { SourcePlanOptions } from '../../src/source-plan/index.js'
import { after, lines, load } from './helpers.js'

const file = (value: string) => ({ kind: 'file' as const, value })
const assign = (value: string) => ({ kind: 'var' as const, value })

const BUCKET = `
variable "bucket" {
  type    = string
  default = "from-default"
}
variable "ports" {
  type    = list(number)
  default = []
}
variable "secret_prefix" {
  type      = string
  default   = "hidden"
  sensitive = true
}
resource "aws_s3_bucket" "logs" {
  bucket = var.bucket
  tags   = { ports = join(",", var.ports), prefix = var.secret_prefix }
}
`

const bucketName = async (files: Record<string, string>, options: SourcePlanOptions = {}) => after(await load({ 'main.tf': BUCKET, ...files }, options), 'aws_s3_bucket.logs').bucket

describe('root variable values', () => {
  it('the default, when nothing else is given', async () => {
    expect(await bucketName({})).toBe('from-default')
  })

  it('in Terraform order of precedence', async () => {
    const env = { TF_VAR_bucket: 'from-env' }
    expect(await bucketName({}, { env })).toBe('from-env')
    expect(await bucketName({ 'terraform.tfvars': 'bucket = "from-tfvars"' }, { env })).toBe('from-tfvars')
    expect(await bucketName({ 'terraform.tfvars': 'bucket = "from-tfvars"', 'terraform.tfvars.json': '{"bucket": "from-tfvars-json"}' })).toBe('from-tfvars-json')
    expect(await bucketName({ 'terraform.tfvars.json': '{"bucket": "from-tfvars-json"}', 'a.auto.tfvars': 'bucket = "from-a"', 'b.auto.tfvars.json': '{"bucket": "from-b"}' })).toBe('from-b')
    expect(await bucketName({ 'b.auto.tfvars': 'bucket = "from-b"', 'prod.tfvars': 'bucket = "from-var-file"' }, { variables: [file('prod.tfvars')] })).toBe('from-var-file')
  })

  it('--var-file and --var in the order given, the later winning, after the automatic files', async () => {
    const files = { 'terraform.tfvars': 'bucket = "from-tfvars"', 'f.tfvars': 'bucket = "from-file"', 'g.tfvars': 'bucket = "from-g"' }
    expect(await bucketName(files, { variables: [assign('bucket=from-var'), file('f.tfvars')] })).toBe('from-file')
    expect(await bucketName(files, { variables: [file('f.tfvars'), assign('bucket=from-var')] })).toBe('from-var')
    expect(await bucketName(files, { variables: [file('g.tfvars'), file('f.tfvars')] })).toBe('from-file')
    expect(await bucketName(files, { variables: [assign('bucket=a'), assign('bucket=b')] })).toBe('b')
  })

  it('reads a string as it is, and other types as expressions', async () => {
    const plan = await load({ 'main.tf': BUCKET }, { variables: [assign('bucket=a=b'), assign('ports=[80, 443]')], env: { TF_VAR_secret_prefix: 'p' } })
    expect(after(plan, 'aws_s3_bucket.logs')).toMatchObject({ bucket: 'a=b', tags: { ports: '80,443', prefix: 'p' } })
  })

  it('marks what comes from a sensitive variable', async () => {
    const plan = await load({ 'main.tf': BUCKET })
    const rc = plan.json.resource_changes!.find((r) => r.address === 'aws_s3_bucket.logs')!
    expect(rc.change.after_sensitive).toMatchObject({ tags: { prefix: true } })
  })

  it('a variable with no value is unknown, with a warning', async () => {
    const plan = await load({ 'main.tf': 'variable "bucket" { type = string }\nresource "aws_s3_bucket" "logs" { bucket = var.bucket }\n' })
    expect(plan.json.resource_changes![0].change.after_unknown).toMatchObject({ bucket: true })
    expect(lines(plan, 'warnings')).toEqual(['main.tf:1: var.bucket has no value (no default, tfvars, TF_VAR_bucket or --var); what depends on it is unknown'])
  })

  it('refuses a variables file that does not parse, naming the file and line', async () => {
    await expect(load({ 'main.tf': BUCKET, 'bad.tfvars': 'bucket = "a"\nports = [\n' }, { variables: [file('bad.tfvars')] })).rejects.toThrow(/^bad\.tfvars:\d+: has a syntax error/)
    await expect(load({ 'main.tf': BUCKET }, { variables: [file('missing.tfvars')] })).rejects.toThrow(InputError)
    await expect(load({ 'main.tf': BUCKET }, { variables: [assign('novalue')] })).rejects.toThrow('--var novalue: is not of the form name=value')
  })
})

describe('values the provider marks sensitive', () => {
  it('are sensitive in the plan from sources too', async () => {
    const plan = await load({
      'main.tf': [
        'resource "aws_lb_listener" "web" {',
        '  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:444455556666:loadbalancer/app/web/1"',
        '  port              = 443',
        '  protocol          = "HTTPS"',
        '  default_action {',
        '    type = "authenticate-oidc"',
        '    authenticate_oidc {',
        '      client_id     = "web"',
        '      client_secret = "s3cr3t"',
        '      issuer        = "https://idp.example.com"',
        '      authorization_endpoint = "https://idp.example.com/auth"',
        '      token_endpoint         = "https://idp.example.com/token"',
        '      user_info_endpoint     = "https://idp.example.com/userinfo"',
        '    }',
        '  }',
        '}'
      ].join('\n')
    })
    const rc = plan.json.resource_changes!.find((r) => r.address === 'aws_lb_listener.web')!
    expect(rc.change.after_sensitive).toMatchObject({ default_action: [{ authenticate_oidc: [{ client_secret: true }] }] })
  })
})

describe('type constraints of older configurations', () => {
  it('bare list, map and set, and quoted type names', async () => {
    const plan = await load({
      'main.tf': 'variable "ids" {\n  type    = list\n  default = ["a"]\n}\nvariable "name" {\n  type    = "string"\n  default = 5\n}\nresource "aws_s3_bucket" "logs" {\n  bucket = "${var.name}-${var.ids[0]}"\n}\n'
    })
    expect(after(plan, 'aws_s3_bucket.logs').bucket).toBe('5-a')
  })
})
