// What the step leaves behind besides comments: its outputs, the report files, and the job summary.

import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import { plainLine } from '../report/escape.js'
import { formatMarkdown } from '../report/markdown.js'
import type { Report } from '../report/types.js'
import type { ActionIO } from './io.js'

/** The job summary takes 1 MiB per step (bytes, not characters); room is kept for the outcome line. */
const MAX_JOB_SUMMARY_BYTES = 1_000_000

export function setCountOutputs(io: ActionIO, report: Report): void {
  io.setOutput('errors', String(report.summary.error))
  io.setOutput('warnings', String(report.summary.warning))
  io.setOutput('notices', String(report.summary.notice))
  io.setOutput('new', String(report.summary.new ?? 0))
}

export async function writeOutputFile(file: string, text: string, what: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  } catch (error) {
    throw new InputError(file, `cannot be written for ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable path')
  }
}

/** The Markdown report, shortened until its UTF-8 bytes fit the job summary. */
export function jobSummary(report: Report, runUrl: string | undefined, failOn?: 'new' | 'all'): string {
  let maxLength = MAX_JOB_SUMMARY_BYTES
  let markdown = formatMarkdown(report, { runUrl, maxLength, failOn })
  while (Buffer.byteLength(markdown) > MAX_JOB_SUMMARY_BYTES && maxLength > 10_000) {
    maxLength = Math.floor(maxLength * 0.8)
    markdown = formatMarkdown(report, { runUrl, maxLength, failOn })
  }
  return markdown
}

/** A job summary that cannot be written is a warning: every finding is in the annotations too. */
export async function writeJobSummary(io: ActionIO, markdown: string): Promise<void> {
  try {
    await io.appendSummary(markdown)
  } catch (error) {
    io.warning(`the job summary could not be written (${plainLine(error instanceof Error ? error.message : String(error))})`)
  }
}
