// Readings real records hold that cannot be right: a temperature dated 2099, vitals dated at the
// Unix epoch (a date field that fell back to 0), a blood pressure of 1/1. They are kept and shown as
// given, with a marker, but never stand in for the latest value or stretch a trend's axes.
import { plainUtc } from './datetime.ts'
import type { VitalSign } from './observation.ts'
import type { Measured } from './quantity.ts'
import type { RuleId } from './rules.ts'
import type { VitalKind } from './vital-kinds.ts'

export type ImplausibleRule = Extract<RuleId, 'observation.implausible-date' | 'observation.implausible-value'>

/** True when the reading failed a plausibility check: keep it out of latest values and trends. */
export const isImplausible = (o: { implausible?: readonly ImplausibleRule[] }): boolean => (o.implausible?.length ?? 0) > 0

const DAY = 86_400_000
const EPOCH_DAYS = new Set(['1969-12-31', '1970-01-01'])

/**
 * True for a date before 1900, on the Unix epoch day (either side of it, as time zones move it), or,
 * when `today` is given, after tomorrow (a day of slack covers time zones ahead of UTC).
 */
export function isImplausibleDate(effective: string | undefined, today?: Date): boolean {
  if (effective === undefined) return false
  // A mapped time is already in UTC ISO form: its day is its first ten characters, no Date needed.
  let day: string
  if (effective.length === 24 && plainUtc(effective) === effective) day = effective.slice(0, 10)
  else {
    const t = Date.parse(effective)
    if (Number.isNaN(t)) return false
    day = new Date(t).toISOString().slice(0, 10)
  }
  if (day < '1900-01-01' || EPOCH_DAYS.has(day)) return true
  if (!today) return false
  const endOfTomorrow = Math.floor(today.getTime() / DAY) * DAY + 2 * DAY
  return Date.parse(effective) >= endOfTomorrow
}

/** Limits no living patient's reading crosses, in UCUM units; a unit the check does not know passes. */
interface Bounds {
  units: readonly (string | undefined)[]
  min: number
  max: number
  /** The minimum itself is impossible too (a heart rate of 0). */
  minExclusive?: boolean
}

const VALUE_BOUNDS: Partial<Record<VitalKind, Bounds[]>> = {
  'heart-rate': [{ units: ['/min', undefined], min: 0, max: 350, minExclusive: true }],
  'resp-rate': [{ units: ['/min', undefined], min: 0, max: 150, minExclusive: true }],
  temperature: [
    { units: ['Cel'], min: 25, max: 45 },
    { units: ['[degF]'], min: 77, max: 113 },
  ],
  spo2: [{ units: ['%', undefined], min: 0, max: 100, minExclusive: true }],
  weight: [{ units: ['kg', 'g', '[lb_av]', undefined], min: 0, max: Infinity, minExclusive: true }],
  height: [{ units: ['cm', 'm', '[in_i]', undefined], min: 0, max: Infinity, minExclusive: true }],
}

const SYSTOLIC_MIN = 40
const SYSTOLIC_MAX = 300
const DIASTOLIC_MIN = 20
const DIASTOLIC_MAX = 200

function outside(m: Measured, bounds: Bounds[]): boolean {
  const b = bounds.find((x) => x.units.includes(m.unit))
  if (!b || m.comparator) return false
  return m.value > b.max || m.value < b.min || (b.minExclusive === true && m.value === b.min)
}

const mmHg = (m: Measured) => m.unit === 'mm[Hg]' || m.unit === undefined

/** True when a vital lies outside physiologic bounds: systolic < 40, diastolic < 20, a heart rate of 0, 50 °C. */
export function isImplausibleVital(v: VitalSign): boolean {
  if (v.kind === 'blood-pressure') {
    const s = v.systolic
    const d = v.diastolic
    if (s && mmHg(s) && (s.value < SYSTOLIC_MIN || s.value > SYSTOLIC_MAX)) return true
    return d !== undefined && mmHg(d) && (d.value < DIASTOLIC_MIN || d.value > DIASTOLIC_MAX)
  }
  const bounds = VALUE_BOUNDS[v.kind]
  return bounds !== undefined && v.value.kind === 'quantity' && outside(v.value, bounds)
}
