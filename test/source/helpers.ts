import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ModuleTree } from '../../src/model/module-tree.js'
import type { SourceQuery } from '../../src/source/types.js'

export const PROJECT = fileURLToPath(new URL('./fixtures/project', import.meta.url))

/** The module calls as the plan of fixtures/project records them. */
export function projectTree(extra: Record<string, ModuleTree> = {}): ModuleTree {
  return {
    source: '',
    calls: {
      alb: { source: './modules/alb', calls: { logs: { source: '../logs', calls: {} } } },
      registry_alb: {
        source: 'terraform-aws-modules/alb/aws',
        calls: { log_bucket: { source: './modules/log-bucket', calls: {} } }
      },
      git_alb: { source: 'git::https://example.com/alb.git?ref=v1.0.0', calls: {} },
      ...extra
    }
  }
}

export function q(
  type: string,
  name: string,
  attributePath: (string | number)[] = [],
  modulePath: string[] = [],
  mode: 'managed' | 'data' = 'managed'
): SourceQuery {
  return { modulePath, mode, type, name, attributePath }
}

/** The 1-based line of the only line in `file` (under `root`) that contains `needle`. */
export function lineOf(file: string, needle: string, root = PROJECT): number {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n')
  const hits = lines.flatMap((text, i) => (text.includes(needle) ? [i + 1] : []))
  if (hits.length !== 1) throw new Error(`${file}: "${needle}" is on ${hits.length} lines, expected exactly one`)
  return hits[0]
}
