// The release workflow (.github/workflows/release.yml; actionlint and the workflow checks cover its
// syntax in test/workflows.test.ts): what it does on a version tag, in order.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './helpers/action-runner.js'
import { jobs, loadYaml, steps, type JsonObject } from './helpers/workflow-lint.js'

const loaded = loadYaml(path.join(REPO_ROOT, '.github/workflows/release.yml'))
const workflow = loaded.value as JsonObject
const [job] = jobs(workflow)
const allSteps = steps(job)
const script = (i: number) => String(allSteps[i]?.value.run ?? '')
const indexOf = (pattern: RegExp) => allSteps.findIndex((s) => pattern.test(String(s.value.run ?? '')) || pattern.test(String(s.value.uses ?? '')))

/** GitHub's tag filter syntax, for the characters the pattern uses: `[0-9]+` and `.` as themselves. */
const tagFilter = (pattern: string) => new RegExp(`^${pattern.replace(/\./g, '\\.')}$`)

describe('release workflow', () => {
  it('runs on version tags vX.Y.Z only', () => {
    const tags = ((workflow.on as JsonObject).push as JsonObject).tags as string[]
    expect(Object.keys(workflow.on as JsonObject)).toEqual(['push'])
    const matches = (tag: string) => tags.some((t) => tagFilter(t).test(tag))
    expect(['v1.0.0', 'v0.12.3', 'v10.0.1'].map(matches)).toEqual([true, true, true])
    expect(['v1', 'v1.0', '1.0.0', 'v1.0.0-rc.1', 'latest'].map(matches)).toEqual([false, false, false, false, false])
  })

  it('asks for contents write (release, tag) and id-token write (provenance) in the job, read elsewhere', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(job.value.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
  })

  it('checks, then checks the versions, then releases, moves the major tag and publishes, in that order', () => {
    const order = [
      indexOf(/^npm ci\b/),
      indexOf(/^npm run -s lint$/),
      indexOf(/^npm test$/),
      indexOf(/git diff --exit-code --stat -- dist/),
      indexOf(/bump-version\.mjs --check "\$\{TAG#v\}"|bump-version\.mjs --check "\$version"/),
      indexOf(/bump-version\.mjs --notes/),
      indexOf(/gh release create "\$TAG" --verify-tag/),
      indexOf(/git push --force origin "refs\/tags\/\$major"/),
      indexOf(/npm publish --provenance/)
    ]
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const versions = order[4]
    expect(script(versions)).toContain('node dist/cli.js --version')
    expect(script(order[7])).toContain('major="${TAG%%.*}"')
    const publish = allSteps[order[8]].value
    expect(publish.if).toBe("env.NPM_TOKEN != ''")
    expect(JSON.stringify(publish.env)).toContain('secrets.NPM_TOKEN')
  })

  it('runs the whole suite as a user clone runs it (the suites that need ../shared skip themselves)', () => {
    const tests = allSteps.find((step) => step.value.name === 'Tests')
    expect(tests?.value.run).toBe('npm test')
    expect(allSteps.some((step) => /--exclude/.test(String(step.value.run ?? '')))).toBe(false)
  })
})
