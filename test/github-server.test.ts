import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  addedFilePatch,
  linesOnSide,
  MESSAGES,
  modifiedFilePatch,
  parsePatch,
  startGitHubServer,
  type FakeFile,
  type FakeGitHub,
  type GitHubServerOptions
} from './helpers/github-server.js'

/** Lines "line 1" … "line N", each ending with a newline. */
const numberedLines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}\n`).join('')

const FILES: FakeFile[] = [
  // Lines 10 is new; the hunk shows lines 7..13 of the new file.
  { filename: 'main.tf', status: 'modified', patch: modifiedFilePatch(numberedLines(20), [10]) },
  { filename: 'lb.tf', status: 'added', patch: addedFilePatch(numberedLines(5)) },
  // Lines 2 and 3 of the old file are replaced by line 2 of the new one.
  { filename: 'old.tf', status: 'modified', patch: '@@ -1,4 +1,3 @@\n a\n-b\n-c\n+B\n d' },
  // Two hunks: new lines 2..8 and 22..28.
  { filename: 'multi.tf', status: 'modified', patch: modifiedFilePatch(numberedLines(30), [5, 25]) },
  // Binary: GitHub sends no patch.
  { filename: 'logo.png', status: 'modified' }
]

const TOKENS: GitHubServerOptions['tokens'] = {
  'bot-token': { login: 'github-actions[bot]', write: true, app: true },
  'fork-token': { login: 'github-actions[bot]', write: false, app: true },
  'alice-token': { login: 'alice', write: true },
  'bob-token': { login: 'bob', write: true }
}

/** the server the `api` helper talks to: the one started last */
let github: FakeGitHub
const running: FakeGitHub[] = []

async function start(options: Partial<GitHubServerOptions> = {}): Promise<FakeGitHub> {
  github = await startGitHubServer({ files: FILES, tokens: TOKENS, ...options })
  running.push(github)
  return github
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()))
})

interface ApiAnswer {
  status: number
  headers: Headers
  /** the parsed JSON body, or the text when it is not JSON, or undefined when empty */
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One request to the fake server with plain fetch; `token: null` sends no authorization header. */
async function api(method: string, path: string, options: { token?: string | null; body?: unknown; scheme?: string } = {}): Promise<ApiAnswer> {
  const token = options.token === undefined ? 'bot-token' : options.token
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' }
  if (token !== null) headers.authorization = `${options.scheme ?? 'token'} ${token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  })
  const text = await response.text()
  let body: unknown = text === '' ? undefined : text
  if (response.headers.get('content-type')?.startsWith('application/json')) body = JSON.parse(text)
  return { status: response.status, headers: response.headers, body }
}

const PULL = '/repos/acme/infra/pulls/7'
const ISSUE = '/repos/acme/infra/issues/7'
const comment = (path: string, line: number, extra: Record<string, unknown> = {}) => ({ path, line, body: `note on ${path}:${line}`, ...extra })

describe('authentication', () => {
  beforeEach(() => start())

  it('answers 401 Bad credentials without a token or with an unknown one', async () => {
    for (const token of [null, 'no-such-token']) {
      const answer = await api('GET', `${PULL}/files`, { token })
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })
    }
  })

  it('accepts both the token and the Bearer scheme', async () => {
    expect((await api('GET', PULL, { scheme: 'token' })).status).toBe(200)
    expect((await api('GET', PULL, { scheme: 'Bearer' })).status).toBe(200)
    expect((await api('GET', PULL, { scheme: 'Basic' })).status).toBe(401)
  })

  it('refuses writes with a read-only token with 403, and creates nothing', async () => {
    const review = await api('POST', `${PULL}/reviews`, { token: 'fork-token', body: { event: 'COMMENT', body: 'hi' } })
    const issueComment = await api('POST', `${ISSUE}/comments`, { token: 'fork-token', body: { body: 'hi' } })
    for (const answer of [review, issueComment]) {
      expect(answer.status).toBe(403)
      expect(answer.body.message).toBe('Resource not accessible by integration')
    }
    expect(github.state.reviews).toEqual([])
    expect(github.state.issueComments).toEqual([])
    // Reading is still allowed.
    expect((await api('GET', `${PULL}/comments`, { token: 'fork-token' })).status).toBe(200)
  })

  it('answers GET /user for a user token and 403 for an installation token', async () => {
    const user = await api('GET', '/user', { token: 'alice-token' })
    expect(user.status).toBe(200)
    expect(user.body).toMatchObject({ login: 'alice', type: 'User' })
    const app = await api('GET', '/user', { token: 'bot-token' })
    expect(app.status).toBe(403)
    expect(app.body.message).toBe('Resource not accessible by integration')
  })
})

describe('responses', () => {
  beforeEach(() => start())

  it('sends JSON with rate-limit and request-id headers, counting the remaining requests down', async () => {
    const first = await api('GET', PULL)
    const second = await api('GET', PULL)
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(first.headers.get('x-ratelimit-resource')).toBe('core')
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    expect(first.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+)+$/)
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(Number(first.headers.get('x-ratelimit-remaining')) - 1)
  })

  it('logs every request with the status it was answered', async () => {
    await api('GET', PULL)
    await api('POST', `${ISSUE}/comments`, { body: { body: 'hello' } })
    await api('GET', '/nowhere')
    expect(github.requests).toEqual([
      { method: 'GET', path: PULL, status: 200 },
      { method: 'POST', path: `${ISSUE}/comments`, status: 201, body: { body: 'hello' } },
      { method: 'GET', path: '/nowhere', status: 404 }
    ])
  })

  it('answers 400 to a body that is not JSON and 413 to one over 1 MB', async () => {
    expect((await api('POST', `${ISSUE}/comments`, { body: '{not json' })).status).toBe(400)
    const huge = await api('POST', `${ISSUE}/comments`, { body: { body: 'x'.repeat(1024 * 1024) } })
    expect(huge.status).toBe(413)
    expect(github.state.issueComments).toEqual([])
  })
})

describe('routes', () => {
  it('knows only the configured repository and pull request', async () => {
    await start()
    expect((await api('GET', '/repos/acme/other/pulls/7')).status).toBe(404)
    expect((await api('GET', '/repos/acme/infra/pulls/8')).status).toBe(404)
    expect((await api('GET', '/repos/acme/infra/issues/8/comments')).status).toBe(404)
    expect((await api('PUT', `${PULL}/files`)).status).toBe(404)
    const unknown = await api('GET', '/repos/acme/infra/branches')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({ message: 'Not Found' })
  })

  it('describes the pull request with its head and base', async () => {
    await start({ headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), pullState: 'closed' })
    const pull = await api('GET', PULL)
    expect(pull.status).toBe(200)
    expect(pull.body).toMatchObject({
      number: 7,
      state: 'closed',
      html_url: 'https://github.com/acme/infra/pull/7',
      user: { login: 'contributor' },
      head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: 'acme/infra' } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/infra' } }
    })
  })

  it('answers 404 on every pull request and issue route of a deleted pull request', async () => {
    await start({ pullState: 'deleted' })
    for (const path of [PULL, `${PULL}/files`, `${PULL}/comments`, `${ISSUE}/comments`]) {
      expect((await api('GET', path)).status, path).toBe(404)
    }
    expect((await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 'x' } })).status).toBe(404)
    expect((await api('POST', `${ISSUE}/comments`, { body: { body: 'x' } })).status).toBe(404)
  })
})

describe('files', () => {
  beforeEach(() => start())

  it('lists the files with counts, and leaves out the patch where GitHub has none', async () => {
    const files = await api('GET', `${PULL}/files`)
    expect(files.status).toBe(200)
    expect(files.body.map((file: { filename: string }) => file.filename)).toEqual(FILES.map((file) => file.filename))
    expect(files.body[0]).toMatchObject({ filename: 'main.tf', status: 'modified', additions: 1, deletions: 0, changes: 1, patch: FILES[0].patch })
    expect(files.body[2]).toMatchObject({ filename: 'old.tf', additions: 1, deletions: 2, changes: 3 })
    expect(files.body[0].sha).toMatch(/^[0-9a-f]{40}$/)
    expect(files.body[4]).not.toHaveProperty('patch')
  })
})

describe('pagination', () => {
  const manyFiles = Array.from({ length: 7 }, (_, index): FakeFile => ({ filename: `f${index + 1}.tf`, status: 'added', patch: addedFilePatch('x\n') }))

  it('splits a list into pages with GitHub Link headers', async () => {
    await start({ files: manyFiles })
    const link = (page: number) => `<${github.url}${PULL}/files?per_page=3&page=${page}>`
    const page1 = await api('GET', `${PULL}/files?per_page=3`)
    const page2 = await api('GET', `${PULL}/files?per_page=3&page=2`)
    const page3 = await api('GET', `${PULL}/files?per_page=3&page=3`)
    expect(page1.body.map((file: { filename: string }) => file.filename)).toEqual(['f1.tf', 'f2.tf', 'f3.tf'])
    expect(page2.body.map((file: { filename: string }) => file.filename)).toEqual(['f4.tf', 'f5.tf', 'f6.tf'])
    expect(page3.body.map((file: { filename: string }) => file.filename)).toEqual(['f7.tf'])
    expect(page1.headers.get('link')).toBe(`${link(2)}; rel="next", ${link(3)}; rel="last"`)
    expect(page2.headers.get('link')).toBe(`${link(1)}; rel="prev", ${link(3)}; rel="next", ${link(3)}; rel="last", ${link(1)}; rel="first"`)
    expect(page3.headers.get('link')).not.toContain('rel="next"')
  })

  it('sends no Link header when everything fits on one page', async () => {
    await start({ files: manyFiles })
    const all = await api('GET', `${PULL}/files`)
    expect(all.body).toHaveLength(7)
    expect(all.headers.get('link')).toBeNull()
  })

  it('caps per_page at the configured page size', async () => {
    await start({ files: manyFiles, pageSize: 2 })
    const page = await api('GET', `${PULL}/files?per_page=100`)
    expect(page.body).toHaveLength(2)
    expect(page.headers.get('link')).toContain('page=4>; rel="last"')
  })

  it('pages issue comments too', async () => {
    await start({ pageSize: 2 })
    for (const text of ['one', 'two', 'three']) await api('POST', `${ISSUE}/comments`, { body: { body: text } })
    const page2 = await api('GET', `${ISSUE}/comments?page=2`)
    expect(page2.body.map((c: { body: string }) => c.body)).toEqual(['three'])
  })
})

describe('creating reviews', () => {
  beforeEach(() => start())

  it('rejects a review with a line outside the diff with 422, and creates nothing of it', async () => {
    const answer = await api('POST', `${PULL}/reviews`, {
      body: { event: 'COMMENT', body: 'summary', comments: [comment('main.tf', 10), comment('main.tf', 14)] }
    })
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({
      message: 'Unprocessable Entity',
      errors: ['Pull request review thread line must be part of the diff'],
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '422'
    })
    expect(github.state.reviews).toEqual([])
    expect(github.state.reviewComments).toEqual([])
  })

  it('rejects a path the pull request does not change and a file without a patch', async () => {
    const unknownPath = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 's', comments: [comment('nope.tf', 1)] } })
    expect(unknownPath.status).toBe(422)
    expect(unknownPath.body.errors).toEqual([MESSAGES.pathInvalid])
    const binary = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 's', comments: [comment('logo.png', 1)] } })
    expect(binary.status).toBe(422)
    expect(binary.body.errors).toEqual([MESSAGES.lineNotInDiff])
  })

  it('numbers RIGHT lines in the new file and LEFT lines in the old one', async () => {
    // old.tf: old lines 1..4 (a b c d), new lines 1..3 (a B d); line 4 exists only on the LEFT.
    expect((await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 's', comments: [comment('old.tf', 4)] } })).status).toBe(422)
    const left = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 's', comments: [comment('old.tf', 4, { side: 'LEFT' })] } })
    expect(left.status).toBe(200)
    expect(github.state.reviewComments.map((c) => [c.line, c.side])).toEqual([[4, 'LEFT']])
  })

  it('creates a review whose comments GET .../comments lists', async () => {
    const answer = await api('POST', `${PULL}/reviews`, {
      body: { commit_id: github.state.headSha, event: 'COMMENT', body: 'summary', comments: [comment('main.tf', 10), comment('lb.tf', 5)] }
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ id: 1000, state: 'COMMENTED', body: 'summary', commit_id: github.state.headSha, user: { login: 'github-actions[bot]', type: 'Bot' } })
    const listed = await api('GET', `${PULL}/comments`)
    expect(listed.body).toHaveLength(2)
    expect(listed.body[0]).toMatchObject({
      id: 1001,
      pull_request_review_id: 1000,
      path: 'main.tf',
      line: 10,
      side: 'RIGHT',
      start_line: null,
      original_line: 10,
      commit_id: github.state.headSha,
      body: 'note on main.tf:10',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: 'https://github.com/acme/infra/pull/7#discussion_r1001'
    })
    expect(listed.body[0].diff_hunk).toBe('@@ -7,6 +7,7 @@\n line 7\n line 8\n line 9\n+line 10')
    expect(listed.body[1]).toMatchObject({ id: 1002, path: 'lb.tf', line: 5 })
  })

  it('accepts a multi-line comment whose start_line precedes line in the same hunk', async () => {
    const answer = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', comments: [comment('multi.tf', 8, { start_line: 2 })] } })
    expect(answer.status).toBe(200)
    expect(github.state.reviewComments[0]).toMatchObject({ start_line: 2, start_side: 'RIGHT', line: 8 })
  })

  it('rejects a start_line that does not precede line, or lies in another hunk', async () => {
    const notBefore = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', comments: [comment('multi.tf', 5, { start_line: 5 })] } })
    expect(notBefore.status).toBe(422)
    expect(notBefore.body.errors).toEqual([MESSAGES.startLineNotBefore])
    const otherHunk = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', comments: [comment('multi.tf', 25, { start_line: 5 })] } })
    expect(otherHunk.status).toBe(422)
    expect(otherHunk.body.errors).toEqual(['Pull request review thread start line must be part of the same hunk as the line.'])
    expect(github.state.reviewComments).toEqual([])
  })

  it('joins different problems into one error, as GitHub does', async () => {
    const answer = await api('POST', `${PULL}/reviews`, {
      body: { event: 'COMMENT', comments: [comment('main.tf', 1), comment('multi.tf', 25, { start_line: 5 })] }
    })
    expect(answer.body.errors).toEqual([`${MESSAGES.lineNotInDiff} and ${MESSAGES.startLineNotInHunk}`])
  })

  it('allows comment bodies of 65536 characters and rejects 65537', async () => {
    const tooLong = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', comments: [{ path: 'main.tf', line: 10, body: 'x'.repeat(65537) }] } })
    expect(tooLong.status).toBe(422)
    expect(tooLong.body.errors).toEqual(['body is too long (maximum is 65536 characters)'])
    expect(github.state.reviews).toEqual([])
    const longest = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', comments: [{ path: 'main.tf', line: 10, body: 'x'.repeat(65536) }] } })
    expect(longest.status).toBe(200)
  })

  it('rejects a review body over 65536 characters', async () => {
    const answer = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 'y'.repeat(65537) } })
    expect(answer.status).toBe(422)
    expect(github.state.reviews).toEqual([])
  })

  it('checks the event and requires a body to request changes or to comment without comments', async () => {
    expect((await api('POST', `${PULL}/reviews`, { body: { event: 'SHOUT', body: 'x' } })).status).toBe(422)
    const noBody = await api('POST', `${PULL}/reviews`, { body: { event: 'REQUEST_CHANGES', comments: [comment('main.tf', 10)] } })
    expect(noBody.status).toBe(422)
    expect(noBody.body.errors).toEqual([MESSAGES.bodyRequired])
    expect((await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: '' } })).status).toBe(422)
    expect(github.state.reviews).toEqual([])
    const commentsOnly = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', comments: [comment('main.tf', 10)] } })
    expect(commentsOnly.status).toBe(200)
  })

  it('refuses a commit_id that was never the head of the pull request, and accepts an earlier head', async () => {
    const unknown = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 'x', commit_id: 'f'.repeat(40) } })
    expect(unknown.status).toBe(422)
    const earlierHead = github.state.headSha
    github.state.headSha = 'c'.repeat(40) // a push
    const onEarlierHead = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 'x', commit_id: earlierHead } })
    expect(onEarlierHead.status).toBe(200)
    const defaulted = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 'x' } })
    expect(defaulted.body.commit_id).toBe('c'.repeat(40))
  })

  it('does not let the author of the pull request approve it', async () => {
    await start({ author: 'alice' })
    const answer = await api('POST', `${PULL}/reviews`, { token: 'alice-token', body: { event: 'APPROVE' } })
    expect(answer.status).toBe(422)
    expect((await api('POST', `${PULL}/reviews`, { token: 'bob-token', body: { event: 'APPROVE' } })).status).toBe(200)
  })
})

describe('pending reviews', () => {
  beforeEach(() => start())

  it('keeps the comments of a pending review out of the list until it is submitted', async () => {
    const pending = await api('POST', `${PULL}/reviews`, { body: { comments: [comment('main.tf', 10)] } })
    expect(pending.status).toBe(200)
    expect(pending.body.state).toBe('PENDING')
    expect(pending.body).not.toHaveProperty('submitted_at')
    expect((await api('GET', `${PULL}/comments`)).body).toEqual([])
    expect(github.state.reviews[0].pendingComments).toHaveLength(1)

    const submitted = await api('POST', `${PULL}/reviews/${pending.body.id}/events`, { body: { event: 'COMMENT', body: 'done' } })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ state: 'COMMENTED', body: 'done' })
    expect((await api('GET', `${PULL}/comments`)).body.map((c: { line: number }) => c.line)).toEqual([10])
  })

  it('allows one pending review per user: any further review is refused', async () => {
    expect((await api('POST', `${PULL}/reviews`, { body: {} })).status).toBe(200)
    for (const body of [{}, { event: 'COMMENT', body: 'submitted at once' }]) {
      const second = await api('POST', `${PULL}/reviews`, { body })
      expect(second.status).toBe(422)
      expect(second.body.errors).toEqual(['User can only have one pending review per pull request'])
    }
    // Another user is not affected.
    expect((await api('POST', `${PULL}/reviews`, { token: 'alice-token', body: {} })).status).toBe(200)
    expect(github.state.reviews).toHaveLength(2)
  })

  it('deletes a pending review, after which a new one may be created', async () => {
    const pending = await api('POST', `${PULL}/reviews`, { body: { comments: [comment('main.tf', 10)] } })
    const deleted = await api('DELETE', `${PULL}/reviews/${pending.body.id}`)
    expect(deleted.status).toBe(200)
    expect(deleted.body).toMatchObject({ id: pending.body.id, state: 'PENDING' })
    expect(github.state.reviews).toEqual([])
    expect((await api('POST', `${PULL}/reviews`, { body: {} })).status).toBe(200)
  })

  it('refuses to delete a submitted review, and hides others\u2019 pending reviews', async () => {
    const submitted = await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', body: 'x' } })
    const refused = await api('DELETE', `${PULL}/reviews/${submitted.body.id}`)
    expect(refused.status).toBe(422)
    expect(refused.body.errors).toEqual([MESSAGES.deleteNonPending])

    const alicePending = await api('POST', `${PULL}/reviews`, { token: 'alice-token', body: {} })
    expect((await api('DELETE', `${PULL}/reviews/${alicePending.body.id}`, { token: 'bob-token' })).status).toBe(404)
    expect((await api('GET', `${PULL}/reviews`, { token: 'bob-token' })).body.map((r: { id: number }) => r.id)).toEqual([submitted.body.id])
    expect(github.state.reviews).toHaveLength(2)
  })
})

describe('editing and deleting comments', () => {
  beforeEach(() => start())

  async function reviewCommentBy(token: string): Promise<number> {
    const review = await api('POST', `${PULL}/reviews`, { token, body: { event: 'COMMENT', comments: [comment('main.tf', 10)] } })
    expect(review.status).toBe(200)
    return github.state.reviewComments.at(-1)!.id
  }

  async function issueCommentBy(token: string): Promise<number> {
    const created = await api('POST', `${ISSUE}/comments`, { token, body: { body: 'first' } })
    expect(created.status).toBe(201)
    return created.body.id
  }

  it('lets the author edit a review comment and refuses others with 403', async () => {
    const id = await reviewCommentBy('alice-token')
    const byBob = await api('PATCH', `/repos/acme/infra/pulls/comments/${id}`, { token: 'bob-token', body: { body: 'hacked' } })
    expect(byBob.status).toBe(403)
    expect(github.state.reviewComments[0].body).toBe('note on main.tf:10')
    const byAlice = await api('PATCH', `/repos/acme/infra/pulls/comments/${id}`, { token: 'alice-token', body: { body: 'edited' } })
    expect(byAlice.status).toBe(200)
    expect(byAlice.body.body).toBe('edited')
    expect((await api('GET', `${PULL}/comments`)).body[0].body).toBe('edited')
  })

  it('refuses an edit over 65536 characters and answers 404 for unknown comments', async () => {
    const id = await reviewCommentBy('alice-token')
    const tooLong = await api('PATCH', `/repos/acme/infra/pulls/comments/${id}`, { token: 'alice-token', body: { body: 'x'.repeat(65537) } })
    expect(tooLong.status).toBe(422)
    expect(github.state.reviewComments[0].body).toBe('note on main.tf:10')
    expect((await api('PATCH', '/repos/acme/infra/pulls/comments/99999', { token: 'alice-token', body: { body: 'x' } })).status).toBe(404)
    expect((await api('DELETE', '/repos/acme/infra/pulls/comments/99999', { token: 'alice-token' })).status).toBe(404)
  })

  it('lets only the author delete a review comment', async () => {
    const id = await reviewCommentBy('alice-token')
    expect((await api('DELETE', `/repos/acme/infra/pulls/comments/${id}`, { token: 'bob-token' })).status).toBe(403)
    expect(github.state.reviewComments).toHaveLength(1)
    const deleted = await api('DELETE', `/repos/acme/infra/pulls/comments/${id}`, { token: 'alice-token' })
    expect(deleted.status).toBe(204)
    expect(deleted.body).toBeUndefined()
    expect(github.state.reviewComments).toEqual([])
  })

  it('creates issue comments and refuses empty or over-long bodies', async () => {
    const created = await api('POST', `${ISSUE}/comments`, { body: { body: 'summary' } })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ id: 1000, body: 'summary', user: { login: 'github-actions[bot]' }, html_url: 'https://github.com/acme/infra/pull/7#issuecomment-1000' })
    expect((await api('POST', `${ISSUE}/comments`, { body: { body: '' } })).status).toBe(422)
    const tooLong = await api('POST', `${ISSUE}/comments`, { body: { body: 'x'.repeat(65537) } })
    expect(tooLong.status).toBe(422)
    expect(tooLong.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }]
    })
    expect(github.state.issueComments.map((c) => c.body)).toEqual(['summary'])
  })

  it('lets only the author edit or delete an issue comment', async () => {
    const id = await issueCommentBy('alice-token')
    expect((await api('PATCH', `/repos/acme/infra/issues/comments/${id}`, { token: 'bob-token', body: { body: 'x' } })).status).toBe(403)
    expect((await api('DELETE', `/repos/acme/infra/issues/comments/${id}`, { token: 'bob-token' })).status).toBe(403)
    expect(github.state.issueComments[0].body).toBe('first')
    expect((await api('PATCH', `/repos/acme/infra/issues/comments/${id}`, { token: 'alice-token', body: { body: 'second' } })).status).toBe(200)
    expect(github.state.issueComments[0].body).toBe('second')
    expect((await api('DELETE', `/repos/acme/infra/issues/comments/${id}`, { token: 'alice-token' })).status).toBe(204)
    expect(github.state.issueComments).toEqual([])
  })

  it('threads a reply under the comment it answers', async () => {
    const id = await reviewCommentBy('alice-token')
    const reply = await api('POST', `${PULL}/comments/${id}/replies`, { token: 'bob-token', body: { body: 'agreed' } })
    expect(reply.status).toBe(201)
    expect(reply.body).toMatchObject({ in_reply_to_id: id, path: 'main.tf', line: 10, user: { login: 'bob' } })
    expect((await api('POST', `${PULL}/comments/99999/replies`, { token: 'bob-token', body: { body: 'x' } })).status).toBe(404)
  })
})

describe('faults', () => {
  beforeEach(() => start())

  it('answers a 502 once and then normally', async () => {
    github.faults.push({ path: /\/files/, status: 502 })
    const failed = await api('GET', `${PULL}/files`)
    expect(failed.status).toBe(502)
    expect(failed.headers.get('content-type')).toContain('text/html')
    expect((await api('GET', `${PULL}/files`)).status).toBe(200)
    expect(github.requests.map((request) => request.status)).toEqual([502, 200])
    expect(github.faults).toEqual([])
  })

  it('hits only matching requests, as many times as asked', async () => {
    github.faults.push({ method: 'POST', path: /\/reviews$/, status: 500, times: 2 })
    expect((await api('GET', `${PULL}/files`)).status).toBe(200)
    const review = { event: 'COMMENT', body: 'x' }
    expect((await api('POST', `${PULL}/reviews`, { body: review })).status).toBe(500)
    expect((await api('POST', `${PULL}/reviews`, { body: review })).status).toBe(500)
    expect((await api('POST', `${PULL}/reviews`, { body: review })).status).toBe(200)
    expect(github.state.reviews).toHaveLength(1)
  })

  it('answers 429 with a secondary rate limit message and the given retry-after header', async () => {
    github.faults.push({ status: 429, headers: { 'retry-after': '1' } })
    const limited = await api('GET', PULL)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(limited.body.message).toBe('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.')
  })

  it('drops the connection so that fetch rejects, and logs status 0', async () => {
    github.faults.push({ drop: true })
    await expect(api('GET', PULL)).rejects.toThrow()
    expect(github.requests).toEqual([{ method: 'GET', path: PULL, status: 0 }])
    expect((await api('GET', PULL)).status).toBe(200)
  })

  it('delays the answer, then answers normally', async () => {
    github.faults.push({ delayMs: 300 })
    const started = Date.now()
    const answer = await api('GET', PULL)
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    expect(answer.status).toBe(200)
  })

  it('still carries out a request whose client gave up during a delay, as GitHub would', async () => {
    github.faults.push({ delayMs: 300 })
    const request = fetch(`${github.url}${ISSUE}/comments`, {
      method: 'POST',
      headers: { authorization: 'token bot-token' },
      body: JSON.stringify({ body: 'maybe twice' }),
      signal: AbortSignal.timeout(50)
    })
    await expect(request).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(github.state.issueComments.map((c) => c.body)).toEqual(['maybe twice'])
  })
})

describe('patch helpers', () => {
  it('builds the patch of an added file', () => {
    expect(addedFilePatch('a\nb\nc\n')).toBe('@@ -0,0 +1,3 @@\n+a\n+b\n+c')
    expect(addedFilePatch('only\n')).toBe('@@ -0,0 +1 @@\n+only')
    expect(addedFilePatch('no newline')).toBe('@@ -0,0 +1 @@\n+no newline\n\\ No newline at end of file')
    expect([...linesOnSide(addedFilePatch(numberedLines(4)), 'RIGHT')]).toEqual([1, 2, 3, 4])
    expect(linesOnSide(addedFilePatch(numberedLines(4)), 'LEFT').size).toBe(0)
  })

  it('shows a changed line with three lines of context either side', () => {
    const patch = modifiedFilePatch(numberedLines(20), [10])
    expect(patch.split('\n')[0]).toBe('@@ -7,6 +7,7 @@')
    expect([...linesOnSide(patch, 'RIGHT')]).toEqual([7, 8, 9, 10, 11, 12, 13])
    expect([...linesOnSide(patch, 'LEFT')]).toEqual([7, 8, 9, 10, 11, 12])
    expect(patch.split('\n').filter((line) => line.startsWith('+'))).toEqual(['+line 10'])
  })

  it('merges hunks whose context touches and keeps distant ones apart', () => {
    const merged = parsePatch(modifiedFilePatch(numberedLines(30), [10, 17]))
    expect(merged.map((hunk) => hunk.header)).toEqual(['@@ -7,12 +7,14 @@'])
    const apart = parsePatch(modifiedFilePatch(numberedLines(30), [10, 18]))
    expect(apart.map((hunk) => hunk.header)).toEqual(['@@ -7,6 +7,7 @@', '@@ -14,6 +15,7 @@'])
  })

  it('clips context at the ends of the file', () => {
    expect(modifiedFilePatch(numberedLines(5), [1]).split('\n')[0]).toBe('@@ -1,3 +1,4 @@')
    expect(modifiedFilePatch(numberedLines(5), [5]).split('\n')[0]).toBe('@@ -2,3 +2,4 @@')
    expect(modifiedFilePatch(numberedLines(2), [1, 2], 3).split('\n')[0]).toBe('@@ -0,0 +1,2 @@')
    expect(modifiedFilePatch(numberedLines(20), [10], 0)).toBe('@@ -9,0 +10 @@\n+line 10')
  })

  it('refuses changed lines outside the file and patches whose headers lie', () => {
    expect(() => modifiedFilePatch(numberedLines(5), [6])).toThrow(RangeError)
    expect(() => parsePatch('@@ -1,2 +1,2 @@\n a')).toThrow(/1 old and 1 new/)
  })

  it('yields patches whose lines the server accepts exactly', async () => {
    await start({ files: [{ filename: 'main.tf', status: 'modified', patch: modifiedFilePatch(numberedLines(20), [10]) }] })
    const statusFor = async (line: number) =>
      (await api('POST', `${PULL}/reviews`, { body: { event: 'COMMENT', comments: [comment('main.tf', line)] } })).status
    expect(await statusFor(6)).toBe(422)
    expect(await statusFor(7)).toBe(200)
    expect(await statusFor(13)).toBe(200)
    expect(await statusFor(14)).toBe(422)
  })
})

describe('issues', () => {
  const ISSUES = '/repos/acme/infra/issues'
  const open = async (token: string, title: string, body = 'text') => (await api('POST', ISSUES, { token, body: { title, body } })).body

  it('creates numbered issues after the pull request, and lists them with the pull request marked by pull_request', async () => {
    await start()
    const created = await api('POST', ISSUES, { body: { title: 'Audit', body: 'findings' } })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ number: 8, state: 'open', state_reason: null, title: 'Audit', body: 'findings', user: { login: 'github-actions[bot]', type: 'Bot' } })
    const listed = await api('GET', `${ISSUES}?state=all`)
    expect(listed.body.map((i: { number: number; pull_request?: unknown }) => [i.number, i.pull_request !== undefined])).toEqual([[8, false], [7, true]])
  })

  it('filters by state (open by default) and creator, and pages the list', async () => {
    await start({ pageSize: 2 })
    for (const title of ['a', 'b', 'c']) await open('alice-token', title)
    await open('bob-token', 'd')
    await api('PATCH', `${ISSUES}/8`, { body: { state: 'closed' } })
    const openOnes = await api('GET', ISSUES)
    expect(openOnes.body.map((i: { number: number }) => i.number)).toEqual([11, 10])
    expect(openOnes.headers.get('link')).toContain('rel="next"')
    expect((await api('GET', `${ISSUES}?state=all&creator=alice&per_page=100`)).body.map((i: { number: number }) => i.number)).toEqual([10, 9])
    expect((await api('GET', `${ISSUES}?state=closed&creator=alice`)).body.map((i: { number: number }) => i.number)).toEqual([8])
    expect((await api('GET', `${ISSUES}?state=every`)).status).toBe(422)
  })

  it('closes with a reason, edits a closed issue, and reopens it with state_reason reopened', async () => {
    await start()
    await open('bot-token', 'Audit')
    const closed = await api('PATCH', `${ISSUES}/8`, { body: { state: 'closed', state_reason: 'completed' } })
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed', closed_at: expect.any(String) })
    expect((await api('PATCH', `${ISSUES}/8`, { body: { body: 'edited while closed' } })).body).toMatchObject({ state: 'closed', body: 'edited while closed' })
    expect((await api('PATCH', `${ISSUES}/8`, { body: { state: 'open' } })).body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null })
    expect((await api('PATCH', `${ISSUES}/8`, { body: { state: 'shut' } })).status).toBe(422)
  })

  it("lets any token with issues permission edit, close and comment on somebody else's issue, as GitHub does", async () => {
    await start()
    await open('alice-token', 'Mine')
    expect((await api('PATCH', `${ISSUES}/8`, { token: 'bob-token', body: { body: 'bob edits', state: 'closed' } })).status).toBe(200)
    const comment = await api('POST', `${ISSUES}/8/comments`, { token: 'bob-token', body: { body: 'closing' } })
    expect(comment.status).toBe(201)
    expect(comment.body.issue_url).toMatch(/\/issues\/8$/)
    // Comments stay author-only, and each issue lists its own.
    expect((await api('PATCH', `/repos/acme/infra/issues/comments/${comment.body.id}`, { token: 'alice-token', body: { body: 'x' } })).status).toBe(403)
    expect((await api('GET', `${ISSUES}/8/comments`)).body).toHaveLength(1)
    expect((await api('GET', `${ISSUES}/7/comments`)).body).toHaveLength(0)
    expect((await api('POST', `${ISSUES}/99/comments`, { body: { body: 'x' } })).status).toBe(404)
  })

  it('refuses 403 without issues permission, and 422 for a body over 65,536 characters or no title', async () => {
    await start({ tokens: { ...TOKENS, 'no-issues': { login: 'github-actions[bot]', write: true, app: true, issues: false } } })
    expect((await api('POST', ISSUES, { token: 'no-issues', body: { title: 'x' } })).status).toBe(403)
    expect((await api('POST', ISSUES, { token: 'fork-token', body: { title: 'x' } })).status).toBe(403)
    expect((await api('GET', ISSUES, { token: 'no-issues' })).status).toBe(200)
    const tooLong = await api('POST', ISSUES, { body: { title: 'x', body: 'é'.repeat(65_537) } })
    expect(tooLong.status).toBe(422)
    expect(tooLong.body.errors[0]).toMatchObject({ resource: 'Issue', field: 'body', message: MESSAGES.bodyTooLong })
    expect((await api('POST', ISSUES, { body: { title: 'x', body: 'é'.repeat(65_536) } })).status).toBe(201)
    expect((await api('POST', ISSUES, { body: { body: 'no title' } })).status).toBe(422)
    await open('bot-token', 'y')
    expect((await api('PATCH', `${ISSUES}/8`, { token: 'no-issues', body: { state: 'closed' } })).status).toBe(403)
    expect((await api('PATCH', `${ISSUES}/8`, { body: { body: 'x'.repeat(65_537) } })).status).toBe(422)
  })
})
