// Axis arithmetic for the hand-drawn trend chart: "nice" value ticks and evenly spread date ticks.

export interface Domain {
  min: number
  max: number
}

/** Round tick steps (1, 2, 2.5, 5 × 10^n) covering the domain with about `count` ticks. */
export function niceTicks({ min, max }: Domain, count = 5): { ticks: number[]; domain: Domain } {
  const span = max - min || Math.abs(max) || 1
  const raw = span / Math.max(1, count - 1)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power
  const lo = Math.floor(min / step) * step
  const hi = Math.max(Math.ceil(max / step) * step, lo + step)
  const ticks: number[] = []
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)))
  return { ticks, domain: { min: lo, max: hi } }
}

/** The value domain: every plotted value and the reference limits, so the band is always in view. */
export function valueDomain(values: number[], band?: { low?: number; high?: number }): Domain {
  const all = [...values, ...(band?.low !== undefined ? [band.low] : []), ...(band?.high !== undefined ? [band.high] : [])]
  const min = Math.min(...all)
  const max = Math.max(...all)
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1
    return { min: min - pad, max: max + pad }
  }
  const pad = (max - min) * 0.08
  return { min: min - pad, max: max + pad }
}

/** Time domain with a little room at both ends; a single point gets a month either side. */
export function timeDomain(times: number[]): Domain {
  const min = Math.min(...times)
  const max = Math.max(...times)
  const pad = max === min ? 30 * 86_400_000 : (max - min) * 0.04
  return { min: min - pad, max: max + pad }
}

export function timeTicks({ min, max }: Domain, count: number): number[] {
  if (count <= 1) return [(min + max) / 2]
  const step = (max - min) / (count - 1)
  return Array.from({ length: count }, (_, i) => min + i * step)
}

export const scale = (d: Domain, from: number, to: number) => (v: number) => from + ((v - d.min) / (d.max - d.min || 1)) * (to - from)
