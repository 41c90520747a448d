// What the action needs from the runner, as one object: the entry (index.ts) wires it to @actions/core,
// and tests pass a recorder, so that the action's flow runs in-process (as the CLI's runCli takes a CliIO).

/** Where an annotation points, as the runner's `::error file=…,line=…::` takes it. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

export interface ActionIO {
  /** The step's environment: INPUT_* inputs, GITHUB_* context, RUNNER_TEMP. */
  env: Record<string, string | undefined>
  /** The workspace when GITHUB_WORKSPACE is not set. */
  cwd: string
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  /** A line of the log. */
  info(message: string): void
  startGroup(name: string): void
  endGroup(): void
  setOutput(name: string, value: string): void
  /** Marks the step failed with one error line (the exit code is returned by `run`). */
  setFailed(message: string): void
  /** Appends Markdown to the job summary; does nothing where the runner gives none. May throw when it cannot write. */
  appendSummary(markdown: string): Promise<void>
}
