// The new blocks one fix adds, gathered per module while the fix is built, then handed to the patch
// writer as one `add-blocks` edit per module. Every block is also recorded in FixContext.planned, so a
// later fixer of the same run finds it and builds on it instead of adding a twin.
import type { FixContext, GeneratedBlock, LogFolder, SourceEdit } from '../types.js'

/** The key of a planned block in FixContext.planned: the module path and the block's key, joined with `.`. */
export function plannedKey(modulePath: string[], key: string): string {
  return [...modulePath, key].join('.')
}

export class GeneratedBlocks {
  private readonly modules = new Map<string, { modulePath: string[]; blocks: GeneratedBlock[] }>()

  constructor(private readonly context: FixContext) {}

  /** Adds a block to a module's elb-ir-fixes.tf (once: the same key twice is one block). */
  add(modulePath: string[], key: string, text: string): void {
    const id = modulePath.join('\u0000')
    let entry = this.modules.get(id)
    if (!entry) this.modules.set(id, (entry = { modulePath, blocks: [] }))
    if (entry.blocks.some((block) => block.key === key)) return
    entry.blocks.push({ key, text })
  }

  /** Records that the fix sends the load balancer's logs to `folder` (what it leaves out stays as it was). */
  moveLogs(address: string, folder: LogFolder): void {
    this.context.logFolders.set(address, { ...this.context.logFolders.get(address), ...folder })
  }

  /** A block planned earlier in this run (by this fix or an earlier one). */
  planned(modulePath: string[], key: string): GeneratedBlock | undefined {
    return this.context.planned.get(plannedKey(modulePath, key)) ?? this.modules.get(modulePath.join('\u0000'))?.blocks.find((block) => block.key === key)
  }

  /** The last block planned in this run in the module whose key starts with `keyPrefix`. */
  latest(modulePath: string[], keyPrefix: string): GeneratedBlock | undefined {
    const prefix = plannedKey(modulePath, keyPrefix)
    const earlier = [...this.context.planned].filter(([key]) => key.startsWith(prefix)).map(([, block]) => block)
    const own = this.modules.get(modulePath.join('\u0000'))?.blocks.filter((block) => block.key.startsWith(keyPrefix)) ?? []
    return [...earlier, ...own].at(-1)
  }

  /** The add-blocks edits, first in a fix, so the edits after them may refer to what they declare. */
  edits(): SourceEdit[] {
    const edits: SourceEdit[] = []
    for (const { modulePath, blocks } of this.modules.values()) {
      for (const block of blocks) this.context.planned.set(plannedKey(modulePath, block.key), block)
      edits.push({ kind: 'add-blocks', modulePath, blocks })
    }
    return edits
  }
}
