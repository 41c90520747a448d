// Inline suppression comments: our own syntax and the peer scanners' syntaxes that users already
// write for the same practice, mapped to our rule ids. This file is the single place that table
// lives; the README section on suppressions is written from PEER_SUPPRESSIONS.
//
// Our syntax (any comment style: `#`, `//`, `/* */`):
//   # elb-ir:ignore ELBIR003 <reason>
//   # elb-ir:ignore ELBIR003,ELBIR004 <reason>
//
// Peer syntaxes and the rule each maps to:
//
// | origin    | comment as users write it                                          | our rule | reason taken from               |
// |-----------|--------------------------------------------------------------------|----------|---------------------------------|
// | checkov   | #checkov:skip=CKV_AWS_91:<reason>  (aws_lb / aws_alb access logs)  | ELBIR001 | text after the second colon     |
// | checkov   | #checkov:skip=CKV_AWS_92:<reason>  (aws_elb access logs)           | ELBIR001 | text after the second colon     |
// | kics      | # kics-scan disable=20018359-6fd7-4d05-ab26-d4dffccbdf79 (ELB)     | ELBIR001 | text after the ids              |
// | kics      | # kics-scan disable=3e34db4f-0ad9-4290-bfd0-4a9ee884acaf (ELBv2)   | ELBIR001 | text after the ids              |
// | kics      | # kics-scan disable=084c6686-2a70-4710-91b1-000393e54c12 (Shield)  | ELBIR007 | text after the ids              |
// | kics      | # kics-scan ignore-line / # kics-scan ignore-block                 | * (all)  | text after the command          |
// | terrascan | #ts:skip=AC_AWS_0470 <reason>  (also AWS.ELB.LM.MEDIUM.0072)       | ELBIR001 | text after the id               |
// | tfsec     | #tfsec:ignore:elb-ir-ELBIR00N  (or #tfsec:ignore:ELBIR00N)          | ELBIR00N | text after the id               |
// | trivy     | #trivy:ignore:ELBIR00N  (or #trivy:ignore:elb-ir-ELBIR00N)          | ELBIR00N | text after the id               |
//
// Trivy (and tfsec before it) has no ELB access-log rule, so none of its ids maps to ours; a user of
// those tools writes our rule id in their syntax instead. Their `:exp:YYYY-MM-DD` suffix is honoured:
// an expired ignore is dropped. Other peer ids (CKV_AWS_145 on the log bucket, CKV2_AWS_62, Trivy's
// AVD-AWS-*) do not mean any of our rules and are not mapped.
//
// Placement: a comment applies when it is on the line of, or on the contiguous comment lines
// directly above, the resource header or any block/attribute on the queried path. Checkov and
// Terrascan document their skip comment as going anywhere inside the resource block, so for those two
// a comment anywhere within the resource's lines applies to the whole resource as well. KICS
// `ignore-line` covers only a finding located on the line it is on or directly above (as in KICS);
// `ignore-block` covers anything in the block below it.
//
// A suppression with an empty reason is still reported (with reason ""), so that the caller can say
// why it is not honoured.

export type SuppressionOrigin = 'elb-ir' | 'checkov' | 'tfsec' | 'trivy' | 'kics' | 'terrascan'

export interface PeerSuppressionMapping {
  origin: Exclude<SuppressionOrigin, 'elb-ir'>
  /** The peer's id as it appears in the comment (the command for KICS's ignore-line / ignore-block). */
  peerId: string
  /** Our rule id, or `*` for every rule. */
  ruleId: string
  /** How a user writes it. */
  example: string
  /** What the peer's rule checks. */
  meaning: string
}

/** Wildcard rule id: the suppression applies to every rule at that place. */
export const ANY_RULE = '*'

export const PEER_SUPPRESSIONS: readonly PeerSuppressionMapping[] = [
  {
    origin: 'checkov',
    peerId: 'CKV_AWS_91',
    ruleId: 'ELBIR001',
    example: '#checkov:skip=CKV_AWS_91:<reason>',
    meaning: 'ELBv2 (aws_lb, aws_alb) access logging enabled'
  },
  {
    origin: 'checkov',
    peerId: 'CKV_AWS_92',
    ruleId: 'ELBIR001',
    example: '#checkov:skip=CKV_AWS_92:<reason>',
    meaning: 'Classic ELB (aws_elb) access logging enabled'
  },
  {
    origin: 'kics',
    peerId: '20018359-6fd7-4d05-ab26-d4dffccbdf79',
    ruleId: 'ELBIR001',
    example: '# kics-scan disable=20018359-6fd7-4d05-ab26-d4dffccbdf79 <reason>',
    meaning: 'ELB Access Log Disabled (aws_elb)'
  },
  {
    origin: 'kics',
    peerId: '3e34db4f-0ad9-4290-bfd0-4a9ee884acaf',
    ruleId: 'ELBIR001',
    example: '# kics-scan disable=3e34db4f-0ad9-4290-bfd0-4a9ee884acaf <reason>',
    meaning: 'ELBv2 LB Access Log Disabled (aws_lb, aws_alb)'
  },
  {
    origin: 'kics',
    peerId: '084c6686-2a70-4710-91b1-000393e54c12',
    ruleId: 'ELBIR007',
    example: '# kics-scan disable=084c6686-2a70-4710-91b1-000393e54c12 <reason>',
    meaning: 'Shield Advanced not in use'
  },
  {
    origin: 'kics',
    peerId: 'ignore-line',
    ruleId: ANY_RULE,
    example: '# kics-scan ignore-line <reason>',
    meaning: 'every finding located on the next line (or this line)'
  },
  {
    origin: 'kics',
    peerId: 'ignore-block',
    ruleId: ANY_RULE,
    example: '# kics-scan ignore-block <reason>',
    meaning: 'every finding in the block below'
  },
  {
    origin: 'terrascan',
    peerId: 'AC_AWS_0470',
    ruleId: 'ELBIR001',
    example: '#ts:skip=AC_AWS_0470 <reason>',
    meaning: 'elbAccessLoggingDisabled (aws_elb)'
  },
  {
    origin: 'terrascan',
    peerId: 'AWS.ELB.LM.MEDIUM.0072',
    ruleId: 'ELBIR001',
    example: '#ts:skip=AWS.ELB.LM.MEDIUM.0072 <reason>',
    meaning: 'elbAccessLoggingDisabled (aws_elb), reference id'
  },
  {
    origin: 'tfsec',
    peerId: 'elb-ir-ELBIR00N',
    ruleId: 'ELBIR00N',
    example: '#tfsec:ignore:elb-ir-ELBIR001 <reason>',
    meaning: 'our rule id written in tfsec syntax (tfsec has no access-log rule)'
  },
  {
    origin: 'trivy',
    peerId: 'ELBIR00N',
    ruleId: 'ELBIR00N',
    example: '#trivy:ignore:ELBIR001 <reason>',
    meaning: 'our rule id written in Trivy syntax (Trivy has no access-log rule)'
  }
]

/** One directive found in a comment, before it is tied to a file. */
export interface CommentDirective {
  ruleId: string
  reason: string
  origin: SuppressionOrigin
  /** 0-based offset of the directive's line inside the comment (for multi-line block comments). */
  lineOffset: number
  /**
   * KICS `ignore-line`: applies only to a finding located on the line it is on or directly above,
   * not to every finding inside a block it sits above.
   */
  lineOnly?: true
}

const OUR_ID = /^ELBIR\d{3}$/i
const peerIndex = new Map<string, string>()
for (const m of PEER_SUPPRESSIONS) {
  if (m.ruleId === 'ELBIR00N') continue
  peerIndex.set(`${m.origin}:${m.peerId.toLowerCase()}`, m.ruleId)
}

function mapPeer(origin: SuppressionOrigin, id: string): string | undefined {
  return peerIndex.get(`${origin}:${id.toLowerCase()}`)
}

/** Cheap test so that most comments are never split or matched. */
const MAYBE_DIRECTIVE = /elb-ir:|checkov:|tfsec:|trivy:|kics-scan|ts:skip/i

/** Reasons often start with a separator: `ELBIR003: reason`, `ELBIR003 -- reason`. */
function cleanReason(text: string): string {
  return text.replace(/^[\s:=\-–—]+/, '').trim()
}

/** The comment's text lines without the comment markers. */
function commentLines(text: string): string[] {
  if (text.startsWith('/*')) {
    const inner = text.slice(2, text.endsWith('*/') ? -2 : undefined)
    return inner.split(/\r?\n/).map((l) => l.replace(/^\s*\*(?!\/)/, '').trim())
  }
  if (text.startsWith('#')) return [text.slice(1).trim()]
  if (text.startsWith('//')) return [text.slice(2).trim()]
  return [text.trim()]
}

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** Parses tfsec/trivy ignore tokens: `elb-ir-ELBIR001`, `ELBIR001:exp:2025-01-01`, `ELBIR001[ws:prod]`. */
function parseIgnoreToken(token: string): { id: string; expired: boolean } {
  let id = token.replace(/\[.*$/, '')
  let expired = false
  const exp = /:exp:(\d{4}-\d{2}-\d{2})/i.exec(id)
  if (exp) expired = exp[1] < today()
  id = id.replace(/:(exp|ws):.*$/i, '')
  id = id.replace(/^elb-ir-/i, '')
  return { id, expired }
}

function parseLine(line: string, lineOffset: number, out: CommentDirective[]): void {
  let m: RegExpExecArray | null
  if ((m = /^elb-ir:ignore(?:[\s:=]+)((?:ELBIR\d{3})(?:\s*,\s*ELBIR\d{3})*)\b(.*)$/i.exec(line))) {
    const reason = cleanReason(m[2])
    for (const id of m[1].split(',')) {
      out.push({ ruleId: id.trim().toUpperCase(), reason, origin: 'elb-ir', lineOffset })
    }
    return
  }
  if ((m = /^checkov:skip=\s*([A-Za-z0-9_]+)\s*(?::(.*))?$/i.exec(line))) {
    const ruleId = mapPeer('checkov', m[1])
    if (ruleId) out.push({ ruleId, reason: (m[2] ?? '').trim(), origin: 'checkov', lineOffset })
    return
  }
  if ((m = /^(tfsec|trivy):ignore:(\S+)(.*)$/i.exec(line))) {
    const origin = m[1].toLowerCase() as 'tfsec' | 'trivy'
    // Several ignores may share a line: `#tfsec:ignore:a #tfsec:ignore:b reason`.
    const tokens = [m[2]]
    let rest = m[3]
    let more: RegExpExecArray | null
    while ((more = /^\s*#?\s*(?:tfsec|trivy):ignore:(\S+)(.*)$/i.exec(rest))) {
      tokens.push(more[1])
      rest = more[2]
    }
    const reason = cleanReason(rest)
    for (const token of tokens) {
      const { id, expired } = parseIgnoreToken(token)
      if (!expired && OUR_ID.test(id)) out.push({ ruleId: id.toUpperCase(), reason, origin, lineOffset })
    }
    return
  }
  if ((m = /^kics-scan\s+(ignore-line|ignore-block)\b(.*)$/i.exec(line))) {
    const directive: CommentDirective = { ruleId: ANY_RULE, reason: cleanReason(m[2]), origin: 'kics', lineOffset }
    if (m[1].toLowerCase() === 'ignore-line') directive.lineOnly = true
    out.push(directive)
    return
  }
  if ((m = /^kics-scan\s+disable\s*=\s*([\w-]+(?:\s*,\s*[\w-]+)*)(.*)$/i.exec(line))) {
    const reason = cleanReason(m[2])
    const seen = new Set<string>()
    for (const id of m[1].split(',')) {
      const ruleId = mapPeer('kics', id.trim())
      if (ruleId && !seen.has(ruleId)) {
        seen.add(ruleId)
        out.push({ ruleId, reason, origin: 'kics', lineOffset })
      }
    }
    return
  }
  if ((m = /^ts:skip=\s*([A-Za-z0-9_.-]+)(.*)$/i.exec(line))) {
    const ruleId = mapPeer('terrascan', m[1])
    if (ruleId) out.push({ ruleId, reason: cleanReason(m[2]), origin: 'terrascan', lineOffset })
  }
}

/**
 * The suppression directives in one comment's text (`# …`, `// …` or `/* … *\/`). A directive must
 * start a comment line (after the marker and blanks).
 */
export function parseSuppressionComment(text: string): CommentDirective[] {
  if (!MAYBE_DIRECTIVE.test(text)) return []
  const out: CommentDirective[] = []
  const lines = commentLines(text)
  for (let i = 0; i < lines.length; i++) {
    // `# # checkov:skip=…` and `#  ts:skip=…` are written in the wild: strip a stray marker.
    parseLine(lines[i].replace(/^(?:#|\/\/)\s*/, ''), i, out)
  }
  return out
}

/** PEER_SUPPRESSIONS as a Markdown table, for the README. */
export function peerSuppressionsMarkdown(): string {
  const rows = PEER_SUPPRESSIONS.map((m) => {
    const rule = m.ruleId === ANY_RULE ? 'every rule' : m.ruleId === 'ELBIR00N' ? 'the rule named' : m.ruleId
    return `| ${m.origin} | \`${m.example}\` | ${m.meaning} | ${rule} |`
  })
  return ['| tool | comment | what it means there | our rule |', '|---|---|---|---|', ...rows].join('\n')
}
