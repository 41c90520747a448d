// An expression Terraform would refuse: the message is Terraform's summary, the line is where it is.

export class EvaluationError extends Error {
  constructor(
    message: string,
    /** 1-based line of the expression in its file. */
    readonly line: number,
    /** The file, once a caller that knows it has said (relative to the source folder). */
    public file?: string
  ) {
    super(message)
    this.name = 'EvaluationError'
  }
}
