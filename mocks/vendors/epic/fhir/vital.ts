// Vitals as Epic's Observation.Search (Vital Signs) returns them: flowsheet-row codes first, the
// extra LOINC-valued codings under the THL OID, the panel code 8716-3, then the specific LOINC.
import type { Coding, Extension, Observation, Quantity } from 'fhir/r4'
import { EPIC_EXTENSION, encounterRef, performerRef, templateId } from './context.ts'
import type { SyntheticPatient, VitalFact, VitalKind } from '../../../data/types.ts'
import { EPIC, SYS } from './codes.ts'
import { epicId } from './ids.ts'
import { interpretation, issuedAfter } from './lab.ts'
import { patientRef } from './patient.ts'

interface VitalCode {
  row: string
  text: string
  unit?: string
  loinc: [string, string][]
  /** LOINC codes Epic repeats under urn:oid:1.2.246.537.6.96. */
  thl: string[]
}

const VITAL_CODES: Record<VitalKind, VitalCode> = {
  bp: {
    row: '5',
    text: 'Blood Pressure',
    // The top code is 55284-4, outside the US Core vital-signs subset; 85354-9 comes second.
    loinc: [
      ['55284-4', 'Blood pressure systolic and diastolic'],
      ['85354-9', 'Blood pressure panel with all children optional'],
    ],
    thl: ['8462-4', '8480-6'],
  },
  'heart-rate': { row: '8', text: 'Pulse', unit: '/min', loinc: [['8867-4', 'Heart rate']], thl: ['8867-4'] },
  'resp-rate': { row: '9', text: 'Resp', unit: '/min', loinc: [['9279-1', 'Respiratory rate']], thl: ['9279-1'] },
  temperature: { row: '6', text: 'Temp', unit: 'Cel', loinc: [['8310-5', 'Body temperature']], thl: ['8310-5'] },
  weight: {
    row: '14',
    text: 'Weight',
    unit: 'kg',
    loinc: [
      ['29463-7', 'Body weight'],
      ['3141-9', 'Body weight Measured'],
    ],
    thl: ['29463-7'],
  },
  height: {
    row: '11',
    text: 'Height',
    unit: 'cm',
    loinc: [
      ['8302-2', 'Body height'],
      ['3137-7', 'Body height Measured'],
    ],
    thl: ['8302-2'],
  },
  bmi: {
    row: '301070',
    text: 'BMI',
    unit: 'kg/m2',
    loinc: [['39156-5', 'Body mass index (BMI) [Ratio]']],
    thl: ['39156-5'],
  },
  spo2: {
    row: '10',
    text: 'SpO2',
    unit: '%',
    loinc: [
      ['59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry'],
      ['2708-6', 'Oxygen saturation in Arterial blood'],
    ],
    thl: ['59408-5'],
  },
}

export const VITAL_CATEGORY = [
  { coding: [{ system: SYS.obsCategory, code: 'vital-signs', display: 'Vital Signs' }], text: 'Vital Signs' },
]

/** Epic's opaque flowsheet-id token for a row, stable per row. */
function flowsheetToken(row: string): string {
  return 't' + epicId('flowsheet', row, 24).slice(1, -1) + '0'
}

// The panel LOINC 8716-3 "Vital signs" comes before the specific LOINC (§8.4): the first LOINC
// on an Epic vital is not the one that names it.
function codings(c: VitalCode): Coding[] {
  return [
    { system: EPIC.flowsheetRow, code: c.row, display: c.text },
    { system: SYS.flowsheetId, code: flowsheetToken(c.row), display: c.text },
    ...c.thl.map((code) => ({ system: SYS.thlLoinc, code })),
    { system: SYS.loinc, code: '8716-3', display: 'Vital signs' },
    ...c.loinc.map(([code, display]) => ({ system: SYS.loinc, code, display })),
  ]
}

const round1 = (v: number) => Math.round(v * 10) / 10

const ucum = (value: number, unit: string): Quantity => ({ value, unit, system: SYS.ucum, code: unit })

function bpComponents(f: VitalFact): Observation['component'] {
  const part = (code: string, display: string, value: number | undefined) => ({
    code: { coding: [{ system: SYS.loinc, code, display }], text: display },
    valueQuantity: ucum(value ?? 0, 'mm[Hg]'),
  })
  return [
    part('8480-6', 'Systolic blood pressure', f.systolic),
    part('8462-4', 'Diastolic blood pressure', f.diastolic),
  ]
}

export function renderVital(p: SyntheticPatient, f: VitalFact): Observation {
  const c = VITAL_CODES[f.kind]
  const extension: Extension[] = [templateId(f.key, 'vital')]
  // Every Celsius temperature also carries the value Epic displays, in Fahrenheit.
  if (f.kind === 'temperature' && f.value !== undefined) {
    extension.push({ url: `${EPIC_EXTENSION}/temperature-in-fahrenheit`, valueQuantity: { value: round1((f.value * 9) / 5 + 32), unit: '[degF]', system: SYS.ucum, code: '[degF]' } })
  }
  const obs: Observation = {
    resourceType: 'Observation',
    id: epicId('Observation', f.key, 66),
    extension,
    status: 'final',
    category: VITAL_CATEGORY,
    code: { coding: codings(c), text: c.text },
    subject: patientRef(p),
    encounter: encounterRef(p.key, f.effective),
    effectiveDateTime: f.effective,
    issued: issuedAfter(f.effective, 12),
    performer: performerRef(f.key),
  }
  if (f.kind === 'bp') {
    // Epic flags every BP panel "A" regardless of the values, and puts no value at the top level.
    obs.interpretation = interpretation('A', false)
    obs.component = bpComponents(f)
  } else if (f.value !== undefined && c.unit) {
    obs.valueQuantity = ucum(f.value, c.unit)
  }
  return obs
}
