import { closeSync, openSync, readSync } from 'node:fs'
import { decodePlanBytes, isUtf16WithoutBom } from './decode.js'
import { InputError } from '../errors.js'
import { MAX_MODULE_DEPTH, modulesTooDeep, SHOW_JSON_REMEDY } from './limits.js'

// Reads a plan (or state) file in chunks and keeps only what the model needs, without ever holding the whole file
// or a JSON tree of it: plans of hundreds of MB (and past V8's 512 MB string limit) cost little memory
// and less time than JSON.parse. The result has exactly the shape prunePlan gives, plus the top-level
// keys that tell a plan from other files (their values replaced by null when they are large).

const CHUNK = 4 * 1024 * 1024
const QUOTE = 0x22
const BACKSLASH = 0x5c

/** Top-level keys whose (small) values are kept as they are. */
const TOP_LEVEL_VALUES = new Set(['format_version', 'terraform_version', 'errored', 'variables', 'remote_plan_format', 'plan_format_version', 'encryption_version', 'version', 'lineage'])
const MODULE_CALL_VALUES = new Set(['source', 'expressions', 'count_expression', 'for_each_expression', 'depends_on'])

export interface StreamOptions {
  keep: ReadonlySet<string>
  /** Called after each chunk with the bytes read so far. */
  onProgress?: (bytesRead: number) => void
  /** Called with every byte of the file as read, in order (for its digest). */
  onBytes?: (chunk: Buffer) => void
}

interface ChunkSource {
  /** Reads up to `length` bytes of UTF-8 into `target` at `offset`; 0 at the end. */
  read(target: Buffer, offset: number, length: number): number
  close(): void
}

class Truncated extends Error {}
class TooDeep extends Error {}
class Malformed extends Error {
  constructor(readonly offset: number) {
    super('malformed')
  }
}

/** A window over the input that grows only while a value is being captured. */
class ByteReader {
  buf = Buffer.allocUnsafe(CHUNK * 2)
  pos = 0
  end = 0
  /** Input offset of buf[0]. */
  base = 0
  /** Start of the value being captured, kept in the window; -1 when none. */
  mark = -1
  /** Start of the string being skipped, kept in the window; -1 when none. */
  pin = -1
  bytesRead = 0
  private done = false

  constructor(
    private readonly source: ChunkSource,
    private readonly onProgress?: (bytesRead: number) => void
  ) {}

  /** Brings more input into the window. Returns how far indices shifted, or -1 at the end of input. */
  fill(): number {
    if (this.done) return -1
    let keepFrom = this.pos
    if (this.mark >= 0 && this.mark < keepFrom) keepFrom = this.mark
    if (this.pin >= 0 && this.pin < keepFrom) keepFrom = this.pin
    const kept = this.end - keepFrom
    if (kept + CHUNK > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, kept + CHUNK))
      this.buf.copy(grown, 0, keepFrom, this.end)
      this.buf = grown
    } else if (keepFrom > 0) {
      this.buf.copy(this.buf, 0, keepFrom, this.end)
    }
    this.pos -= keepFrom
    if (this.mark >= 0) this.mark -= keepFrom
    if (this.pin >= 0) this.pin -= keepFrom
    this.base += keepFrom
    this.end = kept
    const n = this.source.read(this.buf, this.end, this.buf.length - this.end)
    if (n === 0) {
      this.done = true
      return -1
    }
    this.end += n
    this.bytesRead += n
    this.onProgress?.(this.bytesRead)
    return keepFrom
  }

  /** The next byte that is not white space, without consuming it; -1 at the end. */
  peek(): number {
    for (;;) {
      while (this.pos < this.end) {
        const c = this.buf[this.pos]
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c
        this.pos++
      }
      if (this.fill() < 0) return -1
    }
  }

  expect(byte: number): void {
    if (this.peek() !== byte) this.fail()
    this.pos++
  }

  /** After a member or element: true when another follows (a comma was read), false at the closing bracket. */
  next(close: number): boolean {
    const c = this.peek()
    if (c === 0x2c) {
      this.pos++
      return true
    }
    if (c === close) {
      this.pos++
      return false
    }
    return this.fail()
  }

  /** Opens `{` or `[`; false when the container is empty (and consumed). */
  open(openByte: number, closeByte: number): boolean {
    this.expect(openByte)
    if (this.peek() === closeByte) {
      this.pos++
      return false
    }
    return true
  }

  fail(): never {
    if (this.done && this.pos >= this.end) throw new Truncated()
    throw new Malformed(this.base + this.pos)
  }

  /** Skips the string at pos (its opening quote); returns where it starts in the window now. */
  skipString(): number {
    this.pin = this.pos
    let from = this.pos + 1
    for (;;) {
      const i = this.buf.indexOf(QUOTE, from)
      if (i === -1 || i >= this.end) {
        from = this.end
        const shift = this.fill()
        if (shift < 0) throw new Truncated()
        from -= shift
        continue
      }
      let k = i - 1
      while (this.buf[k] === BACKSLASH) k--
      if ((i - 1 - k) % 2 === 0) {
        const start = this.pin
        this.pin = -1
        this.pos = i + 1
        return start
      }
      from = i + 1
    }
  }

  readString(): string {
    if (this.peek() !== QUOTE) this.fail()
    const start = this.skipString()
    const raw = this.buf.subarray(start + 1, this.pos - 1)
    if (raw.indexOf(BACKSLASH) === -1) return raw.toString('utf8')
    try {
      return JSON.parse(this.buf.toString('utf8', start, this.pos)) as string
    } catch {
      // A bad escape (`\q`, `\u12`) is broken JSON like any other.
      throw new Malformed(this.base + start)
    }
  }

  skipValue(): void {
    const c = this.peek()
    if (c === QUOTE) {
      this.skipString()
      return
    }
    if (c === 0x7b || c === 0x5b) {
      this.pos++
      this.skipRest()
      return
    }
    if (c === -1) throw new Truncated()
    // A number, true, false or null.
    const start = this.pos
    for (;;) {
      if (this.pos >= this.end && this.fill() < 0) break
      const b = this.buf[this.pos]
      if (b === 0x2c || b === 0x7d || b === 0x5d || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) break
      this.pos++
    }
    if (this.pos === start) this.fail()
  }

  /** Parses the value at pos with JSON.parse. */
  capture(): unknown {
    this.peek()
    this.mark = this.pos
    this.skipValue()
    const text = this.buf.toString('utf8', this.mark, this.pos)
    this.mark = -1
    try {
      return JSON.parse(text)
    } catch {
      // A literal cut by the end of the file (`"errored":fa`) is a truncated file, as reading whole says.
      if (this.done && this.pos >= this.end) throw new Truncated()
      throw new Malformed(this.base + this.pos)
    }
  }

  /** Walks an object's members; `member` must consume each value. */
  object(member: (key: string) => void): void {
    if (!this.open(0x7b, 0x7d)) return
    do {
      const key = this.readString()
      this.expect(0x3a)
      member(key)
    } while (this.next(0x7d))
  }

  /**
   * Walks an object's members without making strings of the keys: `member` gets the key's bytes as
   * [start, end) in the window (valid until it reads on) and must consume the value.
   */
  objectRaw(member: (start: number, end: number) => void): void {
    if (!this.open(0x7b, 0x7d)) return
    do {
      if (this.peek() !== QUOTE) this.fail()
      let start = this.skipString()
      let end = this.pos
      // Reading on to the colon may move the window: keep the key in it and follow the shift.
      const base = this.base
      this.pin = start
      this.expect(0x3a)
      this.pin = -1
      const shift = this.base - base
      start -= shift
      end -= shift
      member(start + 1, end - 1)
    } while (this.next(0x7d))
  }

  /** Skips the rest of the object or array being read, through its closing bracket. */
  skipRest(): void {
    let depth = 1
    for (;;) {
      if (this.pos >= this.end && this.fill() < 0) throw new Truncated()
      const b = this.buf[this.pos]
      if (b === QUOTE) {
        this.skipString()
        continue
      }
      if (b === 0x7b || b === 0x5b) depth++
      else if (b === 0x7d || b === 0x5d) {
        depth--
        if (depth === 0) {
          this.pos++
          return
        }
      }
      this.pos++
    }
  }

  /** Whether the bytes [start, end) spell `word` (ASCII). */
  is(start: number, end: number, word: string): boolean {
    if (end - start !== word.length || start < 0) return false
    for (let i = 0; i < word.length; i++) if (this.buf[start + i] !== word.charCodeAt(i)) return false
    return true
  }

  array(element: () => void): void {
    if (!this.open(0x5b, 0x5d)) return
    do element()
    while (this.next(0x5d))
  }
}

/** Reads a plan file, keeping only resources of the given types; the result still needs classifyPlan. */
export function readPlanStreaming(path: string, options: StreamOptions): Record<string, unknown> {
  const source = openSource(path, options.onBytes)
  try {
    const reader = new ByteReader(source, options.onProgress)
    try {
      const doc = readTopLevel(reader, options.keep)
      if (reader.peek() !== -1) throw new Malformed(reader.base + reader.pos)
      return doc
    } catch (error) {
      if (error instanceof Truncated) throw new InputError(path, 'ends before the JSON is complete (a truncated file?)', 'Re-create it with `terraform show -json <planfile> > plan.json`')
      if (error instanceof Malformed) throw new InputError(path, `is not valid JSON (at byte ${error.offset})`, SHOW_JSON_REMEDY)
      if (error instanceof TooDeep) throw modulesTooDeep(path)
      throw error
    }
  } finally {
    source.close()
  }
}

function readTopLevel(r: ByteReader, keep: ReadonlySet<string>): Record<string, unknown> {
  const doc: Record<string, unknown> = {}
  if (r.peek() !== 0x7b) r.fail()
  r.object((key) => {
    let value: unknown
    if (TOP_LEVEL_VALUES.has(key)) value = r.capture()
    else if (key === 'resource_changes') value = filteredArray(r, keep)
    else if (key === 'planned_values') value = readValues(r, keep, false, true)
    else if (key === 'prior_state') value = readPriorState(r, keep)
    else if (key === 'configuration') value = readConfiguration(r, keep)
    // State: `values` of `terraform show -json` without a plan file, `resources` of a raw state file.
    else if (key === 'values') value = readValues(r, keep)
    else if (key === 'resources') value = filteredArray(r, keep)
    else {
      // Only its presence matters.
      r.skipValue()
      value = null
    }
    define(doc, key, value)
  })
  const changes = doc.resource_changes
  const changed = new Set(Array.isArray(changes) ? changes.map((rc) => (rc && typeof rc === 'object' ? (rc as { address?: unknown }).address : undefined)).filter((a): a is string => typeof a === 'string') : [])
  const planned = doc.planned_values as { root_module?: unknown } | null | undefined
  if (planned && typeof planned === 'object') settleDeferred(planned.root_module, changed)
  return doc
}

/**
 * An array of resource objects, keeping those whose top-level `type` is kept (and anything odd, for
 * validation). `dataOnly` keeps only data sources (prior_state: the model reads only those from it).
 */
function filteredArray(r: ByteReader, keep: ReadonlySet<string>, dataOnly = false, defer = false): unknown {
  if (r.peek() !== 0x5b) return r.capture()
  const kept: unknown[] = []
  r.array(() => {
    if (r.peek() !== 0x7b) {
      kept.push(r.capture())
      return
    }
    r.mark = r.pos
    let type: string | undefined
    let oddType = false
    let data = false
    let oddMode = false
    // Every key is looked at: of a key given twice the last counts, as with JSON.parse. (Skipping the
    // rest of a resource once its type rules it out would judge `"type":"x",...,"type":"aws_lb"` wrong.)
    r.objectRaw((start, end) => {
      if (r.is(start, end, 'type')) {
        oddType = r.peek() !== QUOTE
        type = oddType ? (r.skipValue(), undefined) : r.readString()
      } else if (dataOnly && r.is(start, end, 'mode')) {
        oddMode = r.peek() !== QUOTE
        data = oddMode ? (r.skipValue(), false) : r.readString() === 'data'
      } else r.skipValue()
    })
    const odd = oddType || oddMode
    if (odd || type === undefined || (keep.has(type) && (!dataOnly || data))) {
      // planned_values mostly repeats resource_changes, which comes later: parse it only if needed.
      const address = defer && !odd ? leadingAddress(r) : undefined
      kept.push(address !== undefined ? new Deferred(address, Buffer.from(r.buf.subarray(r.mark, r.pos)), r.base + r.mark) : parseSlice(r))
    }
    r.mark = -1
  })
  return kept
}

const LEADING_ADDRESS = /^\{\s*"address"\s*:\s*("(?:[^"\\]|\\.)*")/
const ADDRESS_KEY = Buffer.from('"address"')

/**
 * The `address` of the marked resource when it is its first key, as Terraform writes it, and its only
 * one: of a key given twice JSON.parse keeps the last, so such a resource is parsed, not deferred.
 */
function leadingAddress(r: ByteReader): string | undefined {
  const head = r.buf.toString('utf8', r.mark, Math.min(r.pos, r.mark + 4096))
  const match = LEADING_ADDRESS.exec(head)
  if (!match || r.buf.subarray(r.mark + Buffer.byteLength(match[0]), r.pos).includes(ADDRESS_KEY)) return undefined
  try {
    return JSON.parse(match[1]) as string
  } catch {
    return undefined
  }
}

/** A planned_values resource kept as bytes until resource_changes has been read. */
class Deferred {
  constructor(
    readonly address: string,
    readonly bytes: Buffer,
    readonly offset: number
  ) {}
}

/** Parses the deferred planned_values resources that resource_changes does not hold; drops the others. */
function settleDeferred(module: unknown, changed: Set<string>): void {
  if (!module || typeof module !== 'object') return
  const m = module as { resources?: unknown; child_modules?: unknown }
  if (Array.isArray(m.resources)) {
    m.resources = m.resources
      .filter((r) => !(r instanceof Deferred && changed.has(r.address)))
      .map((r) => {
        if (!(r instanceof Deferred)) return r
        try {
          return JSON.parse(r.bytes.toString('utf8'))
        } catch {
          throw new Malformed(r.offset)
        }
      })
  }
  if (Array.isArray(m.child_modules)) for (const child of m.child_modules) settleDeferred(child, changed)
}

type FieldReaders = Record<string, () => unknown>

/**
 * Reads an object, keeping only the named members, each read by its reader; the other members are
 * skipped. Anything that is not an object is kept as it is, for validation to name.
 */
function fields(r: ByteReader, readers: FieldReaders): unknown {
  if (r.peek() !== 0x7b) return r.capture()
  const out: Record<string, unknown> = {}
  r.object((key) => {
    if (Object.hasOwn(readers, key)) out[key] = readers[key]()
    else r.skipValue()
  })
  return out
}

/** An array read element by element; anything that is not an array is kept as it is. */
function elements(r: ByteReader, element: () => unknown): unknown {
  if (r.peek() !== 0x5b) return r.capture()
  const out: unknown[] = []
  r.array(() => out.push(element()))
  return out
}

const capture = (r: ByteReader) => () => r.capture()

function readValues(r: ByteReader, keep: ReadonlySet<string>, dataOnly = false, defer = false): unknown {
  return fields(r, { root_module: () => readModuleValues(r, keep, dataOnly, defer, 0) })
}

/** Modules are read recursively: too deep a nesting is refused before it exhausts the stack. */
function nested(depth: number): number {
  if (depth >= MAX_MODULE_DEPTH) throw new TooDeep()
  return depth + 1
}

function readModuleValues(r: ByteReader, keep: ReadonlySet<string>, dataOnly: boolean, defer: boolean, depth: number): unknown {
  return fields(r, {
    address: capture(r),
    resources: () => filteredArray(r, keep, dataOnly, defer),
    child_modules: () => elements(r, () => readModuleValues(r, keep, dataOnly, defer, nested(depth)))
  })
}

function readPriorState(r: ByteReader, keep: ReadonlySet<string>): unknown {
  return fields(r, { format_version: capture(r), values: () => readValues(r, keep, true) })
}

function readConfiguration(r: ByteReader, keep: ReadonlySet<string>): unknown {
  return fields(r, { provider_config: capture(r), root_module: () => readModuleConfig(r, keep, 0) })
}

function readModuleConfig(r: ByteReader, keep: ReadonlySet<string>, depth: number): unknown {
  return fields(r, {
    resources: () => configResources(r, keep),
    module_calls: () => {
      if (r.peek() !== 0x7b) return r.capture()
      const calls: Record<string, unknown> = {}
      r.object((name) => define(calls, name, readModuleCall(r, keep, nested(depth))))
      return calls
    },
    outputs: capture(r),
    variables: capture(r)
  })
}

function readModuleCall(r: ByteReader, keep: ReadonlySet<string>, depth: number): unknown {
  const readers: FieldReaders = { module: () => readModuleConfig(r, keep, depth) }
  for (const key of MODULE_CALL_VALUES) readers[key] = capture(r)
  return fields(r, readers)
}

/** Configuration blocks: kept whole for kept types, as stubs (address, mode, type, name) for the others. */
function configResources(r: ByteReader, keep: ReadonlySet<string>): unknown {
  if (r.peek() !== 0x5b) return r.capture()
  const resources: unknown[] = []
  r.array(() => {
    if (r.peek() !== 0x7b) {
      resources.push(r.capture())
      return
    }
    r.mark = r.pos
    const stub: Record<string, unknown> = {}
    r.object((key) => {
      if (key !== 'address' && key !== 'mode' && key !== 'type' && key !== 'name') r.skipValue()
      else if (r.peek() === QUOTE) stub[key] = r.readString()
      else {
        // Given twice, the last counts: a string then something else is no stub but a block to validate.
        stub[key] = undefined
        r.skipValue()
      }
    })
    if (typeof stub.type !== 'string' || keep.has(stub.type)) resources.push(parseSlice(r))
    else resources.push({ address: stub.address, mode: stub.mode, type: stub.type, name: stub.name })
    r.mark = -1
  })
  return resources
}


/** JSON.parse of the marked value (just walked). */
function parseSlice(r: ByteReader): unknown {
  try {
    return JSON.parse(r.buf.toString('utf8', r.mark, r.pos))
  } catch {
    throw new Malformed(r.base + r.mark)
  }
}

/** Keys from the file are defined, never assigned: `__proto__` stays an ordinary key. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * Opens the file as a UTF-8 byte source: UTF-8 with or without BOM as it is, UTF-16 with BOM transcoded
 * chunk by chunk. Anything that does not start like a plan is refused with the in-memory reader's words.
 */
function openSource(path: string, onBytes: (chunk: Buffer) => void = () => {}): ChunkSource {
  const fd = openSync(path, 'r')
  const head = Buffer.allocUnsafe(65536)
  const headLength = readSync(fd, head, 0, head.length, 0)
  const first = head.subarray(0, headLength)
  let offset = 0
  let utf16: 'utf-16le' | 'utf-16be' | null = null
  if (first[0] === 0xff && first[1] === 0xfe) utf16 = 'utf-16le'
  else if (first[0] === 0xfe && first[1] === 0xff) utf16 = 'utf-16be'
  else if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) offset = 3
  const prefix = utf16 ? new TextDecoder(utf16).decode(first.subarray(2, headLength - (headLength % 2))) : first.subarray(offset).toString('utf8')
  if (!/^\s*\{/.test(prefix) || isUtf16WithoutBom(first)) {
    closeSync(fd)
    // Let the in-memory reader explain (zip, wrapper output, not JSON); a prefix that passes is still no object.
    decodePlanBytes(first, path)
    throw new InputError(path, 'is JSON but not a Terraform plan (not an object)', SHOW_JSON_REMEDY)
  }
  if (!utf16) {
    let position = offset
    onBytes(first.subarray(0, offset))
    return {
      read(target, at, length) {
        const n = readSync(fd, target, at, Math.min(length, CHUNK), position)
        position += n
        onBytes(target.subarray(at, at + n))
        return n
      },
      close: () => closeSync(fd)
    }
  }
  const decoder = new TextDecoder(utf16)
  let position = 2
  onBytes(first.subarray(0, 2))
  let pending: Buffer = Buffer.alloc(0)
  const raw = Buffer.allocUnsafe(CHUNK)
  return {
    read(target, at, length) {
      while (pending.length === 0) {
        const n = readSync(fd, raw, 0, raw.length, position)
        position += n
        onBytes(raw.subarray(0, n))
        // At the end a character cut in half is dropped, not replaced, as reading whole does.
        if (n === 0) return 0
        pending = Buffer.from(decoder.decode(raw.subarray(0, n), { stream: true }), 'utf8')
      }
      const count = Math.min(length, pending.length)
      pending.copy(target, at, 0, count)
      pending = pending.subarray(count)
      return count
    },
    close: () => closeSync(fd)
  }
}
