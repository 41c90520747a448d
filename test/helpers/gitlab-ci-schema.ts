// GitLab's JSON schema of .gitlab-ci.yml (the one GitLab's own editor validates with), as gitlab-ci-local
// bundles it: its dist/index.js holds the schema as an object literal, found by its $id and read as a
// plain value in an empty context.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

const ID = '$id:"https://gitlab.com/.gitlab-ci.yml"'

export function gitlabCiSchema(): { schema: Record<string, unknown>; version: string } {
  const require = createRequire(import.meta.url)
  const root = path.dirname(require.resolve('gitlab-ci-local/package.json'))
  const bundle = readFileSync(path.join(root, 'dist/index.js'), 'utf8')
  const at = bundle.indexOf(ID)
  if (at === -1) throw new Error('gitlab-ci-local no longer bundles the GitLab CI schema where expected')
  const start = bundle.lastIndexOf('{', at)
  // The literal ends where its braces balance, strings skipped.
  let depth = 0
  let quote: string | null = null
  let end = start
  for (; end < bundle.length; end++) {
    const c = bundle[end]
    if (quote) {
      if (c === '\\') end++
      else if (c === quote) quote = null
    } else if (c === '"' || c === "'" || c === '`') quote = c
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) break
    }
  }
  const schema = vm.runInNewContext(`(${bundle.slice(start, end + 1)})`, Object.create(null), { timeout: 5000 }) as Record<string, unknown>
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
  return { schema, version }
}
