// @vitest-environment node
// Most readings' times are read from the text alone, without a Date. That shortcut must give what
// Date gives for every text it takes, including days a month does not have, hour 24 and second 60,
// which Date rolls over or rejects.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { datePart, normalizeDateTime, plainUtc } from './datetime.ts'

/** The reading by Date alone: what every full date-time meant before the shortcut. */
function byDate(s: string): { value: string; changed: boolean } | undefined {
  const ms = Date.parse(s)
  if (Number.isNaN(ms)) return undefined
  const value = new Date(ms).toISOString()
  return { value, changed: value !== s && !(s.endsWith('Z') && value.startsWith(s.slice(0, 19))) }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const utcText = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 61 }),
    ms: fc.option(fc.integer({ min: 0, max: 999 })),
  })
  .map(({ year, month, day, hour, minute, second, ms }) =>
    `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}Z`,
  )

describe('normalizeDateTime of plain UTC date-times', () => {
  it('agrees with Date on every "YYYY-MM-DDThh:mm:ss[.sss]Z", real or not', () => {
    fc.assert(
      fc.property(utcText, (s) => {
        expect(normalizeDateTime(s)).toEqual(byDate(s))
      }),
      { numRuns: 3000 },
    )
  })

  it.each([
    ['2024-02-29T10:00:00Z', '2024-02-29T10:00:00.000Z'],
    ['2023-02-29T10:00:00Z', '2023-03-01T10:00:00.000Z'],
    ['1900-02-29T10:00:00.000Z', '1900-03-01T10:00:00.000Z'],
    ['2000-02-29T10:00:00.000Z', '2000-02-29T10:00:00.000Z'],
    ['2023-04-31T10:00:00Z', '2023-05-01T10:00:00.000Z'],
    ['2023-01-01T24:00:00Z', '2023-01-02T00:00:00.000Z'],
  ])('%s is %s, as Date reads it', (raw, value) => expect(normalizeDateTime(raw)?.value).toBe(value))

  it('rejects a second 60 and a minute 60, as Date does', () => {
    expect(normalizeDateTime('2023-01-01T23:59:60Z')).toBeUndefined()
    expect(normalizeDateTime('2023-01-01T23:60:00.000Z')).toBeUndefined()
  })
})

describe('the shortcut for the two usual UTC shapes', () => {
  it('takes both shapes, at every calendar edge, and gives the millisecond form', () => {
    const taken: Array<[string, string]> = [
      ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
      ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
      ['2026-04-30T12:30:15.250Z', '2026-04-30T12:30:15.250Z'],
      ['2024-02-29T08:00:00Z', '2024-02-29T08:00:00.000Z'],
      ['2000-02-29T08:00:00.000Z', '2000-02-29T08:00:00.000Z'],
      ['2023-02-28T08:00:00Z', '2023-02-28T08:00:00.000Z'],
      ['0999-09-09T09:09:09Z', '0999-09-09T09:09:09.000Z'],
    ]
    for (const [text, utc] of taken) expect(plainUtc(text), text).toBe(utc)
  })

  it('leaves every other text to Date: other shapes, impossible days and times, stray characters', () => {
    const left = [
      '2023-02-29T08:00:00Z', '1900-02-29T08:00:00Z', '2026-04-31T08:00:00Z', '2026-00-10T08:00:00Z', '2026-13-01T08:00:00Z',
      '2026-01-00T08:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T08:60:00Z', '2026-01-01T08:00:60Z',
      '2026-01-01T08:00:00+00:00', '2026-01-01T08:00:00.000+0000', '2026-01-01T08:00:00', '2026-01-01T08:00Z',
      '2026/01/01T08:00:00Z', '2026-01/01T08:00:00Z', '2026-01-01 08:00:00Z', '2026-01-01T08-00:00Z', '2026-01-01T08:00-00Z',
      '2026-01-01T08:00:00,000Z', '2026-01-01T08:00:00.0a0Z', '2026-01-01T08:00:00.00Z', '2026-01-01T08:00:00.0000Z',
      'a026-01-01T08:00:00Z', '2026-0:-01T08:00:00Z', '2026-01-0/T08:00:00Z', '2026-01-01T0x:00:00Z', '2026-01-01T08:0x:00Z', '2026-01-01T08:00:x0Z',
    ]
    for (const text of left) expect(plainUtc(text), text).toBeUndefined()
  })

  it('a partial date stays as sent; an offset is converted and says so; text that is no date is refused', () => {
    expect(normalizeDateTime('2026')).toEqual({ value: '2026', changed: false })
    expect(normalizeDateTime(' 2026-05 ')).toEqual({ value: '2026-05', changed: false })
    expect(normalizeDateTime('2026-05-07')).toEqual({ value: '2026-05-07', changed: false })
    expect(normalizeDateTime('2026-05-07T10:00:00+02:00')).toEqual({ value: '2026-05-07T08:00:00.000Z', changed: true })
    expect(normalizeDateTime('2026-05-07T10:00Z')).toEqual({ value: '2026-05-07T10:00:00.000Z', changed: true })
    expect(normalizeDateTime('2026-13')).toBeUndefined()
    expect(normalizeDateTime('yesterday')).toBeUndefined()
    expect(normalizeDateTime(20260507)).toBeUndefined()
  })

  it('the calendar date of a date or date-time, none for a partial date', () => {
    expect(datePart('2026-05-07T23:00:00.000Z')).toBe('2026-05-07')
    expect(datePart('2026-05-07')).toBe('2026-05-07')
    expect(datePart('2026-05')).toBeUndefined()
    expect(datePart('x2026-05-07')).toBeUndefined()
    expect(datePart(undefined)).toBeUndefined()
  })
})
