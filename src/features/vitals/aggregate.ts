// A dense range drawn point by point is a scribble: a year of daily readings leaves under two pixels
// per reading, and a noisy vital (atrial fibrillation, a bathroom scale) fills the band between its
// highs and lows with zigzags. Buckets of a calendar day or week keep what a reader wants from that
// scribble: how low, how high, and where most readings sat (the median, not the mean, so one odd
// reading does not drag the line).
import type { ChartSeries, Point } from './vital-series.ts'

export type BucketUnit = 'day' | 'week'

export interface Bucket {
  /** Local midnight starting the bucket, and the next bucket's start. */
  start: number
  end: number
  /** Where the bucket is drawn: the middle of its day or week. */
  t: number
  min: number
  median: number
  max: number
  count: number
}

/** More points than this in one series and a range is drawn as buckets. */
export const AGGREGATE_ABOVE = 200

/**
 * Local calendar days, since "Tuesday's readings" means the reader's Tuesday. Weeks start on Monday
 * (ISO 8601), the same in English and Spanish-speaking health systems the app targets.
 */
export function bucketStart(t: number, unit: BucketUnit): number {
  const d = new Date(t)
  d.setHours(0, 0, 0, 0)
  if (unit === 'week') d.setDate(d.getDate() - ((d.getDay() + 6) % 7))
  return d.getTime()
}

/** setDate, not adding milliseconds: a day across a daylight-saving change lasts 23 or 25 hours. */
function nextStart(start: number, unit: BucketUnit): number {
  const d = new Date(start)
  d.setDate(d.getDate() + (unit === 'week' ? 7 : 1))
  return d.getTime()
}

export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** `points` oldest first, as `chartData` gives them; empty days or weeks get no bucket. */
export function aggregate(points: readonly Point[], unit: BucketUnit): Bucket[] {
  const out: Bucket[] = []
  let i = 0
  while (i < points.length) {
    const start = bucketStart(points[i].t, unit)
    const end = nextStart(start, unit)
    const values: number[] = []
    while (i < points.length && points[i].t < end) values.push(points[i++].v)
    values.sort((a, b) => a - b)
    out.push({ start, end, t: start + (end - start) / 2, min: values[0], median: median(values), max: values[values.length - 1], count: values.length })
  }
  return out
}

function distinctBuckets(points: readonly Point[], unit: BucketUnit): number {
  let n = 0
  let last = Number.NaN
  for (const p of points) {
    const s = bucketStart(p.t, unit)
    if (s !== last) n++
    last = s
  }
  return n
}

/**
 * No buckets while every series fits; else days, or weeks when even days would not fit. One unit for
 * all series of a chart, so systolic and diastolic bands line up.
 */
export function bucketUnitFor(series: ReadonlyArray<readonly Point[]>, limit = AGGREGATE_ABOVE): BucketUnit | undefined {
  if (series.every((points) => points.length <= limit)) return undefined
  return series.every((points) => distinctBuckets(points, 'day') <= limit) ? 'day' : 'week'
}

export interface AggregatedSeries {
  key: ChartSeries['key']
  buckets: Bucket[]
}

export function aggregateSeries(series: readonly ChartSeries[], limit = AGGREGATE_ABOVE): { unit: BucketUnit; series: AggregatedSeries[] } | undefined {
  const unit = bucketUnitFor(
    series.map((s) => s.points),
    limit,
  )
  return unit && { unit, series: series.map((s) => ({ key: s.key, buckets: aggregate(s.points, unit) })) }
}
