// @vitest-environment node
// The two list paths the screens use (a whole list, and the Vitals stream), against a scripted
// server: what reaches the screen when a server mixes in another patient's data, stops half-way,
// pages too far or reports totals.
import type { Observation } from 'fhir/r4'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseGrants } from '../launch/grants.ts'
import type { AdapterSession, ObservationChunk } from './adapter.ts'
import type { AdapterRules } from './adapter-rules.ts'
import { listSearch } from './list-search.ts'
import { observationChunks } from './observation-stream.ts'

const BASE = 'https://fhir.example.org/r4'
const fetchMock = vi.fn<typeof fetch>()
const session = (scope = 'patient/*.rs'): AdapterSession => ({
  fhirBase: BASE,
  accessToken: async () => 'tok',
  grants: parseGrants(scope),
  flavor: 'generic',
  context: { patientId: 'p1' },
})
const rules = (over: Partial<AdapterRules> = {}): AdapterRules => ({
  flavor: 'generic',
  pageSizes: { observation: { default: 50 } },
  includeMedication: false,
  medicationBatchSize: 0,
  maxPages: 100,
  maxEntries: 50_000,
  keepWarning: () => true,
  totalFrom: 'none',
  ...over,
})

const obs = (id: string, patient = 'p1') => ({
  resource: { resourceType: 'Observation', id, status: 'final', code: {}, subject: { reference: `Patient/${patient}` } },
  search: { mode: 'match' },
})
const bundle = (entries: object[], next?: string, extra: object = {}) =>
  new Response(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', link: next ? [{ relation: 'next', url: next }] : [], entry: entries, ...extra }), {
    status: 200,
    headers: { 'content-type': 'application/fhir+json' },
  })
const notFound = () =>
  new Response(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found', diagnostics: 'gone' }] }), { status: 404 })
const outcome = (code: string, text: string) => ({
  resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code, details: { text } }] },
  search: { mode: 'outcome' },
})

async function drain(gen: AsyncGenerator<ObservationChunk>): Promise<ObservationChunk[]> {
  const out: ObservationChunk[] = []
  for await (const c of gen) out.push(c)
  return out
}
const ids = (rs: Observation[]) => rs.map((r) => r.id)

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

describe('observationChunks', () => {
  it('hides another patient’s observation on any page of the stream and says how many', async () => {
    fetchMock
      .mockResolvedValueOnce(bundle([obs('a'), obs('b')], `${BASE}/Observation?page=2`))
      .mockResolvedValueOnce(bundle([obs('c'), obs('x', 'p2'), obs('d')]))
    const chunks = await drain(observationChunks(session(), rules(), { patient: 'p1' }, 'vital-signs', {}))
    expect(chunks.map((c) => ids(c.resources))).toEqual([['a', 'b'], ['c', 'd']])
    expect(chunks.map((c) => c.loaded)).toEqual([2, 4])
    expect(chunks[1].warnings.map((w) => [w.code, w.message])).toEqual([['other-patient', '1 Observation result(s) about another patient were hidden.']])
    expect(chunks[0].completeness).toBeUndefined()
    expect(chunks[1].completeness).toEqual({ state: 'shown', count: 4 })
  })

  it('sends nothing when vital signs were not shared', async () => {
    const chunks = await drain(observationChunks(session('patient/Patient.rs'), rules(), { patient: 'p1' }, 'vital-signs', {}))
    expect(chunks).toEqual([{ resources: [], warnings: [], loaded: 0, completeness: { state: 'not-shared' } }])
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('sends nothing for a category outside a granular grant', async () => {
    const s = session('patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory')
    const chunks = await drain(observationChunks(s, rules(), { patient: 'p1' }, 'vital-signs', {}))
    expect(chunks[0].completeness).toEqual({ state: 'not-shared' })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('keeps what was shown when a later page fails, and says the list is partial', async () => {
    fetchMock.mockResolvedValueOnce(bundle([obs('a')], `${BASE}/Observation?page=2`)).mockResolvedValueOnce(notFound())
    const chunks = await drain(observationChunks(session(), rules(), { patient: 'p1' }, 'vital-signs', {}))
    const last = chunks.at(-1)
    expect(last?.resources).toEqual([])
    expect(last?.loaded).toBe(1)
    expect(last?.completeness).toMatchObject({ state: 'shown', count: 1 })
    expect(last?.warnings.map((w) => [w.code, w.severity])).toEqual([['partial', 'error']])
    expect(last?.warnings[0].message).toMatch(/^Only the first 1 Observation results could be loaded \(/)
  })

  it('throws the typed error when the first page fails, so the query shows it as an error', async () => {
    fetchMock.mockResolvedValueOnce(notFound())
    await expect(drain(observationChunks(session(), rules(), { patient: 'p1' }, 'vital-signs', {}))).rejects.toMatchObject({ status: 404 })
  })

  it('trusts the first page’s total only where the server’s totals are true, and never below what arrived', async () => {
    fetchMock.mockImplementation(async () => bundle([obs('a'), obs('b')], undefined, { total: 240 }))
    const [bundleTotal] = await drain(observationChunks(session(), rules({ totalFrom: 'bundle' }), {}, 'vital-signs', {}))
    expect(bundleTotal.estimatedTotal).toBe(240)
    const [untrusted] = await drain(observationChunks(session(), rules({ totalFrom: 'none' }), {}, 'vital-signs', {}))
    expect(untrusted.estimatedTotal).toBeUndefined()
    fetchMock.mockImplementation(async () => bundle([obs('a'), obs('b')], undefined, { total: 1 }))
    const [pageSize] = await drain(observationChunks(session(), rules({ totalFrom: 'bundle' }), {}, 'vital-signs', {}))
    expect(pageSize.estimatedTotal).toBeUndefined()
  })

  it('asks for a count alongside the first page where the server needs it, without _count', async () => {
    fetchMock.mockImplementation(async (u) =>
      String(u).includes('_summary=count') ? bundle([], undefined, { total: 5000 }) : bundle([obs('a')], undefined, { total: 1 }),
    )
    const [first] = await drain(observationChunks(session(), rules({ totalFrom: 'count-request' }), { patient: 'p1', _count: 50 }, 'vital-signs', {}))
    expect(first.estimatedTotal).toBe(5000)
    const countUrl = fetchMock.mock.calls.map(([u]) => new URL(String(u))).find((u) => u.searchParams.get('_summary') === 'count')
    expect(countUrl?.searchParams.get('_count')).toBeNull()
    expect(countUrl?.searchParams.get('patient')).toBe('p1')
  })

  it('shows the list without a total when the count request fails', async () => {
    fetchMock.mockImplementation(async (u) => (String(u).includes('_summary=count') ? notFound() : bundle([obs('a')])))
    const [first] = await drain(observationChunks(session(), rules({ totalFrom: 'count-request' }), {}, 'vital-signs', {}))
    expect(first).toMatchObject({ loaded: 1, completeness: { state: 'shown', count: 1 } })
    expect(first.estimatedTotal).toBeUndefined()
  })

  it('reports each server warning once, and only those the adapter keeps', async () => {
    fetchMock
      .mockResolvedValueOnce(bundle([obs('a'), outcome('processing', 'May be incomplete'), outcome('informational', 'noise')], `${BASE}/Observation?page=2`))
      .mockResolvedValueOnce(bundle([obs('b'), outcome('processing', 'May be incomplete')]))
    const chunks = await drain(observationChunks(session(), rules({ keepWarning: (w) => w.code !== 'informational' }), {}, 'vital-signs', {}))
    expect(chunks.map((c) => c.warnings.map((w) => w.message))).toEqual([['May be incomplete'], []])
  })

  it('an empty stream is empty, not failed', async () => {
    fetchMock.mockResolvedValueOnce(bundle([]))
    const chunks = await drain(observationChunks(session(), rules(), {}, 'vital-signs', {}))
    expect(chunks[0].completeness).toEqual({ state: 'empty' })
  })
})

describe('listSearch', () => {
  it('hides another patient’s results and says how many', async () => {
    fetchMock.mockResolvedValueOnce(bundle([obs('a'), obs('x', 'p2'), obs('y', 'p3')]))
    const r = await listSearch(session(), rules(), 'Observation', { patient: 'p1' })
    expect(ids(r.resources)).toEqual(['a'])
    expect(r.completeness).toEqual({ state: 'shown', count: 1 })
    expect(r.warnings.map((w) => w.message)).toEqual(['2 Observation result(s) about another patient were hidden.'])
  })

  it('sends nothing for a type that was not shared', async () => {
    const r = await listSearch(session('patient/Patient.rs'), rules(), 'AllergyIntolerance', { patient: 'p1' })
    expect(r).toEqual({ resources: [], included: [], completeness: { state: 'not-shared' }, warnings: [] })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('keeps earlier pages and includes when a later page fails', async () => {
    const med = { resource: { resourceType: 'Medication', id: 'm1' }, search: { mode: 'include' } }
    fetchMock.mockResolvedValueOnce(bundle([obs('a'), med], `${BASE}/Observation?page=2`)).mockResolvedValueOnce(notFound())
    const r = await listSearch(session(), rules(), 'Observation', {})
    expect(ids(r.resources)).toEqual(['a'])
    expect(r.included.map((i) => i.id)).toEqual(['m1'])
    expect(r.completeness).toMatchObject({ state: 'shown', count: 1 })
    expect(r.warnings.map((w) => w.code)).toEqual(['partial'])
  })

  it('throws the typed error when the first page fails', async () => {
    fetchMock.mockResolvedValueOnce(notFound())
    await expect(listSearch(session(), rules(), 'Observation', {})).rejects.toMatchObject({ status: 404 })
  })

  it('applies the adapter’s paging caps and shows the client note even if the adapter filters server warnings', async () => {
    let n = 0
    fetchMock.mockImplementation(async () => bundle([obs(`o${n}`)], `${BASE}/Observation?page=${++n}`))
    const r = await listSearch(session(), rules({ maxPages: 2, keepWarning: () => false }), 'Observation', {})
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(r.warnings.map((w) => w.code)).toEqual(['paging-max-pages'])
    fetchMock.mockClear()
    const capped = await listSearch(session(), rules({ maxEntries: 3 }), 'Observation', {})
    expect(capped.resources).toHaveLength(3)
  })
})
