import { describe, expect, it } from 'vitest'
import { mockFetch } from './testing/fetch-mock.ts'
import type { FhirSession } from './http.ts'
import { collectPages, searchPages } from './paging.ts'

const BASE = 'https://fhir.example.org/r4'
const session: FhirSession = { fhirBase: BASE, accessToken: async () => 'tok' }
const fetchMock = mockFetch()

const obs = (id: string) => ({ resource: { resourceType: 'Observation', id, status: 'final', code: {} }, search: { mode: 'match' } })
const page = (ids: string[], next?: string, extra: object = {}) =>
  new Response(
    JSON.stringify({ resourceType: 'Bundle', type: 'searchset', link: next ? [{ relation: 'next', url: next }] : [], entry: ids.map(obs), ...extra }),
    { status: 200, headers: { 'content-type': 'application/fhir+json' } },
  )
const urls = () => fetchMock.mock.calls.map(([u]) => String(u))

describe('searchPages', () => {
  it('follows next links verbatim and yields each page before asking for the next', async () => {
    const next = `${BASE}/Observation?-pageContext=eJx%2Babc%3D%3D&-pageDirection=NEXT`
    fetchMock.mockResolvedValueOnce(page(['a', 'b'], next)).mockResolvedValueOnce(page(['c']))
    const pages = searchPages(session, 'Observation', { patient: 'p1', category: 'vital-signs' })
    const first = await pages.next()
    expect(first.value).toMatchObject({ index: 0, last: false })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const second = await pages.next()
    expect(second.value).toMatchObject({ index: 1, last: true })
    expect(urls()[1]).toBe(next)
    expect((await pages.next()).done).toBe(true)
  })

  it('stops on a self-referencing next link', async () => {
    const self = `${BASE}/Observation?patient=p1&category=laboratory`
    fetchMock.mockImplementation(async () => page(['a'], self))
    const all = await collectPages(searchPages(session, 'Observation', { patient: 'p1', category: 'laboratory' }))
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(all.stopped).toBe('loop')
    expect(all.warnings.map((w) => w.code)).toEqual(['paging-loop'])
  })

  it('stops on a longer loop (A → B → A)', async () => {
    const a = `${BASE}/Observation?page=a`
    const b = `${BASE}/Observation?page=b`
    fetchMock.mockImplementation(async (u) => (String(u) === b ? page(['2'], a) : page(['1'], b)))
    const all = await collectPages(searchPages(session, 'Observation', { page: 'a' }))
    expect(urls()).toEqual([a, b])
    expect(all.stopped).toBe('loop')
  })

  it('stops at another origin without sending anything there', async () => {
    fetchMock.mockResolvedValueOnce(page(['a'], 'https://evil.example.net/r4/Observation?page=2'))
    const all = await collectPages(searchPages(session, 'Observation', { patient: 'p1' }))
    expect(urls()).toHaveLength(1)
    expect(all.resources).toHaveLength(1)
    expect(all.stopped).toBe('foreign-next')
  })

  it('resolves a relative next link against the FHIR base, never the app origin', async () => {
    fetchMock.mockResolvedValueOnce(page(['a'], 'Observation?page=2')).mockResolvedValueOnce(page(['b']))
    await collectPages(searchPages(session, 'Observation', {}))
    expect(urls()[1]).toBe(`${BASE}/Observation?page=2`)
  })

  it('caps pages and entries', async () => {
    let n = 0
    fetchMock.mockImplementation(async () => page([`x${n}`, `y${n}`], `${BASE}/Observation?page=${++n}`))
    const byPages = await collectPages(searchPages(session, 'Observation', {}, { maxPages: 3 }))
    expect([fetchMock.mock.calls.length, byPages.resources.length, byPages.stopped]).toEqual([3, 6, 'max-pages'])
    fetchMock.mockClear()
    const byEntries = await collectPages(searchPages(session, 'Observation', {}, { maxEntries: 5 }))
    expect([fetchMock.mock.calls.length, byEntries.resources.length, byEntries.stopped]).toEqual([3, 5, 'max-entries'])
  })

  it('tolerates a Bundle without entry', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', total: 0 }), { status: 200 }))
    const all = await collectPages(searchPages(session, 'AllergyIntolerance', { patient: 'p1' }))
    expect(all).toMatchObject({ resources: [], pages: 1, warnings: [] })
  })
})
