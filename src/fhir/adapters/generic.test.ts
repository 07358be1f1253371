// The generic (plain US Core) adapter against a stub server: the shared machinery's edge cases.
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../testing/fetch-mock.ts'
import { parseGrants } from '../../launch/grants.ts'
import type { AdapterSession } from '../adapter.ts'
import { adapterFor } from '../adapter.ts'

const BASE = 'https://fhir.example.org/r4'
const session: AdapterSession = {
  fhirBase: BASE,
  flavor: 'generic',
  grants: parseGrants('patient/*.rs'),
  accessToken: async () => 'tok',
  context: { patientId: 'p1' },
}
const fetchMock = mockFetch()

const ok = (body: object) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/fhir+json' } })
const bundle = (entry: object[], extra: object = {}) => ok({ resourceType: 'Bundle', type: 'searchset', entry, ...extra })
const obs = (id: string, patient = 'p1') => ({
  resource: { resourceType: 'Observation', id, status: 'final', code: {}, subject: { reference: `Patient/${patient}` } },
  search: { mode: 'match' },
})
const request = (id: string, med: string) => ({
  resource: { resourceType: 'MedicationRequest', id, status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, medicationReference: { reference: med } },
  search: { mode: 'match' },
})

describe('generic adapter', () => {
  it('hides another patient’s resources, with a warning', async () => {
    fetchMock.mockResolvedValueOnce(bundle([obs('a'), obs('b', 'p2'), obs('c')]))
    const labs = await adapterFor(session).observations(session, 'laboratory')
    expect(labs.resources.map((o) => o.id)).toEqual(['a', 'c'])
    expect(labs.warnings.map((w) => w.code)).toEqual(['other-patient'])
    expect(String(fetchMock.mock.calls[0][0])).toBe(`${BASE}/Observation?patient=p1&category=laboratory&_count=100`)
  })

  it('includes medications, then reads only the missing local ones in one batch', async () => {
    fetchMock.mockResolvedValueOnce(
      bundle([
        request('r1', 'Medication/m1'),
        request('r2', 'Medication/m2'),
        request('r3', 'Medication/m3'),
        request('r4', `${BASE}/Medication/m2`),
        request('r5', 'https://elsewhere.example.com/fhir/Medication/x9'),
        { resource: { resourceType: 'Medication', id: 'm1' }, search: { mode: 'include' } },
      ]),
    )
    fetchMock.mockResolvedValueOnce(bundle([{ resource: { resourceType: 'Medication', id: 'm2' } }, { resource: { resourceType: 'Medication', id: 'm3' } }]))
    const meds = await adapterFor(session).medicationRequests(session)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(new URL(String(fetchMock.mock.calls[0][0])).searchParams.get('_include')).toBe('MedicationRequest:medication')
    expect(new URL(String(fetchMock.mock.calls[1][0])).searchParams.get('_id')).toBe('m2,m3')
    expect(meds.medications.map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3'])
    expect(meds.warnings).toEqual([])
  })

  it('keeps what loaded when a later page fails, and says so', async () => {
    fetchMock.mockResolvedValueOnce(bundle([obs('a')], { link: [{ relation: 'next', url: `${BASE}/Observation?page=2` }] }))
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 500 }))
    const vitals = await adapterFor(session).observations(session, 'vital-signs')
    expect(vitals.completeness).toEqual({ state: 'shown', count: 1, incomplete: { reason: 'page-error', newestFirst: false } })
    expect(vitals.warnings).toMatchObject([{ code: 'partial', severity: 'error' }])
  })

  it('streams pages with the Bundle total as the estimate', async () => {
    fetchMock.mockResolvedValueOnce(bundle([obs('a'), obs('b')], { total: 3, link: [{ relation: 'next', url: `${BASE}/Observation?page=2` }] }))
    fetchMock.mockResolvedValueOnce(bundle([obs('c')]))
    const chunks = []
    for await (const chunk of adapterFor(session).observationChunks(session, 'vital-signs')) chunks.push(chunk)
    expect(chunks.map((c) => [c.resources.length, c.loaded, c.estimatedTotal, c.completeness?.state])).toEqual([
      [2, 2, 3, undefined],
      [1, 3, 3, 'shown'],
    ])
  })

  it('a server that refuses a type throws a forbidden error (the query keeps what it showed)', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'no' }] }), { status: 403 }),
    )
    await expect(adapterFor(session).allergies(session)).rejects.toMatchObject({ kind: 'forbidden', status: 403, message: 'no' })
  })
})
