// The GitHub REST calls the action makes, behind an interface so that the publisher does not depend on
// octokit. Retries (5xx, dropped connections) and rate limits (429, secondary limits) are handled by
// octokit's retry and throttling plugins; every attempt has a time limit.

import type { PullFile } from './diff.js'

export interface ReviewComment {
  id: number
  body: string
  path: string
  line: number | null
  user: string | null
  inReplyTo: number | null
}

export interface IssueComment {
  id: number
  body: string
  user: string | null
}

/** An issue of the repository (GitHub's issue list holds pull requests too: `pullRequest` marks them). */
export interface Issue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  user: string | null
  pullRequest: boolean
}

export interface IssueChange {
  body?: string
  state?: 'open' | 'closed'
  /** Why it was closed (`completed`) or that it was reopened (`reopened`). */
  stateReason?: 'completed' | 'reopened'
}

export interface PullRequest {
  number: number
  state: string
  headSha: string
}

export interface NewReviewComment {
  path: string
  line: number
  side: 'RIGHT'
  body: string
}

export interface GitHubApi {
  /** The token's own login, or null when the token cannot tell (an installation token). */
  login(): Promise<string | null>
  pull(number: number): Promise<PullRequest>
  pullFiles(number: number): Promise<PullFile[]>
  reviewComments(number: number): Promise<ReviewComment[]>
  issueComments(number: number): Promise<IssueComment[]>
  /** event COMMENT, or a pending review (event undefined) to test whether GitHub takes the comments. */
  createReview(number: number, review: { commitId: string; body: string; event?: 'COMMENT'; comments: NewReviewComment[] }): Promise<{ id: number }>
  deletePendingReview(number: number, reviewId: number): Promise<void>
  updateReviewComment(id: number, body: string): Promise<void>
  deleteReviewComment(id: number): Promise<void>
  createIssueComment(number: number, body: string): Promise<{ id: number }>
  updateIssueComment(id: number, body: string): Promise<void>
  /** Every issue (open and closed) that `creator` opened; the caller still checks the author of each. */
  issues(creator: string): Promise<Issue[]>
  createIssue(title: string, body: string): Promise<{ number: number }>
  updateIssue(number: number, change: IssueChange): Promise<void>
  /** A comment on an issue (the audit issue's closing note). */
  commentOnIssue(number: number, body: string): Promise<{ id: number }>
}

/** An HTTP failure reduced to what the publisher decides on. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** No answer within the time limit: unlike a 5xx or a dropped connection, the request may still be running. */
    readonly timedOut = false
  ) {
    super(message)
  }
}

export interface ClientOptions {
  token: string
  owner: string
  repo: string
  /** GITHUB_API_URL. */
  baseUrl: string
  /** One attempt's time limit. */
  timeoutMs: number
  /** Scales every wait between retries (1000 = GitHub's seconds). */
  retryBaseMs: number
  log: (line: string) => void
}

export async function createGitHubApi(options: ClientOptions): Promise<GitHubApi> {
  // Loaded on demand: the CLI never needs octokit.
  const [{ getOctokit }, { defaults }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import('@actions/github'),
    import('@actions/github/lib/utils'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    import('bottleneck/light.js')
  ])
  const proxyFetch = (defaults.request?.fetch ?? fetch) as typeof fetch
  const timedFetch: typeof fetch = (url, init) => {
    const limit = AbortSignal.timeout(options.timeoutMs)
    return proxyFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit })
  }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { ...defaults.request, fetch: timedFetch },
      retry: { retryAfterBaseValue: options.retryBaseMs },
      throttle: {
        // GitHub asks for a second between content-creating requests (at most 80 a minute), those that
        // notify people (comments, reviews) included; scaled with the other waits. A run makes a handful,
        // so the plugin's default of three seconds between notifying ones would only add up after faults.
        write: new Bottleneck.Group({ id: 'elb-ir-write', maxConcurrent: 1, minTime: options.retryBaseMs }),
        notifications: new Bottleneck.Group({ id: 'elb-ir-notifications', maxConcurrent: 1, minTime: options.retryBaseMs }),
        retryAfterBaseValue: options.retryBaseMs,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`GitHub rate limit on ${request.method} ${request.url}; ${retryAfter <= 60 && retryCount < 1 ? `retrying in ${retryAfter} s` : 'giving up'}`)
          return retryAfter <= 60 && retryCount < 1
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`GitHub secondary rate limit on ${request.method} ${request.url}; ${retryAfter <= 120 && retryCount < 2 ? `retrying in ${retryAfter} s` : 'giving up'}`)
          return retryAfter <= 120 && retryCount < 2
        }
      },
      log: { debug: () => {}, info: () => {}, warn: (message: string) => options.log(message), error: (message: string) => options.log(message) }
    },
    retry,
    throttling
  )
  const repo = { owner: options.owner, repo: options.repo }
  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      if (error instanceof GitHubError) throw error
      const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
      throw new GitHubError(status, `${what}: ${status ? `HTTP ${status} ` : ''}${message}`.slice(0, 500), isTimeout(error))
    }
  }
  const login = (user: { login?: string } | null | undefined) => (typeof user?.login === 'string' ? user.login : null)

  // Every page of a list must be read whole: a page that cannot be read is an error, never an empty
  // list (that would post everything again). The token goes only to the API's own origin, so a `next`
  // link elsewhere ends the listing with an error rather than a silently shorter list.
  const api = new URL(options.baseUrl)
  const apiPath = api.pathname.replace(/\/*$/, '/')
  const listAll = async <T>(what: string, firstPage: () => Promise<Page>): Promise<T[]> => {
    const items: T[] = []
    let page = await firstPage()
    for (;;) {
      if (!Array.isArray(page.data) || !page.data.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) {
        throw new GitHubError(page.status, `${what}: GitHub's answer could not be read (not a complete JSON list); nothing is posted, so that nothing is posted twice`)
      }
      items.push(...(page.data as T[]))
      const next = nextPageUrl(page.headers.link)
      if (next === null) return items
      let target: URL
      try {
        target = new URL(next, api)
      } catch {
        throw new GitHubError(page.status, `${what}: GitHub's link to the next page could not be read; nothing is posted`)
      }
      if (target.origin !== api.origin || !`${target.pathname}/`.startsWith(apiPath)) {
        throw new GitHubError(page.status, `${what}: the link to the next page leads away from ${api.origin} (to ${target.origin}); it is not followed with the token, and nothing is posted`)
      }
      page = await octokit.request({ method: 'GET', url: target.href })
    }
  }

  return {
    // An installation token (GITHUB_TOKEN) is refused with 403: it cannot tell its login. Any other
    // failure is an error, because guessing the login wrongly would miss our own comments.
    login: () =>
      call('reading the token\'s login', async () => {
        let data: unknown
        try {
          ;({ data } = await octokit.rest.users.getAuthenticated())
        } catch (error) {
          if ((error as { status?: unknown }).status === 403) return null
          throw error
        }
        const name = login(data as { login?: string })
        if (name === null) throw new GitHubError(200, 'reading the token\'s login: GitHub\'s answer could not be read; nothing is posted')
        return name
      }),
    pull: (number) =>
      call('reading the pull request', async () => {
        const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number })
        return { number: data.number, state: data.state, headSha: data.head.sha }
      }),
    pullFiles: (number) =>
      call('reading the pull request files', async () => {
        const files = await listAll<PullFileJson>('reading the pull request files', () => octokit.rest.pulls.listFiles({ ...repo, pull_number: number, per_page: 100 }))
        return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch ?? undefined }))
      }),
    reviewComments: (number) =>
      call('reading the review comments', async () => {
        const comments = await listAll<ReviewCommentJson>('reading the review comments', () => octokit.rest.pulls.listReviewComments({ ...repo, pull_number: number, per_page: 100 }))
        return comments.map((c) => ({ id: c.id, body: c.body ?? '', path: c.path, line: c.line ?? null, user: login(c.user), inReplyTo: c.in_reply_to_id ?? null }))
      }),
    issueComments: (number) =>
      call('reading the pull request comments', async () => {
        const comments = await listAll<IssueCommentJson>('reading the pull request comments', () => octokit.rest.issues.listComments({ ...repo, issue_number: number, per_page: 100 }))
        return comments.map((c) => ({ id: c.id, body: c.body ?? '', user: login(c.user) }))
      }),
    // Creating is not idempotent: a POST that timed out may have been carried out. These two are not
    // retried here; the publisher looks whether the comment arrived before it tries again.
    createReview: (number, review) =>
      call('posting the review', async () => {
        const { data } = await octokit.rest.pulls.createReview({ ...repo, pull_number: number, commit_id: review.commitId, body: review.body, event: review.event, comments: review.comments, request: { retries: 0 } })
        return { id: data.id }
      }),
    deletePendingReview: (number, reviewId) =>
      call('deleting a pending review', async () => {
        await octokit.rest.pulls.deletePendingReview({ ...repo, pull_number: number, review_id: reviewId })
      }),
    updateReviewComment: (id, body) =>
      call('updating a review comment', async () => {
        await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: id, body })
      }),
    deleteReviewComment: (id) =>
      call('deleting a review comment', async () => {
        await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: id })
      }),
    createIssueComment: (number, body) =>
      call('posting the summary comment', async () => {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body, request: { retries: 0 } })
        return { id: data.id }
      }),
    updateIssueComment: (id, body) =>
      call('updating the summary comment', async () => {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })
      }),
    // GitHub filters by author on its side; a filter it ignored would only make the list longer, so the
    // author is checked again by the caller.
    issues: (creator) =>
      call('reading the issues', async () => {
        const issues = await listAll<IssueJson>('reading the issues', () => octokit.rest.issues.listForRepo({ ...repo, state: 'all', creator, per_page: 100 }))
        return issues.map((i) => ({ number: i.number, title: i.title ?? '', body: i.body ?? '', state: i.state === 'closed' ? 'closed' : 'open', user: login(i.user), pullRequest: i.pull_request !== undefined && i.pull_request !== null }))
      }),
    // Not retried here, as for comments: the caller looks whether the issue arrived before it tries again.
    createIssue: (title, body) =>
      call('opening the audit issue', async () => {
        const { data } = await octokit.rest.issues.create({ ...repo, title, body, request: { retries: 0 } })
        return { number: data.number }
      }),
    updateIssue: (number, change) =>
      call('updating the audit issue', async () => {
        await octokit.rest.issues.update({ ...repo, issue_number: number, ...(change.body === undefined ? {} : { body: change.body }), ...(change.state === undefined ? {} : { state: change.state }), ...(change.stateReason === undefined ? {} : { state_reason: change.stateReason }) })
      }),
    commentOnIssue: (number, body) =>
      call('commenting on the audit issue', async () => {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body, request: { retries: 0 } })
        return { id: data.id }
      })
  }
}

interface Page {
  status: number
  data: unknown
  headers: { link?: string }
}

type UserJson = { login?: string } | null
interface PullFileJson {
  filename: string
  status: PullFile['status']
  patch?: string
}
interface ReviewCommentJson {
  id: number
  body?: string
  path: string
  line?: number | null
  user: UserJson
  in_reply_to_id?: number
}
interface IssueJson {
  number: number
  title?: string
  body?: string | null
  state?: string
  user: UserJson
  pull_request?: unknown
}
interface IssueCommentJson {
  id: number
  body?: string
  user: UserJson
}

/** The `rel="next"` target of a Link header, or null on the last page. */
function nextPageUrl(link: string | undefined): string | null {
  if (!link) return null
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim())
    if (match && /(?:^|;)\s*rel="?(?:[^"]*\s)?next(?:\s[^"]*)?"?\s*(?:;|$)/.test(match[2])) return match[1]
  }
  return null
}

/** A request cut off by our own time limit (fetch aborts with a TimeoutError, which octokit wraps). */
function isTimeout(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; cause = (cause as { cause?: unknown }).cause, depth++) {
    if ((cause as { name?: unknown }).name === 'TimeoutError') return true
  }
  return false
}
