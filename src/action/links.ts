// Links back to the run and to the repository's files at a commit, from the runner's context.

import { encodePathSegments } from '../util/uri.js'

export interface Links {
  runUrl?: string
  blobUrl?: (sha: string) => (file: string, line: number) => string
}

export function linksFor(env: Record<string, string | undefined>): Links {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = env.GITHUB_REPOSITORY
  if (!repository) return {}
  return {
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    blobUrl: (sha) => (file, line) => `${server}/${repository}/blob/${sha}/${encodePathSegments(file.split('/'))}#L${line}`
  }
}
