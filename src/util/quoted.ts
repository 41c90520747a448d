// Rule messages quote values from the plan (addresses, bucket names, regions) between two private-use
// characters, so that each output renders them safely as code: a value holding backticks, HTML or
// Markdown cannot break out of its quotes.
const OPEN = '\uE000'
const CLOSE = '\uE001'
const MARKERS = /[\uE000\uE001]/g
const QUOTED = /\uE000([^\uE000\uE001]*)\uE001/g

export function quote(value: string): string {
  return `${OPEN}${value.replace(MARKERS, '')}${CLOSE}`
}

/** Renders a message: quoted values through `value`, the text between them through `text`. */
export function renderQuoted(message: string, value: (v: string) => string, text: (t: string) => string): string {
  let out = ''
  let last = 0
  for (const match of message.matchAll(QUOTED)) {
    out += text(message.slice(last, match.index).replace(MARKERS, ''))
    out += value(match[1])
    last = match.index + match[0].length
  }
  return out + text(message.slice(last).replace(MARKERS, ''))
}

/** Plain rendering: quoted values between backticks. */
export function unquote(message: string): string {
  return renderQuoted(message, (v) => `\`${v}\``, (t) => t)
}
