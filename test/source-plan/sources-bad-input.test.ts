// Sources that Terraform would refuse, judged through the command line: exit 2 and one line per problem
// that names the file and line and says what to do, never a stack trace; what can still be judged is.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/types.js'
import { cli, STACK_LINE, tempDir } from '../helpers/cli.js'

const tmp = tempDir('elb-ir-bad-sources-')
afterAll(() => tmp.cleanup())

/** A load balancer without access logs (ELBIR001 fails), named by `nameExpression`. */
const LB = (name: string, nameExpression = `"${name}"`) => `resource "aws_lb" "${name}" {
  name               = ${nameExpression}
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}
`

/** A source folder with these files (relative path → text), under a fresh name. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp.dir, name)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

async function refused(dir: string, ...argv: string[]): Promise<{ line: string; stdout: string }> {
  const run = await cli(['check', '--source-dir', dir, '--format', 'json', ...argv], { cwd: tmp.dir })
  expect(run.code, run.stderr).toBe(2)
  expect(run.stderr).not.toMatch(STACK_LINE)
  expect(run.stderr).not.toMatch(/internal error/)
  expect(run.stderrLines, run.stderr).toHaveLength(1)
  return { line: run.stderrLines[0], stdout: run.stdout }
}

describe('sources Terraform would refuse', () => {
  it('a syntax error: the file and line', async () => {
    const dir = folder('syntax', { 'main.tf': `${LB('web')}\nresource "aws_lb" "broken" {\n  name = \n` })
    expect((await refused(dir)).line).toMatch(/main\.tf:\d+/)
  })

  it('locals that refer to each other in a cycle: the file and line', async () => {
    const dir = folder('cycle', { 'main.tf': `locals {\n  a = local.b\n  b = local.a\n}\n\n${LB('web', 'local.a')}` })
    const { line } = await refused(dir)
    expect(line).toMatch(/main\.tf:[23]\b/)
    expect(line).toMatch(/cycle/i)
  })

  it('a function Terraform does not have: the file, the line and the name', async () => {
    const dir = folder('function', { 'main.tf': `locals {\n  name = frobnicate("web")\n}\n\n${LB('web', 'local.name')}` })
    const { line } = await refused(dir)
    expect(line).toMatch(/main\.tf:2\b/)
    expect(line).toContain('frobnicate')
  })

  it('a module whose folder is missing: the call, and that the folder is missing', async () => {
    const dir = folder('module', { 'main.tf': `module "edge" {\n  source = "./modules/edge"\n}\n\n${LB('web')}` })
    const { line } = await refused(dir)
    expect(line).toMatch(/main\.tf:[12]\b/)
    expect(line).toContain('modules/edge')
  })

  it('a --var-file that does not parse: that file and its line', async () => {
    const dir = folder('varfile', { 'main.tf': `variable "x" {\n  type = string\n}\n\n${LB('web')}` })
    writeFileSync(path.join(tmp.dir, 'bad.tfvars'), 'x = "a"\ny = \n')
    const { line } = await refused(dir, '--var-file', 'bad.tfvars')
    expect(line).toMatch(/^elb-ir-check: bad\.tfvars:\d+: /)
  })
})

describe('what can still be judged is', () => {
  it('a broken module leaves the other modules judged, and still exits 2', async () => {
    const dir = folder('partial', {
      'main.tf': 'module "good" {\n  source = "./good"\n}\n\nmodule "bad" {\n  source = "./bad"\n}\n',
      'good/main.tf': LB('this'),
      'bad/main.tf': `locals {\n  name = frobnicate("x")\n}\n\n${LB('this', 'local.name')}`
    })
    const { line, stdout } = await refused(dir)
    expect(line).toMatch(/bad\/main\.tf:2\b/)
    const report = JSON.parse(stdout) as Report
    expect(report.results.filter((r) => r.ruleId === 'ELBIR001').map((r) => [r.address, r.verdict])).toContainEqual(['module.good.aws_lb.this', 'fail'])
  })

  it('a cycle or an unknown function in locals nothing needs: refused as Terraform does, the load balancer still judged', async () => {
    for (const [name, locals, problem] of [
      ['unused-cycle', 'a = local.b\n  b = local.a', /unused-cycle\/main\.tf:2: the locals local\.a → local\.b → local\.a refer to each other in a cycle/],
      ['unused-function', 'a = frobnicate("x")', /unused-function\/main\.tf:2: there is no function named "frobnicate"/]
    ] as const) {
      const { line, stdout } = await refused(folder(name, { 'main.tf': `locals {\n  ${locals}\n}\n\n${LB('web')}` }))
      expect(line).toMatch(problem)
      expect((JSON.parse(stdout) as Report).results.find((r) => r.ruleId === 'ELBIR001')).toMatchObject({ address: 'aws_lb.web', verdict: 'fail' })
    }
  })
})
