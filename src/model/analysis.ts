import type { PlanIndex, ResourceInstance } from './plan-index.js'
import type { PathStep, Value } from './value.js'

/** A resource that reads data for analysis (a Glue table, a crawler, an Athena query), with the locations it names. */
export interface AnalysisReader {
  resource: ResourceInstance
  locations: ReaderLocation[]
}

export interface ReaderLocation {
  path: PathStep[]
  /** The location text as planned: a known s3:// path (or a query holding some), or unknown until apply. */
  value: Value
  /** When the value is unknown: the managed buckets its expression refers to. */
  buckets: ResourceInstance[]
  /** When the value is unknown: part of its expression could not be followed. */
  unresolved: boolean
  /** When the value is unknown: the references its expression is built from, as the configuration writes them. */
  references: string[]
}

/** Where each analysis resource names the data it reads. */
const READERS: { type: string; paths: (r: ResourceInstance) => PathStep[][] }[] = [
  { type: 'aws_glue_catalog_table', paths: () => [['storage_descriptor', 0, 'location'], ['parameters', 'storage.location.template']] },
  { type: 'aws_glue_crawler', paths: (r) => s3TargetPaths(r) },
  { type: 'aws_athena_named_query', paths: () => [['query']] }
]

function s3TargetPaths(crawler: ResourceInstance): PathStep[][] {
  const targets = crawler.attrs.blocks(['s3_target'])
  const count = targets === 'unknown' ? 1 : targets.length
  return Array.from({ length: count }, (_, i) => ['s3_target', i, 'path'])
}

/** The plan's analysis readers, tables first, then crawlers, then named queries. */
export function analysisReaders(index: PlanIndex): AnalysisReader[] {
  return READERS.flatMap((reader) =>
    index.ofType(reader.type).map((resource) => ({ resource, locations: reader.paths(resource).map((path) => readerLocation(index, resource, path)) }))
  )
}

function readerLocation(index: PlanIndex, resource: ResourceInstance, path: PathStep[]): ReaderLocation {
  const value = resource.attrs.get(path)
  if (value.kind !== 'unknown') return { path, value, buckets: [], unresolved: false, references: [] }
  // Only a location known after apply is traced: a known one says where it reads by itself.
  const resolved = index.resolveAttribute(resource, path)
  return {
    path,
    value,
    buckets: resolved.targets.filter((target) => target.type === 'aws_s3_bucket'),
    unresolved: resolved.unresolved,
    references: expressionReferences(index, resource, path)
  }
}

/** The references of the configuration's expression at `path` (empty when it writes none). */
export function expressionReferences(index: PlanIndex, instance: ResourceInstance, path: PathStep[]): string[] {
  return index.expression(instance, path)?.references ?? []
}
