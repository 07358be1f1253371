// Times are built from local calendar parts, because buckets follow the reader's days; the tests
// then hold in any time zone the machine runs in.
import { describe, expect, it } from 'vitest'
import { aggregate, aggregateSeries, bucketStart, bucketUnitFor, median } from './aggregate.ts'
import type { ChartSeries, Point } from './vital-series.ts'

// March 2026: the 2nd is a Monday; the US changes to daylight time on the 8th.
const at = (day: number, hour = 12, minute = 0) => new Date(2026, 2, day, hour, minute).getTime()
const midnight = (day: number) => new Date(2026, 2, day).getTime()
const p = (t: number, v: number): Point => ({ t, v })

describe('median', () => {
  it('is the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([1, 2, 9])).toBe(2)
    expect(median([1, 2, 4, 9])).toBe(3)
    expect(median([5])).toBe(5)
  })
})

describe('bucket boundaries', () => {
  it('a day runs from local midnight to the next, the reading at midnight opening the new day', () => {
    const buckets = aggregate([p(at(3, 23, 59), 1), p(midnight(4), 2), p(at(4, 0, 1), 4)], 'day')
    expect(buckets.map((b) => [b.start, b.end, b.count])).toEqual([
      [midnight(3), midnight(4), 1],
      [midnight(4), midnight(5), 2],
    ])
  })

  it('a day across the daylight-saving change still ends at the next local midnight', () => {
    const [day] = aggregate([p(at(8, 9), 70)], 'day')
    expect(day.end).toBe(midnight(9))
    expect(day.t).toBe(midnight(8) + (midnight(9) - midnight(8)) / 2)
  })

  it('weeks start on Monday: Sunday night and Monday morning are different weeks', () => {
    expect(bucketStart(at(8, 23), 'week')).toBe(midnight(2))
    expect(bucketStart(at(9, 1), 'week')).toBe(midnight(9))
    const buckets = aggregate([p(at(2, 8), 80), p(at(5), 82), p(at(8, 23), 81), p(at(9, 1), 90)], 'week')
    expect(buckets.map((b) => [b.start, b.end, b.min, b.median, b.max, b.count])).toEqual([
      [midnight(2), midnight(9), 80, 81, 82, 3],
      [midnight(9), midnight(16), 90, 90, 90, 1],
    ])
  })

  it('days without readings get no bucket, so a gap stays a gap', () => {
    const buckets = aggregate([p(at(2), 1), p(at(6), 2)], 'day')
    expect(buckets.map((b) => b.start)).toEqual([midnight(2), midnight(6)])
  })
})

describe('aggregate', () => {
  it('gives each bucket its lowest, median and highest value whatever order they came in the day', () => {
    const [even] = aggregate([p(at(3, 8), 140), p(at(3, 12), 120), p(at(3, 16), 135), p(at(3, 20), 128)], 'day')
    expect(even).toMatchObject({ min: 120, median: 131.5, max: 140, count: 4 })
    const [odd] = aggregate([p(at(3, 8), 140), p(at(3, 12), 120), p(at(3, 16), 135)], 'day')
    expect(odd).toMatchObject({ min: 120, median: 135, max: 140, count: 3 })
  })

  it('a single reading is a bucket whose low, median and high are that reading', () => {
    expect(aggregate([p(at(3), 72.4)], 'day')).toEqual([{ start: midnight(3), end: midnight(4), t: expect.any(Number), min: 72.4, median: 72.4, max: 72.4, count: 1 }])
  })
})

describe('when to aggregate', () => {
  const daily = (days: number, perDay = 1) =>
    Array.from({ length: days * perDay }, (_, i) => p(new Date(2024, 0, 1 + Math.floor(i / perDay), 8 + (i % perDay)).getTime(), i))

  it('not while the series fits; days while the days fit; otherwise weeks', () => {
    expect(bucketUnitFor([daily(200)])).toBeUndefined()
    expect(bucketUnitFor([daily(60, 4)])).toBe('day')
    expect(bucketUnitFor([daily(201)])).toBe('week')
  })

  it('blood pressure: systolic and diastolic share the unit and the day boundaries, each with its own values', () => {
    const times = [at(3, 8), at(3, 20), at(4, 8)]
    const series: ChartSeries[] = [
      { key: 'systolic', points: times.map((t, i) => p(t, [150, 130, 120][i])) },
      // The evening diastolic was not recorded; that day's band is only the morning's.
      { key: 'diastolic', points: [p(times[0], 90), p(times[2], 70)] },
    ]
    const out = aggregateSeries(series, 2)
    expect(out?.unit).toBe('day')
    expect(out?.series.map((s) => [s.key, s.buckets.map((b) => [b.start, b.min, b.median, b.max])])).toEqual([
      ['systolic', [[midnight(3), 130, 140, 150], [midnight(4), 120, 120, 120]]],
      ['diastolic', [[midnight(3), 90, 90, 90], [midnight(4), 70, 70, 70]]],
    ])
    expect(aggregateSeries(series, 3)).toBeUndefined()
  })
})
