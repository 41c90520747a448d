/**
 * An input the checker cannot judge. The message is one line: the file, what is wrong with it, and
 * what to do. It never quotes the file's content, which may hold secrets.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly remedy: string
  ) {
    super(`${file}: ${problem}. ${remedy}`)
    this.name = 'InputError'
  }
}

export const SHOW_JSON_REMEDY = 'Pass the output of `terraform show -json <planfile>`'
