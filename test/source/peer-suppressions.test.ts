import { describe, expect, it } from 'vitest'
import {
  ANY_RULE,
  PEER_SUPPRESSIONS,
  parseSuppressionComment,
  peerSuppressionsMarkdown
} from '../../src/source/peer-suppressions.js'

const ids = (text: string): string[] => parseSuppressionComment(text).map((d) => `${d.origin}:${d.ruleId}`)
const reasons = (text: string): string[] => parseSuppressionComment(text).map((d) => d.reason)

describe('our syntax', () => {
  it('reads one rule id and the reason, in every comment style', () => {
    for (const text of [
      '# elb-ir:ignore ELBIR003 central bucket lives in the security account',
      '// elb-ir:ignore ELBIR003 central bucket lives in the security account',
      '/* elb-ir:ignore ELBIR003 central bucket lives in the security account */'
    ]) {
      expect(parseSuppressionComment(text)).toEqual([
        { ruleId: 'ELBIR003', reason: 'central bucket lives in the security account', origin: 'elb-ir', lineOffset: 0 }
      ])
    }
  })

  it('reads several comma-separated ids sharing one reason', () => {
    expect(ids('# elb-ir:ignore ELBIR003, ELBIR004 managed elsewhere')).toEqual(['elb-ir:ELBIR003', 'elb-ir:ELBIR004'])
    expect(reasons('# elb-ir:ignore ELBIR003,ELBIR004 managed elsewhere')).toEqual([
      'managed elsewhere',
      'managed elsewhere'
    ])
  })

  it('gives an empty reason when none is written, and strips separators before a reason', () => {
    expect(reasons('# elb-ir:ignore ELBIR001')).toEqual([''])
    expect(reasons('# elb-ir:ignore ELBIR001   ')).toEqual([''])
    expect(reasons('# elb-ir:ignore ELBIR001: vended logs')).toEqual(['vended logs'])
    expect(reasons('# elb-ir:ignore ELBIR001 -- vended logs')).toEqual(['vended logs'])
  })

  it('finds a directive on a later line of a block comment and says which line', () => {
    expect(parseSuppressionComment('/*\n * Owned by the network team.\n * elb-ir:ignore ELBIR006 they run the Health rules\n */')).toEqual([
      { ruleId: 'ELBIR006', reason: 'they run the Health rules', origin: 'elb-ir', lineOffset: 2 }
    ])
  })

  it('does not take a mention in prose or a malformed id for a directive', () => {
    expect(ids('# see the docs for elb-ir:ignore ELBIR003')).toEqual([])
    expect(ids('# elb-ir:ignore ELBIR03 typo')).toEqual([])
    expect(ids('# elb-ir:ignore ELBIR0031 typo')).toEqual([])
    expect(ids('# elb-ir:ignore')).toEqual([])
  })
})

describe('peer syntaxes', () => {
  it('maps checkov access-log checks with the reason after the second colon', () => {
    expect(parseSuppressionComment('#checkov:skip=CKV_AWS_91:logs go to CloudWatch')).toEqual([
      { ruleId: 'ELBIR001', reason: 'logs go to CloudWatch', origin: 'checkov', lineOffset: 0 }
    ])
    expect(parseSuppressionComment('# checkov:skip=CKV_AWS_92')).toEqual([
      { ruleId: 'ELBIR001', reason: '', origin: 'checkov', lineOffset: 0 }
    ])
    expect(ids('# checkov:skip=CKV_AWS_145: Access Logging requires SSE-S3')).toEqual([])
    expect(ids('# checkov:skip=CKV2_AWS_62:no events')).toEqual([])
  })

  it('accepts our ids in tfsec and trivy syntax only', () => {
    expect(ids('#tfsec:ignore:elb-ir-ELBIR002 landing zone policy')).toEqual(['tfsec:ELBIR002'])
    expect(ids('#tfsec:ignore:ELBIR002')).toEqual(['tfsec:ELBIR002'])
    expect(ids('#trivy:ignore:ELBIR004 object lock via SCP')).toEqual(['trivy:ELBIR004'])
    expect(reasons('#trivy:ignore:ELBIR004 object lock via SCP')).toEqual(['object lock via SCP'])
    expect(ids('#tfsec:ignore:aws-elb-alb-not-public')).toEqual([])
    expect(ids('#trivy:ignore:AVD-AWS-0053')).toEqual([])
  })

  it('honours tfsec/trivy expiry dates', () => {
    expect(ids('#trivy:ignore:ELBIR003:exp:2000-01-01 too old')).toEqual([])
    expect(ids('#trivy:ignore:ELBIR003:exp:2999-01-01 later')).toEqual(['trivy:ELBIR003'])
    expect(reasons('#tfsec:ignore:elb-ir-ELBIR003:exp:2999-01-01 later')).toEqual(['later'])
  })

  it('reads several tfsec ignores on one line', () => {
    expect(ids('#tfsec:ignore:ELBIR003 #tfsec:ignore:ELBIR004 both owned by the archive team')).toEqual([
      'tfsec:ELBIR003',
      'tfsec:ELBIR004'
    ])
    expect(reasons('#tfsec:ignore:ELBIR003 #tfsec:ignore:ELBIR004 both owned by the archive team')).toEqual([
      'both owned by the archive team',
      'both owned by the archive team'
    ])
  })

  it('maps KICS query ids, drops unknown ones, and treats ignore-line and ignore-block as every rule', () => {
    expect(
      ids('# kics-scan disable=e592a0c5-5bdb-414c-9066-5dba7cdea370,20018359-6fd7-4d05-ab26-d4dffccbdf79')
    ).toEqual(['kics:ELBIR001'])
    expect(ids('# kics-scan disable=084c6686-2a70-4710-91b1-000393e54c12')).toEqual(['kics:ELBIR007'])
    expect(ids('# kics-scan ignore-line')).toEqual([`kics:${ANY_RULE}`])
    expect(parseSuppressionComment('# kics-scan ignore-block internal-only load balancer')).toEqual([
      { ruleId: '*', reason: 'internal-only load balancer', origin: 'kics', lineOffset: 0 }
    ])
  })

  it('maps terrascan ids, short and long form', () => {
    expect(parseSuppressionComment('#ts:skip=AC_AWS_0470 classic ELB retired soon')).toEqual([
      { ruleId: 'ELBIR001', reason: 'classic ELB retired soon', origin: 'terrascan', lineOffset: 0 }
    ])
    expect(ids('#ts:skip=AWS.ELB.LM.MEDIUM.0072')).toEqual(['terrascan:ELBIR001'])
    expect(ids('#ts:skip=AC_AWS_0207 other')).toEqual([])
  })

  it('has an example for every table row that the parser maps to that row', () => {
    for (const row of PEER_SUPPRESSIONS) {
      const example = row.example.replace('<reason>', 'because')
      const expected = row.ruleId === 'ELBIR00N' ? 'ELBIR001' : row.ruleId
      const lineOnly = row.peerId === 'ignore-line' ? { lineOnly: true } : {}
      expect(parseSuppressionComment(example), example).toEqual([
        { ruleId: expected, reason: 'because', origin: row.origin, lineOffset: 0, ...lineOnly }
      ])
    }
  })
})

describe('the table for the README', () => {
  it('has a row per mapping, naming the comment and our rule', () => {
    const table = peerSuppressionsMarkdown().split('\n')
    expect(table).toHaveLength(PEER_SUPPRESSIONS.length + 2)
    expect(table).toContain(
      '| checkov | `#checkov:skip=CKV_AWS_91:<reason>` | ELBv2 (aws_lb, aws_alb) access logging enabled | ELBIR001 |'
    )
    expect(table).toContain(
      '| kics | `# kics-scan ignore-line <reason>` | every finding located on the next line (or this line) | every rule |'
    )
  })
})
