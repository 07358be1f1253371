// @vitest-environment node
// The Cerner adapter against the sandbox's Millennium personality, over real HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../../mocks/data/patients.ts'
import { startSandbox, type RunningSandbox } from '../../../mocks/testing/harness.ts'
import { adapterFor } from '../adapter.ts'
import { failureOf } from '../failure.ts'
import { isFhirError } from '../errors.ts'
import { fhirRead, fhirSearch } from '../http.ts'
import { recordFetch, sandboxSession } from '../testing/sandbox-session.ts'
import { FULL_HISTORY_MS } from '../../../mocks/testing/budgets.ts'

let sb: RunningSandbox
const lorraine = patientByKey('lorraine')!
const walter = patientByKey('walter')!
const session = (id: string, scope?: string) => sandboxSession(sb, 'cerner', 'cerner', id, scope)
let rec: ReturnType<typeof recordFetch> | undefined

beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(() => sb.close())
afterEach(() => {
  rec?.restore()
  rec = undefined
})

describe('Cerner adapter', () => {
  it('searches each category with patient and _count=200, in parallel', async () => {
    const s = session(lorraine.ids.cerner)
    rec = recordFetch()
    const byCategory = await adapterFor(s).observationsByCategory(s, ['laboratory', 'vital-signs'])
    const params = rec.requests.map((r) => new URL(r.url).searchParams)
    expect(params.map((p) => p.get('patient'))).toEqual([lorraine.ids.cerner, lorraine.ids.cerner])
    expect(params.map((p) => p.get('_count'))).toEqual(['200', '200'])
    expect(byCategory.laboratory.completeness).toEqual({ state: 'shown', count: lorraine.labs().length })
    expect(byCategory['vital-signs'].completeness).toEqual({ state: 'shown', count: lorraine.vitals().length })
  })

  it('MedicationRequests carry their drug: no _include, no Medication requests', async () => {
    const s = session(lorraine.ids.cerner)
    rec = recordFetch()
    const meds = await adapterFor(s).medicationRequests(s)
    expect(rec.requests).toHaveLength(1)
    expect(new URL(rec.requests[0].url).searchParams.has('_include')).toBe(false)
    expect(meds.resources).toHaveLength(lorraine.medications.length)
    expect(meds.resources.every((r) => r.medicationCodeableConcept || r.medicationReference?.reference?.startsWith('#'))).toBe(true)
    expect(meds.warnings).toEqual([])
  })

  it('pages to the last of walter’s vitals, following -pageContext links verbatim', async () => {
    const s = session(walter.ids.cerner)
    rec = recordFetch()
    const t0 = performance.now()
    const vitals = await adapterFor(s).observations(s, 'vital-signs')
    const ms = Math.round(performance.now() - t0)
    expect(vitals.resources).toHaveLength(walter.vitals().length)
    expect(new Set(vitals.resources.map((o) => o.id)).size).toBe(walter.vitals().length)
    expect(rec.requests).toHaveLength(Math.ceil(walter.vitals().length / 200))
    expect(rec.requests.slice(1).every((r) => r.url.includes('-pageContext='))).toBe(true)
    console.log(`[paging] cerner walter vitals: ${vitals.resources.length} in ${rec.requests.length} requests, ${ms} ms`)
  }, FULL_HISTORY_MS)

  it('an empty allergy Bundle (never asked) is empty, with no warnings', async () => {
    const s = session(walter.ids.cerner)
    const allergies = await adapterFor(s).allergies(s)
    expect(allergies).toEqual({ resources: [], completeness: { state: 'empty' }, warnings: [] })
  })

  it('not-shared: no request without the grant; the 403 OperationOutcome when the token lacks it', async () => {
    const s = session(lorraine.ids.cerner, 'patient/Patient.read patient/Observation.read')
    rec = recordFetch()
    expect((await adapterFor(s).medicationRequests(s)).completeness).toEqual({ state: 'not-shared' })
    expect(rec.requests).toHaveLength(0)
    const lying = { ...s, grants: session(lorraine.ids.cerner).grants }
    await expect(adapterFor(lying).medicationRequests(lying)).rejects.toMatchObject({ kind: 'forbidden', message: expect.stringContaining('insufficient_scope') })
  })

  it('errors are JSON OperationOutcomes: 400 → not-supported, 404, 401 with the realm', async () => {
    const s = session(lorraine.ids.cerner)
    const missing = await fhirSearch(s, 'Observation', { category: 'laboratory' }).catch((e: unknown) => e)
    expect(isFhirError(missing) && missing.outcome?.issue[0].code).toBe('invalid')
    expect(failureOf(missing)).toMatchObject({ fault: 'not-supported', diagnostic: expect.stringContaining('at least one of') })
    const notFound = await fhirRead(s, 'Patient', '999').catch((e: unknown) => e)
    expect(isFhirError(notFound) && [notFound.kind, notFound.message]).toEqual(['not-found', 'Not Found'])
    const bad = { ...s, accessToken: async () => 'expired' }
    const unauthorized = await fhirRead(bad, 'Patient', lorraine.ids.cerner).catch((e: unknown) => e)
    expect(isFhirError(unauthorized) && unauthorized.kind).toBe('unauthorized')
    expect(isFhirError(unauthorized) && unauthorized.message).toMatch(/error="invalid_token"/)
  })
})
