// @vitest-environment node
// The flag the app adds when a server sends a range but no flag (Oracle Health labs): which side,
// which rule, and never a flag where the value and the range are in different units.
import { describe, expect, it } from 'vitest'
import { deriveFlag, parseRangeText } from './derived-flag.ts'
import type { ObservationValue } from './observation-value.ts'

const q = (value: number, unit?: string): ObservationValue => ({ kind: 'quantity', value, alternates: [], ...(unit !== undefined && { unit }) })

describe('parseRangeText', () => {
  it('reads one-sided ranges; "<" states the normal values, so the bound itself is out of range', () => {
    expect(parseRangeText('<5.7')).toEqual({ high: { value: 5.7, inclusive: false } })
    expect(parseRangeText(' <= 450 ')).toEqual({ high: { value: 450, inclusive: true } })
    expect(parseRangeText('≤450 mg/dL')).toEqual({ high: { value: 450, inclusive: true } })
    expect(parseRangeText('>60')).toEqual({ low: { value: 60, inclusive: false } })
    expect(parseRangeText('≥ 40')).toEqual({ low: { value: 40, inclusive: true } })
    expect(parseRangeText('>-1.5')).toEqual({ low: { value: -1.5, inclusive: false } })
  })

  it('reads two-sided ranges with a hyphen, an en dash or "to", a unit after them allowed', () => {
    const both = { low: { value: 3.5, inclusive: true }, high: { value: 5.1, inclusive: true } }
    expect(parseRangeText('3.5-5.1')).toEqual(both)
    expect(parseRangeText('3.5 – 5.1 mmol/L')).toEqual(both)
    expect(parseRangeText('3.5 to 5.1')).toEqual(both)
  })

  it('reads nothing else', () => {
    for (const text of ['negative', '<', '5.1', '3.5-', 'about 3.5-5.1', '<5.7x', '3.5-5.1x', '']) expect(parseRangeText(text), text).toBeUndefined()
  })
})

describe('deriveFlag', () => {
  it('flags above a high-only range and below a low-only range, naming which kind of range it was', () => {
    expect(deriveFlag(q(6.2, 'mmol/L'), { high: 5.1, unit: 'mmol/L' })).toEqual({ flag: 'H', rule: 'flag.derived-high-only', basis: '> 5.1' })
    expect(deriveFlag(q(30), { low: 60 })).toEqual({ flag: 'L', rule: 'flag.derived-low-only', basis: '< 60' })
    expect(deriveFlag(q(6.2), { low: 3.5, high: 5.1 })).toEqual({ flag: 'H', rule: 'flag.derived-numeric', basis: '> 5.1' })
    expect(deriveFlag(q(3.4), { low: 3.5, high: 5.1 })).toEqual({ flag: 'L', rule: 'flag.derived-numeric', basis: '< 3.5' })
  })

  it('no flag on the bounds, inside the range, across units, for a value that is not a number, or without a range', () => {
    expect(deriveFlag(q(5.1), { low: 3.5, high: 5.1 })).toBeUndefined()
    expect(deriveFlag(q(3.5), { low: 3.5, high: 5.1 })).toBeUndefined()
    expect(deriveFlag(q(4), { low: 3.5, high: 5.1 })).toBeUndefined()
    expect(deriveFlag(q(6.2, 'g/dL'), { high: 5.1, unit: 'mmol/L' })).toBeUndefined()
    expect(deriveFlag(q(6.2, 'mmol/L'), { high: 5.1 })).toEqual({ flag: 'H', rule: 'flag.derived-high-only', basis: '> 5.1' })
    expect(deriveFlag(q(6.2), { high: 5.1, unit: 'mmol/L' })).toEqual({ flag: 'H', rule: 'flag.derived-high-only', basis: '> 5.1' })
    expect(deriveFlag({ kind: 'text', text: 'positive' }, { high: 5.1 })).toBeUndefined()
    expect(deriveFlag(q(6.2), undefined)).toBeUndefined()
  })

  it('reads a text-only range, with the bound itself out of range only where the text says "<" or ">"', () => {
    expect(deriveFlag(q(5.7), { text: '<5.7' })).toEqual({ flag: 'H', rule: 'flag.derived-text', basis: '<5.7' })
    expect(deriveFlag(q(5.6), { text: '<5.7' })).toBeUndefined()
    expect(deriveFlag(q(450), { text: '<=450' })).toBeUndefined()
    expect(deriveFlag(q(451), { text: '<=450' })).toEqual({ flag: 'H', rule: 'flag.derived-text', basis: '<=450' })
    expect(deriveFlag(q(60), { text: '>60' })).toEqual({ flag: 'L', rule: 'flag.derived-text', basis: '>60' })
    expect(deriveFlag(q(61), { text: '>60' })).toBeUndefined()
    expect(deriveFlag(q(40), { text: '>=40' })).toBeUndefined()
    expect(deriveFlag(q(39), { text: '>=40' })).toEqual({ flag: 'L', rule: 'flag.derived-text', basis: '>=40' })
    expect(deriveFlag(q(5.2), { text: '3.5-5.1' })).toEqual({ flag: 'H', rule: 'flag.derived-text', basis: '3.5-5.1' })
    expect(deriveFlag(q(5.1), { text: '3.5-5.1' })).toBeUndefined()
    expect(deriveFlag(q(3.4), { text: '3.5-5.1' })).toEqual({ flag: 'L', rule: 'flag.derived-text', basis: '3.5-5.1' })
    expect(deriveFlag(q(9), { text: 'see report' })).toBeUndefined()
  })

  it('numeric bounds win over the text beside them', () => {
    expect(deriveFlag(q(5.2), { low: 3.5, high: 6, text: '3.5-5.1' })).toBeUndefined()
  })
})
