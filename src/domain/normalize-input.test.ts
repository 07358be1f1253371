// @vitest-environment node
// What `normalize` says about its input before any mapping: outcomes and empty entries it skipped, a
// page that is not the whole search, the same resource twice, several patients, types it cannot read.
import { describe, expect, it } from 'vitest'
import { collectResources, normalizeCollected } from './normalize-report.ts'

const searchset = (self: string, entry: unknown[], next?: unknown) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  link: [{ relation: 'self', url: self }, ...(next ? [next] : [])],
  entry,
})
const allergy = (id: string, patient = 'Patient/p1') => ({
  resourceType: 'AllergyIntolerance',
  id,
  patient: { reference: patient },
  code: { coding: [{ system: 'http://snomed.info/sct', code: '764146007' }], text: 'Penicillin' },
})

describe('collectResources', () => {
  it('says which entries it skipped and why, in the words of the outcome', () => {
    const c = collectResources(
      searchset('https://fhir.example.org/r4/AllergyIntolerance?patient=p1', [
        { search: { mode: 'outcome' }, resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', details: { text: 'Some data is hidden' } }, { diagnostics: 'second' }] } },
        { search: { mode: 'outcome' }, resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'suppressed' }, { severity: 'error' }] } },
        { search: { mode: 'outcome' }, resource: { resourceType: 'OperationOutcome' } },
        { search: { mode: 'match' } },
        { resource: allergy('a1') },
      ]),
    )
    expect(c.warnings).toEqual([
      'entry[0] outcome skipped: warning: Some data is hidden; issue: second',
      'entry[1] outcome skipped: information: suppressed; error: no details',
      'entry[2] outcome skipped: OperationOutcome without issues',
      'entry[3] has no resource',
    ])
    expect(c.resources).toEqual([allergy('a1')])
    expect(c.searched).toEqual(['AllergyIntolerance'])
  })

  it('names the searched type from the self link only, and warns that a page with a next link is not all', () => {
    const page = searchset('https://fhir.example.org/r4/Observation?patient=p1', [], { relation: 'next', url: 'https://fhir.example.org/r4/Observation?page=2' })
    expect(collectResources(page)).toEqual({
      resources: [],
      searched: ['Observation'],
      warnings: ['partial page: the searchset has a next link (https://fhir.example.org/r4/Observation?page=2); later pages are not in the input'],
    })
    expect(collectResources(searchset('https://fhir.example.org/r4/ObservationX', [], { relation: 'next' }))).toEqual({
      resources: [],
      searched: [],
      warnings: ['partial page: the searchset has a next link (no url); later pages are not in the input'],
    })
  })

  it('takes a resource that is not a Bundle as it is, and gathers nested bundles into one input', () => {
    const into = collectResources(allergy('a1'))
    collectResources({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Bundle', entry: [{ resource: allergy('a2') }] } }] }, into)
    expect(into.resources.map((r) => (r as { id: string }).id)).toEqual(['a1', 'a2'])
    expect(into.searched).toEqual([])
  })
})

describe('normalizeCollected', () => {
  it('warns once about a resource given twice and about an input that spans patients (absolute references cut to the id)', () => {
    const out = normalizeCollected(
      collectResources({
        resourceType: 'Bundle',
        entry: [allergy('a1'), allergy('a1'), allergy('a2', 'https://fhir.example.org/r4/Patient/p2'), { resourceType: 'Patient', id: 'p3' }, { resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/p1' } }].map((resource) => ({ resource })),
      }),
    )
    expect(out.warnings).toEqual([
      'AllergyIntolerance/a1: duplicate resource (2 copies in the input); each copy is mapped',
      'mixed patients: the input is about 3 patients (Patient/p1, Patient/p2, Patient/p3)',
    ])
  })

  it('skips types it does not read with a warning, uses Medications only to resolve orders, and lists nothing for them', () => {
    const out = normalizeCollected(
      collectResources({
        resourceType: 'Bundle',
        entry: [
          { resource: { resourceType: 'Condition', id: 'c1' } },
          { resource: { resourceType: 'Medication', id: 'm1', code: { text: 'lisinopril 10 mg tablet' } } },
          { resource: { resourceType: 'MedicationRequest', id: 'r1', status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, medicationReference: { reference: 'Medication/m1' } } },
        ],
      }),
    )
    expect(out.warnings).toContain('Condition/c1: resource type not supported, skipped')
    expect(out.models.map((m) => m.type)).toEqual(['medication'])
    expect(out.report.map((r) => r.ref)).toEqual(['MedicationRequest/r1'])
    expect(out.report[0]?.fields.find((f) => f.field === 'name')).toMatchObject({ source: { text: 'lisinopril 10 mg tablet' }, value: 'lisinopril 10 mg tablet' })
  })

  it('states an empty allergy search whose server withheld some kinds of records as withheld, not as never asked', () => {
    const suppressed = (code: string) => ({
      search: { mode: 'outcome' },
      resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code, details: { text: 'Client not authorized for AllergyIntolerance - Outside Records.' } }] },
    })
    const state = (self: string, entry: unknown[]) => normalizeCollected(collectResources(searchset(self, entry))).allergyState
    expect(state('https://fhir.example.org/r4/AllergyIntolerance?patient=p1', [suppressed('suppressed')])).toEqual({ kind: 'withheld' })
    expect(state('https://fhir.example.org/r4/AllergyIntolerance?patient=p1', [suppressed('informational')])).toEqual({ kind: 'not-asked' })
    // A warning on another search says nothing about allergies.
    const both = collectResources(searchset('https://fhir.example.org/r4/Observation?patient=p1', [suppressed('suppressed')]))
    expect(normalizeCollected(collectResources(searchset('https://fhir.example.org/r4/AllergyIntolerance?patient=p1', []), both)).allergyState).toEqual({ kind: 'not-asked' })
  })

  it('gives an allergy list state when allergies were searched or given, and none otherwise', () => {
    const searchedNone = normalizeCollected(collectResources(searchset('https://fhir.example.org/r4/AllergyIntolerance?patient=p1', [])))
    expect(searchedNone.allergyState).toBeDefined()
    expect(searchedNone.allergyState).not.toEqual(normalizeCollected(collectResources(allergy('a1'))).allergyState)
    expect(normalizeCollected(collectResources(searchset('https://fhir.example.org/r4/Observation?patient=p1', []))).allergyState).toBeUndefined()
  })

  it('flags a future reading only when told what today is and not told to skip the check', () => {
    const reading = {
      resourceType: 'Observation',
      id: 'o1',
      status: 'final',
      subject: { reference: 'Patient/p1' },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }], text: 'Potassium' },
      effectiveDateTime: '2099-01-01T00:00:00Z',
      valueQuantity: { value: 4.1, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' },
    }
    const implausible = (options: Parameters<typeof normalizeCollected>[1]) =>
      normalizeCollected(collectResources(reading), options).report[0]?.fields.some((f) => f.rules.some((r) => r.id === 'observation.implausible-date'))
    const today = new Date('2026-11-01T00:00:00Z')
    expect(implausible({ today })).toBe(true)
    expect(implausible({ today, checkFutureDates: false })).toBe(false)
    expect(implausible({})).toBe(false)
  })
})
