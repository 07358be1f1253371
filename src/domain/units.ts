// Unit harmonization for trends: one canonical unit per test, values converted with UCUM
// arithmetic (ucum-lhc, loaded on first use so it stays out of the first-load bundle). Originals
// are always kept, and values that cannot be converted are flagged so they are never plotted
// on the same axis.
import type { UcumUtils } from '@lhncbc/ucum-lhc'
import type { ObservationValue } from './observation-value.ts'
import type { Measured } from './quantity.ts'

export interface CanonicalUnit {
  unit: string
  /** g/mol, for mass ↔ substance conversions (mg/dL ↔ mmol/L). */
  molecularWeight?: number
  /** Units UCUM can convert arithmetically but that measure something else for this test. */
  incompatible?: readonly string[]
}

export const CANONICAL_UNITS: ReadonlyMap<string, CanonicalUnit> = new Map([
  ['2345-7', { unit: 'mg/dL', molecularWeight: 180.16 }], // glucose, serum/plasma
  ['2339-0', { unit: 'mg/dL', molecularWeight: 180.16 }], // glucose, blood
  ['2160-0', { unit: 'mg/dL', molecularWeight: 113.12 }], // creatinine
  ['2093-3', { unit: 'mg/dL', molecularWeight: 386.65 }], // cholesterol
  ['13457-7', { unit: 'mg/dL', molecularWeight: 386.65 }], // LDL cholesterol
  ['2085-9', { unit: 'mg/dL', molecularWeight: 386.65 }], // HDL cholesterol
  ['2571-8', { unit: 'mg/dL', molecularWeight: 885.7 }], // triglycerides (as triolein)
  ['2823-3', { unit: 'mmol/L' }], // potassium
  ['2951-2', { unit: 'mmol/L' }], // sodium
  ['718-7', { unit: 'g/dL' }], // hemoglobin
  // HbA1c (NGSP %). IFCC mmol/mol is dimensionless too, so UCUM would happily turn 53 mmol/mol
  // into 5.3 %, but the two scales differ (53 mmol/mol ≈ 7.0 %): never convert between them.
  ['4548-4', { unit: '%', incompatible: ['mmol/mol'] }],
  ['6690-2', { unit: '10*3/uL' }], // leukocytes
  ['29463-7', { unit: 'kg' }], // body weight
  ['8302-2', { unit: 'cm' }], // body height
  ['8310-5', { unit: 'Cel' }], // body temperature
  ['39156-5', { unit: 'kg/m2' }], // BMI
  ['8867-4', { unit: '/min' }], // heart rate
  ['59408-5', { unit: '%' }], // SpO2
])

export interface Measurement {
  id?: string
  loinc?: string
  effective?: string
  status?: string
  value: ObservationValue
}

export interface HarmonizedPoint {
  id?: string
  effective?: string
  /** In the series unit; present only when comparable. */
  value?: number
  comparable: boolean
  reason?: string
  converted: boolean
  original: { value?: number; unit?: string; unitDisplay?: string }
}

export interface HarmonizedSeries {
  loinc: string
  unit?: string
  points: HarmonizedPoint[]
}

let ucum: Promise<UcumUtils> | undefined

/** Loads ucum-lhc once; the dynamic import keeps it in its own chunk. */
export function loadUcum(): Promise<UcumUtils> {
  ucum ??= import('@lhncbc/ucum-lhc')
    .then((m) => (m.UcumLhcUtils ?? m.default.UcumLhcUtils).getInstance())
    .catch((e: unknown) => {
      ucum = undefined
      throw e
    })
  return ucum
}

const round = (n: number) => Number(n.toPrecision(6))

type Conversion = { value: number; converted: boolean } | { reason: string }

function convert(utils: UcumUtils | undefined, m: Measured, target: CanonicalUnit | undefined, targetUnit: string | undefined): Conversion {
  if (m.unit === targetUnit) return { value: m.value, converted: false }
  if (m.unit === undefined) return { reason: m.unitDisplay ? `unit "${m.unitDisplay}" is not UCUM` : 'missing unit' }
  if (targetUnit === undefined) return { reason: `unit ${m.unit} in a unitless series` }
  if (target?.incompatible?.includes(m.unit)) return { reason: `${m.unit} is a different scale from ${targetUnit} for this test` }
  if (!utils) return { reason: 'unit library unavailable' }
  const r = utils.convertUnitTo(m.unit, m.value, targetUnit, target?.molecularWeight ? { molecularWeight: target.molecularWeight } : {})
  if (r.status === 'succeeded' && typeof r.toVal === 'number' && Number.isFinite(r.toVal)) return { value: round(r.toVal), converted: true }
  return { reason: `cannot convert ${m.unit} to ${targetUnit}${r.msg[0] ? `: ${r.msg[0]}` : ''}` }
}

function point(utils: UcumUtils | undefined, m: Measurement, target: CanonicalUnit | undefined, unit: string | undefined): HarmonizedPoint {
  const v = m.value
  const base = { ...(m.id !== undefined && { id: m.id }), ...(m.effective !== undefined && { effective: m.effective }) }
  if (v.kind !== 'quantity') {
    return { ...base, comparable: false, converted: false, reason: v.kind === 'absent' ? `no value (${v.reason})` : `${v.kind} value`, original: {} }
  }
  const original = { value: v.value, ...(v.unit !== undefined && { unit: v.unit }), ...(v.unitDisplay !== undefined && { unitDisplay: v.unitDisplay }) }
  if (m.status === 'entered-in-error' || m.status === 'cancelled') return { ...base, comparable: false, converted: false, reason: m.status, original }
  if (v.comparator) return { ...base, comparable: false, converted: false, reason: `censored value (${v.comparator}${v.value})`, original }
  let result = convert(utils, v, target, unit)
  for (const alt of v.alternates) {
    if ('value' in result) break
    const second = convert(utils, alt, target, unit)
    if ('value' in second) result = { value: second.value, converted: true }
  }
  if ('reason' in result) return { ...base, comparable: false, converted: false, reason: result.reason, original }
  return { ...base, value: result.value, comparable: true, converted: result.converted, original }
}

/** Puts every result of one LOINC test on one unit; incomparable values are flagged, not dropped. */
export async function harmonize(results: readonly Measurement[], loinc: string): Promise<HarmonizedSeries> {
  const series = results.filter((r) => r.loinc === loinc)
  const target = CANONICAL_UNITS.get(loinc)
  const firstUnit = series.find((r) => r.value.kind === 'quantity' && r.value.unit !== undefined)?.value
  const unit = target?.unit ?? (firstUnit?.kind === 'quantity' ? firstUnit.unit : undefined)
  const needsLibrary = series.some((r) => r.value.kind === 'quantity' && r.value.unit !== unit)
  const utils = needsLibrary ? await loadUcum().catch(() => undefined) : undefined
  return { loinc, ...(unit !== undefined && { unit }), points: series.map((m) => point(utils, m, target, unit)) }
}
