// The errors that end a run with exit code 2, in one place: every layer that reads an input (plan/, config/,
// report/'s merge) throws them, and both entries (the command line and the action) turn them into one line.
// Errors that never leave their folder stay there: the GitHub client's GitHubError (the publisher turns it
// into an outcome) and the streaming reader's private signals.

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

/** A command line that does not parse (unknown option, missing value): the CLI adds where to find the usage. */
export class UsageError extends Error {}

/**
 * What a file system entry is when it is no regular file, else null. Reading a named pipe waits for a writer
 * that may never come (the run would hang), and a device or socket is no file the user meant.
 */
export function specialFileKind(info: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (info.isFile()) return null
  if (info.isDirectory()) return 'a directory'
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return 'not a regular file'
}
