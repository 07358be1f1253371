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
  const utc = plainUtc(s)
  if (utc !== undefined) return { value: utc, changed: false }
  if (PARTIAL_DATE.test(s)) return { value: s, changed: false }
  if (!DATE_TIME.test(s)) return undefined
  const ms = Date.parse(s)
  if (Number.isNaN(ms)) return undefined
  const value = new Date(ms).toISOString()
  return { value, changed: value !== s && !sameUtcInstantText(s, value) }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** Days in `month` (1–12) of `year`, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/** The decimal number in s[from, to), or -1 if any character there is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/**
 * The UTC ISO form of "YYYY-MM-DDThh:mm:ssZ" or "YYYY-MM-DDThh:mm:ss.sssZ" naming a real calendar
 * instant, read from the text alone; undefined for any other shape (then Date parses it). Almost
 * every reading arrives in one of these two shapes, and most times are seen once, so this is the
 * path that mapping a long history takes. Days past the month's end, hour 24 and the like are left
 * to Date, which rolls them over.
 */
export function plainUtc(s: string): string | undefined {
  const n = s.length
  if ((n !== 20 && n !== 24) || s[n - 1] !== 'Z' || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return undefined
  if (n === 24 && (s[19] !== '.' || digits(s, 20, 23) < 0)) return undefined
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 7)
  const day = digits(s, 8, 10)
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined
  if (day > daysInMonth(year, month)) return undefined
  const hour = digits(s, 11, 13)
  const minute = digits(s, 14, 16)
  const second = digits(s, 17, 19)
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined
  return n === 24 ? s : `${s.slice(0, 19)}.000Z`
}

/** "…T14:05:00Z" and "…T14:05:00.000Z" are the same text up to precision, not a conversion. */
function sameUtcInstantText(original: string, iso: string): boolean {
  return original.endsWith('Z') && iso.startsWith(original.slice(0, 19))
}

/** Calendar date (YYYY-MM-DD) of a date or date-time, in UTC; undefined for partial dates. */
export function datePart(v: string | undefined): string | undefined {
  return v !== undefined && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined
}
