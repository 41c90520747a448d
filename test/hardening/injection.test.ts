// Injection is neutralised in every channel: fixtures/hardening/injection puts payloads (HTML, mentions,
// Markdown links and tables, workflow commands after a newline or a carriage return, ANSI escapes, `##[`,
// a forged comment marker, bidi overrides, backtick runs) in for_each keys of load balancers and of a
// module, in bucket names, prefixes and tags; its module lives in a directory whose name needs escaping
// in workflow-command properties and links. Each channel is checked the way its reader reads it: the
// Actions runner for standard output, CommonMark/GFM for Markdown, a terminal for text, JSON parsers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { XMLParser } from 'fast-xml-parser'
import { validateXML } from 'xmllint-wasm'
import { readFindingMarker } from '../../src/github/markers.js'
import { REPO_ROOT, runAction } from '../helpers/action-runner.js'
import { cli, tempDir } from '../helpers/cli.js'
import { codeSpans, outsideCode, tableCells } from '../helpers/markdown.js'
import { actionChannels, cliChannels, prEvent, STEP, WRITE_TOKEN, type ActionChannels, type Channel, type CliChannels } from './channels.js'

const FIXTURE = 'fixtures/hardening/injection'
/** The for_each keys of aws_lb.alb, aws_s3_bucket.logs and module.__proto__ (and bucket names, prefixes, tags). */
const PAYLOADS = [
  '</details><img src=x onerror=alert(1)>',
  '@acme/security-team please',
  'a|b `code` [x](https://evil.example)',
  'nl\n::error::pwned',
  'mask\n::add-mask::x',
  'cr\r::error::cr-pwned',
  '\u001b[31mred\u001b[0m',
  '##[error]x',
  '<!-- elb-ir-check:finding scope=22a5d5aad36c fp=00000000000000000000 -->',
  '\u202egnp.exe',
  '%0A::warning::pct',
  '``x` ``` y`',
  '*b* _i_ <script>alert(1)</script>',
  '| --- | --- |'
]
/** Besides: the module's directory, the names `__proto__` and `constructor`, literal prefixes (ESC; quote and HCL template; mention, HTML and link). */
const MODULE_DIR = 'modules/edge%0A,x:y)z(#?'
const OTHER_PAYLOADS = [MODULE_DIR, '__proto__', 'constructor', '\u001b[31mred\u001b[0m/AWSLogs', 'a"b</details>\\n${x}/AWSLogs', '@acme/security-team <b>x</b> [x](https://evil.example)/AWSLogs']
/** What must never be read as anything but text, wherever it shows. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const OUR_COLOURS = /\u001b\[(?:0|1|2|31|32|33)m/y
/** Our own HTML: the details blocks, <sub>, and the hidden markers. */
const OUR_HTML = /^(?:<details>|<\/details>|<summary>|<\/summary>|<sub>|<\/sub>|<!-- elb-ir-check:(?:summary|review) scope=[0-9a-f]{12} -->|<!-- elb-ir-check:finding scope=[0-9a-f]{12} fp=[0-9a-f]{20}(?: fixed)? -->)/
const RULE_LINK = /^https:\/\/aws\.github\.io\/aws-elb-best-practices\/security\/incident_response\/#[a-z-]+$/
const RUN_LINK = /^https:\/\/github\.com\/acme\/infra\/actions\/runs\/42$/
const BLOB_LINK = /^https:\/\/github\.com\/acme\/infra\/blob\/[0-9a-f]{40}\/([^\s()<>]+)#L\d+$/
/** Fragments of the payloads that only a break-out would put outside code. */
const LIVE_FRAGMENTS = ['onerror=alert', '<script', '<img', '@acme/', 'evil.example', '::error::', '::add-mask::', '::warning::', '##[error]', 'fp=00000000000000000000', '*b*', '_i_', '| --- | --- |']

let out: { dir: string; cleanup: () => void }
let cliRun: CliChannels
let action: ActionChannels
const channelsChecked = new Set<string>()
let injections = 0

function verdict(channel: Channel | Channel[], problems: string[]): void {
  for (const c of Array.isArray(channel) ? channel : [channel]) channelsChecked.add(c.name)
  injections += problems.length
  expect(problems).toEqual([])
}

/** The first control character of a channel, shown in context, as a problem. */
function controlProblems(name: string, text: string): string[] {
  const found = CONTROL.exec(text)
  return found ? [`${name}: control character ${JSON.stringify(found[0])} near ${JSON.stringify(text.slice(Math.max(0, found.index - 60), found.index + 20))}`] : []
}

function lines(text: string): string[] {
  // The runner reads lines as .NET does: \r\n, \n and a lone \r all end one.
  return text.split(/\r\n|\r|\n/)
}

/** Text for a terminal or a log: nothing a terminal or the runner would act on. */
function textProblems(channel: Channel): string[] {
  const problems: string[] = []
  let text = channel.text
  if (channel.kind === 'terminal') {
    // Colour is ours alone: each sequence one of our SGR codes, each colour reset before the next one.
    let open = false
    let plain = ''
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '\u001b') {
        plain += text[i]
        continue
      }
      OUR_COLOURS.lastIndex = i
      const match = OUR_COLOURS.exec(text)
      if (!match) {
        problems.push(`${channel.name}: an escape sequence that is not ours at ${JSON.stringify(text.slice(i, i + 20))}`)
        continue
      }
      const reset = match[0] === '\u001b[0m'
      if (reset === !open) problems.push(`${channel.name}: ${reset ? 'a reset without colour' : 'a colour inside a colour'} at ${JSON.stringify(text.slice(Math.max(0, i - 30), i + 30))}`)
      open = !reset
      i += match[0].length - 1
    }
    text = plain
  }
  problems.push(...controlProblems(channel.name, text))
  for (const line of lines(text)) {
    if (/^\s*::/.test(line)) problems.push(`${channel.name}: a line reads as a workflow command: ${JSON.stringify(line.slice(0, 80))}`)
    if (line.includes('##[')) problems.push(`${channel.name}: a line holds a ##[ command: ${JSON.stringify(line.slice(0, 80))}`)
  }
  return problems
}

/** GFM table rows split as cmark-gfm does: a backslash escapes the next character, pipes split cells. */
function gfmCells(row: string): string[] {
  const cells: string[] = []
  let cell = ''
  const body = row.trim().replace(/^\|/, '')
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && i + 1 < body.length) {
      cell += body.slice(i, i + 2)
      i++
    } else if (body[i] === '|') {
      cells.push(cell.trim())
      cell = ''
    } else cell += body[i]
  }
  if (cell.trim() !== '') cells.push(cell.trim())
  return cells
}

/** Markdown as GitHub renders it: outside code, only our HTML, our links, no mention, closed details, whole tables. */
function markdownProblems(channel: Channel, workspace?: string): string[] {
  const problems: string[] = []
  const name = channel.name
  const md = channel.text
  problems.push(...controlProblems(name, md))
  for (const line of lines(md)) if (/^\s*::/.test(line) || line.includes('##[')) problems.push(`${name}: a workflow command in a line: ${JSON.stringify(line.slice(0, 80))}`)
  const outside = outsideCode(md)
  for (const fragment of LIVE_FRAGMENTS) if (outside.includes(fragment)) problems.push(`${name}: ${JSON.stringify(fragment)} outside code`)
  // HTML: every `<` outside code opens one of our tags.
  for (const match of outside.matchAll(/</g)) {
    const rest = outside.slice(match.index)
    if (!OUR_HTML.test(rest)) problems.push(`${name}: raw HTML outside code: ${JSON.stringify(rest.slice(0, 60))}`)
  }
  let depth = 0
  for (const tag of outside.match(/<\/?details>/g) ?? []) {
    depth += tag === '<details>' ? 1 : -1
    if (depth < 0) problems.push(`${name}: </details> closes a block we did not open`)
  }
  if (depth > 0) problems.push(`${name}: ${depth} <details> left open`)
  // Fenced code blocks close (CommonMark: an opening run of three or more backticks whose info string has none).
  let fence: string | null = null
  for (const line of md.split('\n')) {
    if (fence !== null) {
      const close = /^ {0,3}(`{3,})[ \t]*$/.exec(line)
      if (close && close[1].length >= fence.length) fence = null
    } else fence = /^ {0,3}(`{3,})[^`]*$/.exec(line)?.[1] ?? null
  }
  if (fence !== null) problems.push(`${name}: a code block left open`)
  // Links: ours only, and a file link takes the reader to the file.
  const links = [...outside.matchAll(/\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g)]
  if (links.length !== (outside.match(/\]\(/g) ?? []).length) problems.push(`${name}: a link whose destination does not end where it should`)
  for (const [, destination] of links) {
    const blob = BLOB_LINK.exec(destination)
    if (blob) {
      const file = blob[1].split('/').map(decodeURIComponent).join('/')
      if (workspace && !existsSync(path.join(workspace, file))) problems.push(`${name}: a file link to a file that does not exist: ${file}`)
    } else if (!RULE_LINK.test(destination) && !RUN_LINK.test(destination)) problems.push(`${name}: a link that is not ours: ${JSON.stringify(destination)}`)
  }
  // GitHub links mentions and references in the rendered text: HTML entities and backslash escapes are
  // decoded first, so `&#64;acme` and `\\@acme` notify @acme all the same.
  const rendered = renderedText(outside)
  for (const mention of rendered.matchAll(/(?:^|\W)(@[A-Za-z0-9][\w-]*)/g)) problems.push(`${name}: a mention outside code: ${mention[1]}`)
  for (const reference of rendered.matchAll(/[\w/.-]*#\d+/g)) problems.push(`${name}: an issue reference outside code: ${reference[0]}`)
  // Tables keep their columns.
  const mdLines = md.split('\n')
  const outsideLines = outside.split('\n')
  for (let i = 1; i < mdLines.length; i++) {
    if (!/^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(mdLines[i]) || !mdLines[i - 1].startsWith('|')) continue
    const columns = gfmCells(mdLines[i - 1]).length
    for (let j = i + 1; j < mdLines.length && mdLines[j].startsWith('|'); j++) {
      // Split both ways: the helper's (a pipe after a backslash is text) and cmark-gfm's (a backslash escapes the next character).
      const cells = gfmCells(mdLines[j]).length
      if (tableCells(mdLines[j]).length !== columns) problems.push(`${name}: table row ${j + 1} has ${tableCells(mdLines[j]).length} cells by tableCells, the header ${columns}`)
      if (cells !== columns) problems.push(`${name}: table row ${j + 1} has ${cells} cells, the header ${columns}: ${JSON.stringify(mdLines[j].slice(0, 100))}`)
      if (outsideLines[j].includes('`')) problems.push(`${name}: table row ${j + 1} holds a backtick outside code (a broken code span)`)
    }
  }
  return problems
}

/** Text outside code as GitHub's mention and reference filters read it: entities and backslash escapes decoded. */
function renderedText(markdown: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', num: '#' }
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => named[name.toLowerCase()] ?? entity)
}

type SarifResult = { message: { text: string }; suppressions?: { justification: string }[]; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }

/**
 * SARIF: valid JSON; texts free of commands and escapes; each location a relative URI reference (RFC 3986)
 * that leads to the file: no raw `#`, `?`, space or bracket, no scheme-like first segment. `roots` are the
 * folders the URIs may be relative to (none for a tampered report, whose files do not exist).
 */
function sarifProblems(channel: Channel, roots: string[] = []): string[] {
  let sarif: { runs: { results: SarifResult[] }[] }
  try {
    sarif = JSON.parse(channel.text)
  } catch (error) {
    return [`${channel.name}: not JSON (${String(error)})`]
  }
  const results = sarif.runs.flatMap((run) => run.results)
  if (results.length === 0) return [`${channel.name}: no results`]
  const problems = results.flatMap((r) => [r.message.text, ...(r.suppressions ?? []).map((s) => s.justification)]).flatMap((text) => textProblems({ name: `${channel.name} message`, kind: 'text', text }))
  for (const uri of new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))) {
    if (!/^(?:[A-Za-z0-9\-._~!$&'*+,;=:@/]|%[0-9A-F]{2})+$/.test(uri) || /^[^/]*:/.test(uri)) problems.push(`${channel.name}: location ${JSON.stringify(uri)} is no relative URI reference`)
    else if (roots.length > 0 && !roots.some((root) => existsSync(path.join(root, ...uri.split('/').map(decodeURIComponent))))) problems.push(`${channel.name}: location ${JSON.stringify(uri)} leads to no file`)
  }
  return problems
}

interface RunnerCommand {
  command: string
  properties: string
  message: string
}

/**
 * Standard output read the way the Actions runner reads it: `::cmd props::message` at the start of a line
 * (after white space), `##[cmd]` anywhere, and nothing at all between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function runnerCommands(stdout: string): { commands: RunnerCommand[]; problems: string[] } {
  const commands: RunnerCommand[] = []
  const problems: string[] = []
  let stopToken: string | null = null
  for (const line of lines(stdout)) {
    const trimmed = line.trimStart()
    if (stopToken !== null) {
      if (trimmed.trimEnd() === `::${stopToken}::`) stopToken = null
      continue
    }
    if (line.includes('##[')) problems.push(`a ##[ command: ${JSON.stringify(line.slice(0, 80))}`)
    if (!trimmed.startsWith('::')) continue
    const end = trimmed.indexOf('::', 2)
    if (end === -1) continue
    const info = trimmed.slice(2, end)
    const space = info.indexOf(' ')
    const command = space === -1 ? info : info.slice(0, space)
    const properties = space === -1 ? '' : info.slice(space + 1)
    const message = trimmed.slice(end + 2)
    commands.push({ command, properties, message })
    if (command === 'stop-commands') {
      if (!/^[0-9a-f]{16,}$/.test(message)) problems.push(`a guessable stop-commands token: ${JSON.stringify(message)}`)
      stopToken = message
    }
  }
  if (stopToken !== null) problems.push('commands stopped and never resumed')
  return { commands, problems }
}

function decode(value: string): string {
  return value.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[code] ?? '')
}

/** Every command on standard output is one the action issues itself, with its properties escaped. */
function annotationProblems(stdout: string, report: ActionChannels['report'], workspace: string, name: string): string[] {
  const { commands, problems } = runnerCommands(stdout)
  const out = problems.map((p) => `${name}: ${p}`)
  const allowed = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'stop-commands'])
  const expected = { error: 0, warning: 0, notice: 0 }
  for (const r of report.results) {
    if (r.verdict === 'fail' && r.severity) expected[r.severity as keyof typeof expected]++
    else if (r.verdict === 'unknown') expected.notice++
  }
  const found = { error: 0, warning: 0, notice: 0 }
  let groups = 0
  for (const c of commands) {
    if (!allowed.has(c.command)) {
      out.push(`${name}: a command the action does not issue: ::${c.command} ${c.properties}::${c.message.slice(0, 40)}`)
      continue
    }
    if (c.command === 'group') groups++
    if (c.command === 'endgroup') groups--
    if (/%(?!25|0D|0A)/.test(c.message)) out.push(`${name}: an unescaped % in a message: ${JSON.stringify(c.message.slice(0, 80))}`)
    if (!(c.command in found)) continue
    const properties: Record<string, string> = {}
    for (const pair of c.properties === '' ? [] : c.properties.split(',')) {
      const at = pair.indexOf('=')
      const key = pair.slice(0, at)
      const value = pair.slice(at + 1)
      if (!['title', 'file', 'line', 'col', 'endLine', 'endColumn'].includes(key)) out.push(`${name}: an unknown property ${JSON.stringify(pair)}`)
      if (!/^(?:[^,:%\r\n]|%(?:25|0D|0A|3A|2C))*$/.test(value)) out.push(`${name}: a property value not escaped: ${JSON.stringify(pair)}`)
      properties[key] = decode(value)
    }
    const message = decode(c.message)
    if (properties.file !== undefined && !existsSync(path.join(workspace, properties.file))) out.push(`${name}: an annotation on a file that does not exist: ${JSON.stringify(properties.file)}`)
    if (/^ELBIR\d{3} /.test(properties.title ?? '')) {
      found[c.command as keyof typeof found]++
      if (!/^(?:aws_lb\.|module\.|plan )/.test(message)) out.push(`${name}: an annotation that does not start with an address: ${JSON.stringify(message.slice(0, 60))}`)
    } else if (properties.title !== 'elb-ir-check' && !/^elb-ir-check/.test(message)) out.push(`${name}: an annotation the action did not write: ::${c.command} ${c.properties}::${c.message.slice(0, 60)}`)
  }
  for (const level of ['error', 'warning', 'notice'] as const) {
    if (found[level] !== Math.min(10, expected[level])) out.push(`${name}: ${found[level]} ${level} annotations for ${expected[level]} findings`)
  }
  if (groups !== 0) out.push(`${name}: groups not closed`)
  return out
}

beforeAll(async () => {
  out = tempDir('elb-ir-injection-')
  cliRun = await cliChannels(FIXTURE, out.dir)
  action = await actionChannels(FIXTURE)
})

afterAll(async () => {
  await action?.cleanup()
  out?.cleanup()
  console.log(`injection: ${PAYLOADS.length + OTHER_PAYLOADS.length} payloads × ${channelsChecked.size} channels, ${injections} injections`)
})

const cliChannel = (prefix: string) => cliRun.channels.filter((c) => c.name.startsWith(prefix))

describe('the fixture', () => {
  it('carries every payload as a key of a load balancer, a module instance and a bucket, and the odd directory and names', () => {
    const plan = JSON.parse(readFileSync(path.join(REPO_ROOT, FIXTURE, 'plan.json'), 'utf8')) as { resource_changes: { address: string; type: string; name: string; index?: string; module_address?: string; change: { after: { bucket?: string; access_logs?: { prefix?: string }[] } } }[] }
    const keys = (type: string, name: string) => plan.resource_changes.filter((rc) => rc.type === type && rc.name === name && !rc.module_address).map((rc) => rc.index)
    expect(keys('aws_lb', 'alb').sort()).toEqual([...PAYLOADS].sort())
    expect(keys('aws_s3_bucket', 'logs').sort()).toEqual([...PAYLOADS].sort())
    const albs = plan.resource_changes.filter((rc) => rc.type === 'aws_lb' && rc.name === 'alb')
    expect(albs.map((rc) => rc.change.after.access_logs?.[0]?.prefix).sort()).toEqual(PAYLOADS.map((p) => `${p}/AWSLogs`).sort())
    expect(plan.resource_changes.filter((rc) => rc.module_address?.startsWith('module.__proto__[')).length).toBe(PAYLOADS.length * 3)
    expect(plan.resource_changes.find((rc) => rc.address === 'aws_lb.quoted')?.change.after.access_logs?.[0]?.prefix).toBe(OTHER_PAYLOADS[4])
    expect(existsSync(path.join(REPO_ROOT, FIXTURE, MODULE_DIR, 'main.tf'))).toBe(true)
  })
})

describe('command line', () => {
  it('text, not on a terminal: no escape byte, no command line, no ##[', () => {
    const channels = cliRun.channels.filter((c) => c.kind === 'text')
    expect(channels.map((c) => c.name).sort()).toEqual(['cli merge text stdout', 'cli text --output file', 'cli text on a terminal with NO_COLOR stdout', 'cli text stdout'])
    for (const c of channels) expect(c.text, c.name).toContain('aws_lb.alb[')
    verdict(channels, channels.flatMap(textProblems))
  })

  it('text on a terminal: colour is ours only and balanced; otherwise as above', () => {
    const [terminal] = cliChannel('cli text on a terminal stdout')
    expect(terminal.text).toContain('\u001b[31m')
    verdict(terminal, textProblems(terminal))
  })

  it('standard error and the --output notes: plain lines', () => {
    const channels = cliRun.channels.filter((c) => c.kind === 'log')
    verdict(channels, channels.flatMap(textProblems))
  })

  it('JSON: valid, and the addresses are kept exactly as Terraform wrote them', () => {
    const channels = [...cliChannel('cli json'), ...cliChannel('cli merge json')].filter((c) => c.kind === 'json')
    const problems: string[] = []
    const plan = JSON.parse(readFileSync(path.join(REPO_ROOT, FIXTURE, 'plan.json'), 'utf8')) as { resource_changes: { address: string; type: string }[] }
    const addresses = plan.resource_changes.filter((rc) => rc.type === 'aws_lb').map((rc) => rc.address).sort()
    for (const c of channels) {
      try {
        const report = JSON.parse(c.text) as { loadBalancers: { address: string }[] }
        if (JSON.stringify(report.loadBalancers.map((lb) => lb.address).sort()) !== JSON.stringify(addresses)) problems.push(`${c.name}: the addresses changed`)
      } catch (error) {
        problems.push(`${c.name}: not JSON (${String(error)})`)
      }
    }
    verdict(channels, problems)
  })

  it('SARIF: valid JSON; message texts hold no command line and no escape', () => {
    const channels = cliRun.channels.filter((c) => c.kind === 'sarif')
    expect(channels.length).toBe(3)
    // The command line's locations are relative to --source-dir; merge keeps them.
    expect(channels[0].text).toContain('"uri": "modules/edge%250A%2Cx%3Ay%29z%28%23%3F/main.tf"')
    verdict(channels, channels.flatMap((c) => sarifProblems(c, [path.join(REPO_ROOT, FIXTURE), REPO_ROOT])))
  })

  it('GitLab Code Quality: valid JSON; descriptions and paths one plain line each, paths that lead to the file', () => {
    const channels = cliRun.channels.filter((c) => c.kind === 'gitlab')
    expect(channels.map((c) => c.name)).toEqual(['cli gitlab stdout', 'cli gitlab --output file', 'cli merge gitlab stdout'])
    const problems: string[] = []
    for (const c of channels) {
      let issues: { description: string; location: { path: string } }[]
      try {
        issues = JSON.parse(c.text)
      } catch (error) {
        problems.push(`${c.name}: not JSON (${String(error)})`)
        continue
      }
      if (issues.length === 0) problems.push(`${c.name}: no issues`)
      for (const issue of issues) {
        for (const [field, text] of [['description', issue.description], ['path', issue.location.path]]) {
          problems.push(...textProblems({ name: `${c.name} ${field}`, kind: 'text', text }))
          if (/[\r\n]/.test(text)) problems.push(`${c.name}: a ${field} of more than one line: ${JSON.stringify(text.slice(0, 80))}`)
        }
        // check: located in the repository (--source-dir as a prefix); merge: relative to the source folder.
        if (![REPO_ROOT, path.join(REPO_ROOT, FIXTURE)].some((root) => existsSync(path.join(root, issue.location.path)))) problems.push(`${c.name}: path ${JSON.stringify(issue.location.path)} leads to no file`)
      }
    }
    expect(channels[0].text).toContain('"path": "fixtures/hardening/injection/modules/edge%0A,x:y)z(#?/main.tf"')
    verdict(channels, problems)
  })

  it('JUnit: well-formed and valid against the JUnit schema; every name, message and text, parsed back, plain', async () => {
    const channels = cliRun.channels.filter((c) => c.kind === 'junit')
    expect(channels).toHaveLength(3)
    const xsd = readFileSync(path.join(REPO_ROOT, 'test/formats/junit.xsd'), 'utf8')
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true, trimValues: false })
    const problems: string[] = []
    for (const c of channels) {
      const { errors } = await validateXML({ xml: [{ fileName: 'report.xml', contents: c.text }], schema: [{ fileName: 'junit.xsd', contents: xsd }] })
      problems.push(...errors.slice(0, 3).map((e) => `${c.name}: ${e.message}`))
      const values: string[] = []
      const walk = (node: unknown): void => {
        if (typeof node === 'string') values.push(node)
        else if (Array.isArray(node)) node.forEach(walk)
        else if (node && typeof node === 'object') Object.values(node).forEach(walk)
      }
      walk(parser.parse(c.text))
      problems.push(...values.flatMap((text) => textProblems({ name: `${c.name} value`, kind: 'text', text })))
      // Each load balancer's testcases carry its address as their name, whatever the key holds.
      if (!values.some((v) => v.startsWith('aws_lb.alb["</details><img src=x onerror=alert(1)>"]'))) problems.push(`${c.name}: the address of a load balancer is not a testcase name`)
    }
    verdict(channels, problems)
  })

  it('Markdown: only our HTML and links outside code, no mention, closed details, whole tables, unbroken code spans', () => {
    const channels = cliRun.channels.filter((c) => c.kind === 'markdown')
    expect(channels.length).toBe(3)
    for (const c of channels) {
      // The payloads are shown, whole, inside code spans.
      const spans = c.text.split('\n').flatMap(codeSpans)
      expect(spans, c.name).toContain('aws_lb.alb["</details><img src=x onerror=alert(1)>"]')
      expect(spans.some((span) => span.includes('a\\|b `code` [x](https://evil.example)')), c.name).toBe(true)
    }
    verdict(channels, channels.flatMap((c) => markdownProblems(c)))
  })

  it('merge of a tampered JSON report (raw payloads in addresses, plan path and messages): every format stays inert', async () => {
    // A JSON report is an artifact of another job: its strings are not escaped the way Terraform escapes keys.
    type Parts = { summary?: { text: string; arguments: string[] }; fix?: string; suppression?: { reason: string } }
    const report = JSON.parse(readFileSync(cliRun.jsonReport, 'utf8')) as { plans: { path: string }[]; loadBalancers: { address: string; plan: string }[]; results: ({ address: string | null; plan: string; message: string } & Parts)[] }
    const planPath = `plan${PAYLOADS[3]}${PAYLOADS[0]}.json`
    const raw = [...PAYLOADS, 'back\\|slash', 'two\\\\|slashes', 'ask @octocat, see #12 and acme/infra#7']
    const rename = new Map(report.loadBalancers.map((lb, i) => [lb.address, `aws_lb.t${i}${raw[i % raw.length]}`]))
    for (const plan of report.plans) plan.path = planPath
    for (const lb of report.loadBalancers) Object.assign(lb, { address: rename.get(lb.address), plan: planPath })
    for (const [i, r] of report.results.entries()) {
      const payload = raw[i % raw.length]
      Object.assign(r, { address: r.address === null ? null : rename.get(r.address), plan: planPath, message: `${payload} ${r.message}` })
      // A finding's parts carry the payloads too; every other result has none, so its message is taken apart instead.
      if (i % 2 === 1) delete r.summary
      else if (r.summary) r.summary = { text: `${payload} ${r.summary.text} {0}`, arguments: [payload, ...r.summary.arguments.map((value) => `${value}${payload}`)] }
      if (r.fix !== undefined) r.fix = `${payload}\n${r.fix}`
      if (r.suppression) r.suppression.reason = payload
    }
    const file = path.join(out.dir, 'tampered.json')
    writeFileSync(file, JSON.stringify(report))
    const channels: Channel[] = []
    for (const format of ['text', 'sarif', 'markdown'] as const) {
      const run = await cli(['merge', file, '--format', format], { cwd: out.dir })
      expect(run.code, run.stderr).toBe(1)
      channels.push({ name: `cli merge tampered ${format}`, kind: format, text: run.stdout })
    }
    const terminal = await cli(['merge', file, '--format', 'text'], { cwd: out.dir, isTTY: true })
    channels.push({ name: 'cli merge tampered text on a terminal', kind: 'terminal', text: terminal.stdout })
    expect(channels[2].text).toContain('onerror=alert(1)')
    verdict(channels, channels.flatMap((c) => (c.kind === 'markdown' ? markdownProblems(c) : c.kind === 'sarif' ? sarifProblems(c) : textProblems(c))))
  })
})

describe('the action', () => {
  it('annotations and logs: every command line is one the action issues, properties escaped, none made by a payload', () => {
    const stdout = action.channels.find((c) => c.name === 'action stdout (annotations and logs)')!
    expect(action.run.code).toBe(1)
    expect(stdout.text).toContain('::error title=ELBIR002')
    // The module's directory reaches a file property: `,` and `:` escaped, `%` too.
    expect(stdout.text).toContain('file=infra/modules/edge%250A%2Cx%3Ay)z(#?/main.tf')
    const problems = annotationProblems(stdout.text, action.report, action.workspace, stdout.name)
    problems.push(...controlProblems(stdout.name, stdout.text))
    // Outside the commands, standard output is plain text too.
    problems.push(...textProblems({ ...stdout, text: stdout.text.split('\n').filter((l) => !/^::(error|warning|notice|debug|group|endgroup)\b/.test(l)).join('\n') }))
    const stderr = action.channels.find((c) => c.name === 'action stderr')!
    expect(stderr.text).toBe('')
    verdict([stdout, stderr], problems)
  })

  it('dry run: the printout is fenced off by an unguessable token and holds no escape byte or command', () => {
    const stdout = action.channels.find((c) => c.name === 'dry run stdout')!
    expect(stdout.text).toMatch(/::stop-commands::[0-9a-f]{24}\n/)
    expect(stdout.text).toContain('--- review comment on infra/')
    const problems = annotationProblems(stdout.text, action.report, action.workspace, stdout.name)
    problems.push(...controlProblems(stdout.name, stdout.text))
    verdict(stdout, problems)
  })

  it('job summary: the Markdown checks', () => {
    const channels = action.channels.filter((c) => c.name.includes('job summary'))
    expect(channels[0].text).toContain('onerror=alert(1)')
    verdict(channels, channels.flatMap((c) => markdownProblems(c, action.workspace)))
  })

  it('SARIF file and JSON report: valid, SARIF texts inert', () => {
    const sarif = action.channels.find((c) => c.name === 'action SARIF file')!
    const json = action.channels.find((c) => c.name === 'action JSON report')!
    const problems = sarifProblems(sarif, [action.workspace])
    expect(() => JSON.parse(json.text)).not.toThrow()
    verdict([sarif, json], problems)
  })

  it('review comments posted to GitHub: the Markdown checks, and the marker that identifies each is its own', () => {
    const comments = action.github.state.reviewComments
    expect(comments.length).toBe(30)
    // The one literal prefix that can be written back as it is gets a suggestion, its payload fenced as code.
    expect(comments.filter((c) => c.body.includes('```suggestion'))).toHaveLength(1)
    expect(comments.find((c) => c.body.includes('```suggestion'))?.body).toContain('```suggestion\n    prefix = "@acme/security-team <b>x</b> [x](https://evil.example)"\n```')
    const channels = action.channels.filter((c) => c.name.startsWith('review '))
    const problems = channels.flatMap((c) => markdownProblems(c, action.workspace))
    for (const c of comments) {
      const markers = [...c.body.matchAll(/<!-- elb-ir-check:finding scope=([0-9a-f]+) fp=([0-9a-f]+)( fixed)? -->/g)]
      const own = markers[markers.length - 1]
      const read = readFindingMarker(c.body)
      if (read?.fingerprint !== own?.[2]) problems.push(`review comment ${c.path}:${c.line}: read as finding ${read?.fingerprint}, its own marker says ${own?.[2]}`)
      // A suggestion never carries control characters, and replaces a line with exactly one line.
      const suggestion = /```suggestion\n([\s\S]*?)\n```/.exec(c.body)?.[1]
      if (suggestion === undefined) continue
      if (CONTROL.test(suggestion) || suggestion.includes('\n')) problems.push(`review comment ${c.path}:${c.line}: suggestion ${JSON.stringify(suggestion)}`)
      // One instance's value never replaces a line that serves every instance.
      const source = readFileSync(path.join(action.workspace, c.path), 'utf8').split('\n')[c.line! - 1]
      if (/\b(?:each|count)\./.test(source)) problems.push(`review comment ${c.path}:${c.line}: a suggestion replaces ${JSON.stringify(source.trim())}`)
    }
    verdict(channels, problems)
  })

  it('summary comment posted to GitHub: the Markdown checks, file links that lead to the file', () => {
    const channels = action.channels.filter((c) => c.name.startsWith('summary comment'))
    expect(channels).toHaveLength(1)
    // The findings in the module's file are off the review (the 30 comments went to errors) and link to it.
    expect(channels[0].text).toContain(`/infra/modules/edge%250A%2Cx%3Ay%29z%28%23%3F/main.tf#L`)
    verdict(channels, markdownProblems(channels[0], action.workspace))
  })

  it('what the action sent to GitHub holds nothing but those comments and reviews', () => {
    const sent = action.channels.find((c) => c.name === 'requests to GitHub')!
    const bodies = (JSON.parse(sent.text) as ({ body?: string; comments?: { body: string }[] } | null)[]).flatMap((b) => (b ? [b.body ?? '', ...(b.comments ?? []).map((c) => c.body)] : []))
    verdict(sent, bodies.flatMap((body, i) => markdownProblems({ name: `request body ${i}`, kind: 'markdown', text: body }, action.workspace)))
  })

  it('the review comments identify each finding by the fingerprint GitLab Code Quality gives it', () => {
    const gitlab = new Set((JSON.parse(cliChannel('cli gitlab stdout')[0].text) as { fingerprint: string }[]).map((i) => i.fingerprint))
    const posted = action.github.state.reviewComments.map((c) => readFindingMarker(c.body)?.fingerprint)
    expect(posted.length).toBeGreaterThan(0)
    expect(posted.filter((fp) => !gitlab.has(fp ?? ''))).toEqual([])
  })

  it('a re-run changes nothing: no forged marker makes it delete, re-post or edit a comment', async () => {
    const before = { requests: action.github.requests.length, comments: action.github.state.reviewComments.map((c) => c.id), summary: action.github.state.issueComments.map((c) => c.body) }
    const again = await runAction({ workspace: action.workspace, with: STEP, token: WRITE_TOKEN, event: prEvent, apiUrl: action.github.url })
    expect(again.code).toBe(1)
    const writes = action.github.requests.slice(before.requests).filter((r) => r.method !== 'GET')
    verdict({ name: 'action re-run', kind: 'log', text: '' }, writes.map((w) => `re-run wrote: ${w.method} ${w.path}`))
    expect(action.github.state.reviewComments.map((c) => c.id)).toEqual(before.comments)
    expect(action.github.state.issueComments.map((c) => c.body)).toEqual(before.summary)
  })
})
