// Shared helpers for the patient files, so every lab gets a flag that agrees with its range.
import type { Interpretation, LabFact, VitalFact, VitalKind } from './types.ts'

/** The emulator's fixed "today"; all synthetic history ends before it. */
export const TODAY = '2026-11-01T00:00:00Z'

export function addDays(iso: string, days: number): string {
  const t = Date.parse(iso) + days * 86_400_000
  return new Date(t).toISOString().replace('.000Z', 'Z')
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace('.000Z', 'Z')
}

export interface Critical {
  low?: number
  high?: number
}

export function interpret(value: number, low?: number, high?: number, critical: Critical = {}): Interpretation {
  if (critical.high !== undefined && value >= critical.high) return 'HH'
  if (critical.low !== undefined && value <= critical.low) return 'LL'
  if (high !== undefined && value > high) return 'H'
  if (low !== undefined && value < low) return 'L'
  return 'N'
}

export interface LabTest {
  /** Short name used in fact keys, e.g. "glucose". */
  slug: string
  loinc: string
  display: string
  localCode: string
  ucum?: string
  unitDisplay?: string
  low?: number
  high?: number
  rangeText?: string
  critical?: Critical
  /** For text-only ranges (e.g. "<5.7"), where low/high cannot drive the flag. */
  classify?: (value: number) => Interpretation | undefined
}

export interface LabPoint {
  at: string
  value: number | string
  status?: LabFact['status']
  /** Explicit flag for string results or deliberate "(none)" cases. */
  interpretation?: Interpretation | null
  /** Per-result overrides, e.g. a result reported in another unit. */
  override?: Partial<Pick<LabTest, 'ucum' | 'unitDisplay' | 'low' | 'high' | 'rangeText'>>
  /** The result's unit differs from its range's: the range stays in the test's own unit. */
  unitOnlyOnValue?: boolean
}

export function labSeries(patientKey: string, test: LabTest, points: LabPoint[]): LabFact[] {
  return points.map((p, i) => {
    const ucum = p.override?.ucum ?? test.ucum
    const unitDisplay = p.override?.unitDisplay ?? test.unitDisplay
    const low = p.override?.low ?? test.low
    const high = p.override?.high ?? test.high
    const rangeText = p.override?.rangeText ?? test.rangeText
    let interpretation: Interpretation | undefined
    if (p.interpretation !== undefined) interpretation = p.interpretation ?? undefined
    else if (typeof p.value === 'number') {
      interpretation = test.classify ? test.classify(p.value) : interpret(p.value, low, high, test.critical)
    }
    const fact: LabFact = {
      key: `${patientKey}-lab-${test.slug}-${i + 1}`,
      loinc: test.loinc,
      display: test.display,
      localCode: test.localCode,
      value: p.value,
      effective: p.at,
      status: p.status ?? 'final',
    }
    if (ucum !== undefined) fact.ucum = ucum
    if (unitDisplay !== undefined) fact.unitDisplay = unitDisplay
    if (low !== undefined) fact.low = low
    if (high !== undefined) fact.high = high
    if (rangeText !== undefined) fact.rangeText = rangeText
    if (p.unitOnlyOnValue && test.ucum !== undefined) {
      fact.rangeUnit = { ucum: test.ucum, ...(test.unitDisplay !== undefined && { unitDisplay: test.unitDisplay }) }
    }
    if (interpretation !== undefined) fact.interpretation = interpretation
    return fact
  })
}

/** Hands out sequential per-patient vital keys so ids stay stable when a series is regenerated. */
export function vitalRecorder(patientKey: string) {
  const out: VitalFact[] = []
  return {
    out,
    add(kind: VitalKind, effective: string, value: number): void {
      out.push({ key: `${patientKey}-vital-${out.length + 1}`, kind, effective, value })
    },
    bp(effective: string, systolic: number, diastolic: number): void {
      out.push({ key: `${patientKey}-vital-${out.length + 1}`, kind: 'bp', effective, systolic, diastolic })
    },
  }
}
