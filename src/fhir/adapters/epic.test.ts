// @vitest-environment node
// The Epic adapter against the sandbox's Epic personality, over real HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../../mocks/data/patients.ts'
import { startSandbox, type RunningSandbox } from '../../../mocks/testing/harness.ts'
import { adapterFor } from '../adapter.ts'
import { fhirFetchJson, fhirRead, fhirSearch } from '../http.ts'
import { isFhirError } from '../errors.ts'
import { failureOf } from '../failure.ts'
import { recordFetch, sandboxSession } from '../testing/sandbox-session.ts'
import { FULL_HISTORY_MS } from '../../../mocks/testing/budgets.ts'

let sb: RunningSandbox
const lorraine = patientByKey('lorraine')!
const walter = patientByKey('walter')!
const session = (id: string, scope?: string) => sandboxSession(sb, 'epic', 'epic', id, scope)
let rec: ReturnType<typeof recordFetch> | undefined

beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(() => sb.close())
afterEach(() => {
  rec?.restore()
  rec = undefined
})

describe('Epic adapter', () => {
  it('fans Observation categories out in parallel, one request per category', async () => {
    const s = session(lorraine.ids.epic)
    rec = recordFetch()
    const byCategory = await adapterFor(s).observationsByCategory(s, ['laboratory', 'vital-signs'])
    const obs = rec.to('Observation')
    expect(obs.map((r) => new URL(r.url).searchParams.get('category')).sort()).toEqual(['laboratory', 'vital-signs'])
    // Both were on the wire before either answered.
    expect(Math.max(...obs.map((r) => r.startedAt))).toBeLessThan(Math.min(...obs.map((r) => r.endedAt!)))
    expect(byCategory.laboratory.completeness).toEqual({ state: 'shown', count: lorraine.labs().length })
    expect(byCategory['vital-signs'].completeness).toEqual({ state: 'shown', count: lorraine.vitals().length })
    expect(byCategory.laboratory.resources.every((o) => o.category?.some((c) => c.coding?.some((k) => k.code === 'laboratory')))).toBe(true)
  })

  it('resolves MedicationRequest medications through _include, with no extra request', async () => {
    const s = session(lorraine.ids.epic)
    rec = recordFetch()
    const meds = await adapterFor(s).medicationRequests(s)
    expect(rec.requests).toHaveLength(1)
    expect(new URL(rec.requests[0].url).searchParams.get('_include')).toBe('MedicationRequest:medication')
    expect(meds.resources).toHaveLength(lorraine.medications.length)
    const ids = new Set(meds.medications.map((m) => `Medication/${m.id}`))
    expect(meds.resources.every((r) => ids.has(r.medicationReference!.reference!))).toBe(true)
    expect(meds.warnings.filter((w) => w.code.startsWith('medication'))).toEqual([])
  })

  it('reads Medications missing from the _include in batches, never one request per row', async () => {
    const s = session(lorraine.ids.epic)
    // A server that ignores _include: strip the included entries from every MedicationRequest page.
    const real = globalThis.fetch
    globalThis.fetch = async (input, init) => {
      const res = await real(input, init)
      if (!new URL(new Request(input).url).pathname.endsWith('/MedicationRequest')) return res
      const bundle = await res.json()
      bundle.entry = bundle.entry.filter((e: { search?: { mode?: string } }) => e.search?.mode !== 'include')
      return new Response(JSON.stringify(bundle), { status: res.status, headers: res.headers })
    }
    try {
      rec = recordFetch()
      const meds = await adapterFor(s).medicationRequests(s)
      const lookups = rec.to('Medication')
      const distinct = new Set(meds.resources.map((r) => r.medicationReference?.reference)).size
      expect(distinct).toBeGreaterThan(1)
      expect(lookups).toHaveLength(Math.ceil(distinct / 20))
      expect(new URL(lookups[0].url).searchParams.get('_id')!.split(',')).toHaveLength(distinct)
      expect(meds.medications).toHaveLength(distinct)
      expect(meds.warnings.filter((w) => w.code.startsWith('medication'))).toEqual([])
    } finally {
      rec?.restore()
      rec = undefined
      globalThis.fetch = real
    }
  })

  it('pages to the last of walter’s vitals, following next links verbatim', async () => {
    const s = session(walter.ids.epic)
    rec = recordFetch()
    const t0 = performance.now()
    const vitals = await adapterFor(s).observations(s, 'vital-signs')
    const ms = Math.round(performance.now() - t0)
    expect(vitals.resources).toHaveLength(walter.vitals().length)
    expect(new Set(vitals.resources.map((o) => o.id)).size).toBe(walter.vitals().length)
    expect(vitals.completeness).toEqual({ state: 'shown', count: walter.vitals().length })
    const urls = rec.requests.map((r) => r.url)
    expect(urls.slice(1).every((u) => /\/Observation\?sessionID=[^&]+$/.test(u))).toBe(true)
    console.log(`[paging] epic walter vitals: ${vitals.resources.length} in ${rec.requests.length} requests, ${ms} ms`)
  }, FULL_HISTORY_MS)

  it('turns the patient-facing outcome entries into warnings, and drops the "no results" noise', async () => {
    const s = session(walter.ids.epic)
    const allergies = await adapterFor(s).allergies(s)
    // Epic puts a 59204 "suppressed" warning on every search (§8.3) and its 4119 "may not contain the
    // entire record" notice on every patient-facing one: the adapter turns each into one client note the
    // app words in the user's language, instead of passing the server's English through.
    expect(allergies.warnings.filter((w) => w.source === 'server')).toEqual([])
    expect(allergies.warnings.filter((w) => w.code === 'withheld')).toHaveLength(1)
    expect(allergies.warnings.filter((w) => w.code === 'partial-record')).toEqual([expect.objectContaining({ source: 'client', resourceType: 'AllergyIntolerance' })])
    const labs = await adapterFor(s).observations(s, 'social-history')
    // Empty, not "not shared": the 59204 that comes with every Epic search is only a withheld caveat.
    expect(labs.completeness).toEqual({ state: 'empty', withheld: true })
    expect(labs.warnings.flatMap((w) => w.detailCodes)).not.toContain('4101')
  })

  it('a granular scope that leaves out vital signs: no request, not shared; suppressed sub-types are a caveat on an empty list', async () => {
    const scope = 'patient/Patient.rs patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory'
    const s = session(lorraine.ids.epic, scope)
    rec = recordFetch()
    const vitals = await adapterFor(s).observations(s, 'vital-signs')
    expect(vitals.completeness).toEqual({ state: 'not-shared' })
    expect(rec.requests).toHaveLength(0)
    const labs = await adapterFor(s).observations(s, 'laboratory')
    expect(labs.completeness.state).toBe('shown')
    // If the app asks anyway (its grants say more than the token), Epic suppresses the sub-type with a 59204.
    const lying = { ...s, grants: session(lorraine.ids.epic).grants }
    const suppressed = await adapterFor(lying).observations(lying, 'vital-signs')
    expect(suppressed.completeness).toEqual({ state: 'empty', withheld: true })
    expect(suppressed.warnings.filter((w) => w.code === 'suppressed')).toEqual([])
    expect(suppressed.warnings.filter((w) => w.code === 'withheld')).toHaveLength(1)
  })

  it('not-shared without a request when the grant lacks the type; 403 with an empty body when the server refuses', async () => {
    const s = session(lorraine.ids.epic, 'patient/Patient.read patient/Observation.read')
    rec = recordFetch()
    expect((await adapterFor(s).allergies(s)).completeness).toEqual({ state: 'not-shared' })
    expect(rec.requests).toHaveLength(0)
    // The session claims a grant the token does not have: Epic answers 403 with only WWW-Authenticate.
    const lying = { ...s, grants: session(lorraine.ids.epic).grants }
    await expect(adapterFor(lying).allergies(lying)).rejects.toMatchObject({
      kind: 'forbidden',
      message: 'The access token provided is valid, but is not authorized for this service',
    })
  })

  it('a 400 with an OperationOutcome is thrown, with the outcome (shown as "not supported")', async () => {
    const s = session(lorraine.ids.epic)
    const e = await adapterFor(s).observations(s, 'symptom').catch((x: unknown) => x)
    expect(e).toMatchObject({ kind: 'bad-request', message: expect.stringContaining('Invalid category: symptom') })
    expect(failureOf(e).fault).toBe('not-supported')
  })

  it('errors: HTML 404 for an unrouted type, XML when JSON is not asked for, empty 401', async () => {
    const s = session(lorraine.ids.epic)
    const html = await fhirSearch(s, 'Encounter', { patient: lorraine.ids.epic }).catch((e: unknown) => e)
    expect(isFhirError(html) && [html.kind, html.message]).toEqual(['not-found', '404 - File or directory not found.'])
    // `_format` overrides Accept on Epic: the 400 comes back as an XML OperationOutcome…
    const xmlError = await fhirSearch(s, 'Observation', { patient: lorraine.ids.epic, _format: 'xml' }).catch((e: unknown) => e)
    expect(isFhirError(xmlError) && [xmlError.status, xmlError.kind, xmlError.message]).toEqual([
      400,
      'bad-request',
      'Must have either code or category.',
    ])
    // …and a successful XML answer is not something the app can read.
    const xmlOk = await fhirFetchJson(s, `${s.fhirBase}/Patient/${lorraine.ids.epic}?_format=xml`).catch((e: unknown) => e)
    expect(isFhirError(xmlOk) && xmlOk.kind).toBe('wrong-format')
    const bad = { ...s, accessToken: async () => 'not-a-token' }
    const unauthorized = await fhirRead(bad, 'Patient', lorraine.ids.epic).catch((e: unknown) => e)
    expect(isFhirError(unauthorized) && [unauthorized.status, unauthorized.kind, unauthorized.message]).toEqual([
      401,
      'unauthorized',
      'The access token provided is not valid',
    ])
  })
})
