// A flag the app computes when the server sent none but the value lies outside the stated range
// (Oracle Health labs arrive with `high`-only ranges and no interpretation at all). It is kept apart
// from the server's `interpretation`, names the rule that produced it, and is never critical: the
// app cannot know the critical limits.
import type { ObservationValue } from './observation-value.ts'
import type { ReferenceRange } from './observation-fields.ts'
import type { RuleId } from './rules.ts'

export interface DerivedFlag {
  flag: 'H' | 'L'
  rule: RuleId
  /** The bound the value crossed, as the range stated it, e.g. "high 5.1" or "<5.7". */
  basis: string
}

interface Bounds {
  low?: { value: number; inclusive: boolean }
  high?: { value: number; inclusive: boolean }
}

const NUMBER = '([-+]?\\d+(?:\\.\\d+)?)'

/** "<5.7", "<=450", "≤450", ">60", ">=40", "3.5-5.1", "0.57 - 1.11 mg/dL"; undefined when it does not parse. */
export function parseRangeText(text: string): Bounds | undefined {
  const t = text.trim().replace(/≤/g, '<=').replace(/≥/g, '>=')
  const one = new RegExp(`^(<=|>=|<|>)\\s*${NUMBER}(?:\\s+\\S.*)?$`).exec(t)
  if (one?.[1] && one[2]) {
    const value = Number(one[2])
    // "<5.7" states the normal values: below 5.7 is normal, so 5.7 itself is out of range.
    if (one[1].startsWith('<')) return { high: { value, inclusive: one[1] === '<=' } }
    return { low: { value, inclusive: one[1] === '>=' } }
  }
  const both = new RegExp(`^${NUMBER}\\s*(?:-|–|to)\\s*${NUMBER}(?:\\s+\\S.*)?$`).exec(t)
  if (both?.[1] && both[2]) return { low: { value: Number(both[1]), inclusive: true }, high: { value: Number(both[2]), inclusive: true } }
  return undefined
}

function sameUnit(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b
}

/** The derived flag for a numeric value outside its normal range, or undefined. */
export function deriveFlag(value: ObservationValue, range: ReferenceRange | undefined): DerivedFlag | undefined {
  if (!range || value.kind !== 'quantity' || !sameUnit(value.unit, range.unit)) return undefined
  const v = value.value
  if (range.high !== undefined && v > range.high) {
    return { flag: 'H', rule: range.low === undefined ? 'flag.derived-high-only' : 'flag.derived-numeric', basis: `> ${range.high}` }
  }
  if (range.low !== undefined && v < range.low) {
    return { flag: 'L', rule: range.high === undefined ? 'flag.derived-low-only' : 'flag.derived-numeric', basis: `< ${range.low}` }
  }
  if (range.low !== undefined || range.high !== undefined || range.text === undefined) return undefined
  const b = parseRangeText(range.text)
  if (!b) return undefined
  if (b.high && (b.high.inclusive ? v > b.high.value : v >= b.high.value)) return { flag: 'H', rule: 'flag.derived-text', basis: range.text }
  if (b.low && (b.low.inclusive ? v < b.low.value : v <= b.low.value)) return { flag: 'L', rule: 'flag.derived-text', basis: range.text }
  return undefined
}
