#!/usr/bin/env node
// The version lives in package.json, package-lock.json (twice) and src/version.ts; CHANGELOG.md has a
// section per release. action.yml has no version field: an action's version is its git tag.
//
//   node scripts/bump-version.mjs <x.y.z|major|minor|patch> [--date YYYY-MM-DD]
//       sets the version everywhere and turns CHANGELOG.md's Unreleased section into the release's
//   node scripts/bump-version.mjs --check [x.y.z]
//       exits 1 unless every place agrees (and, given a version, equals it and CHANGELOG.md has its section)
//   node scripts/bump-version.mjs --notes x.y.z
//       prints the CHANGELOG.md section of that version (the release notes)
//
// It works on the current directory (the repository root).
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const REPOSITORY = 'https://github.com/elb-ir-check/elb-ir-check'
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/
const VERSION_TS = /export const VERSION = '([^']*)'/

const read = (file) => readFileSync(file, 'utf8')
const readJson = (file) => JSON.parse(read(file))
const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2) + '\n')

/** Every place that carries the version, and what it says. */
function versions() {
  const lock = readJson('package-lock.json')
  return {
    'package.json': readJson('package.json').version,
    'package-lock.json': lock.version,
    'package-lock.json packages[""]': lock.packages?.['']?.version,
    'src/version.ts': VERSION_TS.exec(read('src/version.ts'))?.[1]
  }
}

/** The CHANGELOG.md section of a version, without its heading, or null. */
function releaseNotes(changelog, version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start === -1) return null
  const end = lines.findIndex((line, i) => i > start && (line.startsWith('## ') || /^\[[^\]]+\]: /.test(line)))
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n').trim()
}

function nextVersion(current, bump) {
  if (SEMVER.test(bump)) return bump
  const [major, minor, patch] = current.split(/[.-]/).map(Number)
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`
  throw new Error(`"${bump}" is neither a version (x.y.z) nor major, minor or patch`)
}

function bump(target, date) {
  const current = readJson('package.json').version
  const version = nextVersion(current, target)
  // Everything is checked before anything is written: a refused bump leaves every file as it was.
  let changelog = read('CHANGELOG.md')
  if (releaseNotes(changelog, version) !== null) throw new Error(`CHANGELOG.md already has a section for ${version}`)
  if (!releaseNotes(changelog, 'Unreleased')) throw new Error('CHANGELOG.md has nothing under "## [Unreleased]": write what the release changes there first')
  const source = read('src/version.ts')
  if (!VERSION_TS.test(source)) throw new Error("src/version.ts has no `export const VERSION = '...'` line")
  const previous = /^## \[(\d[^\]]*)\]/m.exec(changelog)?.[1]
  changelog = changelog.replace('## [Unreleased]', `## [Unreleased]\n\n## [${version}] - ${date}`)
  changelog = changelog.replace(/^\[Unreleased\]: .*$/m, `[Unreleased]: ${REPOSITORY}/compare/v${version}...HEAD\n[${version}]: ${previous ? `${REPOSITORY}/compare/v${previous}...v${version}` : `${REPOSITORY}/releases/tag/v${version}`}`)

  const pkg = readJson('package.json')
  pkg.version = version
  writeJson('package.json', pkg)
  const lock = readJson('package-lock.json')
  lock.version = version
  lock.packages[''].version = version
  writeJson('package-lock.json', lock)
  writeFileSync('src/version.ts', source.replace(VERSION_TS, `export const VERSION = '${version}'`))
  writeFileSync('CHANGELOG.md', changelog)
  return { from: current, to: version }
}

function check(expected) {
  const problems = []
  const found = versions()
  const wanted = expected ?? found['package.json']
  for (const [place, version] of Object.entries(found)) if (version !== wanted) problems.push(`${place} says ${version ?? 'nothing'}, expected ${wanted}`)
  if (expected && !releaseNotes(read('CHANGELOG.md'), expected)) problems.push(`CHANGELOG.md has no "## [${expected}] - <date>" section with notes: run \`node scripts/bump-version.mjs ${expected}\``)
  return problems
}

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean' }, notes: { type: 'boolean' }, date: { type: 'string' } } })
  const [version] = positionals
  if (values.check) {
    const problems = check(version)
    for (const problem of problems) console.error(`bump-version: ${problem}`)
    if (problems.length === 0) console.log(`bump-version: every place says ${version ?? versions()['package.json']}`)
    return problems.length === 0 ? 0 : 1
  }
  if (values.notes) {
    const notes = version ? releaseNotes(read('CHANGELOG.md'), version) : null
    if (!notes) {
      console.error(`bump-version: CHANGELOG.md has no notes for ${version ?? '(no version given)'}`)
      return 1
    }
    console.log(notes)
    return 0
  }
  if (!version) {
    console.error('usage: node scripts/bump-version.mjs <x.y.z|major|minor|patch> | --check [x.y.z] | --notes x.y.z')
    return 2
  }
  try {
    const { from, to } = bump(version, values.date ?? new Date().toISOString().slice(0, 10))
    console.log(`bump-version: ${from} -> ${to} in package.json, package-lock.json, src/version.ts and CHANGELOG.md`)
    return 0
  } catch (error) {
    console.error(`bump-version: ${error.message}`)
    return 1
  }
}

process.exitCode = main()
