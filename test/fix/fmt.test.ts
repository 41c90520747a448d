// Every file the writer touches must be what `terraform fmt` makes of it: generated snippets are
// formatted by the real binary, edited, and must come out unchanged by it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixes } from '../../src/fix/patch/index.js'
import type { BlockRef, SourceEdit } from '../../src/fix/types.js'
import { filesTerraformFmtWouldChange, lacksTerraform, terraformFmtInPlace } from '../helpers/terraform.js'

const ref: BlockRef = { modulePath: [], mode: 'managed', type: 'aws_lb', name: 'web' }

/** Pieces of a load balancer's body, in the shapes real code has them. */
const PIECES = [
  'name = "web"',
  'load_balancer_type = "application"',
  'internal = false # private later',
  'subnets = [\n"subnet-1",\n"subnet-2",\n]',
  'security_groups = [aws_security_group.lb.id] // edge',
  'enable_deletion_protection = true',
  '# the team that answers pages\ntags = {\nTeam = "edge"\nCostCenter = "42" # finance\n}',
  'access_logs {\nbucket = "logs"\nenabled = false\n}',
  'count = var.enabled ? 1 : 0',
  'idle_timeout = 60',
  'customer_owned_ipv4_pool = null',
  'description = <<-EOT\n  Edge load balancer\n  EOT',
  'ip_address_type = "ipv4" /* dual later */',
  'timeouts {\ncreate = "10m"\n}',
  'depends_on = [aws_s3_bucket_policy.old]',
  'preserve_host_header = true',
  'lifecycle {\nignore_changes = [tags] # set by the tagger\ncreate_before_destroy = true\n}',
  'depends_on = [\naws_iam_role.a,\n]',
  'connection_logs {\nbucket = "conn" // connection logs\n}',
  'xff_header_processing_mode = "append" # keep the chain',
  'name_prefix = "w-"     # short'
]

const EDITS: SourceEdit[][] = [
  [{ kind: 'set-attribute', block: ref, blockPath: [], name: 'drop_invalid_header_fields', expression: 'true' }],
  [{ kind: 'set-attribute', block: ref, blockPath: [], name: 'name', expression: '"edge-web-load-balancer"' }],
  [{ kind: 'set-attribute', block: ref, blockPath: ['access_logs'], name: 'enabled', expression: 'true' }],
  [{ kind: 'set-attribute', block: ref, blockPath: ['access_logs'], name: 'prefix', expression: '"web/${var.env}"' }],
  [{ kind: 'set-nested-block', block: ref, blockType: 'access_logs', text: 'access_logs {\n  bucket  = aws_s3_bucket.logs.id\n  prefix  = "web"\n  enabled = true\n}' }],
  [{ kind: 'add-depends-on', block: ref, references: ['aws_s3_bucket_policy.elb_ir_logs'] }],
  [
    { kind: 'set-attribute', block: ref, blockPath: [], name: 'x', expression: '1' },
    { kind: 'set-attribute', block: ref, blockPath: ['connection_logs'], name: 'enabled', expression: 'true' },
    { kind: 'add-depends-on', block: ref, references: ['aws_s3_bucket_policy.elb_ir_logs', 'aws_iam_role.a'] }
  ],
  [
    { kind: 'set-attribute', block: ref, blockPath: ['connection_logs'], name: 'prefix', expression: '"c"' },
    { kind: 'set-attribute', block: ref, blockPath: [], name: 'internal', expression: 'true' },
    { kind: 'set-nested-block', block: ref, blockType: 'timeouts', text: 'timeouts {\n  create = "20m"\n  delete = "20m"\n}' }
  ]
]

/** A deterministic spread of bodies: pieces picked by a small linear congruential generator. */
function snippets(count: number): string[] {
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    // One piece per attribute name (two depends_on forms are in the list).
    const picked = PIECES.filter(() => next() % 3 === 0).filter((piece, i, all) => !piece.startsWith('depends_on') || all.findIndex((p) => p.startsWith('depends_on')) === i)
    const blanks = picked.map(() => (next() % 4 === 0 ? '\n' : ''))
    out.push(`resource "aws_lb" "web" {\n${picked.map((p, k) => `${blanks[k]}${p}\n`).join('')}}\n`)
  }
  return out
}

describe.skipIf(lacksTerraform('the edits are formatted as terraform fmt formats them'))('the edits are formatted as terraform fmt formats them', () => {
  it('leaves nothing for terraform fmt to change on 150 generated snippets, each under two edit sets', async () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'elb-ir-fmt-'))
    const list = snippets(150)
    list.forEach((raw, n) => writeFileSync(path.join(sources, `s${n}.tf`), raw))
    terraformFmtInPlace(sources)
    const edited = mkdtempSync(path.join(tmpdir(), 'elb-ir-fmt-edited-'))
    let changed = 0
    for (let n = 0; n < list.length; n++) {
      const source = readFileSync(path.join(sources, `s${n}.tf`), 'utf8')
      for (const [k, set] of [EDITS[n % EDITS.length], EDITS[(n + 3) % EDITS.length]].entries()) {
        const dir = mkdtempSync(path.join(tmpdir(), 'elb-ir-fmt-'))
        writeFileSync(path.join(dir, 'main.tf'), source)
        const { changes } = await writeFixes([{ moduleTree: { source: '.', calls: {} }, edits: set }], { sourceDir: dir })
        const after = changes.find((c) => c.path === 'main.tf')?.after
        if (after === undefined) continue
        changed++
        writeFileSync(path.join(edited, `s${n}-${k}.tf`), after)
      }
    }
    expect(changed).toBeGreaterThan(250)
    expect(filesTerraformFmtWouldChange(edited)).toEqual([])
  })
})
