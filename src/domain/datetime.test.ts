// @vitest-environment node
// Most readings' times are read from the text alone, without a Date. That shortcut must give what
// Date gives for every text it takes, including days a month does not have, hour 24 and second 60,
// which Date rolls over or rejects.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeDateTime } from './datetime.ts'

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
