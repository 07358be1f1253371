// Readings grouped per kind, newest first, and turned into chart series on one unit per kind.
// Readings that cannot share the axis (unknown unit, no number, entered in error) are counted, never
// drawn, and stay in the tables.
import type { VitalSign } from '../../domain/observation.ts'
import { isImplausible } from '../../domain/plausibility.ts'
import type { Measured } from '../../domain/quantity.ts'
import type { VitalKind } from '../../domain/vital-kinds.ts'
import { CONVERSIONS } from '../../domain/vital-conversions.ts'

export const KIND_ORDER: readonly VitalKind[] = [
  'blood-pressure', 'heart-rate', 'temperature', 'weight', 'height', 'bmi', 'spo2', 'resp-rate',
  'weight-percentile', 'weight-z', 'height-percentile', 'height-z', 'bmi-percentile', 'bmi-z', 'other',
]

/** Always named when absent; SpO2 and respiratory rate only appear when some exist. */
export const CORE_KINDS: readonly VitalKind[] = ['blood-pressure', 'heart-rate', 'temperature', 'weight', 'height', 'bmi']

/** The axis unit when the readings give no better choice. */
const DEFAULT_UNIT: Record<VitalKind, string> = {
  'blood-pressure': 'mm[Hg]', 'heart-rate': '/min', 'resp-rate': '/min', temperature: 'Cel', weight: 'kg', height: 'cm',
  bmi: 'kg/m2', spo2: '%',
  // Growth measures: percentiles in %, Z-scores without a unit, others as given.
  'weight-percentile': '%', 'height-percentile': '%', 'bmi-percentile': '%', 'weight-z': '', 'height-z': '', 'bmi-z': '', other: '',
}

export interface Point {
  t: number
  v: number
}

export interface ChartSeries {
  key: 'value' | 'systolic' | 'diastolic'
  points: Point[]
}

export interface ChartData {
  unit: string
  series: ChartSeries[]
  notPlotted: number
}

export const timeOf = (v: VitalSign): number => (v.effective ? Date.parse(v.effective) : Number.NaN)

/** Newest first; readings without a usable time go last, in the order received. */
export function newestFirst(items: readonly VitalSign[]): VitalSign[] {
  const keyed = items.map((v, i) => ({ v, i, t: timeOf(v) }))
  keyed.sort((a, b) => {
    const at = Number.isNaN(a.t) ? -Infinity : a.t
    const bt = Number.isNaN(b.t) ? -Infinity : b.t
    return bt - at || a.i - b.i
  })
  return keyed.map((k) => k.v)
}

/**
 * A newest-first list with one more page merged in: the same order `newestFirst` gives for all of
 * them (earlier readings first on equal times), but only the new page is sorted, so a long history
 * costs one merge per page instead of a sort of everything so far.
 */
export function mergeNewestFirst(sorted: readonly VitalSign[], page: readonly VitalSign[]): VitalSign[] {
  const added = newestFirst(page)
  const key = (v: VitalSign) => {
    const t = timeOf(v)
    return Number.isNaN(t) ? -Infinity : t
  }
  const out: VitalSign[] = []
  let i = 0
  let j = 0
  while (i < sorted.length && j < added.length) out.push(key(added[j]) > key(sorted[i]) ? added[j++] : sorted[i++])
  while (i < sorted.length) out.push(sorted[i++])
  while (j < added.length) out.push(added[j++])
  return out
}

export function groupByKind(sorted: readonly VitalSign[]): Map<VitalKind, VitalSign[]> {
  const groups = new Map<VitalKind, VitalSign[]>()
  for (const v of sorted) {
    const list = groups.get(v.kind)
    if (list) list.push(v)
    else groups.set(v.kind, [v])
  }
  return new Map(KIND_ORDER.filter((k) => groups.has(k)).map((k) => [k, groups.get(k) ?? []]))
}

export const isRetracted = (v: VitalSign) => v.status === 'entered-in-error' || v.status === 'cancelled'

/** A reading that may stand as the latest: not withdrawn, and its date and value look possible. */
export const canBeLatest = (v: VitalSign) => !isRetracted(v) && !isImplausible(v)

/** The newest reading that can stand as the latest, from readings sorted newest first. */
export function latestOf(readings: readonly VitalSign[]): VitalSign | undefined {
  return readings.find(canBeLatest)
}

function measuredOf(v: VitalSign): Measured[] {
  if (v.kind === 'blood-pressure') return []
  return v.value.kind === 'quantity' ? [v.value, ...v.value.alternates] : []
}

/** The value on the axis unit, trying the source's translations when the main unit does not fit. */
export function onUnit(candidates: readonly Measured[], unit: string): number | undefined {
  for (const m of candidates) {
    if (m.comparator || m.unit === undefined) continue
    if (m.unit === unit) return m.value
    const convert = CONVERSIONS[m.unit]?.[unit]
    if (convert) return convert(m.value)
  }
  return undefined
}

/** The newest reading's unit when it can carry the others, so the axis shows what the record uses. */
function axisUnit(kind: VitalKind, readings: readonly VitalSign[]): string {
  const fallback = DEFAULT_UNIT[kind]
  const unit = readings.map((v) => measuredOf(v)[0]?.unit).find((u) => u !== undefined)
  return unit !== undefined && (unit === fallback || CONVERSIONS[fallback]?.[unit]) ? unit : fallback
}

/** Oldest first, as a chart draws them. `readings` is one kind, newest first. */
export function chartData(kind: VitalKind, readings: readonly VitalSign[]): ChartData {
  const unit = axisUnit(kind, readings)
  const main: Point[] = []
  const systolic: Point[] = []
  const diastolic: Point[] = []
  let notPlotted = 0
  for (let i = readings.length - 1; i >= 0; i--) {
    const v = readings[i]
    const t = timeOf(v)
    // A reading dated 2099 or 1970, or a blood pressure of 1/1, would wreck the axes: listed, not drawn.
    if (Number.isNaN(t) || isRetracted(v) || isImplausible(v)) {
      notPlotted++
      continue
    }
    if (v.kind === 'blood-pressure') {
      const s = v.systolic && onUnit([v.systolic], unit)
      const d = v.diastolic && onUnit([v.diastolic], unit)
      if (s === undefined && d === undefined) notPlotted++
      if (s !== undefined) systolic.push({ t, v: s })
      if (d !== undefined) diastolic.push({ t, v: d })
      continue
    }
    const value = onUnit(measuredOf(v), unit)
    if (value === undefined) notPlotted++
    else main.push({ t, v: value })
  }
  const series: ChartSeries[] =
    kind === 'blood-pressure'
      ? [
          { key: 'systolic', points: systolic },
          { key: 'diastolic', points: diastolic },
        ]
      : [{ key: 'value', points: main }]
  return { unit, series, notPlotted }
}

/** The newest plotted time of a chart: where its ranges count back from. */
export function newestTime(data: ChartData): number {
  let newest = -Infinity
  for (const s of data.series) for (const p of s.points) if (p.t > newest) newest = p.t
  return newest
}

/** One time per reading, so a blood pressure's two values count once. */
export function readingTimes(data: ChartData): number[] {
  return [...new Set(data.series.flatMap((s) => s.points.map((p) => p.t)))]
}
