/**
 * Path segments percent-encoded for a URI (RFC 3986): `#`, `?` and `:` stay part of the path instead of
 * starting a fragment, a query or a scheme, and `()!*'` (which encodeURIComponent leaves) cannot end a
 * Markdown link early.
 */
export function encodePathSegments(segments: readonly string[]): string {
  return segments.map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')
}
