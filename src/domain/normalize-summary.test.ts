// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { collectResources, normalizeCollected } from './normalize-report.ts'
import { summarize } from './normalize-summary.ts'

const patient = { reference: 'Patient/p1' }
const potassium = {
  resourceType: 'Observation',
  id: 'o1',
  status: 'final',
  subject: patient,
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
  code: { coding: [{ system: ' http://loinc.org ', code: '2823-3', display: 'Potassium' }] },
  effectiveDateTime: '2026-10-01T08:00:00Z',
  valueQuantity: { value: 4.1, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' },
  method: { text: 'point of care' },
}
const pressure = {
  resourceType: 'Observation',
  id: 'o2',
  status: 'final',
  subject: patient,
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }], text: 'BP' },
  effectiveDateTime: '2026-10-02T08:00:00Z',
  component: [
    { code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] }, valueQuantity: { value: 120, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
    { code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] }, valueQuantity: { value: 80, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
  ],
}
const medication = { resourceType: 'Medication', id: 'm1', code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '314076' }], text: 'lisinopril 10 mg tablet' } }
const order = { resourceType: 'MedicationRequest', id: 'r1', status: 'active', intent: 'order', subject: patient, medicationReference: { reference: 'Medication/m1' } }

function run(resources: unknown[]) {
  const bundle = { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) }
  return summarize(resources, normalizeCollected(collectResources(bundle)))
}

describe('normalize --summary', () => {
  const s = run([pressure, potassium, order, medication])

  it('counts models by type, and paths with array positions collapsed and other resources named by type', () => {
    expect(s.models).toEqual({ 'lab-result': 1, medication: 1, 'vital-sign': 1 })
    expect(s.paths).toEqual({
      'MedicationRequest Medication/{id}.code → medication.name': 1,
      'MedicationRequest Medication/{id}.code → medication.source': 1,
      'MedicationRequest Medication/{id}.code.coding[] → medication.code': 1,
      'MedicationRequest Medication/{id}.code.coding[] → medication.rxnorm': 1,
      'MedicationRequest intent → medication.intent': 1,
      'MedicationRequest status → medication.status': 1,
      'Observation category[].coding[] → lab-result.categories': 1,
      'Observation category[].coding[] → vital-sign.categories': 1,
      'Observation code.coding → lab-result.name': 1,
      'Observation code.coding[] → lab-result.code': 1,
      'Observation code.coding[] → lab-result.loinc': 1,
      'Observation code.coding[] → vital-sign.code': 1,
      'Observation code.coding[] → vital-sign.kind': 1,
      'Observation code.coding[] → vital-sign.loinc': 1,
      'Observation code.text → vital-sign.name': 1,
      'Observation component[].valueQuantity → vital-sign.diastolic': 1,
      'Observation component[].valueQuantity → vital-sign.systolic': 1,
      'Observation effectiveDateTime → lab-result.effective': 1,
      'Observation effectiveDateTime → vital-sign.effective': 1,
      'Observation status → lab-result.status': 1,
      'Observation status → vital-sign.status': 1,
      'Observation valueQuantity → lab-result.value': 1,
    })
  })

  it('counts each rule with its description, every coding system (trimmed) and every unit as printed and coded', () => {
    // Per model field: systolic and diastolic each carry it.
    expect(s.rules['bp.components']).toEqual({ description: expect.stringContaining('components'), count: 2 })
    expect(s.rules['unit.ucum-code-over-display']).toEqual({ description: 'the UCUM code replaced a differing display unit', count: 1 })
    expect(s.codeSystems).toEqual({
      'http://loinc.org': 4,
      'http://terminology.hl7.org/CodeSystem/observation-category': 2,
      'http://www.nlm.nih.gov/research/umls/rxnorm': 1,
    })
    expect(s.units).toEqual({ '[mm[Hg]]': 1, 'mmHg [mm[Hg]]': 1, 'mmol/L': 1 })
  })

  it('counts what was dropped, by type, path and reason', () => {
    expect(s.dropped).toEqual({ 'Observation method: not used by the model': 1 })
  })

  it('prints the same bytes whatever the order of the input', () => {
    const again = run([medication, order, potassium, pressure])
    expect(JSON.stringify(again)).toBe(JSON.stringify(s))
    for (const part of Object.values(s)) expect(Object.keys(part)).toEqual([...Object.keys(part)].sort())
  })
})
