// The seam between the fixers (one per rule, in src/fix/fixers/) and the patch writer (src/fix/patch/):
// a fixer says *what* should change in Terraform's terms; the patch writer finds *where* in the .tf
// files, edits them, and renders one unified diff.
import type { RuleFinding } from '../check.js'
import type { Settings } from '../config/settings.js'
import type { PlanModel } from '../model/model.js'

/** A resource or data block as written in the sources (instance keys dropped: the block serves every instance). */
export interface BlockRef {
  /** Module call names from the root, without instance keys; [] is the root module. */
  modulePath: string[]
  mode: 'managed' | 'data'
  type: string
  name: string
}

/** One change to the sources. The writer applies edits in order, re-reading the file after each. */
export type SourceEdit =
  /** Sets `name = expression` inside the block (or the nested block at `blockPath`, first of its type), replacing an existing expression. */
  | { kind: 'set-attribute'; block: BlockRef; blockPath: string[]; name: string; expression: string }
  /** Adds the nested block `text` (`access_logs { ... }`) to the block, replacing the existing one of that type. */
  | { kind: 'set-nested-block'; block: BlockRef; blockType: string; text: string }
  /** Adds references to the block's `depends_on`, creating it when absent; references already there are kept once. */
  | { kind: 'add-depends-on'; block: BlockRef; references: string[] }
  /** New top-level blocks in `elb-ir-fixes.tf` of the module's folder; a block whose `key` is already declared in that module is skipped. */
  | { kind: 'add-blocks'; modulePath: string[]; blocks: GeneratedBlock[] }
  /** A file that is not Terraform (a playbook), relative to the source directory; kept as it is when it exists. */
  | { kind: 'add-file'; path: string; content: string }
  /** Paths (relative to the source directory) added to `playbooks:` in the configuration file, creating it when absent. */
  | { kind: 'add-playbooks'; paths: string[] }

export interface GeneratedBlock {
  /** Terraform's address of what the block declares, to skip it when the module already has it: `aws_s3_bucket_policy.elb_ir_logs`, `data.aws_caller_identity.current`, `provider.aws.us_west_2`. */
  key: string
  /** The block's HCL, formatted as `terraform fmt` formats it, without a trailing newline. */
  text: string
}

/** What a fixer did with one failing finding. */
export type FixOutcome =
  | { fixed: true; edits: SourceEdit[] }
  /** Not fixable here: `reason` says why and what the user must decide (one line, printed on stderr). */
  | { fixed: false; reason: string }

export interface FixContext {
  model: PlanModel
  settings: Settings
  /** Blocks already planned by earlier fixers in this run, by module path joined with `.` and key: fixers reuse them instead of adding twins. */
  planned: Map<string, GeneratedBlock>
  /**
   * Where earlier fixers of this run send a load balancer's access logs, by its address: a later fixer
   * (ELBIR005's table) reads the folder the fixed sources will write to, not the one the plan shows.
   */
  logFolders: Map<string, LogFolder>
}

/** A load balancer's log folder as a fix changes it: the bucket (a name, or an HCL expression that gives it) and the prefix. */
export interface LogFolder {
  bucket?: string | { expression: string }
  /** '' for none. */
  prefix?: string
}

/** The fix of one rule, declared beside nothing else (the rule's logic stays in src/rules/). */
export interface Fixer {
  ruleId: string
  fix(finding: RuleFinding, context: FixContext): FixOutcome
}
