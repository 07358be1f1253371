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

  it('reads the searched type from the self link wherever it is among the links', () => {
    const page = { resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: 'https://fhir.example.org/r4/Observation?page=2' }, { relation: 'self', url: 'https://fhir.example.org/r4/AllergyIntolerance?patient=p1' }], entry: [] }
    expect(collectResources(page).searched).toEqual(['AllergyIntolerance'])
  })

  it('counts a search as withheld when any issue of its outcome is "suppressed"', () => {
    const outcome = { search: { mode: 'outcome' }, resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational' }, { severity: 'warning', code: 'suppressed' }] } }
    expect(collectResources(searchset('https://fhir.example.org/r4/AllergyIntolerance?patient=p1', [outcome])).withheld).toEqual(['AllergyIntolerance'])
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

  it('finds the patient of observations and orders by their subject, and of versioned or absolute references; other references name none', () => {
    const warnings = (resources: unknown[]) => normalizeCollected(collectResources({ resourceType: 'Bundle', entry: resources.map((resource) => ({ resource })) })).warnings
    const observation = (id: string, subject: string) => ({ resourceType: 'Observation', id, status: 'final', subject: { reference: subject }, code: { text: 'Potassium' }, valueQuantity: { value: 4.1, unit: 'mmol/L' } })
    expect(warnings([allergy('a1', 'Patient/p2'), observation('o1', 'Patient/p1')])).toContain('mixed patients: the input is about 2 patients (Patient/p1, Patient/p2)')
    expect(warnings([allergy('a1'), observation('o1', 'https://fhir.example.org/r4/Patient/p2/_history/12')])).toContain('mixed patients: the input is about 2 patients (Patient/p1, Patient/p2)')
    expect(warnings([allergy('a1'), observation('o1', 'urn:uuid:8c2f1d3e-0b7a-4c55-9a41-3f6e2d1c0b9a')]).filter((w) => w.startsWith('mixed'))).toEqual([])
  })

  it('says nothing of an input about one patient, with Medications and resources without ids beside it', () => {
    const out = normalizeCollected(
      collectResources({
        resourceType: 'Bundle',
        entry: [
          { resourceType: 'Medication', id: 'm1', code: { text: 'lisinopril 10 mg tablet' } },
          { resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/p1' }, code: { text: 'Peanut' } },
          { resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/p1' }, code: { text: 'Latex' } },
        ].map((resource) => ({ resource })),
      }),
    )
    expect(out.warnings).toEqual([])
    expect(out.report.map((r) => r.ref)).toEqual(['AllergyIntolerance', 'AllergyIntolerance'])
    expect(out.models.map((m) => m.type)).toEqual(['allergy', 'allergy'])
  })

  it('resolves an order’s medication only from a Medication with that id, not from another resource sharing it', () => {
    const out = normalizeCollected(
      collectResources({
        resourceType: 'Bundle',
        entry: [
          { resource: { resourceType: 'Condition', id: 'm1', code: { text: 'hypertension' } } },
          { resource: { resourceType: 'MedicationRequest', id: 'r1', status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, medicationReference: { reference: 'Medication/m1' } } },
        ],
      }),
    )
    expect(out.models[0]).toMatchObject({ type: 'medication' })
    expect(out.models[0]?.model).not.toHaveProperty('name')
    expect(out.warnings).toContain('MedicationRequest/r1: medication has no name')
  })

  it('maps a patient against the given today and orders with the server’s sig trailer parser', () => {
    const patient = { resourceType: 'Patient', id: 'p1', birthDate: '2000-06-01' }
    const order = { resourceType: 'MedicationRequest', id: 'r1', status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, medicationCodeableConcept: { text: 'lisinopril' }, dosageInstruction: [{ text: 'Take 1 daily., Starting 2024-11-12' }] }
    const sigTrailer = (text: string) => (text.endsWith(', Starting 2024-11-12') ? { text: text.slice(0, -', Starting 2024-11-12'.length), start: '2024-11-12' } : undefined)
    const out = normalizeCollected(collectResources({ resourceType: 'Bundle', entry: [patient, order].map((resource) => ({ resource })) }), { today: new Date('2010-01-01T00:00:00Z'), medication: { sigTrailer } })
    expect(out.models.map((m) => m.type)).toEqual(['patient', 'medication'])
    expect(out.models[0]?.model).toMatchObject({ age: { years: 9 } })
    expect(out.models[1]?.model).toMatchObject({ dosageText: 'Take 1 daily.', start: '2024-11-12' })
  })

  it('leaves out a resource its mapper gives up on, with the mapper’s warning', () => {
    const unreadable = { resourceType: 'AllergyIntolerance', id: 'bad', patient: { reference: 'Patient/p1' }, get code(): never { throw new Error('unreadable') } }
    const out = normalizeCollected({ resources: [unreadable, allergy('a1')], warnings: [], searched: [] })
    expect(out.report.map((r) => r.ref)).toEqual(['AllergyIntolerance/a1'])
    expect(out.warnings).toEqual(['AllergyIntolerance/bad: internal mapper error: unreadable'])
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
    expect(normalizeCollected(collectResources(allergy('a1'))).allergyState).toMatchObject({ kind: 'list', hidden: 0 })
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
