// Which pull request this run belongs to, read from the event the runner wrote (GITHUB_EVENT_PATH).

import { readFileSync } from 'node:fs'

export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
  /** The head commit the comments are made on. */
  headSha: string
  /** The PR comes from another repository: the workflow's token is read-only there. */
  fromFork: boolean
  /**
   * The PR number came from outside the event (a `workflow_run` of a fork's PR): the PR's head must be
   * checked against `headSha` before anything is posted, so a forged number cannot redirect comments.
   */
  mustVerifyHead: boolean
}

export type EventContext = { target: PullRequestTarget; event: string } | { target: null; event: string; reason: string }

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

type Json = Record<string, unknown>

const object = (value: unknown): Json | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined)
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined)

export function readEvent(env: Record<string, string | undefined>): EventContext {
  const event = env.GITHUB_EVENT_NAME ?? ''
  const path = env.GITHUB_EVENT_PATH
  let payload: Json = {}
  if (path) {
    try {
      payload = object(JSON.parse(readFileSync(path, 'utf8'))) ?? {}
    } catch {
      return { target: null, event, reason: `the event file GITHUB_EVENT_PATH (${path}) cannot be read as JSON` }
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? text(object(payload.repository)?.full_name) ?? '').split('/')
  if (!owner || !repo) return { target: null, event, reason: 'GITHUB_REPOSITORY is not set' }

  if (PR_EVENTS.has(event)) {
    const pr = object(payload.pull_request)
    const number = count(pr?.number) ?? count(payload.number)
    const head = object(pr?.head)
    const headSha = text(head?.sha)
    if (!number || !headSha) return { target: null, event, reason: `the ${event} event has no pull_request number and head sha (with act, pass one: \`act pull_request -e event.json\`)` }
    const headRepo = text(object(head?.repo)?.full_name)
    const baseRepo = text(object(object(pr?.base)?.repo)?.full_name) ?? `${owner}/${repo}`
    return { event, target: { owner, repo, number, headSha, fromFork: headRepo !== undefined && headRepo !== baseRepo, mustVerifyHead: false } }
  }

  if (event === 'workflow_run') {
    const run = object(payload.workflow_run)
    const headSha = text(run?.head_sha)
    const listed = Array.isArray(run?.pull_requests) ? object(run.pull_requests[0]) : undefined
    const fromEnv = env.ELB_IR_PULL_REQUEST?.trim()
    const number = count(listed?.number) ?? (fromEnv && /^[1-9]\d{0,9}$/.test(fromEnv) ? Number(fromEnv) : undefined)
    if (!headSha || !number) {
      return { target: null, event, reason: 'the workflow_run event names no pull request (for fork PRs, save the PR number in the artifact and set ELB_IR_PULL_REQUEST)' }
    }
    // The number from the event is GitHub's own; one from the environment came through an artifact.
    // workflow_run runs with the base repository's token, so a fork PR can take comments here.
    return { event, target: { owner, repo, number, headSha, fromFork: false, mustVerifyHead: count(listed?.number) === undefined } }
  }
  return { target: null, event, reason: `${event || 'this'} is not a pull request event` }
}

/**
 * Whether the run belongs to a pull request (its own event, a merge queue's, or a workflow_run that names
 * one): those get PR comments, never the audit issue.
 */
export function isPullRequestRun(context: EventContext): boolean {
  return context.target !== null || PR_EVENTS.has(context.event) || context.event === 'merge_group'
}

/** The repository the run belongs to (GITHUB_REPOSITORY), or null when the runner did not say. */
export function readRepository(env: Record<string, string | undefined>): { owner: string; repo: string } | null {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return owner && repo && rest.length === 0 ? { owner, repo } : null
}
