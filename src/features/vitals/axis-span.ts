// An axis fitted tightly to the data turns noise into drama: a 0.6 cm height change fills the chart
// and looks like a fall, a 1 kg scale wobble like a crisis. Each kind gets the least span a clinician
// would read it on, so a change only looks big when it is big for that vital. Values are in the
// units `vital-series.ts` defaults to; other axis units get the same span converted.
import type { VitalKind } from '../../domain/vital-kinds.ts'
import type { Extent } from './downsample.ts'
import { CONVERSIONS } from '../../domain/vital-conversions.ts'

interface SpanRule {
  unit: string
  /** At least this wide, centred on the data. */
  minSpan?: number
  /** Always shown, with the data stretching it when outside. */
  include?: readonly [number, number]
}

const SPANS: Partial<Record<VitalKind, SpanRule>> = {
  weight: { unit: 'kg', minSpan: 10 },
  height: { unit: 'cm', minSpan: 20 },
  bmi: { unit: 'kg/m2', minSpan: 4 },
  // A fever of a degree should show, but not a tenth: 2 °C is about the normal-to-fever distance.
  temperature: { unit: 'Cel', minSpan: 2 },
  'heart-rate': { unit: '/min', minSpan: 40 },
  'resp-rate': { unit: '/min', include: [10, 30] },
  // Normal, hypotension and hypertension in one view for both systolic and diastolic.
  'blood-pressure': { unit: 'mm[Hg]', include: [60, 180] },
  spo2: { unit: '%', include: [85, 100] },
  'weight-percentile': { unit: '%', include: [0, 100] },
  'height-percentile': { unit: '%', include: [0, 100] },
  'bmi-percentile': { unit: '%', include: [0, 100] },
  'weight-z': { unit: '', include: [-3, 3] },
  'height-z': { unit: '', include: [-3, 3] },
  'bmi-z': { unit: '', include: [-3, 3] },
}

const PER_MINUTE = new Set(['/min', '{beats}/min', '{beat}/min', '{breaths}/min'])

function converter(from: string, to: string): ((v: number) => number) | undefined {
  if (from === to || (PER_MINUTE.has(from) && PER_MINUTE.has(to))) return (v) => v
  return CONVERSIONS[from]?.[to]
}

/** Kinds that cannot go below zero, so a widened axis does not show impossible negatives. */
const SIGNED = new Set<VitalKind>(['weight-z', 'height-z', 'bmi-z'])

/**
 * The value range a chart of `kind` on `unit` shows for data spanning `extent`. Unknown kinds and
 * units the rule cannot be converted to keep the data's own extent: a guessed span would mislead.
 */
export function axisDomain(kind: VitalKind, unit: string, extent: Extent): Extent {
  const rule = SPANS[kind]
  const convert = rule && converter(rule.unit, unit)
  if (!rule || !convert) return extent
  let { min, max } = extent
  if (rule.include) {
    min = Math.min(min, convert(rule.include[0]))
    max = Math.max(max, convert(rule.include[1]))
  }
  if (rule.minSpan !== undefined) {
    // A difference, so an offset (°C to °F) cancels out.
    const span = Math.abs(convert(rule.minSpan) - convert(0))
    if (max - min < span) {
      const mid = (min + max) / 2
      min = mid - span / 2
      max = mid + span / 2
    }
  }
  if (!SIGNED.has(kind) && min < 0 && extent.min >= 0) {
    max -= min
    min = 0
  }
  return { min, max }
}
