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
}

/** An HTTP failure reduced to what the publisher decides on. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string
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
        // GitHub asks for a second between content-creating requests, and the plugin keeps three
        // between those that notify people (comments, reviews); both scaled with the other waits.
        write: new Bottleneck.Group({ id: 'elb-ir-write', maxConcurrent: 1, minTime: options.retryBaseMs }),
        notifications: new Bottleneck.Group({ id: 'elb-ir-notifications', maxConcurrent: 1, minTime: 3 * options.retryBaseMs }),
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
      const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
      throw new GitHubError(status, `${what}: ${status ? `HTTP ${status} ` : ''}${message}`.slice(0, 500))
    }
  }
  const login = (user: { login?: string } | null | undefined) => (typeof user?.login === 'string' ? user.login : null)

  return {
    async login() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated()
        return login(data)
      } catch {
        return null
      }
    },
    pull: (number) =>
      call('reading the pull request', async () => {
        const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number })
        return { number: data.number, state: data.state, headSha: data.head.sha }
      }),
    pullFiles: (number) =>
      call('reading the pull request files', async () => {
        const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })
        return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch ?? undefined }))
      }),
    reviewComments: (number) =>
      call('reading the review comments', async () => {
        const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: number, per_page: 100 })
        return comments.map((c) => ({ id: c.id, body: c.body ?? '', path: c.path, line: c.line ?? null, user: login(c.user), inReplyTo: c.in_reply_to_id ?? null }))
      }),
    issueComments: (number) =>
      call('reading the pull request comments', async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 })
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
      })
  }
}
