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

export const SHOW_JSON_REMEDY = 'Pass the output of `terraform show -json <planfile>`'

/**
 * Modules nested deeper than this are refused. Terraform configurations nest a few levels; validation and
 * both readers walk modules recursively, and thousands of levels would exhaust the stack.
 */
export const MAX_MODULE_DEPTH = 100

export function modulesTooDeep(file: string): InputError {
  return new InputError(file, `nests modules more than ${MAX_MODULE_DEPTH} levels deep`, `${SHOW_JSON_REMEDY}; Terraform plans nest modules a few levels`)
}
