/**
 * A loopback imitation of the part of GitHub's REST API that a pull-request commenting action uses.
 *
 * It enforces GitHub's rules (authentication, write permission, review comments only on lines of the diff,
 * one pending review per user, body length limits, pagination, authorship of edits) with GitHub's status codes
 * and messages, so that a client which passes against it is likely to pass against GitHub. The repository's
 * issues are imitated too (list, create, edit, close, reopen, comment): GitHub lets a token with issues
 * write (triage access or more) edit, close and reopen ANY issue, whoever opened it, so issue edits are
 * not author-only here either; only comment edits and deletions are. Faults (errors,
 * rate limits, delays, dropped connections) can be injected per request.
 */
import { createHash } from 'node:crypto'
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Side = 'LEFT' | 'RIGHT'
export type PullState = 'open' | 'closed' | 'deleted'
export type ReviewState = 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED'

export interface FakeFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  /** Omitted by GitHub for binary and very large files; such files cannot take line comments. */
  patch?: string
  previous_filename?: string
}

export interface FakeToken {
  login: string
  /** false for a read-only token, such as the GITHUB_TOKEN of a pull request from a fork */
  write: boolean
  /** an installation token (GITHUB_TOKEN): GET /user answers 403 */
  app?: boolean
  /** may create and edit the repository's issues (`issues: write`); default: as `write` */
  issues?: boolean
}

export interface Fault {
  /** matches any method when absent; case-insensitive */
  method?: string
  /** tested against the request path with its query string, e.g. /repos/acme/infra/pulls/7/files?page=2 */
  path?: RegExp
  /** how many matching requests it hits; default 1 */
  times?: number
  status?: number
  headers?: Record<string, string>
  /** an object is sent as JSON, a string as it is */
  body?: unknown
  /** wait this long before answering (then answer normally unless status is set) */
  delayMs?: number
  /** destroy the socket without answering */
  drop?: boolean
  /** answer (the fault's or the normal answer), but close the connection halfway through the body */
  cut?: boolean
}

export interface GitHubServerOptions {
  owner?: string
  repo?: string
  pullNumber?: number
  headSha?: string
  baseSha?: string
  /** login of the pull request's author, who may not approve or request changes on it; default 'contributor' */
  author?: string
  files: FakeFile[]
  /** token value → who it belongs to */
  tokens: Record<string, FakeToken>
  /** caps per_page to test pagination; default 100 */
  pageSize?: number
  /** PR state: open (default), closed, or deleted (404) */
  pullState?: PullState
}

export interface FakeUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface ReviewComment {
  id: number
  node_id: string
  pull_request_review_id: number
  body: string
  path: string
  /** null for a comment on the whole file (subject_type 'file') */
  line: number | null
  side: Side | null
  start_line: number | null
  start_side: Side | null
  original_line: number | null
  original_start_line: number | null
  commit_id: string
  original_commit_id: string
  /** the hunk header and lines of the diff down to the commented line */
  diff_hunk: string
  subject_type: 'line' | 'file'
  in_reply_to_id?: number
  user: FakeUser
  author_association: string
  created_at: string
  updated_at: string
  html_url: string
  pull_request_url: string
}

export interface IssueComment {
  id: number
  node_id: string
  body: string
  user: FakeUser
  author_association: string
  created_at: string
  updated_at: string
  html_url: string
  issue_url: string
}

export interface Issue {
  id: number
  node_id: string
  number: number
  title: string
  body: string | null
  user: FakeUser
  state: 'open' | 'closed'
  state_reason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  locked: boolean
  labels: unknown[]
  comments: number
  author_association: string
  created_at: string
  updated_at: string
  closed_at: string | null
  html_url: string
  url: string
  repository_url: string
}

export interface Review {
  id: number
  node_id: string
  user: FakeUser
  body: string
  state: ReviewState
  commit_id: string
  author_association: string
  html_url: string
  pull_request_url: string
  /** absent while the review is pending */
  submitted_at?: string
  /** Comments of a PENDING review wait here, invisible to GET .../comments, until it is submitted. */
  pendingComments: ReviewComment[]
}

export interface RequestRecord {
  method: string
  /** path with query string */
  path: string
  /** the status answered; 0 when the connection was dropped */
  status: number
  /** the request body, parsed as JSON when it is JSON */
  body?: unknown
}

export interface FakeGitHubState {
  /** submitted review comments, in creation order */
  reviewComments: ReviewComment[]
  issueComments: IssueComment[]
  reviews: Review[]
  /** the repository's issues (not the pull request), in creation order */
  issues: Issue[]
  files: FakeFile[]
  /** change it to imitate a push; earlier head SHAs stay valid as commit_id */
  headSha: string
  pullState: PullState
}

export interface FakeGitHub {
  /** e.g. http://127.0.0.1:PORT (use as GITHUB_API_URL) */
  url: string
  state: FakeGitHubState
  /** every request with its answer status, in order of arrival */
  requests: RequestRecord[]
  /** tests push faults; each is removed once it has hit `times` requests */
  faults: Fault[]
  close(): Promise<void>
}

/** GitHub's limit on comment and review bodies, in characters. */
export const MAX_BODY_CHARACTERS = 65536
/** Request bodies above this are refused with 413. */
export const MAX_REQUEST_BYTES = 1024 * 1024
/** GitHub lists at most this many files of a pull request. */
const MAX_LISTED_FILES = 3000
const FIRST_ID = 1000
const RATE_LIMIT = 5000

const DOCS = 'https://docs.github.com/rest'
const REVIEW_DOCS = 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request'
export const MESSAGES = {
  badCredentials: 'Bad credentials',
  notAccessible: 'Resource not accessible by integration',
  notFound: 'Not Found',
  lineNotInDiff: 'Pull request review thread line must be part of the diff',
  startLineNotInHunk: 'Pull request review thread start line must be part of the same hunk as the line.',
  startLineNotBefore: 'Pull request review thread start line must precede the end line.',
  pathInvalid: 'Pull request review thread path is invalid',
  bodyTooLong: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`,
  onePendingReview: 'User can only have one pending review per pull request',
  deleteNonPending: 'Can not delete a non-pending pull request review',
  submitNonPending: 'Can not submit a non-pending pull request review',
  bodyRequired: 'Body is required when using REQUEST_CHANGES or COMMENT events',
  commitNotInPull: 'Commit is not part of the pull request',
  secondaryRateLimit: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
} as const

// ---------------------------------------------------------------------------------------------------------------
// Patches

export interface DiffLine {
  kind: 'context' | 'added' | 'removed'
  /** number in the old file; absent for added lines */
  oldLine?: number
  /** number in the new file; absent for removed lines */
  newLine?: number
  /** the line as it appears in the patch, with its prefix */
  raw: string
}

export interface Hunk {
  header: string
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
  lines: DiffLine[]
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** Parses a patch as GitHub gives it (hunks only, no file headers); throws when a header does not match its lines. */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = []
  let oldLine = 0
  let newLine = 0
  for (const raw of patch === '' ? [] : patch.split('\n')) {
    const header = HUNK_HEADER.exec(raw)
    if (header) {
      const [, oldStart, oldCount, newStart, newCount] = header
      hunks.push({
        header: raw,
        oldStart: Number(oldStart),
        oldCount: oldCount === undefined ? 1 : Number(oldCount),
        newStart: Number(newStart),
        newCount: newCount === undefined ? 1 : Number(newCount),
        lines: []
      })
      // A hunk that is empty on one side names the line before it (e.g. -0,0), so numbering starts one later.
      oldLine = Number(oldStart) + (oldCount === '0' ? 1 : 0)
      newLine = Number(newStart) + (newCount === '0' ? 1 : 0)
      continue
    }
    const hunk = hunks.at(-1)
    if (!hunk) throw new Error(`patch line before the first hunk header: ${JSON.stringify(raw)}`)
    if (raw.startsWith('\\')) continue // "\ No newline at end of file"
    if (raw.startsWith('+')) hunk.lines.push({ kind: 'added', newLine: newLine++, raw })
    else if (raw.startsWith('-')) hunk.lines.push({ kind: 'removed', oldLine: oldLine++, raw })
    else if (raw.startsWith(' ') || raw === '') hunk.lines.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, raw })
    else throw new Error(`patch line without a diff prefix: ${JSON.stringify(raw)}`)
  }
  for (const hunk of hunks) {
    const oldSeen = hunk.lines.filter((line) => line.kind !== 'added').length
    const newSeen = hunk.lines.filter((line) => line.kind !== 'removed').length
    if (oldSeen !== hunk.oldCount || newSeen !== hunk.newCount) {
      throw new Error(`hunk ${hunk.header} has ${oldSeen} old and ${newSeen} new lines`)
    }
  }
  return hunks
}

/** Whether a diff line can be commented on the given side: RIGHT is the new file, LEFT the old one. */
function lineNumberOn(line: DiffLine, side: Side): number | undefined {
  if (side === 'RIGHT') return line.kind === 'removed' ? undefined : line.newLine
  return line.kind === 'added' ? undefined : line.oldLine
}

/** The line numbers a review comment may use on `side` of a patch. */
export function linesOnSide(patch: string, side: Side): Set<number> {
  const numbers = new Set<number>()
  for (const hunk of parsePatch(patch)) {
    for (const line of hunk.lines) {
      const number = lineNumberOn(line, side)
      if (number !== undefined) numbers.add(number)
    }
  }
  return numbers
}

/** Lines of a file's content, without the empty string after a final newline. */
function contentLines(content: string): string[] {
  if (content === '') return []
  const lines = content.split('\n')
  if (content.endsWith('\n')) lines.pop()
  return lines
}

/** A hunk header range as git writes it: the count is left out when it is 1. */
function headerRange(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`
}

const NO_NEWLINE = '\\ No newline at end of file'

/** The patch GitHub shows for a newly added file: one hunk in which every line is added. */
export function addedFilePatch(content: string): string {
  const lines = contentLines(content)
  if (lines.length === 0) return ''
  const patch = [`@@ -0,0 +${headerRange(1, lines.length)} @@`, ...lines.map((line) => `+${line}`)]
  if (!content.endsWith('\n')) patch.push(NO_NEWLINE)
  return patch.join('\n')
}

/**
 * A unified-diff patch in which `changedLines` (1-based, in the new file) are added lines, shown with `context`
 * unchanged lines around them; hunks whose context would touch or overlap are merged, as git does. The old file
 * is taken to be the new one without the changed lines, so the patch has additions only.
 */
export function modifiedFilePatch(newContent: string, changedLines: number[], context = 3): string {
  const lines = contentLines(newContent)
  const changed = [...new Set(changedLines)].sort((a, b) => a - b)
  for (const line of changed) {
    if (!Number.isInteger(line) || line < 1 || line > lines.length) {
      throw new RangeError(`changed line ${line} is not a line of the ${lines.length}-line file`)
    }
  }
  const ranges: { first: number; last: number }[] = []
  for (const line of changed) {
    const first = Math.max(1, line - context)
    const last = Math.min(lines.length, line + context)
    const previous = ranges.at(-1)
    if (previous && first <= previous.last + 1) previous.last = last
    else ranges.push({ first, last })
  }
  const isChanged = new Set(changed)
  const patch: string[] = []
  for (const { first, last } of ranges) {
    const changedBefore = changed.filter((line) => line < first).length
    const changedInside = changed.filter((line) => line >= first && line <= last).length
    const newCount = last - first + 1
    const oldCount = newCount - changedInside
    // With no old lines the range names the old line the additions follow.
    const oldStart = oldCount === 0 ? first - 1 - changedBefore : first - changedBefore
    patch.push(`@@ -${headerRange(oldStart, oldCount)} +${headerRange(first, newCount)} @@`)
    for (let line = first; line <= last; line++) {
      patch.push(`${isChanged.has(line) ? '+' : ' '}${lines[line - 1]}`)
      if (line === lines.length && newContent !== '' && !newContent.endsWith('\n')) patch.push(NO_NEWLINE)
    }
  }
  return patch.join('\n')
}

// ---------------------------------------------------------------------------------------------------------------
// The server

/** An answer other than success, thrown by the handlers and sent by the dispatcher. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body.message))
  }
}

const notFound = () => new ApiError(404, { message: MESSAGES.notFound, documentation_url: DOCS, status: '404' })
const forbidden = () => new ApiError(403, { message: MESSAGES.notAccessible, documentation_url: DOCS, status: '403' })
/** GitHub's 422 for review threads: one string with every distinct problem, joined as an English list. */
const reviewRejected = (problems: string[]) =>
  new ApiError(422, { message: 'Unprocessable Entity', errors: [toSentence([...new Set(problems)])], documentation_url: REVIEW_DOCS, status: '422' })
/** GitHub's 422 when the request does not match the endpoint's schema. */
const invalidRequest = (detail: string) => new ApiError(422, { message: `Invalid request.\n\n${detail}`, documentation_url: DOCS, status: '422' })
const validationFailed = (resource: string, error: Record<string, string>) =>
  new ApiError(422, { message: 'Validation Failed', errors: [{ resource, ...error }], documentation_url: DOCS, status: '422' })

function toSentence(items: string[]): string {
  if (items.length <= 2) return items.join(' and ')
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`
}

/** GitHub counts characters, not UTF-16 units. */
const characterCount = (text: string) => [...text].length
const timestamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex')
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Call {
  method: string
  url: URL
  token: FakeToken
  user: FakeUser
  body: Record<string, unknown>
}

interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface Route {
  method: string
  pattern: RegExp
  /** pull-request routes answer 404 for another pull number or a deleted pull request */
  pullScoped: boolean
  /** the path's number may also be an issue's (issue comments): then writes need issues permission */
  issueScoped?: boolean
  handle: (call: Call, params: string[]) => Answer
}

// Request body readers that throw GitHub's schema errors.
function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw invalidRequest(`For 'properties/${field}', ${JSON.stringify(value)} is not a string.`)
  return value
}
function requiredString(body: Record<string, unknown>, field: string): string {
  const value = optionalString(body, field)
  if (value === undefined) throw invalidRequest(`"${field}" wasn't supplied.`)
  return value
}
function optionalInteger(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalidRequest(`For 'properties/${field}', ${JSON.stringify(value)} is not an integer.`)
  }
  return value
}
function optionalSide(body: Record<string, unknown>, field: string): Side | undefined {
  const value = optionalString(body, field)
  if (value === undefined || value === 'LEFT' || value === 'RIGHT') return value
  throw invalidRequest(`For 'properties/${field}', "${value}" is not one of ["LEFT", "RIGHT"].`)
}

const REVIEW_EVENTS: Record<string, ReviewState> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' }

export async function startGitHubServer(options: GitHubServerOptions): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme'
  const repo = options.repo ?? 'infra'
  const pullNumber = options.pullNumber ?? 7
  const author = options.author ?? 'contributor'
  const pageSize = options.pageSize ?? 100
  const baseSha = options.baseSha ?? sha1('base')
  // Fail early on a broken fixture rather than with a puzzling 422 later.
  for (const file of options.files) if (file.patch !== undefined) parsePatch(file.patch)

  const state: FakeGitHubState = {
    reviewComments: [],
    issueComments: [],
    reviews: [],
    issues: [],
    files: options.files,
    headSha: options.headSha ?? sha1('head'),
    pullState: options.pullState ?? 'open'
  }
  const requests: RequestRecord[] = []
  const faults: Fault[] = []
  /** hits left per fault, so that the test's fault objects are not modified */
  const faultHitsLeft = new WeakMap<Fault, number>()
  /** every head SHA the pull request has had: GitHub accepts comments on earlier commits of the pull request */
  const knownHeadShas = new Set<string>()
  let nextId = FIRST_ID
  let rateLimitRemaining = RATE_LIMIT
  const rateLimitReset = Math.floor(Date.now() / 1000) + 3600
  let url = ''

  const htmlPullUrl = `https://github.com/${owner}/${repo}/pull/${pullNumber}`
  const apiPullUrl = () => `${url}/repos/${owner}/${repo}/pulls/${pullNumber}`
  const userOf = (token: FakeToken): FakeUser => ({
    login: token.login,
    id: parseInt(sha1(token.login).slice(0, 7), 16),
    type: token.app ? 'Bot' : 'User'
  })
  const associationOf = (token: FakeToken) => (token.app ? 'NONE' : token.write ? 'MEMBER' : 'CONTRIBUTOR')

  function fileNamed(path: string): FakeFile | undefined {
    return state.files.find((file) => file.filename === path)
  }

  function paginate(items: unknown[], call: Call): Answer {
    const asked = Number(call.url.searchParams.get('per_page'))
    const perPage = Math.min(Number.isInteger(asked) && asked > 0 ? asked : 30, 100, pageSize)
    const askedPage = Number(call.url.searchParams.get('page'))
    const page = Number.isInteger(askedPage) && askedPage > 0 ? askedPage : 1
    const lastPage = Math.max(1, Math.ceil(items.length / perPage))
    const pageUrl = (number: number) => {
      const params = new URLSearchParams(call.url.searchParams)
      params.set('page', String(number))
      return `<${url}${call.url.pathname}?${params}>`
    }
    // GitHub's order: prev, next, last, first.
    const links: string[] = []
    if (page > 1) links.push(`${pageUrl(Math.min(page - 1, lastPage))}; rel="prev"`)
    if (page < lastPage) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`)
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`)
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {}
    }
  }

  function checkBodyLength(body: string, tooLong: () => ApiError): void {
    if (characterCount(body) > MAX_BODY_CHARACTERS) throw tooLong()
  }

  function pendingReviewOf(login: string): Review | undefined {
    return state.reviews.find((review) => review.state === 'PENDING' && review.user.login === login)
  }

  /** A review visible to the caller: others' pending reviews do not exist for them. */
  function visibleReview(call: Call, id: string): Review {
    const review = state.reviews.find((candidate) => candidate.id === Number(id))
    if (!review || (review.state === 'PENDING' && review.user.login !== call.user.login)) throw notFound()
    return review
  }

  /** A review without its pending comments, as the API shows it. */
  function reviewJson(review: Review): Omit<Review, 'pendingComments'> {
    const { pendingComments: _pendingComments, ...shown } = review
    return shown
  }

  function resolveCommit(commitId: string | undefined): string {
    if (commitId === undefined) return state.headSha
    if (!knownHeadShas.has(commitId)) throw reviewRejected([MESSAGES.commitNotInPull])
    return commitId
  }

  /**
   * Checks where a review comment goes and builds it, or returns the problem GitHub would report.
   * Placement is checked against the current patches, whichever commit it names.
   */
  function placeComment(input: unknown, call: Call, reviewId: number, commitId: string): ReviewComment | string {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalidRequest(`For 'items', ${JSON.stringify(input)} is not an object.`)
    const fields = input as Record<string, unknown>
    const path = requiredString(fields, 'path')
    const body = requiredString(fields, 'body')
    const line = optionalInteger(fields, 'line')
    const side = optionalSide(fields, 'side') ?? 'RIGHT'
    const startLine = optionalInteger(fields, 'start_line')
    const startSide = optionalSide(fields, 'start_side') ?? side
    const subjectType = optionalString(fields, 'subject_type') ?? 'line'
    if (subjectType !== 'line' && subjectType !== 'file') throw invalidRequest(`For 'properties/subject_type', "${subjectType}" is not one of ["line", "file"].`)

    if (characterCount(body) > MAX_BODY_CHARACTERS) return MESSAGES.bodyTooLong
    const file = fileNamed(path)
    if (!file) return MESSAGES.pathInvalid
    let diffHunk = ''
    if (subjectType === 'line') {
      // The deprecated `position` is not imitated: without `line` a comment has no place in the diff.
      if (line === undefined || file.patch === undefined) return MESSAGES.lineNotInDiff
      const hunks = parsePatch(file.patch)
      const hunkIndex = hunks.findIndex((hunk) => hunk.lines.some((diffLine) => lineNumberOn(diffLine, side) === line))
      if (hunkIndex < 0) return MESSAGES.lineNotInDiff
      const hunk = hunks[hunkIndex]
      if (startLine !== undefined) {
        if (startSide === side && startLine >= line) return MESSAGES.startLineNotBefore
        if (!hunk.lines.some((diffLine) => lineNumberOn(diffLine, startSide) === startLine)) return MESSAGES.startLineNotInHunk
      }
      const end = hunk.lines.findIndex((diffLine) => lineNumberOn(diffLine, side) === line)
      diffHunk = [hunk.header, ...hunk.lines.slice(0, end + 1).map((diffLine) => diffLine.raw)].join('\n')
    }
    const id = nextId++
    const now = timestamp()
    const onLine = subjectType === 'line'
    return {
      id,
      node_id: `PRRC_${id}`,
      pull_request_review_id: reviewId,
      body,
      path,
      line: onLine ? (line ?? null) : null,
      side: onLine ? side : null,
      start_line: onLine ? (startLine ?? null) : null,
      start_side: onLine && startLine !== undefined ? startSide : null,
      original_line: onLine ? (line ?? null) : null,
      original_start_line: onLine ? (startLine ?? null) : null,
      commit_id: commitId,
      original_commit_id: commitId,
      diff_hunk: diffHunk,
      subject_type: subjectType,
      user: call.user,
      author_association: associationOf(call.token),
      created_at: now,
      updated_at: now,
      html_url: `${htmlPullUrl}#discussion_r${id}`,
      pull_request_url: apiPullUrl()
    }
  }

  /** Body rules of a review being created or submitted with `event`. */
  function checkReviewBody(event: string, body: string, commentCount: number): void {
    checkBodyLength(body, () => reviewRejected([MESSAGES.bodyTooLong]))
    const blank = body.trim() === ''
    if (blank && (event === 'REQUEST_CHANGES' || (event === 'COMMENT' && commentCount === 0))) {
      throw reviewRejected([MESSAGES.bodyRequired])
    }
  }

  function checkEvent(event: string | undefined, call: Call): void {
    if (event === undefined) return
    if (!(event in REVIEW_EVENTS)) throw reviewRejected([`Variable $event of type PullRequestReviewEvent was provided invalid value`])
    if (call.user.login === author && event === 'APPROVE') throw reviewRejected(['Can not approve your own pull request'])
    if (call.user.login === author && event === 'REQUEST_CHANGES') throw reviewRejected(['Can not request changes on your own pull request'])
  }

  function newReview(call: Call, state: ReviewState, body: string, commitId: string): Review {
    const id = nextId++
    return {
      id,
      node_id: `PRR_${id}`,
      user: call.user,
      body,
      state,
      commit_id: commitId,
      author_association: associationOf(call.token),
      html_url: `${htmlPullUrl}#pullrequestreview-${id}`,
      pull_request_url: apiPullUrl(),
      ...(state === 'PENDING' ? {} : { submitted_at: timestamp() }),
      pendingComments: []
    }
  }

  function createReview(call: Call): Answer {
    const event = optionalString(call.body, 'event')
    const body = optionalString(call.body, 'body') ?? ''
    const comments = call.body.comments ?? []
    if (!Array.isArray(comments)) throw invalidRequest(`For 'properties/comments', ${JSON.stringify(comments)} is not an array.`)
    checkEvent(event, call)
    if (event !== undefined) checkReviewBody(event, body, comments.length)
    else checkBodyLength(body, () => reviewRejected([MESSAGES.bodyTooLong]))
    // GitHub refuses any new review, submitted or not, while the user has a pending one.
    if (pendingReviewOf(call.user.login)) throw reviewRejected([MESSAGES.onePendingReview])
    const commitId = resolveCommit(optionalString(call.body, 'commit_id'))

    const review = newReview(call, event === undefined ? 'PENDING' : REVIEW_EVENTS[event], body, commitId)
    let placed: (ReviewComment | string)[]
    try {
      placed = comments.map((comment) => placeComment(comment, call, review.id, commitId))
    } catch (error) {
      nextId = review.id // nothing was created, so the ids are free again
      throw error
    }
    const problems = placed.filter((result): result is string => typeof result === 'string')
    if (problems.length > 0) {
      nextId = review.id
      throw reviewRejected(problems)
    }
    const created = placed as ReviewComment[]
    if (review.state === 'PENDING') review.pendingComments.push(...created)
    else state.reviewComments.push(...created)
    state.reviews.push(review)
    return { status: 200, body: reviewJson(review) }
  }

  function submitReview(call: Call, id: string): Answer {
    const review = visibleReview(call, id)
    const event = requiredString(call.body, 'event')
    const body = optionalString(call.body, 'body') ?? review.body
    if (review.state !== 'PENDING') throw reviewRejected([MESSAGES.submitNonPending])
    checkEvent(event, call)
    checkReviewBody(event, body, review.pendingComments.length)
    review.state = REVIEW_EVENTS[event]
    review.body = body
    review.submitted_at = timestamp()
    state.reviewComments.push(...review.pendingComments.splice(0))
    return { status: 200, body: reviewJson(review) }
  }

  function updateReview(call: Call, id: string): Answer {
    const review = visibleReview(call, id)
    if (review.user.login !== call.user.login) throw forbidden()
    const body = requiredString(call.body, 'body')
    checkBodyLength(body, () => reviewRejected([MESSAGES.bodyTooLong]))
    review.body = body
    return { status: 200, body: reviewJson(review) }
  }

  function deleteReview(call: Call, id: string): Answer {
    const review = visibleReview(call, id)
    if (review.state !== 'PENDING') throw reviewRejected([MESSAGES.deleteNonPending])
    state.reviews.splice(state.reviews.indexOf(review), 1)
    return { status: 200, body: reviewJson(review) }
  }

  /** POST .../pulls/{n}/comments: one comment, or a reply; GitHub wraps it in a submitted review of its own. */
  function createReviewComment(call: Call, replyTo?: ReviewComment): Answer {
    if (pendingReviewOf(call.user.login)) throw reviewRejected([MESSAGES.onePendingReview])
    const inReplyTo = replyTo ?? findReplyTarget(call)
    let comment: ReviewComment | string
    if (inReplyTo) {
      // A reply takes its place from the thread; only its body counts.
      const body = requiredString(call.body, 'body')
      if (characterCount(body) > MAX_BODY_CHARACTERS) throw reviewRejected([MESSAGES.bodyTooLong])
      const id = nextId++
      const now = timestamp()
      comment = {
        ...inReplyTo,
        id,
        node_id: `PRRC_${id}`,
        body,
        in_reply_to_id: inReplyTo.in_reply_to_id ?? inReplyTo.id,
        user: call.user,
        author_association: associationOf(call.token),
        created_at: now,
        updated_at: now,
        html_url: `${htmlPullUrl}#discussion_r${id}`
      }
    } else {
      const commitId = resolveCommit(requiredString(call.body, 'commit_id'))
      comment = placeComment(call.body, call, 0, commitId)
    }
    if (typeof comment === 'string') throw reviewRejected([comment])
    const review = newReview(call, 'COMMENTED', '', comment.commit_id)
    comment.pull_request_review_id = review.id
    state.reviews.push(review)
    state.reviewComments.push(comment)
    return { status: 201, body: comment }
  }

  function findReplyTarget(call: Call): ReviewComment | undefined {
    const id = optionalInteger(call.body, 'in_reply_to')
    if (id === undefined) return undefined
    return reviewCommentById(String(id))
  }

  function reviewCommentById(id: string): ReviewComment {
    const comment = state.reviewComments.find((candidate) => candidate.id === Number(id))
    if (!comment) throw notFound()
    return comment
  }

  function issueCommentById(id: string): IssueComment {
    const comment = state.issueComments.find((candidate) => candidate.id === Number(id))
    if (!comment) throw notFound()
    return comment
  }

  function checkIssueCommentBody(body: string): void {
    if (body.trim() === '') throw validationFailed('IssueComment', { code: 'missing_field', field: 'body' })
    if (characterCount(body) > MAX_BODY_CHARACTERS) {
      throw validationFailed('IssueComment', { code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)` })
    }
  }

  function checkReviewCommentBody(body: string): void {
    if (body.trim() === '') throw validationFailed('PullRequestReviewComment', { code: 'missing_field', field: 'body' })
    if (characterCount(body) > MAX_BODY_CHARACTERS) {
      throw validationFailed('PullRequestReviewComment', { code: 'custom', field: 'body', message: MESSAGES.bodyTooLong })
    }
  }

  /** Only the author may change or delete a comment. */
  function checkAuthor(call: Call, comment: { user: FakeUser }): void {
    if (comment.user.login !== call.user.login) throw forbidden()
  }

  const htmlIssueUrl = (number: number) => `https://github.com/${owner}/${repo}/issues/${number}`
  const apiIssueUrl = (number: number) => `${url}/repos/${owner}/${repo}/issues/${number}`

  function issueByNumber(number: string): Issue {
    const issue = state.issues.find((candidate) => candidate.number === Number(number))
    if (!issue) throw notFound()
    return issue
  }

  /** The pull request as GitHub's issue endpoints show it: an issue with a `pull_request` key. */
  const pullAsIssueJson = () => {
    const pull = pullRequestJson()
    return {
      id: pull.id,
      node_id: `I_${pullNumber}`,
      number: pullNumber,
      title: pull.title,
      body: pull.body,
      user: pull.user,
      state: pull.state,
      state_reason: null,
      locked: false,
      labels: [],
      comments: state.issueComments.filter((c) => c.issue_url === apiIssueUrl(pullNumber)).length,
      author_association: 'CONTRIBUTOR',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      closed_at: null,
      html_url: htmlPullUrl,
      url: apiIssueUrl(pullNumber),
      repository_url: `${url}/repos/${owner}/${repo}`,
      pull_request: { url: apiPullUrl(), html_url: htmlPullUrl, diff_url: `${htmlPullUrl}.diff`, patch_url: `${htmlPullUrl}.patch`, merged_at: null }
    }
  }

  const checkIssueBody = (body: string | undefined) => {
    if (body !== undefined && characterCount(body) > MAX_BODY_CHARACTERS) {
      throw validationFailed('Issue', { code: 'custom', field: 'body', message: MESSAGES.bodyTooLong })
    }
  }

  /** GET /repos/{owner}/{repo}/issues: open ones by default, newest first; the pull request is listed too, as GitHub does. */
  function listIssues(call: Call): Answer {
    const params = call.url.searchParams
    const wanted = params.get('state') ?? 'open'
    if (!['open', 'closed', 'all'].includes(wanted)) throw validationFailed('Issue', { code: 'invalid', field: 'state', value: wanted } as Record<string, string>)
    const creator = params.get('creator')
    const direction = params.get('direction') ?? 'desc'
    const listed = [...state.issues, pullAsIssueJson()]
      .filter((issue) => wanted === 'all' || issue.state === wanted)
      .filter((issue) => creator === null || issue.user.login.toLowerCase() === creator.toLowerCase())
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number))
    return paginate(listed, call)
  }

  function createIssue(call: Call): Answer {
    const title = call.body.title
    if (title === undefined || title === null) throw invalidRequest(`"title" wasn't supplied.`)
    if (typeof title !== 'string' && typeof title !== 'number') throw invalidRequest(`For 'properties/title', ${JSON.stringify(title)} is not a string or integer.`)
    if (String(title).trim() === '') throw validationFailed('Issue', { code: 'missing_field', field: 'title' })
    const body = optionalString(call.body, 'body')
    checkIssueBody(body)
    // Issues and pull requests share one sequence of numbers.
    const number = Math.max(pullNumber, ...state.issues.map((issue) => issue.number)) + 1
    const id = nextId++
    const now = timestamp()
    const issue: Issue = {
      id,
      node_id: `I_${id}`,
      number,
      title: String(title),
      body: body ?? null,
      user: call.user,
      state: 'open',
      state_reason: null,
      locked: false,
      labels: [],
      comments: 0,
      author_association: associationOf(call.token),
      created_at: now,
      updated_at: now,
      closed_at: null,
      html_url: htmlIssueUrl(number),
      url: apiIssueUrl(number),
      repository_url: `${url}/repos/${owner}/${repo}`
    }
    state.issues.push(issue)
    return { status: 201, body: issue }
  }

  /** PATCH an issue: title, body, state and state_reason. Any caller with issues permission may; closed issues too. */
  function updateIssue(call: Call, number: string): Answer {
    // Editing the pull request through the issues endpoint is not imitated.
    if (Number(number) === pullNumber) throw notFound()
    const issue = issueByNumber(number)
    const body = optionalString(call.body, 'body')
    checkIssueBody(body)
    const title = optionalString(call.body, 'title')
    const newState = optionalString(call.body, 'state')
    if (newState !== undefined && newState !== 'open' && newState !== 'closed') throw invalidRequest(`For 'properties/state', "${newState}" is not one of ["open", "closed"].`)
    const reason = optionalString(call.body, 'state_reason')
    if (reason !== undefined && !['completed', 'not_planned', 'reopened', 'duplicate'].includes(reason)) {
      throw invalidRequest(`For 'properties/state_reason', "${reason}" is not one of ["completed", "not_planned", "duplicate", "reopened", null].`)
    }
    if (title !== undefined) issue.title = title
    if (body !== undefined) issue.body = body
    const now = timestamp()
    if (newState === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closed_at = now
      issue.state_reason = (reason as Issue['state_reason']) ?? 'completed'
    } else if (newState === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closed_at = null
      issue.state_reason = 'reopened'
    } else if (reason !== undefined && issue.state === 'closed') issue.state_reason = reason as Issue['state_reason']
    issue.updated_at = now
    return { status: 200, body: issue }
  }

  const pullRequestJson = () => {
    const repoJson = (sha: string) => ({ full_name: `${owner}/${repo}`, name: repo, owner: { login: owner }, sha })
    return {
      url: apiPullUrl(),
      id: 100000 + pullNumber,
      node_id: `PR_${pullNumber}`,
      number: pullNumber,
      state: state.pullState === 'closed' ? 'closed' : 'open',
      title: 'Change the load balancers',
      body: null,
      user: { login: author, id: parseInt(sha1(author).slice(0, 7), 16), type: 'User' },
      html_url: htmlPullUrl,
      draft: false,
      merged: false,
      head: { label: `${author}:feature`, ref: 'feature', sha: state.headSha, repo: repoJson(state.headSha), user: { login: author } },
      base: { label: `${owner}:main`, ref: 'main', sha: baseSha, repo: repoJson(baseSha), user: { login: owner } }
    }
  }

  const fileJson = (file: FakeFile) => {
    const lines = file.patch === undefined ? [] : parsePatch(file.patch).flatMap((hunk) => hunk.lines)
    const additions = lines.filter((line) => line.kind === 'added').length
    const deletions = lines.filter((line) => line.kind === 'removed').length
    return {
      sha: sha1(`${file.filename}\n${file.patch ?? ''}`),
      filename: file.filename,
      status: file.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `https://github.com/${owner}/${repo}/blob/${state.headSha}/${file.filename}`,
      ...(file.patch === undefined ? {} : { patch: file.patch }),
      ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename })
    }
  }

  const repoPath = `/repos/${escapeRegExp(owner)}/${escapeRegExp(repo)}`
  const route = (method: string, path: string, pullScoped: boolean, handle: Route['handle']): Route => ({
    method,
    // Owner and repository names are case-insensitive on GitHub.
    pattern: new RegExp(`^${path.replace('{repo}', repoPath)}$`, 'i'),
    pullScoped,
    handle
  })
  const routes: Route[] = [
    route('GET', '/user', false, (call) => {
      if (call.token.app) throw forbidden()
      return { status: 200, body: call.user }
    }),
    route('GET', '{repo}/pulls/(\\d+)', true, () => ({ status: 200, body: pullRequestJson() })),
    route('GET', '{repo}/pulls/(\\d+)/files', true, (call) => paginate(state.files.slice(0, MAX_LISTED_FILES).map(fileJson), call)),
    route('GET', '{repo}/pulls/(\\d+)/comments', true, (call) => paginate(state.reviewComments, call)),
    route('POST', '{repo}/pulls/(\\d+)/comments', true, (call) => createReviewComment(call)),
    route('POST', '{repo}/pulls/(\\d+)/comments/(\\d+)/replies', true, (call, [, id]) => createReviewComment(call, reviewCommentById(id))),
    route('GET', '{repo}/pulls/(\\d+)/reviews', true, (call) =>
      paginate(
        state.reviews.filter((review) => review.state !== 'PENDING' || review.user.login === call.user.login).map(reviewJson),
        call
      )
    ),
    route('POST', '{repo}/pulls/(\\d+)/reviews', true, createReview),
    route('GET', '{repo}/pulls/(\\d+)/reviews/(\\d+)', true, (call, [, id]) => ({ status: 200, body: reviewJson(visibleReview(call, id)) })),
    route('PUT', '{repo}/pulls/(\\d+)/reviews/(\\d+)', true, (call, [, id]) => updateReview(call, id)),
    route('DELETE', '{repo}/pulls/(\\d+)/reviews/(\\d+)', true, (call, [, id]) => deleteReview(call, id)),
    route('POST', '{repo}/pulls/(\\d+)/reviews/(\\d+)/events', true, (call, [, id]) => submitReview(call, id)),
    route('GET', '{repo}/pulls/comments/(\\d+)', false, (_call, [id]) => ({ status: 200, body: reviewCommentById(id) })),
    route('PATCH', '{repo}/pulls/comments/(\\d+)', false, (call, [id]) => editComment(call, reviewCommentById(id), checkReviewCommentBody)),
    route('DELETE', '{repo}/pulls/comments/(\\d+)', false, (call, [id]) => deleteComment(call, state.reviewComments, reviewCommentById(id))),
    route('GET', '{repo}/issues', false, listIssues),
    route('POST', '{repo}/issues', false, createIssue),
    route('GET', '{repo}/issues/(\\d+)', false, (_call, [number]) => ({ status: 200, body: Number(number) === pullNumber ? pullAsIssueJson() : issueByNumber(number) })),
    route('PATCH', '{repo}/issues/(\\d+)', false, (call, [number]) => updateIssue(call, number)),
    { ...route('GET', '{repo}/issues/(\\d+)/comments', true, (call, [number]) => paginate(state.issueComments.filter((c) => c.issue_url === apiIssueUrl(Number(number))), call)), issueScoped: true },
    { ...route('POST', '{repo}/issues/(\\d+)/comments', true, (call, [number]) => {
      const body = requiredString(call.body, 'body')
      checkIssueCommentBody(body)
      const id = nextId++
      const now = timestamp()
      const comment: IssueComment = {
        id,
        node_id: `IC_${id}`,
        body,
        user: call.user,
        author_association: associationOf(call.token),
        created_at: now,
        updated_at: now,
        html_url: `${Number(number) === pullNumber ? htmlPullUrl : htmlIssueUrl(Number(number))}#issuecomment-${id}`,
        issue_url: apiIssueUrl(Number(number))
      }
      state.issueComments.push(comment)
      const issue = state.issues.find((candidate) => candidate.number === Number(number))
      if (issue) issue.comments++
      return { status: 201, body: comment }
    }), issueScoped: true },
    route('GET', '{repo}/issues/comments/(\\d+)', false, (_call, [id]) => ({ status: 200, body: issueCommentById(id) })),
    route('PATCH', '{repo}/issues/comments/(\\d+)', false, (call, [id]) => editComment(call, issueCommentById(id), checkIssueCommentBody)),
    route('DELETE', '{repo}/issues/comments/(\\d+)', false, (call, [id]) => deleteComment(call, state.issueComments, issueCommentById(id)))
  ]

  /** Only the author may edit a comment; the body keeps the limits of a new one. */
  function editComment<T extends ReviewComment | IssueComment>(call: Call, comment: T, checkBody: (body: string) => void): Answer {
    checkAuthor(call, comment)
    const body = requiredString(call.body, 'body')
    checkBody(body)
    comment.body = body
    comment.updated_at = timestamp()
    return { status: 200, body: comment }
  }

  function deleteComment<T extends ReviewComment | IssueComment>(call: Call, list: T[], comment: T): Answer {
    checkAuthor(call, comment)
    list.splice(list.indexOf(comment), 1)
    return { status: 204 }
  }

  /** Finds the route and checks it may be used; throws GitHub's 401, 403 or 404 otherwise. */
  function dispatch(method: string, requestUrl: URL, authorization: string | undefined, body: Record<string, unknown>): Answer {
    const tokenValue = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1]
    const token = tokenValue === undefined ? undefined : options.tokens[tokenValue]
    if (!token) throw new ApiError(401, { message: MESSAGES.badCredentials, documentation_url: DOCS, status: '401' })
    let path: string
    try {
      path = decodeURIComponent(requestUrl.pathname)
    } catch {
      throw notFound()
    }
    for (const candidate of routes) {
      const match = candidate.method === method ? candidate.pattern.exec(path) : null
      if (!match) continue
      const params = match.slice(1)
      // The repository's issues (not the pull request): the list, one issue, an issue's comments.
      const issueNumber = /\/issues(?:\/(\d+))?(?:\/comments)?$/.exec(path)?.[1]
      const onIssue = /\/issues(?:\/\d+)?$/.test(path) ? Number(issueNumber) !== pullNumber : candidate.issueScoped === true && Number(params[0]) !== pullNumber
      if (onIssue && candidate.issueScoped && !state.issues.some((issue) => issue.number === Number(params[0]))) throw notFound()
      if (!onIssue && candidate.pullScoped && Number(params[0]) !== pullNumber) throw notFound()
      // A deleted pull request takes its comments with it.
      if (state.pullState === 'deleted' && path !== '/user' && !onIssue) throw notFound()
      // Issues and their comments need issues permission; the pull request and its comments need write access.
      if (method !== 'GET' && !(onIssue ? (token.issues ?? token.write) : token.write)) throw forbidden()
      return candidate.handle({ method, url: requestUrl, token, user: userOf(token), body }, params)
    }
    throw notFound()
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const fault = faults.find((candidate) => {
      if (candidate.method !== undefined && candidate.method.toUpperCase() !== method) return false
      if (candidate.path) {
        candidate.path.lastIndex = 0
        if (!candidate.path.test(path)) return false
      }
      return true
    })
    if (!fault) return undefined
    const hitsLeft = (faultHitsLeft.get(fault) ?? fault.times ?? 1) - 1
    faultHitsLeft.set(fault, hitsLeft)
    if (hitsLeft <= 0) faults.splice(faults.indexOf(fault), 1)
    return fault
  }

  function commonHeaders(): Record<string, string> {
    rateLimitRemaining = Math.max(0, rateLimitRemaining - 1)
    return {
      'x-github-request-id': `F259:${(requests.length + 0x3de1d4).toString(16).toUpperCase()}:${sha1(String(Math.random())).slice(0, 8).toUpperCase()}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(rateLimitRemaining),
      'x-ratelimit-used': String(RATE_LIMIT - rateLimitRemaining),
      'x-ratelimit-reset': String(rateLimitReset),
      'x-ratelimit-resource': 'core'
    }
  }

  function send(res: ServerResponse, record: RequestRecord, answer: Answer, cut = false): void {
    record.status = answer.status
    if (res.destroyed || res.headersSent) return // the client gave up during a delay; what it asked for was still done
    const headers: Record<string, string> = { ...commonHeaders() }
    let payload = ''
    if (typeof answer.body === 'string') {
      headers['content-type'] = answer.body.trimStart().startsWith('<') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8'
      payload = answer.body
    } else if (answer.body !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8'
      payload = JSON.stringify(answer.body)
    }
    Object.assign(headers, answer.headers)
    if (cut) {
      // The length promised is the whole body; half of it arrives, then the connection ends.
      const bytes = Buffer.from(payload)
      res.writeHead(answer.status, { ...headers, 'content-length': String(bytes.length) })
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy())
      return
    }
    res.writeHead(answer.status, headers)
    res.end(payload)
  }

  function faultAnswer(fault: Fault & { status: number }): Answer {
    if (fault.body !== undefined) return { status: fault.status, body: fault.body, headers: fault.headers }
    let body: unknown
    if (fault.status === 502) {
      body = '<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head><body><p>We had issues producing the response to your request.</p></body></html>\n'
    } else if (fault.status === 429 || fault.status === 403) {
      body = { message: MESSAGES.secondaryRateLimit, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' }
    } else {
      body = { message: STATUS_CODES[fault.status] ?? 'Error', documentation_url: DOCS }
    }
    return { status: fault.status, body, headers: fault.headers }
  }

  /** Reads the body, keeping at most MAX_REQUEST_BYTES; the rest is drained so that the 413 reaches the client. */
  async function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk)
    }
    return { text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > MAX_REQUEST_BYTES }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
    const { method, path } = record
    knownHeadShas.add(state.headSha)

    const { text, tooLarge } = await readBody(req)
    let parsed: unknown
    let parseFailed = false
    if (text !== '') {
      try {
        parsed = JSON.parse(text)
      } catch {
        parseFailed = true
      }
      record.body = parseFailed ? text : parsed
    }

    const fault = takeFault(method, path)
    if (fault?.delayMs) await sleep(fault.delayMs)
    if (fault?.drop) {
      record.status = 0
      req.socket.destroy()
      return
    }
    if (fault?.status !== undefined) return send(res, record, faultAnswer({ ...fault, status: fault.status }), fault.cut)

    if (tooLarge) return send(res, record, { status: 413, body: { message: 'Payload Too Large', documentation_url: DOCS, status: '413' } })
    if (parseFailed || (parsed !== undefined && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)))) {
      return send(res, record, { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' } })
    }
    try {
      const requestUrl = new URL(path, url)
      send(res, record, dispatch(method, requestUrl, req.headers.authorization, (parsed ?? {}) as Record<string, unknown>), fault?.cut)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      send(res, record, { status: error.status, body: error.body })
    }
  }

  const server = createServer((req, res) => {
    const record: RequestRecord = { method: (req.method ?? 'GET').toUpperCase(), path: req.url ?? '/', status: 0 }
    requests.push(record)
    handle(req, res, record).catch((error: unknown) => {
      // A bug in the imitation, not a GitHub answer: make it loud.
      record.status = 500
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(`fake GitHub server error: ${error instanceof Error ? error.stack : String(error)}`)
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    state,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections() // keep-alive connections would hold close() open
      })
  }
}
