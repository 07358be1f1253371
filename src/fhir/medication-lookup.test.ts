import type { Bundle, Medication, MedicationRequest } from 'fhir/r4'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AdapterRules } from './adapter-rules.ts'
import { localMedicationId, resolveMedications } from './medication-lookup.ts'
import { mapAll, unreadableWarnings } from './normalize.ts'
import { testSession } from './testing/test-session.ts'

const BASE = 'https://fhir.example.org/r4'
const SCOPE = 'patient/Patient.read patient/MedicationRequest.read patient/Medication.read'
const session = (scope = SCOPE) => testSession({ id: 's', fhirBase: BASE, flavor: 'generic', patientId: 'p1', scope, token: 'tok' })
const rules = (medicationBatchSize: number): AdapterRules => ({
  flavor: 'generic',
  pageSizes: { observation: { default: 100 } },
  includeMedication: true,
  medicationBatchSize,
  maxPages: 10,
  maxEntries: 1000,
  keepWarning: () => true,
  totalFrom: 'none',
})

const request = (reference: string): MedicationRequest => ({
  resourceType: 'MedicationRequest', id: `r-${reference}`, status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, medicationReference: { reference },
})
const medication = (id: string): Medication => ({ resourceType: 'Medication', id, code: { text: `drug ${id}` } })
const bundle = (meds: Medication[]): Bundle => ({ resourceType: 'Bundle', type: 'searchset', entry: meds.map((resource) => ({ resource, search: { mode: 'match' } })) })

const fetchMock = vi.fn<typeof fetch>()
const asked = () => fetchMock.mock.calls.map(([input]) => new URL(String(input instanceof Request ? input.url : input)).searchParams.get('_id'))

beforeEach(() => {
  fetchMock.mockReset()
  // The server knows every Medication whose id does not start with "gone".
  fetchMock.mockImplementation(async (input, init) => {
    if (init?.signal?.aborted) throw init.signal.reason
    const ids = (new URL(String(input instanceof Request ? input.url : input)).searchParams.get('_id') ?? '').split(',')
    if (ids.includes('broken')) return new Response('{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception","diagnostics":"Lookup failed"}]}', { status: 500 })
    return new Response(JSON.stringify(bundle(ids.filter((id) => !id.startsWith('gone')).map(medication))), { status: 200, headers: { 'content-type': 'application/fhir+json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('localMedicationId', () => {
  it('reads relative, absolute same-server and versioned references; not contained, other servers or other types', () => {
    expect(localMedicationId('Medication/m1', BASE)).toBe('m1')
    expect(localMedicationId(`${BASE}/Medication/m2`, BASE)).toBe('m2')
    expect(localMedicationId(`${BASE}/Medication/m2`, `${BASE}//`)).toBe('m2')
    expect(localMedicationId('Medication/m3/_history/4', BASE)).toBe('m3')
    expect(localMedicationId('Medication/m3/_history/12', BASE)).toBe('m3')
    expect(localMedicationId('#contained', BASE)).toBeUndefined()
    expect(localMedicationId('https://other.example/r4/Medication/m4', BASE)).toBeUndefined()
    expect(localMedicationId('Substance/s1', BASE)).toBeUndefined()
    expect(localMedicationId('Medication/m5/extra', BASE)).toBeUndefined()
    expect(localMedicationId('xMedication/m6', BASE)).toBeUndefined()
    expect(localMedicationId(undefined, BASE)).toBeUndefined()
    expect(localMedicationId('', BASE)).toBeUndefined()
  })
})

describe('resolveMedications', () => {
  it('reads only the Medications the include missed, each once, in batches of the adapter’s size', async () => {
    const requests = ['m1', 'm2', 'm3', 'm4', 'm5', 'm2'].map((id) => request(`Medication/${id}`))
    const got = await resolveMedications(session(), rules(2), [...requests, request('#c1')], [medication('m1'), { resourceType: 'Patient', id: 'm3' }], {})
    expect(asked()).toEqual(['m2,m3', 'm4,m5'])
    expect(got.medications.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
    expect(got.warnings).toEqual([])
  })

  it('sends nothing when the include brought every Medication', async () => {
    const got = await resolveMedications(session(), rules(20), [request('Medication/m1')], [medication('m1')], {})
    expect(fetchMock).not.toHaveBeenCalled()
    expect(got).toEqual({ medications: [medication('m1')], warnings: [] })
  })

  it.each([
    ['the adapter never looks Medications up', rules(0), session()],
    ['Medication was not shared', rules(20), session('patient/MedicationRequest.read')],
  ])('%s: nothing is sent and the prescriptions say their drug details are missing', async (_, r, s) => {
    const got = await resolveMedications(s, r, [request('Medication/m1'), request('Medication/m2')], [], {})
    expect(fetchMock).not.toHaveBeenCalled()
    expect(got.medications).toEqual([])
    expect(got.warnings).toEqual([{
      source: 'client', severity: 'warning', code: 'medication-missing', resourceType: 'Medication',
      message: 'Details of 2 medication(s) could not be loaded; their names come from the prescription.',
    }])
  })

  it('a failed batch costs only its own drugs their details, and says why', async () => {
    const got = await resolveMedications(session(), rules(1), ['m1', 'broken', 'gone-1'].map((id) => request(`Medication/${id}`)), [], {})
    expect(got.medications.map((m) => m.id)).toEqual(['m1'])
    expect(got.warnings.map((w) => [w.code, w.message, w.resourceType])).toEqual([
      ['medication-lookup', 'Lookup failed', 'Medication'],
      ['medication-missing', 'Details of 2 medication(s) could not be loaded; their names come from the prescription.', 'Medication'],
    ])
  })

  it('a cancellation is passed on, not turned into a warning', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(resolveMedications(session(), rules(20), [request('Medication/m1')], [], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('mapAll', () => {
  it('keeps what maps, counts what does not, and words the count for the user', () => {
    expect(mapAll([1, 2, 3, 4], (n) => (n % 2 ? n * 10 : null))).toEqual({ items: [10, 30], unreadable: 2 })
    expect(unreadableWarnings('Observation', 2)).toEqual([
      { source: 'client', severity: 'warning', code: 'unreadable', message: '2 Observation result(s) could not be read and are not shown.', resourceType: 'Observation' },
    ])
    expect(unreadableWarnings('Observation', 0)).toEqual([])
  })
})
