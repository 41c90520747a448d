// The model's view of how modules call one another. source/ reads it to find a module's .tf files, so it
// lives here, on the model's side of the seam: the model knows nothing of files.

/** The tree of module calls as the plan's configuration records it. */
export interface ModuleTree {
  /** `source` as written in the calling module (`./modules/alb`, `terraform-aws-modules/alb/aws`). */
  source: string
  calls: Record<string, ModuleTree>
}
