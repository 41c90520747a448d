// The seam between the model (Terraform addresses) and the .tf files (file and line).

export interface SourceQuery {
  /** Module call names from the root, without instance keys: `module.web["a"].module.logs` → ["web", "logs"]. */
  modulePath: string[]
  /** `resource` or `data`. */
  mode: 'managed' | 'data'
  type: string
  name: string
  /** Attribute path inside the block: ["access_logs", 0, "enabled"]. Empty for the block itself. */
  attributePath: (string | number)[]
}

export interface SourceLocation {
  /** Relative to the source directory, forward slashes. */
  file: string
  /** 1-based. */
  line: number
  /** True when the whole path was found (attribute, object key or block); false when this is an enclosing block. */
  exact: boolean
}

/** A comment in a .tf file asking to suppress rules (ours or a peer scanner's) on a block or an attribute. */
export interface SuppressionComment {
  /** A rule id, or `*` for comments that silence every rule on a line or block (KICS `ignore-line`). */
  ruleId: string
  /** Empty when the comment gave none: such a suppression is not honoured. */
  reason: string
  /** What wrote it: `elb-ir`, `checkov`, `tfsec`, `trivy`, `kics`, `terrascan`. */
  origin: string
  file: string
  line: number
}

/** Where an address and attribute are written, and the suppression comments that apply there. */
export interface SourceLookup {
  location: SourceLocation | null
  suppressions: SuppressionComment[]
}

export interface SourceIndex {
  /** The location and the suppressions of one query, found in one walk of its definitions. */
  lookup(query: SourceQuery): SourceLookup
  locate(query: SourceQuery): SourceLocation | null
  /** Suppression comments written on or above the block header or any attribute on the query's path. */
  suppressionsFor(query: SourceQuery): SuppressionComment[]
  /** One line per file that could not be read or parsed, naming it (reading it reads every local module). */
  readonly warnings: readonly string[]
}
