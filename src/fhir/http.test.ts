import { describe, expect, it, vi } from 'vitest'
import { mockFetch } from './testing/fetch-mock.ts'
import { isFhirError, type FhirError } from './errors.ts'
import { fhirFetchJson, fhirRead, fhirSearch, type FhirSession } from './http.ts'

const BASE = 'https://fhir.example.org/r4'
const session: FhirSession = { fhirBase: BASE, accessToken: async () => 'tok-123' }
const fetchMock = mockFetch()

const reply = (status: number, body: string | null, headers: Record<string, string> = {}) => new Response(body, { status, headers })
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  reply(status, JSON.stringify(body), { 'content-type': 'application/fhir+json', ...headers })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should fail'), (e: unknown) => e as FhirError)

describe('requests', () => {
  it('asks for FHIR JSON with the bearer token and types reads by resource type', async () => {
    fetchMock.mockResolvedValue(json(200, { resourceType: 'Patient', id: 'p1', birthDate: '1970-01-01' }))
    const p = await fhirRead(session, 'Patient', 'p1')
    expect(p.birthDate).toBe('1970-01-01')
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe(`${BASE}/Patient/p1`)
    expect(new Headers(init?.headers).get('accept')).toBe('application/fhir+json')
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer tok-123')
  })

  it('a read that returns another resource type is malformed', async () => {
    fetchMock.mockResolvedValue(json(200, { resourceType: 'OperationOutcome', issue: [] }))
    expect((await failure(fhirRead(session, 'Patient', 'p1'))).kind).toBe('malformed')
  })

  it('search returns the typed matches of the first page', async () => {
    fetchMock.mockResolvedValue(json(200, { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { resourceType: 'Observation', status: 'final', code: {} } }] }))
    const page = await fhirSearch(session, 'Observation', { patient: 'p1', category: 'laboratory', _count: 50 })
    expect(page.resources[0].status).toBe('final')
    expect(fetchMock.mock.calls[0][0]).toBe(`${BASE}/Observation?patient=p1&category=laboratory&_count=50`)
  })

  it('sends no cookies or other ambient credentials, and bypasses the HTTP cache', async () => {
    fetchMock.mockResolvedValue(json(200, { resourceType: 'Patient', id: 'p1' }))
    await fhirRead(session, 'Patient', 'p1')
    const init = fetchMock.mock.calls[0][1]
    expect(init?.credentials).toBe('omit')
    expect(init?.cache).toBe('no-store')
  })

  it('never sends the token to another origin', async () => {
    const e = await failure(fhirFetchJson(session, 'https://evil.example.com/r4/Observation?page=2'))
    expect(e.kind).toBe('refused')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})

describe('error shapes', () => {
  it('JSON OperationOutcome: the outcome and its diagnostics', async () => {
    const outcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'fatal', code: 'required', diagnostics: 'Must have either code or category.' }] }
    fetchMock.mockResolvedValue(json(400, outcome))
    const e = await failure(fhirSearch(session, 'Observation', { patient: 'p1' }))
    expect(isFhirError(e)).toBe(true)
    expect([e.status, e.kind, e.message]).toEqual([400, 'bad-request', 'Must have either code or category.'])
    expect(e.outcome).toEqual(outcome)
  })

  it('empty 403 with WWW-Authenticate: the error_description', async () => {
    fetchMock.mockResolvedValue(
      reply(403, null, { 'www-authenticate': 'Bearer error="insufficient_scope", error_description="The access token provided is valid, but is not authorized for this service"' }),
    )
    const e = await failure(fhirSearch(session, 'AllergyIntolerance', { patient: 'p1' }))
    expect([e.status, e.kind, e.message, e.outcome]).toEqual([403, 'forbidden', 'The access token provided is valid, but is not authorized for this service', undefined])
  })

  it('HTML 404: not-found with the page title', async () => {
    fetchMock.mockResolvedValue(reply(404, '<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head><body><h1>Server Error</h1></body></html>', { 'content-type': 'text/html' }))
    const e = await failure(fhirSearch(session, 'Encounter', {}))
    expect([e.kind, e.message]).toEqual(['not-found', '404 - File or directory not found.'])
  })

  it('XML OperationOutcome: read into an outcome', async () => {
    const xml = `<?xml version="1.0"?><OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="fatal"/><code value="value"/><details><coding><code value="59111"/></coding><text value="An element value is invalid."/></details><diagnostics value="Invalid category: symptom &amp; more"/></issue></OperationOutcome>`
    fetchMock.mockResolvedValue(reply(400, xml, { 'content-type': 'application/fhir+xml' }))
    const e = await failure(fhirSearch(session, 'Observation', {}))
    expect([e.kind, e.message]).toEqual(['bad-request', 'Invalid category: symptom & more'])
    expect(e.outcome?.issue[0]).toMatchObject({ severity: 'fatal', code: 'value', details: { text: 'An element value is invalid.' } })
  })

  it('truncated JSON on a 200: malformed', async () => {
    fetchMock.mockResolvedValue(reply(200, '{"resourceType":"Bundle","type":"searchset","entry":[{"resou', { 'content-type': 'application/fhir+json' }))
    const e = await failure(fhirSearch(session, 'AllergyIntolerance', { patient: 'p1' }))
    expect([e.status, e.kind]).toEqual([200, 'malformed'])
  })

  it('XML on a 200 and an empty 200: malformed', async () => {
    fetchMock.mockResolvedValueOnce(reply(200, '<Patient xmlns="http://hl7.org/fhir"/>', { 'content-type': 'application/fhir+xml' }))
    expect((await failure(fhirRead(session, 'Patient', 'p1'))).message).toContain('application/fhir+xml')
    fetchMock.mockResolvedValueOnce(reply(200, ''))
    expect((await failure(fhirRead(session, 'Patient', 'p1'))).kind).toBe('malformed')
  })

  it('truncated JSON on an error keeps the status kind', async () => {
    fetchMock.mockResolvedValue(reply(500, '{"resourceType":"OperationOu'))
    const e = await failure(fhirRead(session, 'Patient', 'p1'))
    expect([e.kind, e.message]).toEqual(['server', 'HTTP 500 (unreadable error body)'])
  })

  it('a failed connection is a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'))
    expect((await failure(fhirRead(session, 'Patient', 'p1'))).kind).toBe('network')
  })
})

describe('retries and timeouts', () => {
  it('retries a 429 after its Retry-After seconds, not before', async () => {
    vi.useFakeTimers()
    fetchMock.mockResolvedValueOnce(json(429, { resourceType: 'OperationOutcome', issue: [] }, { 'retry-after': '2' }))
    fetchMock.mockResolvedValueOnce(json(200, { resourceType: 'Patient', id: 'p1' }))
    const read = fhirRead(session, 'Patient', 'p1')
    await vi.advanceTimersByTimeAsync(1999)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1500)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect((await read).id).toBe('p1')
  })

  it('honours an HTTP-date Retry-After', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') })
    fetchMock.mockResolvedValueOnce(reply(503, null, { 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }))
    fetchMock.mockResolvedValueOnce(json(200, { resourceType: 'Patient', id: 'p1' }))
    const read = fhirRead(session, 'Patient', 'p1')
    await vi.advanceTimersByTimeAsync(2900)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1500)
    expect((await read).id).toBe('p1')
  })

  it('gives up after three 503s, and at once when Retry-After exceeds the cap', async () => {
    vi.useFakeTimers()
    fetchMock.mockImplementation(async () => reply(503, null, { 'retry-after': '1' }))
    const read = failure(fhirRead(session, 'Patient', 'p1'))
    await vi.advanceTimersByTimeAsync(5000)
    expect((await read).kind).toBe('server')
    expect(fetchMock).toHaveBeenCalledTimes(3)
    fetchMock.mockClear()
    fetchMock.mockImplementation(async () => reply(429, null, { 'retry-after': '60' }))
    expect((await failure(fhirRead(session, 'Patient', 'p1'))).status).toBe(429)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('does not retry a POST', async () => {
    fetchMock.mockResolvedValue(reply(429, null, { 'retry-after': '1' }))
    const e = await failure(fhirFetchJson(session, `${BASE}/Observation/_search`, { method: 'POST', body: 'patient=p1', contentType: 'application/x-www-form-urlencoded' }))
    expect(e.status).toBe(429)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  const hang: typeof fetch = (_input, init) =>
    new Promise((_, reject) => {
      if (init?.signal?.aborted) reject(init.signal.reason)
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
    })

  it('times out an attempt that does not answer', async () => {
    vi.useFakeTimers()
    fetchMock.mockImplementation(hang)
    const read = failure(fhirRead(session, 'Patient', 'p1', { timeoutMs: 5000 }))
    await vi.advanceTimersByTimeAsync(5000)
    expect(await read).toMatchObject({ kind: 'timeout', status: 0 })
  })

  it('a caller abort is rethrown as is, not turned into a FhirError', async () => {
    fetchMock.mockImplementation(hang)
    const controller = new AbortController()
    const read = fhirRead(session, 'Patient', 'p1', { signal: controller.signal }).catch((e: unknown) => e)
    controller.abort()
    const e = await read
    expect(isFhirError(e)).toBe(false)
    expect((e as Error).name).toBe('AbortError')
  })
})
