// How Millennium codes each vital sign: a tenant event code (codeSet/72) plus LOINC, a unit *display*
// that differs from the UCUM code, and PQ translations for the non-metric views it also stores.
import type { Extension, Quantity } from 'fhir/r4'
import type { VitalKind } from '../../../data/types.ts'
import { UCUM } from './ids.ts'

export interface LoincCode {
  code: string
  display: string
}

export interface VitalCode {
  /** Tenant codeSet/72 event code and its display (also `code.text`). */
  eventCode: string
  text: string
  loinc: LoincCode[]
  /** What Cerner puts in `unit`, e.g. "bpm" where UCUM says "/min". */
  unit: string
  ucum: string
  /** Extra representations Millennium stores next to the metric value. */
  translations?: (value: number) => Quantity[]
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d
const q = (value: number, unit: string, code: string): Quantity => ({ value, unit, system: UCUM, code })

export const BP_PANEL: LoincCode = { code: '85354-9', display: 'Blood pressure panel with all children optional' }

export const VITAL_CODES: Record<Exclude<VitalKind, 'bp'>, VitalCode> = {
  'heart-rate': {
    eventCode: '3623994', text: 'Peripheral Pulse Rate',
    loinc: [{ code: '8867-4', display: 'Heart rate' }], unit: 'bpm', ucum: '/min',
  },
  'resp-rate': {
    eventCode: '3623811', text: 'Respiratory Rate',
    loinc: [{ code: '9279-1', display: 'Respiratory rate' }], unit: 'br/min', ucum: '/min',
  },
  temperature: {
    eventCode: '3624077', text: 'Oral Temperature',
    loinc: [{ code: '8310-5', display: 'Body temperature' }, { code: '8331-1', display: 'Oral temperature' }],
    unit: 'degC', ucum: 'Cel',
    translations: (c) => [q(round((c * 9) / 5 + 32, 1), 'degF', '[degF]')],
  },
  weight: {
    eventCode: '5203717', text: 'Measured Weight',
    loinc: [{ code: '29463-7', display: 'Body weight' }, { code: '3141-9', display: 'Body weight Measured' }],
    unit: 'kg', ucum: 'kg',
    // Millennium stores every mass unit it can display next to the metric value.
    translations: (kg) => [
      q(round(kg * 1000, 1), 'g', 'g'), q(round(kg * 2.204623, 3), 'lb', '[lb_av]'), q(round(kg * 35.27396, 2), 'oz', '[oz_av]'),
      q(round(kg * 1e6, 0), 'mg', 'mg'), q(round(kg * 1e9, 0), 'mcg', 'ug'), q(round(kg * 1e12, 0), 'ng', 'ng'),
      q(round(kg * 1e5, 0), 'cg', 'cg'), q(round(kg * 1e4, 0), 'dg', 'dg'),
    ],
  },
  height: {
    eventCode: '5203702', text: 'Measured Height',
    loinc: [{ code: '8302-2', display: 'Body height' }, { code: '3137-7', display: 'Body height Measured' }],
    unit: 'cm', ucum: 'cm',
    translations: (cm) => [
      q(round(cm / 2.54, 2), 'in', '[in_i]'), q(round(cm / 30.48, 3), 'ft', '[ft_i]'), q(round(cm / 100, 3), 'm', 'm'),
      q(round(cm * 10, 1), 'mm', 'mm'), q(round(cm / 10, 2), 'dm', 'dm'),
    ],
  },
  bmi: {
    eventCode: '5203745', text: 'Body Mass Index',
    loinc: [{ code: '39156-5', display: 'Body mass index (BMI) [Ratio]' }], unit: 'kgm2', ucum: 'kg/m2',
  },
  spo2: {
    eventCode: '3624152', text: 'SpO2',
    loinc: [
      { code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry' },
      { code: '2708-6', display: 'Oxygen saturation in Arterial blood' },
    ],
    unit: '%', ucum: '%',
  },
}

export const BP_COMPONENTS = {
  systolic: { eventCode: '3623905', text: 'Systolic Blood Pressure', loinc: { code: '8480-6', display: 'Systolic blood pressure' } },
  diastolic: { eventCode: '3623920', text: 'Diastolic Blood Pressure', loinc: { code: '8462-4', display: 'Diastolic blood pressure' } },
} as const

export const BP_UNIT = { unit: 'mmHg', ucum: 'mm[Hg]' } as const

const PQ_TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation'

/** `valueQuantity` with the unit display, UCUM code and (for temperature/weight) translations inside it. */
export function vitalQuantity(code: VitalCode, value: number): Quantity {
  const extension: Extension[] | undefined = code.translations?.(value).map((t) => ({ url: PQ_TRANSLATION, valueQuantity: t }))
  return { ...(extension ? { extension } : {}), value, unit: code.unit, system: UCUM, code: code.ucum }
}
