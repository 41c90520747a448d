// Decoders of whole documents into values: csvdecode and yamldecode.
import { parseAllDocuments } from 'yaml'
import { type TfObject, type TfValue } from '../value.js'
import { objectOf, str } from './coerce.js'
import { failed, type FunctionFamily } from './define.js'

/** RFC 4180 records, as Go's encoding/csv reads them (quoted fields, doubled quotes, CRLF or LF). */
function csvRecords(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') field += text[++i]
      else quoted = false
    } else if (c === '"' && field === '') {
      quoted = true
    } else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++
      records.push([...record, field])
      record = []
      field = ''
    } else {
      field += c
    }
  }
  if (quoted) failed(`CSV parse error on line ${text.split('\n').length}: extraneous or missing " in quoted-field.`)
  if (field !== '' || record.length > 0) records.push([...record, field])
  return records.filter((r) => !(r.length === 1 && r[0] === ''))
}

function csvdecode(text: string): TfObject[] {
  const [header, ...rows] = csvRecords(text)
  if (!header) failed('missing header line.')
  return rows.map((row, i) => {
    if (row.length !== header.length) failed(`CSV parse error on line ${i + 2}: wrong number of fields.`)
    return Object.fromEntries(header.map((name, j) => [name, row[j]]))
  })
}

function fromYaml(value: unknown): TfValue {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.map(fromYaml)
  if (value instanceof Date) return value.toISOString().replace(/\.000Z$/, 'Z')
  if (typeof value === 'object') return objectOf(Object.entries(value).map(([k, v]) => [k, fromYaml(v)]))
  if (typeof value === 'bigint') return Number(value)
  return value as TfValue
}

/** YAML 1.1, as Terraform reads it: yes and no are booleans. */
function yamldecode(text: string): TfValue {
  const documents = parseAllDocuments(text, { version: '1.1' })
  if (!Array.isArray(documents) || documents.length === 0) return failed('on line 1, column 1: missing start of document.')
  if (documents.length > 1) failed('on line 1, column 1: unexpected extra content after value.')
  const [document] = documents
  if (document.errors.length > 0) failed(`on line ${document.errors[0].linePos?.[0].line ?? 1}, column ${document.errors[0].linePos?.[0].col ?? 1}: ${document.errors[0].message.split('\n')[0]}.`)
  return fromYaml(document.toJS({ mapAsMap: false }))
}

export const documents: FunctionFamily = {
  csvdecode: { params: ['str'], impl: ([s]) => csvdecode(str(s, 'str')) },
  yamldecode: { params: ['src'], impl: ([s]) => yamldecode(str(s, 'src')) }
}
