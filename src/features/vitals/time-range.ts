// The time ranges a trend can show. Each counts back from the newest reading of its own chart, not
// from today: records arrive from other systems and years-old histories are common, and "the last
// 7 days" of a patient last seen in 2024 would otherwise be an empty chart.
import type { Point } from './vital-series.ts'

export type RangeKey = '7d' | '30d' | '1y' | 'all'

const DAY = 86_400_000

/** Shortest first: the default is the first that shows enough. */
export const RANGES: ReadonlyArray<{ key: RangeKey; ms: number }> = [
  { key: '7d', ms: 7 * DAY },
  { key: '30d', ms: 30 * DAY },
  { key: '1y', ms: 365 * DAY },
  { key: 'all', ms: Infinity },
]

/** Fewer readings than this draw no line, so they say nothing about a trend. */
export const ENOUGH_READINGS = 2

/** Where a range starts for points newest at `newest`; readings at exactly that instant are in. */
export function rangeStart(range: RangeKey, newest: number): number {
  const ms = RANGES.find((r) => r.key === range)?.ms ?? Infinity
  return newest - ms
}

/** The points of one series within `range`, counting back from `newest`. Oldest first in and out. */
export function inRange(points: readonly Point[], range: RangeKey, newest: number): Point[] {
  if (range === 'all') return [...points]
  const start = rangeStart(range, newest)
  return points.filter((p) => p.t >= start)
}

/**
 * The shortest range holding `ENOUGH_READINGS` readings of one chart (or all it has, when fewer).
 * `times` are reading times, one per reading: a blood pressure is one reading with two values.
 */
export function fittingRange(times: readonly number[]): RangeKey {
  if (times.length === 0) return RANGES[0].key
  const newest = Math.max(...times)
  const wanted = Math.min(ENOUGH_READINGS, new Set(times).size)
  for (const { key, ms } of RANGES) {
    if (new Set(times.filter((t) => t >= newest - ms)).size >= wanted) return key
  }
  return 'all'
}

/** One range for the whole screen: the longest any chart needs, so no chart is left without a line. */
export function screenRange(charts: ReadonlyArray<readonly number[]>): RangeKey {
  const order = RANGES.map((r) => r.key)
  return charts.reduce<RangeKey>((widest, times) => {
    const fit = fittingRange(times)
    return order.indexOf(fit) > order.indexOf(widest) ? fit : widest
  }, RANGES[0].key)
}
