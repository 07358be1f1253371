// Usual resting values for adults, where a guideline gives one, and the blood-pressure category.
// Children's ranges depend on age, sex and height percentiles, so nothing here applies under 18.
// These describe a reading; they are not the source's flag and are never shown as one.
import type { Measured } from './quantity.ts'
import { CONVERSIONS } from './vital-conversions.ts'
import type { VitalKind } from './vital-kinds.ts'

export interface UsualRange {
  low?: number
  high?: number
  /** UCUM unit the bounds are in; a reading in another unit is compared only after a known conversion. */
  unit: string
}

export const ADULT_RANGES: Partial<Record<VitalKind, UsualRange>> = {
  // American Heart Association, "All About Heart Rate (Pulse)": 60 to 100 beats a minute at rest.
  'heart-rate': { low: 60, high: 100, unit: '/min' },
  // MedlinePlus, "Vital signs" (medlineplus.gov/ency/article/002341.htm): 12 to 20 breaths a minute at rest.
  'resp-rate': { low: 12, high: 20, unit: '/min' },
  // MedlinePlus, "Pulse oximetry" (medlineplus.gov/ency/article/003882.htm): 95% or higher.
  spo2: { low: 95, unit: '%' },
  // MedlinePlus, "Body temperature norms" (medlineplus.gov/ency/article/001982.htm): about 36.1 to 37.2 °C.
  temperature: { low: 36.1, high: 37.2, unit: 'Cel' },
  // CDC, "Adult BMI categories": healthy weight is 18.5 to 24.9.
  bmi: { low: 18.5, high: 24.9, unit: 'kg/m2' },
}

export type RangePosition = 'below' | 'within' | 'above'

/** Where an adult's reading falls; undefined when no range applies or the unit cannot be compared. */
export function positionInRange(kind: VitalKind, m: Pick<Measured, 'value' | 'unit'> | undefined, adult: boolean): RangePosition | undefined {
  const range = ADULT_RANGES[kind]
  if (!adult || !range || !m || m.unit === undefined) return undefined
  const convert = m.unit === range.unit ? (v: number) => v : CONVERSIONS[m.unit]?.[range.unit]
  if (!convert) return undefined
  const v = convert(m.value)
  if (range.low !== undefined && v < range.low) return 'below'
  if (range.high !== undefined && v > range.high) return 'above'
  return 'within'
}

export type BpCategory = 'normal' | 'elevated' | 'stage-1' | 'stage-2' | 'crisis'

/**
 * 2017 ACC/AHA Guideline for High Blood Pressure in Adults (Whelton et al., Hypertension 2018;71:e13),
 * table 6: normal <120 and <80; elevated 120–129 and <80; stage 1 130–139 or 80–89; stage 2 ≥140 or
 * ≥90. A reading over 180 and/or over 120 is a hypertensive crisis (same guideline, section 11.2).
 * The higher of the two categories wins.
 */
export function bpCategory(systolic: number | undefined, diastolic: number | undefined, adult: boolean): BpCategory | undefined {
  if (!adult || systolic === undefined || diastolic === undefined) return undefined
  if (systolic > 180 || diastolic > 120) return 'crisis'
  if (systolic >= 140 || diastolic >= 90) return 'stage-2'
  if (systolic >= 130 || diastolic >= 80) return 'stage-1'
  if (systolic >= 120) return 'elevated'
  return 'normal'
}
