// Drawing thousands of readings as thousands of SVG vertices freezes the page for nothing: a pixel
// column can show one vertical stroke. Keeping each column's lowest and highest reading (in time
// order) draws the same picture, spikes included, with at most two points per pixel.
import type { Point } from './vital-series.ts'

export function downsample(points: readonly Point[], buckets: number): Point[] {
  const n = Math.max(1, Math.floor(buckets))
  if (points.length <= n * 2) return [...points]
  const t0 = points[0].t
  const span = points[points.length - 1].t - t0 || 1
  const out: Point[] = []
  let current = -1
  let min: Point | undefined
  let max: Point | undefined
  const flush = () => {
    if (!min || !max) return
    if (min === max) out.push(min)
    else if (min.t <= max.t) out.push(min, max)
    else out.push(max, min)
  }
  for (const p of points) {
    const bucket = Math.min(n - 1, Math.floor(((p.t - t0) / span) * n))
    if (bucket !== current) {
      flush()
      current = bucket
      min = p
      max = p
    } else {
      if (min && p.v < min.v) min = p
      if (max && p.v > max.v) max = p
    }
  }
  flush()
  return out
}

/** About `count` round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return []
  if (min === max) return [min]
  const raw = (max - min) / Math.max(1, count - 1)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw
  const ticks: number[] = []
  // From the first step at or below min to the first at or above max, so every point is inside.
  const start = Math.floor(min / step)
  for (let i = start; i - start < 50; i++) {
    const v = Number((i * step).toPrecision(12))
    ticks.push(v)
    if (v >= max) break
  }
  return ticks
}

export interface Extent {
  min: number
  max: number
}

export function extentOf(series: ReadonlyArray<readonly Point[]>): Extent | undefined {
  let min = Infinity
  let max = -Infinity
  for (const points of series) {
    for (const p of points) {
      if (p.v < min) min = p.v
      if (p.v > max) max = p.v
    }
  }
  return min <= max ? { min, max } : undefined
}
