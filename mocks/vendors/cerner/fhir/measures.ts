// Growth and therapy measures Millennium returns from vital-signs searches (§8.4): percentiles and
// Z-scores charted by the growth-chart tool (some with no LOINC, some with no unit), a therapy
// duration in "minutes" without a UCUM code filed under three categories, and a blood pressure whose
// diastolic half is a dataAbsentReason. Rendered only by Cerner; Epic keeps growth charts elsewhere.
import type { CodeableConcept, Coding, Observation, Quantity } from 'fhir/r4'
import type { MeasureFact, MeasureKind } from '../../../data/types.ts'
import { codeSet, DAR_SYSTEM, LOINC, numericId, UCUM } from './ids.ts'
import { narrative } from './narrative.ts'
import { isoMillis, narrativeDate } from './time.ts'
import { BP_COMPONENTS, BP_PANEL, BP_UNIT } from './vital-codes.ts'
import { observationCategories, observationContext } from './observation-context.ts'

interface MeasureCode {
  eventCode: string
  text: string
  loinc?: { code: string; display: string }
  quantity: (value: number) => Quantity
}

const percent = (value: number): Quantity => ({ value, unit: '%', system: UCUM, code: '%' })

const PQ_TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation'
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d
/**
 * A duration in "minutes" with no UCUM code, carrying PQ translations to the other time units
 * Millennium stores (§8.4: translations are broad, durations included); the translations are coded.
 */
function duration(minutes: number): Quantity {
  const to = (value: number, unit: string, code: string) => ({ url: PQ_TRANSLATION, valueQuantity: { value, unit, system: UCUM, code } })
  return {
    extension: [to(minutes * 60, 'sec', 's'), to(round(minutes / 60, 4), 'hr', 'h'), to(round(minutes / 1440, 6), 'day', 'd'), to(round(minutes / 10080, 6), 'wk', 'wk')],
    value: minutes,
    unit: 'minutes',
  }
}
const bare = (value: number): Quantity => ({ value })

const MEASURES: Record<Exclude<MeasureKind, 'bp-no-diastolic'>, MeasureCode> = {
  'weight-percentile': {
    eventCode: '712070', text: 'Weight Percentile',
    loinc: { code: '8336-0', display: 'Body weight [Percentile] Per age' }, quantity: percent,
  },
  // Z-scores are dimensionless: the growth tool sends the number alone.
  'weight-z': { eventCode: '712071', text: 'Weight Z-Score', quantity: bare },
  'height-percentile': { eventCode: '712072', text: 'Height Percentile', quantity: percent },
  'height-z': { eventCode: '712073', text: 'Height Z-Score', quantity: bare },
  'bmi-percentile': {
    eventCode: '712074', text: 'BMI Percentile',
    loinc: { code: '59576-9', display: 'Body mass index (BMI) [Percentile] Per age and sex' }, quantity: percent,
  },
  'bmi-z': { eventCode: '712075', text: 'BMI Z-Score', quantity: (value) => ({ value, unit: 'SD' }) },
  'therapy-minutes': { eventCode: '712090', text: 'Nebulizer Treatment Duration', quantity: duration },
}

export const measureId = (f: MeasureFact) => (f.kind === 'bp-no-diastolic' ? `BP-${numericId(`${f.key}:s`)}-${numericId(`${f.key}:d`)}` : `VS-${numericId(f.key)}`)

export function measureCategories(f: MeasureFact): string[] {
  return f.kind === 'therapy-minutes' ? ['vital-signs', 'procedure', 'therapy'] : ['vital-signs']
}

export function measureCodes(f: MeasureFact): string[] {
  if (f.kind === 'bp-no-diastolic') return [`${LOINC}|${BP_PANEL.code}`]
  const m = MEASURES[f.kind]
  return [`${codeSet(72)}|${m.eventCode}`, ...(m.loinc ? [`${LOINC}|${m.loinc.code}`] : [])]
}

function code(f: MeasureFact): CodeableConcept {
  if (f.kind === 'bp-no-diastolic') return { coding: [{ system: LOINC, code: BP_PANEL.code, display: BP_PANEL.display }], text: 'Blood Pressure' }
  const m = MEASURES[f.kind]
  const coding: Coding[] = [{ system: codeSet(72), code: m.eventCode, display: m.text, userSelected: true }]
  if (m.loinc) coding.push({ system: LOINC, code: m.loinc.code, display: m.loinc.display })
  return { coding, text: m.text }
}

const NOT_OBTAINED: CodeableConcept = { coding: [{ system: DAR_SYSTEM, code: 'unknown', display: 'Unknown' }], text: 'Unknown' }

export function renderMeasure(f: MeasureFact, patientId: string): Observation {
  const c = code(f)
  const obs: Observation = {
    resourceType: 'Observation',
    id: measureId(f),
    meta: { versionId: '1', lastUpdated: isoMillis(f.effective) },
    text: narrative('Observation', [
      ['Patient Id', patientId], ['Status', 'Final'], ['Code', c.text], ['Result', f.kind === 'bp-no-diastolic' ? `${f.value}/- mmHg` : String(f.value)],
      ['Effective Date', narrativeDate(f.effective)],
    ]),
    status: 'final',
    category: observationCategories(measureCategories(f)),
    code: c,
    subject: { reference: `Patient/${patientId}` },
    ...observationContext(f.key, f.effective),
  }
  if (f.kind !== 'bp-no-diastolic') return { ...obs, valueQuantity: MEASURES[f.kind].quantity(f.value) }
  const part = (p: 'systolic' | 'diastolic') => ({
    code: {
      coding: [
        { system: codeSet(72), code: BP_COMPONENTS[p].eventCode, display: BP_COMPONENTS[p].text, userSelected: true },
        { system: LOINC, code: BP_COMPONENTS[p].loinc.code, display: BP_COMPONENTS[p].loinc.display },
      ],
      text: BP_COMPONENTS[p].text,
    },
  })
  return {
    ...obs,
    component: [
      { ...part('systolic'), valueQuantity: { value: f.value, unit: BP_UNIT.unit, system: UCUM, code: BP_UNIT.ucum } },
      { ...part('diastolic'), dataAbsentReason: NOT_OBTAINED },
    ],
  }
}
