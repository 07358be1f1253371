// The pure parts behind the charts and the windowed list.
import { describe, expect, it } from 'vitest'
import { downsample, niceTicks } from './downsample.ts'
import { visibleRange } from './use-windowing.ts'
import type { Point } from './vital-series.ts'

describe('downsample', () => {
  const points: Point[] = Array.from({ length: 5240 }, (_, i) => ({ t: i * 60_000, v: 80 + Math.sin(i / 7) * 10 + (i === 4000 ? 60 : 0) }))

  it('keeps at most two points per bucket, in time order, spikes included', () => {
    const out = downsample(points, 300)
    expect(out.length).toBeLessThanOrEqual(600)
    expect(out.every((p, i) => i === 0 || p.t >= out[i - 1].t)).toBe(true)
    expect(Math.max(...out.map((p) => p.v))).toBe(Math.max(...points.map((p) => p.v)))
    expect(Math.min(...out.map((p) => p.v))).toBe(Math.min(...points.map((p) => p.v)))
  })

  it('leaves short series alone', () => {
    expect(downsample(points.slice(0, 10), 300)).toEqual(points.slice(0, 10))
  })
})

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    const ticks = niceTicks(61, 163, 4)
    expect(ticks[0]).toBeLessThanOrEqual(61)
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(163)
    expect(ticks).toEqual([50, 100, 150, 200])
    expect(niceTicks(36.5, 38.1, 4)).toEqual([36, 37, 38, 39])
    expect(niceTicks(80.2, 81.1, 3)).toEqual([80, 80.5, 81, 81.5])
    expect(niceTicks(5, 5)).toEqual([5])
  })
})

describe('visibleRange', () => {
  it('renders the rows in view plus overscan, clamped to the list', () => {
    expect(visibleRange(5240, 28, 0, 320, 6)).toEqual({ first: 0, last: 18 })
    expect(visibleRange(5240, 28, 28 * 3000, 320, 6)).toEqual({ first: 2994, last: 3018 })
    expect(visibleRange(5240, 28, 28 * 6000, 320, 6).last).toBe(5240)
    expect(visibleRange(0, 28, 0, 320, 6)).toEqual({ first: 0, last: 0 })
  })
})
