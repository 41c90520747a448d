// Every rule's fixer, in the order of the rules. A failing finding whose rule has none here is reported
// as not fixed automatically.
import type { Fixer } from '../types.js'

export const FIXERS: readonly Fixer[] = []
