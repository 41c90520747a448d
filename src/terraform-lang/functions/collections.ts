// Functions over lists, sets and maps. Lists and tuples are arrays, maps and objects are objects;
// sets are arrays without repeats, strings sorted lexically and numbers by value, as Terraform keeps them.
import { isObject, isSensitive, isUnknown, mark, UNKNOWN, type TfObject, type TfValue } from '../value.js'
import { bool, compareText, containsUnknown, equal, int, list, map, num, numbers, primitiveText, sortedKeys, str, strings, typeName, unify, unifyOrFail, unmarkDeep } from './coerce.js'
import { failed, invalid, type FunctionFamily, type FunctionSpec } from './define.js'
import { graphemes } from './strings.js'

/** A set as Terraform holds it: one common element type, no repeats, strings and numbers in order. */
export function asSet(values: TfValue[], param: string): TfValue[] {
  const unified = unifyOrFail(values, param, 'all elements must have the same type.')
  const distinct: TfValue[] = []
  const unknowns = unified.filter(isUnknown)
  for (const v of unified) if (!isUnknown(v) && !distinct.some((d) => equal(d, v))) distinct.push(v)
  if (distinct.every((v) => typeof v === 'string')) (distinct as string[]).sort(compareText)
  else if (distinct.every((v) => typeof v === 'number')) (distinct as number[]).sort((a, b) => a - b)
  // Unknown elements stay, after the known ones: each may or may not equal another once known.
  return [...distinct, ...unknowns]
}

const setOf = (value: TfValue, param: string) => asSet(list(value, param, 'any single type'), param)

function setOperation(combine: (sets: TfValue[][]) => TfValue[]): FunctionSpec {
  return {
    params: ['first_set'],
    variadic: 'other_sets',
    impl: (args) => asSet(combine(args.map((a, i) => setOf(a, i === 0 ? 'first_set' : 'other_sets'))), 'sets')
  }
}

const member = (values: TfValue[], value: TfValue) => values.some((v) => equal(v, value))

function lengthOf(value: TfValue): TfValue {
  if (isUnknown(value)) return UNKNOWN
  if (typeof value === 'string') return graphemes(value).length
  if (Array.isArray(value)) return value.length
  if (isObject(value)) return Object.keys(value).length
  if (value === null) return invalid('value', 'argument must not be null.')
  return failed('argument must be a string, a collection type, or a structural type.')
}

function coalesce(args: TfValue[]): TfValue {
  const unified = unify(args) ?? failed('all arguments must have the same type.')
  for (const arg of unified) {
    if (isUnknown(arg)) return UNKNOWN
    if (arg === null || arg === '') continue
    return arg
  }
  return failed('no non-null, non-empty-string arguments.')
}

function coalescelist(args: TfValue[]): TfValue {
  if (args.length === 0) failed('at least one argument is required.')
  for (const arg of args) {
    if (isUnknown(arg)) return UNKNOWN
    if (arg === null) continue
    if (!Array.isArray(arg)) invalid('vals', 'all arguments must be lists or tuples.')
    if (arg.length > 0) return arg
  }
  return failed('no non-null arguments.')
}

function lookup([collection, key, ...fallback]: TfValue[]): TfValue {
  if (isUnknown(collection) || containsUnknown(key)) return UNKNOWN
  const object = isObject(collection) ? collection : invalid('inputMap', 'lookup() requires a map as the first argument.')
  const name = str(key, 'key')
  if (fallback.length > 1) failed('lookup() takes no more than three arguments.')
  if (Object.hasOwn(object, name)) return object[name]
  if (fallback.length === 1) return fallback[0]
  return invalid('inputMap', `the given object has no attribute ${JSON.stringify(name)}.`)
}

function flatten(values: TfValue[]): TfValue[] {
  // A sensitive nested list is flattened too; its elements take its mark.
  const nested = (v: TfValue): TfValue[] | undefined => (isSensitive(v) && Array.isArray(v.value) ? v.value.map((e) => mark(e)) : undefined)
  if (values.some(nested)) return flatten(values.flatMap((v) => nested(v) ?? [v]))
  return values.flatMap((v) => (Array.isArray(v) ? flatten(v) : [v]))
}

function slice([listArg, start, end]: TfValue[]): TfValue {
  if (isUnknown(listArg) || containsUnknown(start) || containsUnknown(end)) return UNKNOWN
  const values = list(listArg, 'list')
  const from = int(start, 'start_index')
  const to = int(end, 'end_index')
  if (from < 0) invalid('start_index', 'start index must not be less than zero.')
  if (to > values.length) invalid('end_index', 'end index must not be greater than the length of the list.')
  if (from > to) invalid('start_index', 'start index must not be greater than end index.')
  return values.slice(from, to)
}

function range(args: TfValue[]): TfValue[] {
  const names = args.length === 1 ? ['limit'] : ['start', 'limit', 'step']
  const given = args.map((a, i) => num(a, names[i] ?? 'params'))
  if (given.length === 0 || given.length > 3) failed('must have one, two, or three arguments.')
  const [start, limit] = given.length === 1 ? [0, given[0]] : given
  const step = given[2] ?? (limit < start ? -1 : 1)
  if (step < 0 && start < limit) invalid('params', 'end must be less than start when step is negative.')
  if (step > 0 && start > limit) invalid('params', 'end must be greater than start when step is positive.')
  const out: number[] = []
  for (let v = start; step > 0 ? v < limit : step < 0 ? v > limit : v !== limit; v += step) {
    if (out.length >= 1024) failed('more than 1024 values were generated; either decrease the difference between start and end or use a smaller step.')
    out.push(v)
  }
  return out
}

function transpose(value: TfValue): TfObject {
  const source = map(value, 'values', 'list of string')
  const out: Record<string, string[]> = {}
  for (const key of sortedKeys(source)) {
    for (const item of strings(source[key], 'values')) (out[item] ??= []).push(key)
  }
  return Object.fromEntries(sortedKeys(out).map((k) => [k, out[k].sort(compareText)]))
}

function chunklist([listArg, size]: TfValue[]): TfValue[] {
  const values = list(listArg, 'list')
  const n = int(size, 'size')
  if (n < 0) failed('the size argument must be positive.')
  if (n === 0) return [values]
  const out: TfValue[][] = []
  for (let i = 0; i < values.length; i += n) out.push(values.slice(i, i + n))
  return out
}

function setproduct(args: TfValue[]): TfValue[] {
  if (args.length === 0) failed('at least two arguments are required.')
  return args.reduce<TfValue[][]>((rows, arg) => rows.flatMap((row) => list(arg, 'sets').map((v) => [...row, v])), [[]])
}

function matchkeys([valuesArg, keysArg, searchArg]: TfValue[]): TfValue[] {
  const values = list(valuesArg, 'values')
  const keys = list(keysArg, 'keys')
  const search = list(searchArg, 'searchset')
  if (values.length !== keys.length) failed('length of keys and values should be equal.')
  const text = (v: TfValue) => primitiveText(v) ?? v
  return values.filter((_, i) => search.some((s) => equal(text(s), text(keys[i]))))
}

function indexOf([listArg, value]: TfValue[]): number {
  const at = list(listArg, 'list').findIndex((v) => equal(v, value))
  return at >= 0 ? at : failed('item not found.')
}

/** True when a known element equals the value; unknown when only an unknown element might. */
function contains([listArg, value]: TfValue[]): TfValue {
  if (isUnknown(listArg) || containsUnknown(value)) return UNKNOWN
  if (!Array.isArray(listArg)) failed('argument must be list, tuple, or set.')
  if (listArg.some((v) => equal(v, value))) return true
  return listArg.some(containsUnknown) ? UNKNOWN : false
}

/** Unknown elements leave the order unknown: every position is unknown, the length is not. */
function sort([listArg]: TfValue[]): TfValue {
  if (isUnknown(listArg)) return UNKNOWN
  if (Array.isArray(listArg) && listArg.some(containsUnknown)) return listArg.map(() => UNKNOWN)
  return strings(listArg, 'list').sort(compareText)
}

function zipmap([keysArg, valuesArg]: TfValue[]): TfValue {
  if (containsUnknown(keysArg) || isUnknown(valuesArg)) return UNKNOWN
  const keys = strings(unmarkDeep(keysArg).value, 'keys')
  const values = list(valuesArg, 'values')
  if (keys.length !== values.length) failed(`number of keys (${keys.length}) does not match number of values (${values.length}).`)
  const out: TfObject = {}
  keys.forEach((key, i) => (out[key] = values[i]))
  return Object.fromEntries(sortedKeys(out).map((key) => [key, out[key]]))
}

const truth = (element: TfValue, i: number) => (element === null ? false : bool(element, 'list', `element ${i}: `))

/** anytrue: a known true element settles it even beside unknown ones. */
function anyTrue(value: TfValue): TfValue {
  if (isUnknown(value)) return UNKNOWN
  const elements = list(value, 'list', 'bool')
  if (elements.some((e, i) => !isUnknown(e) && truth(e, i))) return true
  return elements.some(isUnknown) ? UNKNOWN : false
}

/** Functions that only move elements: unknown arguments make the result unknown, unknown elements move along. */
const moving = (spec: Omit<FunctionSpec, 'allowUnknown' | 'elementMarks'>): FunctionSpec => ({
  ...spec,
  allowUnknown: true,
  elementMarks: true,
  impl: (args) => (args.some(isUnknown) ? UNKNOWN : spec.impl(args))
})

export const collections: FunctionFamily = {
  length: { params: ['value'], allowUnknown: true, elementMarks: true, impl: ([v]) => lengthOf(v) },
  coalesce: { params: [], variadic: 'vals', allowUnknown: true, impl: coalesce },
  coalescelist: { params: [], variadic: 'vals', allowUnknown: true, impl: coalescelist },
  concat: moving({
    params: [],
    variadic: 'seqs',
    impl: (args) => {
      if (args.length === 0) failed('at least one argument is required.')
      return args.flatMap((a) => (Array.isArray(a) ? a : invalid('seqs', `all arguments must be lists or tuples; got ${typeName(a)}.`)))
    }
  }),
  merge: moving({
    params: [],
    variadic: 'maps',
    impl: (args) => {
      const out: TfObject = {}
      for (const arg of args) {
        if (arg === null) continue
        if (!isObject(arg)) failed(`arguments must be maps or objects, got ${JSON.stringify(typeName(arg))}.`)
        Object.assign(out, arg)
      }
      return Object.fromEntries(sortedKeys(out).map((k) => [k, out[k]]))
    }
  }),
  lookup: { params: ['inputMap', 'key', 'default'], optional: 1, allowUnknown: true, elementMarks: true, impl: lookup },
  element: moving({
    params: ['list', 'index'],
    impl: ([l, i]) => {
      if (!Array.isArray(l)) failed(`cannot read elements from ${typeName(l)}.`)
      const index = int(i, 'index', 'invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807.')
      if (l.length === 0) failed('cannot use element function with an empty list.')
      if (index < 0) failed('cannot use element function with a negative index.')
      return l[index % l.length]
    }
  }),
  keys: moving({ params: ['inputMap'], impl: ([m]) => sortedKeys(isObject(m) ? m : invalid('inputMap', 'must have map or object type.')) }),
  values: moving({
    params: ['mapping'],
    impl: ([m]) => {
      const object = isObject(m) ? m : failed('values() requires a map as the first argument.')
      return sortedKeys(object).map((k) => object[k])
    }
  }),
  flatten: { params: ['list'], elementMarks: true, impl: ([l]) => flatten(Array.isArray(l) ? l : failed('can only flatten lists, sets and tuples.')) },
  distinct: {
    params: ['list'],
    impl: ([l]) => {
      const out: TfValue[] = []
      for (const v of unifyOrFail(list(l, 'list'), 'list', 'list of any single type required.')) if (!member(out, v)) out.push(v)
      return out
    }
  },
  contains: { params: ['list', 'value'], allowUnknown: true, impl: contains },
  compact: { params: ['list'], impl: ([l]) => list(l, 'list', 'string').filter((v) => v !== null && v !== '').map((v, i) => str(v, 'list', `element ${i}: `)) },
  zipmap: { params: ['keys', 'values'], allowUnknown: true, elementMarks: true, impl: zipmap },
  slice: moving({ params: ['list', 'start_index', 'end_index'], impl: slice }),
  reverse: moving({ params: ['list'], impl: ([l]) => [...list(l, 'list')].reverse() }),
  sort: { params: ['list'], allowUnknown: true, impl: sort },
  range: { params: [], variadic: 'params', impl: range },
  index: { params: ['list', 'value'], impl: indexOf },
  one: moving({
    params: ['list'],
    impl: ([l]) => {
      const values = Array.isArray(l) ? l : invalid('list', 'must be a list, set, or tuple value with either zero or one elements.')
      if (values.length > 1) invalid('list', 'must be a list, set, or tuple value with either zero or one elements.')
      return values.length === 0 ? null : values[0]
    }
  }),
  alltrue: { params: ['list'], impl: ([l]) => list(l, 'list', 'bool').every(truth) },
  anytrue: { params: ['list'], allowUnknown: true, impl: ([l]) => anyTrue(l) },
  sum: {
    params: ['list'],
    impl: ([l]) => {
      const values = numbers(l, 'list')
      if (values.length === 0) invalid('list', 'cannot sum an empty list.')
      return values.reduce((a, b) => a + b, 0)
    }
  },
  setunion: { ...setOperation((sets) => sets.flat()), allowUnknown: true },
  setintersection: setOperation(([first, ...rest]) => first.filter((v) => rest.every((s) => member(s, v)))),
  setsubtract: { params: ['a', 'b'], impl: ([a, b]) => setOf(a, 'a').filter((v) => !member(setOf(b, 'b'), v)) },
  setproduct: moving({ params: [], variadic: 'sets', impl: setproduct }),
  chunklist: moving({ params: ['list', 'size'], impl: chunklist }),
  transpose: { params: ['values'], impl: ([v]) => transpose(v) },
  matchkeys: { params: ['values', 'keys', 'searchset'], impl: matchkeys }
}
