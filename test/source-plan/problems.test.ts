// Sources Terraform would refuse: one line naming the file and line, and what else can be judged still
// is. Sources that are legal but too large or too deep to evaluate: a warning, no hang, no crash.
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { RELEVANT_TYPES } from '../../src/model/relevant-types.js'
import { loadSourcePlan } from '../../src/source-plan/index.js'
import { after, change, lines, load, sourceTree } from './helpers.js'

const LB = (name: string, bucket = '"logs"') => `
resource "aws_lb" "${name}" {
  name = "${name}"
  access_logs {
    bucket  = ${bucket}
    enabled = true
  }
}
`

describe('configurations Terraform refuses', () => {
  it('a syntax error in a module: that module is not judged, the rest is', async () => {
    const plan = await load({
      'main.tf': `${LB('root')}\nmodule "edge" {\n  source = "./modules/edge"\n}\n`,
      'modules/edge/main.tf': 'resource "aws_lb" "this" {\n  name = \n}\n'
    })
    expect(lines(plan, 'problems')).toEqual(['modules/edge/main.tf:2: has a syntax error (module.edge). Fix the file (`terraform validate` shows the error)'])
    expect(after(plan, 'aws_lb.root').name).toBe('root')
  })

  it('a syntax error in the root module: nothing can be judged', async () => {
    await expect(load({ 'main.tf': 'resource "aws_lb" "x" {\n  name = "a"\n' })).rejects.toThrow(InputError)
    await expect(load({ 'main.tf': 'locals {\n  a = [1,\n}\n' })).rejects.toThrow(/main\.tf:\d+: has a syntax error/)
  })

  it('a cycle between locals, named', async () => {
    const plan = await load({ 'main.tf': `locals {\n  a = local.b\n  b = "\${local.c}-x"\n  c = local.a\n}\n${LB('web', 'local.a')}\n${LB('other')}` })
    expect(lines(plan, 'problems')).toEqual(['main.tf:2: the locals local.a → local.b → local.c → local.a refer to each other in a cycle, which Terraform refuses. Break the cycle'])
    expect(change(plan, 'aws_lb.web')).toBeUndefined()
    expect(after(plan, 'aws_lb.other').name).toBe('other')
  })

  it('an unknown function, with its file and line', async () => {
    const plan = await load({ 'lb.tf': LB('web', 'nosuch("x")') })
    expect(lines(plan, 'problems')).toEqual(['lb.tf:5: there is no function named "nosuch", which Terraform refuses. Use one of its built-in functions'])
  })

  it('a cycle between locals nothing refers to: refused all the same, the load balancers judged', async () => {
    const plan = await load({ 'main.tf': `locals {\n  used = "logs"\n  a    = [local.b]\n  b    = { x = local.a }\n  self = local.self\n}\n${LB('web', 'local.used')}` })
    expect(lines(plan, 'problems')).toEqual([
      'main.tf:3: the locals local.a → local.b → local.a refer to each other in a cycle, which Terraform refuses. Break the cycle',
      'main.tf:5: the locals local.self → local.self refer to each other in a cycle, which Terraform refuses. Break the cycle'
    ])
    expect(after(plan, 'aws_lb.web').access_logs).toEqual([expect.objectContaining({ bucket: 'logs' })])
  })

  it('locals that only share a name with a for symbol, or refer along a chain, are no cycle', async () => {
    const plan = await load({ 'main.tf': `locals {\n  a = [for a in local.b : a]\n  b = local.c\n  c = ["x"]\n}\n${LB('web')}` })
    expect(plan.problems).toEqual([])
  })

  it('an unknown function nothing needs, in a local, an output, a module call, a validation or a nested block: each named', async () => {
    const plan = await load({
      'main.tf': `locals {\n  unused = upper(nosuch("x"))\n}\noutput "o" {\n  value = "\${other(1)}"\n}\nmodule "m" {\n  source = "./m"\n  given  = list("a")\n}\n${LB('web')}`,
      'lb.tf': 'resource "aws_lb" "second" {\n  name = "second"\n  subnet_mapping {\n    subnet_id = missing()\n  }\n}\n',
      'm/main.tf': 'variable "given" {\n  validation {\n    condition     = checks(var.given)\n    error_message = "no"\n  }\n}\nlocals {\n  deep = gone(var.given)\n}\n'
    })
    expect(lines(plan, 'problems')).toEqual([
      'lb.tf:4: there is no function named "missing", which Terraform refuses. Use one of its built-in functions',
      'main.tf:2: there is no function named "nosuch", which Terraform refuses. Use one of its built-in functions',
      'main.tf:5: there is no function named "other", which Terraform refuses. Use one of its built-in functions',
      'main.tf:9: there is no function named "list", which Terraform refuses. Use one of its built-in functions',
      'm/main.tf:3: there is no function named "checks", which Terraform refuses. Use one of its built-in functions',
      'm/main.tf:8: there is no function named "gone", which Terraform refuses. Use one of its built-in functions'
    ])
    expect(after(plan, 'aws_lb.web').name).toBe('web')
  })

  it('functions Terraform has, and type constraints, are not reported, whether evaluated here or not', async () => {
    const plan = await load({
      'main.tf': `locals {\n  a = try(yamlencode({}), can(file("x")), provider::aws::arn_parse("arn:aws:s3:::b"), timestamp(), templatestring("x", {}), upper("a"))\n}\nvariable "v" {\n  type    = map(list(object({ a = optional(string, "x") })))\n  default = {}\n}\n${LB('web')}`
    })
    expect(plan.problems).toEqual([])
  })

  it('a module folder that does not exist', async () => {
    const plan = await load({ 'main.tf': `module "gone" {\n  source = "./modules/gone"\n}\n${LB('web')}` })
    expect(lines(plan, 'problems')).toEqual(['main.tf:1: the folder of module.gone (modules/gone) does not exist. Check its source path'])
    expect(after(plan, 'aws_lb.web').name).toBe('web')
  })

  it('a source folder that is not there', async () => {
    await expect(loadSourcePlan('/nonexistent/sources')).rejects.toThrow('/nonexistent/sources: does not exist. Give the folder with the Terraform files as --source-dir')
  })
})

describe('modules from a registry or git', () => {
  const CALL = 'module "alb" {\n  source  = "terraform-aws-modules/alb/aws"\n  version = "~> 9.0"\n  name    = "web"\n}\n'

  it('without terraform init: one warning per module, its resources not judged', async () => {
    const plan = await load({ 'main.tf': CALL })
    expect(lines(plan, 'warnings')).toEqual(['main.tf:1: module.alb comes from "terraform-aws-modules/alb/aws", which is read only after `terraform init` (.terraform/modules/modules.json); its resources are not judged'])
    expect(plan.json.resource_changes).toEqual([])
  })

  it('after terraform init: read where .terraform/modules/modules.json says', async () => {
    const plan = await load({
      'main.tf': CALL,
      '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'alb', Source: 'registry.terraform.io/terraform-aws-modules/alb/aws', Version: '9.17.0', Dir: '.terraform/modules/alb' }] }),
      '.terraform/modules/alb/main.tf': `variable "name" {}\n${LB('this', 'var.name')}`
    })
    expect(plan.warnings).toEqual([])
    expect(after(plan, 'module.alb.aws_lb.this').access_logs).toEqual([expect.objectContaining({ bucket: 'web', enabled: true })])
  })
})

describe('bounds', () => {
  it('a count too large to evaluate is a warning, not a hang', async () => {
    const started = Date.now()
    const plan = await load({ 'main.tf': 'resource "aws_lb" "many" {\n  count = 2000000\n  name  = "lb-${count.index}"\n}\n' })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(lines(plan, 'warnings')).toEqual(['main.tf:1: count is 2000000, more than the 10000 instances evaluated from sources; its instances are not judged (judge a plan instead)', 'main.tf:1: the count or for_each of aws_lb.many is known only after apply; its instances are not judged'])
  })

  it('a module that calls itself is a warning', async () => {
    const plan = await load({ 'main.tf': 'module "again" {\n  source = "./"\n}\n' })
    expect(lines(plan, 'warnings')).toEqual(['main.tf:1: module.again calls a module that contains it (a recursion Terraform refuses); it is not judged'])
  })

  it('modules nested past the limit are a warning', async () => {
    const files: Record<string, string> = { 'main.tf': 'module "m" {\n  source = "./m"\n}\n' }
    let folder = 'm'
    for (let i = 0; i < 120; i++) {
      files[`${folder}/main.tf`] = 'module "m" {\n  source = "./m"\n}\n'
      folder += '/m'
    }
    const plan = await load(files)
    expect(lines(plan, 'warnings')).toHaveLength(1)
    expect(lines(plan, 'warnings')[0]).toMatch(/nests modules more than 100 levels deep; it is not judged$/)
  })

  it('a very long chain of locals is evaluated or refused, never a crash', async () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `  l${i} = ${i === 4999 ? '"end"' : `local.l${i + 1}`}`).join('\n')
    const plan = await load({ 'main.tf': `locals {\n${chain}\n}\n${LB('web', 'local.l0')}` })
    expect(plan.problems).toHaveLength(1)
    expect(lines(plan, 'problems')[0]).toMatch(/^main\.tf:\d+: .*nests? too deeply to evaluate; aws_lb\.web is not judged/)
  })

  it('an expression nested thousands deep is refused with its line', async () => {
    const deep = `${'['.repeat(3000)}"logs"${']'.repeat(3000)}`
    const plan = await load({ 'main.tf': LB('web', deep) })
    expect(lines(plan, 'problems')[0]).toMatch(/^main\.tf:5: the expression nests too deeply to evaluate/)
  })
})

describe('the source folder is the only one read', () => {
  it('a module outside the boundary is not read', async () => {
    const outside = sourceTree({ 'main.tf': LB('outside') })
    const root = sourceTree({ 'main.tf': `module "out" {\n  source = "${outside.split('\\').join('/')}"\n}\n` })
    const plan = await loadSourcePlan(root)
    expect(plan.json.resource_changes).toEqual([])
  })
})

describe('blocks found without parsing the whole file', () => {
  it('braces inside strings, heredocs and comments do not end a block', async () => {
    const plan = await load({
      'main.tf': [
        '# a comment with a brace }',
        'resource "aws_instance" "other" {',
        '  user_data = <<-EOT',
        '    echo "}" ${"}"}',
        '  EOT',
        '  tags = { a = "x}y", b = "${join("}", ["a", "b"])}" } /* } */',
        '}',
        'resource "aws_s3_bucket" "logs" {',
        '  bucket = "b-${aws_instance.other.tags.a}" // }',
        '}'
      ].join('\n')
    })
    expect(plan.problems).toEqual([])
    expect(after(plan, 'aws_s3_bucket.logs').bucket).toBe('b-x}y')
  })

  it('a syntax error in a resource the model does not read counts once something refers to it', async () => {
    const files = { 'main.tf': 'resource "aws_instance" "other" {\n  ami = "a" "b"\n}\n' }
    // As the runner loads sources: only the configuration of the types the model reads.
    expect((await load(files, { keep: RELEVANT_TYPES })).problems).toEqual([])
    const referred = await load({ ...files, 'lb.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = aws_instance.other.ami\n}\n' }, { keep: RELEVANT_TYPES })
    expect(lines(referred, 'problems')).toEqual(['main.tf:2: has a syntax error; aws_s3_bucket.logs is not judged. Fix the file (`terraform validate` shows the error)'])
  })

  it('unbalanced braces: the whole file is parsed, and its error named', async () => {
    await expect(load({ 'main.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "a"\n' })).rejects.toThrow(/main\.tf:\d+: has a syntax error/)
  })
})
