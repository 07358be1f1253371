// One test's results laid out for a trend: which points go on the chart (in which unit) and
// why the others do not. Retracted and implausibly dated results, text results, censored values ("<5") and values in a
// unit that cannot be put on the same axis are kept for the table, never plotted.
import type { LabResult } from '../../domain/observation.ts'
import type { Comparator } from '../../domain/quantity.ts'
import type { HarmonizedSeries, Measurement } from '../../domain/units.ts'
import { isImplausible } from '../../domain/plausibility.ts'
import { isRetracted, isUsable } from './lab-groups.ts'

export type RowState = 'plotted' | 'retracted' | 'implausible' | 'text' | 'censored' | 'unconvertible' | 'other-unit'

export interface TrendRow {
  lab: LabResult
  state: RowState
  /** Plotted value, in the series unit. */
  value?: number
  converted: boolean
  original?: { value: number; unit?: string; unitDisplay?: string; comparator?: Comparator }
}

export interface TrendSeries {
  unit?: string
  /** Newest first, every result. */
  rows: TrendRow[]
  /** Oldest first, only what is drawn. */
  plotted: Array<TrendRow & { value: number; time: number }>
  band?: { low?: number; high?: number }
}

/** What `harmonize` needs; every result is keyed by the group key so results without LOINC work too. */
export function measurementsOf(results: LabResult[], key: string): Measurement[] {
  return results.map((r) => ({
    ...(r.id !== undefined && { id: r.id }),
    loinc: key,
    ...(r.effective !== undefined && { effective: r.effective }),
    status: r.status,
    value: r.value,
  }))
}

function originalOf(lab: LabResult): TrendRow['original'] {
  const v = lab.value
  if (v.kind !== 'quantity') return undefined
  return {
    value: v.value,
    ...(v.unit !== undefined && { unit: v.unit }),
    ...(v.unitDisplay !== undefined && { unitDisplay: v.unitDisplay }),
    ...(v.comparator !== undefined && { comparator: v.comparator }),
  }
}

/** The unit most results were reported in (the newest result's unit breaks ties). */
function mainUnit(results: LabResult[]): string | undefined {
  const counts = new Map<string | undefined, number>()
  for (const r of results) if (r.value.kind === 'quantity' && isUsable(r)) counts.set(r.value.unit, (counts.get(r.value.unit) ?? 0) + 1)
  let best: string | undefined
  let most = 0
  for (const [unit, n] of counts) if (n > most) [best, most] = [unit, n]
  return best
}

function row(lab: LabResult, i: number, unit: string | undefined, harmonized: HarmonizedSeries | undefined): TrendRow {
  const original = originalOf(lab)
  const base = { lab, converted: false, ...(original && { original }) }
  if (isRetracted(lab)) return { ...base, state: 'retracted' }
  if (isImplausible(lab)) return { ...base, state: 'implausible' }
  if (!original) return { ...base, state: 'text' }
  if (original.comparator) return { ...base, state: 'censored' }
  if (!harmonized) return original.unit === unit ? { ...base, state: 'plotted', value: original.value } : { ...base, state: 'other-unit' }
  const p = harmonized.points[i]
  if (p?.comparable && p.value !== undefined) return { ...base, state: 'plotted', value: p.value, converted: p.converted }
  return { ...base, state: 'unconvertible' }
}

function bandOf(results: LabResult[], unit: string | undefined): TrendSeries['band'] {
  for (const r of results) {
    const range = r.referenceRange
    if (!isUsable(r) || !range || (range.low === undefined && range.high === undefined)) continue
    const rangeUnit = range.unit ?? (r.value.kind === 'quantity' ? r.value.unit : undefined)
    if (rangeUnit !== unit) continue
    return { ...(range.low !== undefined && { low: range.low }), ...(range.high !== undefined && { high: range.high }) }
  }
  return undefined
}

/**
 * `harmonized` (from `harmonize`, same order as `results`) puts every result on the canonical unit;
 * without it the original values are used and only those in the most common unit are plotted.
 */
export function trendSeries(results: LabResult[], harmonized?: HarmonizedSeries): TrendSeries {
  const unit = harmonized ? harmonized.unit : mainUnit(results)
  const rows = results.map((lab, i) => row(lab, i, unit, harmonized))
  const plotted = rows
    .flatMap((r) => (r.state === 'plotted' && r.value !== undefined && r.lab.effective ? [{ ...r, value: r.value, time: Date.parse(r.lab.effective) }] : []))
    .filter((r) => Number.isFinite(r.time))
    .sort((a, b) => a.time - b.time)
  const band = bandOf(results, unit)
  return { ...(unit !== undefined && { unit }), rows, plotted, ...(band && { band }) }
}
