// The action reads sources up to the repository root: an envs/prod layout calls ../../modules.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSourceIndex } from '../../src/source/index.js'
import { tempDir } from '../helpers/cli.js'
import { q } from './helpers.js'

const repo = tempDir('elb-ir-boundary-')
afterAll(() => repo.cleanup())
const prod = path.join(repo.dir, 'envs/prod')
mkdirSync(prod, { recursive: true })
mkdirSync(path.join(repo.dir, 'modules/lb'), { recursive: true })
writeFileSync(path.join(prod, 'main.tf'), 'module "lb" {\n  source = "../../modules/lb"\n}\n')
writeFileSync(path.join(repo.dir, 'modules/lb/main.tf'), 'resource "aws_lb" "this" {\n  access_logs {\n    bucket  = "logs"\n    enabled = false\n  }\n}\n')
const tree = { source: '', calls: { lb: { source: '../../modules/lb', calls: {} } } }
const query = q('aws_lb', 'this', ['access_logs', 0, 'enabled'], ['lb'])

describe('source boundary', () => {
  it('by default, a module folder outside the source directory is not read, with a warning', async () => {
    const index = await buildSourceIndex(prod, tree)
    expect(index.locate(query)).toBeNull()
    expect(index.warnings.join('\n')).toMatch(/outside the source directory/)
  })

  it('with the repository root as the boundary, the module maps to its file and line', async () => {
    const index = await buildSourceIndex(prod, tree, { boundary: repo.dir })
    expect(index.locate(query)).toEqual({ file: '../../modules/lb/main.tf', line: 4, exact: true })
    expect(index.warnings).toEqual([])
  })

  it('a boundary that does not contain the source directory is ignored, never widening elsewhere', async () => {
    const index = await buildSourceIndex(prod, tree, { boundary: path.join(repo.dir, 'modules') })
    expect(index.locate(query)).toBeNull()
  })
})
