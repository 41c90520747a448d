import { InputError } from '../errors.js'
import { SHOW_JSON_REMEDY } from './limits.js'

/**
 * Turns the bytes of a plan file into JSON text. Terraform writes UTF-8; PowerShell's `>` writes UTF-16
 * with a byte-order mark; some editors add a UTF-8 BOM. Recognises the things people pass by mistake
 * before spending time on a parse.
 */
export function decodePlanBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 'is empty', `${SHOW_JSON_REMEDY} > plan.json and check the command succeeded`)
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new InputError(file, 'is a saved binary plan (a zip file), not JSON', `${SHOW_JSON_REMEDY} instead of the plan file itself`)
  }
  if (startsWithAscii(bytes, 'tfplan')) {
    throw new InputError(file, 'is a binary plan from Terraform before 0.12', 'Upgrade to Terraform 0.12 or later and pass the output of `terraform show -json <planfile>`')
  }
  if (isUtf16WithoutBom(bytes)) {
    throw new InputError(file, 'is UTF-16 text without a byte-order mark', 'Save it as UTF-8, as `terraform show -json <planfile> > plan.json` writes it')
  }
  let text: string
  // A UTF-16 file of odd length was cut inside a character: that half is dropped, so the cut reads as one.
  const utf16End = bytes.length - (bytes.length % 2)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2, utf16End))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2, utf16End))
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    text = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8')
  }
  const first = firstNonSpace(text)
  if (first === -1) throw new InputError(file, 'holds only white space', `${SHOW_JSON_REMEDY} > plan.json and check the command succeeded`)
  const wrapped = text[first] !== '{' && !/^\[\s*[[{\]"]/.test(text.slice(first, first + 64))
  if (wrapped) {
    if (text.includes('{"format_version"')) {
      throw new InputError(
        file,
        'has text before the JSON (the setup-terraform wrapper writes its own lines into stdout)',
        'Set `terraform_wrapper: false` on hashicorp/setup-terraform, or write the plan with `terraform show -json <planfile> > plan.json`'
      )
    }
    throw new InputError(file, 'is not JSON', SHOW_JSON_REMEDY)
  }
  return first === 0 ? text : text.slice(first)
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    // V8's message can quote the input, which may hold secrets: keep only the position.
    const message = error instanceof Error ? error.message : ''
    const position = /position (\d+)/.exec(message)?.[1]
    // A file cut after a complete value fails at its very end ("Expected ',' or '}'"): also truncation.
    if (/end of JSON input|Unterminated string/i.test(message) || (position !== undefined && Number(position) >= text.trimEnd().length)) {
      throw new InputError(file, 'ends before the JSON is complete (a truncated file?)', `Re-create it with \`terraform show -json <planfile> > plan.json\``)
    }
    throw new InputError(file, `is not valid JSON${position ? ` (at character ${position})` : ''}`, SHOW_JSON_REMEDY)
  }
}

/** JSON as UTF-16 without a byte-order mark: its first characters are ASCII, each with a NUL byte. */
export function isUtf16WithoutBom(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false
  const opening = (b: number) => b === 0x7b || b === 0x5b || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09
  return (opening(bytes[0]) && bytes[1] === 0 && bytes[3] === 0) || (bytes[0] === 0 && opening(bytes[1]) && bytes[2] === 0)
}

function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false
  return true
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff) return i
  }
  return -1
}
