import { describe, expect, it } from 'vitest'
import { fittingRange, inRange, screenRange } from './time-range.ts'

const DAY = 86_400_000
// Long ago on purpose: ranges count back from the newest reading, never from today.
const NEWEST = Date.UTC(2019, 5, 1, 9)
const daysBack = (...days: number[]) => days.map((d) => NEWEST - d * DAY)

describe('fittingRange', () => {
  it('picks the shortest range holding two readings, counting back from the newest one', () => {
    expect(fittingRange(daysBack(0, 1, 2))).toBe('7d')
    expect(fittingRange(daysBack(0, 7))).toBe('7d')
    expect(fittingRange(daysBack(0, 8))).toBe('30d')
    expect(fittingRange(daysBack(0, 200))).toBe('1y')
    expect(fittingRange(daysBack(0, 400))).toBe('all')
  })

  it('counts readings, not values: repeated times are one reading', () => {
    expect(fittingRange(daysBack(0, 0, 40))).toBe('1y')
  })

  it('a single reading shows in the shortest range', () => {
    expect(fittingRange(daysBack(0))).toBe('7d')
    expect(fittingRange([])).toBe('7d')
  })
})

describe('screenRange', () => {
  it('is the longest range any chart needs, each chart counting from its own newest reading', () => {
    const daily = daysBack(0, 1, 2, 3)
    const yearly = daysBack(900, 1265)
    expect(screenRange([daily])).toBe('7d')
    expect(screenRange([daily, yearly])).toBe('1y')
    expect(screenRange([daily, daysBack(5, 20)])).toBe('30d')
  })
})

describe('inRange', () => {
  it('keeps the points at or after the range start and all of them for "all"', () => {
    const points = daysBack(40, 30, 7, 6, 0).map((t, v) => ({ t, v }))
    expect(inRange(points, '7d', NEWEST).map((p) => p.v)).toEqual([2, 3, 4])
    expect(inRange(points, '30d', NEWEST).map((p) => p.v)).toEqual([1, 2, 3, 4])
    expect(inRange(points, 'all', NEWEST)).toHaveLength(5)
  })
})
