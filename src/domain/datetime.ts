// FHIR date/dateTime/instant handling. Vendors send the same instant as "…T14:05:00Z",
// "…T14:05:00.000Z" or with an offset; models carry one UTC form so equal facts compare equal.
import { str } from './json.ts'

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

export interface NormalizedTime {
  value: string
  /** True when the text changed (offset or precision normalized to UTC milliseconds). */
  changed: boolean
}

// Readings of one visit share their times, and parsing and re-printing a date-time is most of what
// mapping a vital sign costs: results are remembered by text (a pure function of it). Few: neighbours
// in a page share times, and a small memory cannot pass for speed on data it has seen before.
const remembered = new Map<string, NormalizedTime | null>()
const REMEMBER_AT_MOST = 256

/** A valid FHIR date or dateTime, with full date-times in UTC ISO form; undefined when invalid. */
export function normalizeDateTime(v: unknown): NormalizedTime | undefined {
  if (typeof v !== 'string') return undefined
  const known = remembered.get(v)
  if (known !== undefined) return known ?? undefined
  const result = parse(v)
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear()
  remembered.set(v, result ? Object.freeze(result) : null)
  return result
}

function parse(v: string): NormalizedTime | undefined {
  const s = str(v)?.trim()
  if (s === undefined) return undefined
  if (PARTIAL_DATE.test(s)) return { value: s, changed: false }
  if (!DATE_TIME.test(s)) return undefined
  const ms = Date.parse(s)
  if (Number.isNaN(ms)) return undefined
  const value = new Date(ms).toISOString()
  return { value, changed: value !== s && !sameUtcInstantText(s, value) }
}

/** "…T14:05:00Z" and "…T14:05:00.000Z" are the same text up to precision, not a conversion. */
function sameUtcInstantText(original: string, iso: string): boolean {
  return original.endsWith('Z') && iso.startsWith(original.slice(0, 19))
}

/** Calendar date (YYYY-MM-DD) of a date or date-time, in UTC; undefined for partial dates. */
export function datePart(v: string | undefined): string | undefined {
  return v !== undefined && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined
}
