// Which lines of a pull request can take a review comment: GitHub accepts a comment only on a line
// inside a hunk of the PR's diff (added or context lines on the new side).

export interface PullFile {
  filename: string
  status: string
  /** Absent for binary files and diffs too large for GitHub to show. */
  patch?: string
}

/** Right-side (new file) line numbers inside the hunks of one file's patch. */
export function commentableLines(patch: string): Set<number> {
  const lines = new Set<number>()
  let next = 0
  let inHunk = false
  const texts = patch.split('\n')
  if (texts[texts.length - 1] === '') texts.pop()
  for (const text of texts) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (header) {
      next = Number(header[1])
      inHunk = true
      continue
    }
    if (!inHunk) continue
    // An empty line inside a hunk is a context line whose leading space was stripped.
    if (text.startsWith('+') || text.startsWith(' ') || text === '') lines.add(next++)
    // '-' lines exist only on the old side; '\' is "No newline at end of file".
  }
  return lines
}

/** For every file of the PR that still exists: the lines a review comment may be put on. */
export function diffLines(files: readonly PullFile[]): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>()
  for (const file of files) {
    if (file.status === 'removed' || file.patch === undefined) continue
    result.set(file.filename, commentableLines(file.patch))
  }
  return result
}
