// Renders lab and vital facts as Millennium Observations (C4/C5 shapes). Labs are `L-<n>`, vitals
// `VS-<n>`, blood pressure `BP-<systolicId>-<diastolicId>` because Millennium stores the two halves
// as separate results and joins them at read time.
import type { CodeableConcept, Identifier, Observation, ObservationReferenceRange, Quantity } from 'fhir/r4'
import type { LabFact, VitalFact } from '../../../data/types.ts'
import { codeSet, DAR_SYSTEM, LOINC, numericId, UCUM, uuidFrom } from './ids.ts'
import { observationCategories, observationContext } from './observation-context.ts'
import { definitionList, narrative, titleCase, type NarrativeLine } from './narrative.ts'
import { addMinutes, isoMillis, narrativeDate } from './time.ts'
import { BP_COMPONENTS, BP_PANEL, BP_UNIT, VITAL_CODES, vitalQuantity } from './vital-codes.ts'

export const labId = (f: LabFact) => `L-${numericId(f.key)}`
const vitalPartId = (key: string, part: string) => numericId(`${key}:${part}`)
export const vitalId = (f: VitalFact) =>
  f.kind === 'bp' ? `BP-${vitalPartId(f.key, 'systolic')}-${vitalPartId(f.key, 'diastolic')}` : `VS-${numericId(f.key)}`

/** Millennium's clinical-event identifier: CE + uuid + event id + a compact timestamp. */
function ceuuid(seed: string, eventId: string, at: Date): Identifier {
  const stamp = at.toISOString().replace(/[-:T.Z]/g, '').slice(0, 14) + '00'
  return { system: 'https://fhir.cerner.com/ceuuid', value: `CE${uuidFrom(seed)}-${eventId}-${stamp}` }
}

/**
 * Millennium lab ranges carry only `high` and `type` (41 of 41 recorded: no `low`, no `text`), so a
 * lab without an upper limit has no range at all. Labs never carry an `interpretation` (0 of 100).
 */
function referenceRange(f: LabFact): ObservationReferenceRange[] | undefined {
  if (f.high === undefined) return undefined
  // A result filed in the wrong unit keeps the analyte's range in its usual unit.
  const ucum = f.rangeUnit?.ucum ?? f.ucum
  const unit = f.rangeUnit ? (f.rangeUnit.unitDisplay ?? f.rangeUnit.ucum) : (f.unitDisplay ?? f.ucum)
  const high: Quantity = ucum ? { value: f.high, unit, system: UCUM, code: ucum } : { value: f.high }
  return [{
    high,
    type: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning', code: 'normal', display: 'Normal Range' }],
      text: 'Normal Range',
    },
  }]
}

const LAB_VERSION: Record<LabFact['status'], string> = { preliminary: '0', final: '1', corrected: '2', 'entered-in-error': '3' }

const MASKED: CodeableConcept = { coding: [{ system: DAR_SYSTEM, code: 'masked', display: 'Masked' }], text: 'Masked' }

/**
 * `masked` = the patient persona asked for an entered-in-error result: Millennium keeps the row but
 * drops the value. The status keeps Millennium's trailing space ("entered-in-error ").
 */
export function renderLab(f: LabFact, patientId: string, masked: boolean): Observation {
  const id = labId(f)
  const issued = addMinutes(f.effective, 63)
  const status = (f.status === 'entered-in-error' ? 'entered-in-error ' : f.status) as Observation['status']
  const unit = f.unitDisplay ?? f.ucum
  const result = masked ? 'Masked' : `${f.value}${unit ? ` ${unit}` : ''}`
  const obs: Observation = {
    resourceType: 'Observation',
    id,
    meta: { versionId: LAB_VERSION[f.status], lastUpdated: isoMillis(issued) },
    text: narrative('Observation', [
      ['Patient Id', patientId], ['Status', titleCase(f.status)], ['Categories', 'Laboratory'], ['Code', f.display],
      ['Result', result], ['Effective Date', narrativeDate(f.effective)],
    ]),
    identifier: [ceuuid(f.key, id.slice(2), issued)],
    status,
    category: observationCategories(['laboratory']),
    code: {
      coding: [
        { system: codeSet(72), code: f.localCode, display: f.display, userSelected: true },
        { system: LOINC, code: f.loinc, display: f.display, userSelected: false },
      ],
      text: f.display,
    },
    subject: { reference: `Patient/${patientId}` },
    ...observationContext(f.key, f.effective),
    issued: isoMillis(issued),
  }
  if (masked) return { ...obs, dataAbsentReason: MASKED }
  if (typeof f.value === 'string') obs.valueString = f.value
  else obs.valueQuantity = f.ucum ? { value: f.value, unit, system: UCUM, code: f.ucum } : { value: f.value }
  const range = referenceRange(f)
  if (range) obs.referenceRange = range
  return obs
}

function vitalBase(f: VitalFact, patientId: string, id: string, lines: NarrativeLine[], versionId: string): Observation {
  return {
    resourceType: 'Observation',
    id,
    meta: { versionId, lastUpdated: isoMillis(addMinutes(f.effective, 2)) },
    text: narrative('Observation', [
      ['Patient Id', patientId], ['Status', 'Final'], ['Categories', 'Vital Signs'],
      ...lines, ['Effective Date', narrativeDate(f.effective)],
    ]),
    identifier: [], // filled by the caller; declared here to keep Millennium's field order
    status: 'final',
    category: observationCategories(['vital-signs']),
    code: {},
    subject: { reference: `Patient/${patientId}` },
    ...observationContext(f.key, f.effective),
  }
}

function bpComponent(part: 'systolic' | 'diastolic', value: number) {
  const c = BP_COMPONENTS[part]
  return {
    code: {
      coding: [
        { system: codeSet(72), code: c.eventCode, display: c.text, userSelected: true },
        { system: LOINC, code: c.loinc.code, display: c.loinc.display },
        { system: LOINC, code: BP_PANEL.code, display: BP_PANEL.display },
      ],
      text: c.text,
    },
    valueQuantity: { value, unit: BP_UNIT.unit, system: UCUM, code: BP_UNIT.ucum },
  }
}

export function renderVital(f: VitalFact, patientId: string): Observation {
  const at = new Date(f.effective)
  if (f.kind === 'bp') {
    const sys = f.systolic ?? 0
    const dia = f.diastolic ?? 0
    const parts = definitionList([
      [BP_COMPONENTS.systolic.text, `${sys} ${BP_UNIT.unit}`],
      [BP_COMPONENTS.diastolic.text, `${dia} ${BP_UNIT.unit}`],
    ])
    const obs = vitalBase(f, patientId, vitalId(f), [['Code', 'Blood Pressure'], ['Components', ''], { html: parts }], '1-1')
    return {
      ...obs,
      identifier: [
        ceuuid(f.key, vitalPartId(f.key, 'systolic'), at),
        ceuuid(f.key, vitalPartId(f.key, 'diastolic'), at),
      ],
      // Only the panel LOINC at the top: `code=8480-6` does not find blood pressures on Cerner.
      code: { coding: [{ system: LOINC, code: BP_PANEL.code, display: BP_PANEL.display }], text: 'Blood Pressure' },
      component: [bpComponent('systolic', sys), bpComponent('diastolic', dia)],
    }
  }
  const vc = VITAL_CODES[f.kind]
  const value = f.value ?? 0
  const obs = vitalBase(f, patientId, vitalId(f), [['Code', vc.text], ['Result', `${value} ${vc.unit}`]], '1')
  return {
    ...obs,
    identifier: [ceuuid(f.key, numericId(f.key), at)],
    code: {
      coding: [
        { system: codeSet(72), code: vc.eventCode, display: vc.text, userSelected: true },
        ...vc.loinc.map((l) => ({ system: LOINC, code: l.code, display: l.display })),
      ],
      text: vc.text,
    },
    valueQuantity: vitalQuantity(vc, value),
  }
}
