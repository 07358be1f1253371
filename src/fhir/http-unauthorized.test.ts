// A refused token gets one renewal and one more try, never a loop; and the request details a server or
// a support person sees (URL, headers, messages) are exactly as documented.
import { describe, expect, it, vi } from 'vitest'
import { mockFetch } from './testing/fetch-mock.ts'
import type { FhirError } from './errors.ts'
import { fhirFetchJson, fhirRead, fhirSearch, type FhirSession, sameOrigin, searchUrl } from './http.ts'

const BASE = 'https://fhir.example.org/r4'
const fetchMock = mockFetch()
const reply = (status: number, body = '', headers: Record<string, string> = {}) => new Response(body, { status, headers })
const patient = () => reply(200, JSON.stringify({ resourceType: 'Patient', id: 'p1' }), { 'content-type': 'application/fhir+json' })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should fail'), (e: unknown) => e as FhirError)
const tokensSent = () => fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('authorization'))


function sessionWith(renew?: (alreadyRenewed: boolean) => Promise<boolean>) {
  let token = 'tok-1'
  const renewAfterUnauthorized = renew && vi.fn(async (already: boolean) => {
    const ok = await renew(already)
    if (ok) token = 'tok-2'
    return ok
  })
  const session: FhirSession = { fhirBase: BASE, accessToken: async () => token, ...(renewAfterUnauthorized && { renewAfterUnauthorized }) }
  return { session, renewAfterUnauthorized }
}

describe('a 401', () => {
  it('renews the token once and tries again with the new one', async () => {
    fetchMock.mockResolvedValueOnce(reply(401)).mockResolvedValueOnce(patient())
    const { session, renewAfterUnauthorized } = sessionWith(async () => true)
    expect(await fhirRead(session, 'Patient', 'p1')).toMatchObject({ id: 'p1' })
    expect(tokensSent()).toEqual(['Bearer tok-1', 'Bearer tok-2'])
    expect(renewAfterUnauthorized).toHaveBeenCalledWith(false)
  })

  it('a second 401 after a renewal is reported (and ends the session), never retried again', async () => {
    fetchMock.mockImplementation(async () => reply(401))
    const { session, renewAfterUnauthorized } = sessionWith(async (already) => !already)
    const e = await failure(fhirRead(session, 'Patient', 'p1'))
    expect([e.status, e.kind]).toEqual([401, 'unauthorized'])
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(renewAfterUnauthorized?.mock.calls).toEqual([[false], [true]])
  })

  it('even when the session claims it renewed again, the third request is never sent', async () => {
    fetchMock.mockImplementation(async () => reply(401))
    const { session } = sessionWith(async () => true)
    expect((await failure(fhirRead(session, 'Patient', 'p1'))).status).toBe(401)
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('is reported at once when the token cannot be renewed, or the session cannot renew', async () => {
    fetchMock.mockImplementation(async () => reply(401))
    expect((await failure(fhirRead(sessionWith(async () => false).session, 'Patient', 'p1'))).status).toBe(401)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect((await failure(fhirRead(sessionWith().session, 'Patient', 'p1'))).status).toBe(401)
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('does not use up one of the retries a 503 gets', async () => {
    vi.useFakeTimers()
    fetchMock.mockResolvedValueOnce(reply(401)).mockResolvedValueOnce(reply(503, '', { 'retry-after': '0' }))
      .mockResolvedValueOnce(reply(503, '', { 'retry-after': '0' })).mockResolvedValueOnce(patient())
    const read = fhirRead(sessionWith(async () => true).session, 'Patient', 'p1')
    await vi.advanceTimersByTimeAsync(1000)
    expect(await read).toMatchObject({ id: 'p1' })
    expect(fetchMock).toHaveBeenCalledTimes(4)
  })

  it('other statuses never ask for a renewal', async () => {
    fetchMock.mockImplementation(async () => reply(403))
    const { session, renewAfterUnauthorized } = sessionWith(async () => true)
    expect((await failure(fhirRead(session, 'Patient', 'p1'))).kind).toBe('forbidden')
    expect(renewAfterUnauthorized).not.toHaveBeenCalled()
  })
})

describe('request details', () => {
  const { session } = sessionWith()

  it('joins the base without doubled slashes, encodes the id, and adds no "?" without parameters', async () => {
    fetchMock.mockImplementation(async () => patient())
    await fhirRead({ ...session, fhirBase: `${BASE}//` }, 'Patient', 'a/b c')
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${BASE}/Patient/a%2Fb%20c`)
    expect(searchUrl(session, 'AllergyIntolerance', {})).toBe(`${BASE}/AllergyIntolerance`)
  })

  it('sends a Content-Type only with a body that has one', async () => {
    fetchMock.mockImplementation(async () => patient())
    await fhirFetchJson(session, `${BASE}/Patient/p1`)
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).has('content-type')).toBe(false)
    await fhirFetchJson(session, `${BASE}/Patient/_search`, { method: 'POST', body: '_id=p1', contentType: 'application/x-www-form-urlencoded' })
    const init = fetchMock.mock.calls[1]?.[1]
    expect(new Headers(init?.headers).get('content-type')).toBe('application/x-www-form-urlencoded')
    expect([init?.method, init?.body]).toEqual(['POST', '_id=p1'])
  })

  it('names the format a 200 came in, without its parameters, and keeps the query out of error URLs', async () => {
    fetchMock.mockResolvedValueOnce(reply(200, '<Bundle/>', { 'content-type': 'text/html; charset=utf-8' }))
    const e = await failure(fhirSearch(session, 'Observation', { patient: 'p1' }))
    expect(e).toMatchObject({ kind: 'wrong-format', message: 'The server answered text/html instead of FHIR JSON', url: `${BASE}/Observation` })
    // A byte body: no Content-Type at all.
    fetchMock.mockResolvedValueOnce(new Response(new TextEncoder().encode(' <html/>'), { status: 200 }))
    expect((await failure(fhirSearch(session, 'Observation', { patient: 'p1' }))).message).toBe('The server answered markup instead of FHIR JSON')
    fetchMock.mockResolvedValueOnce(reply(200, '  '))
    expect((await failure(fhirSearch(session, 'Observation', { patient: 'p1' }))).message).toBe('The server answered with an empty body')
    fetchMock.mockResolvedValueOnce(reply(200, '{"resourceType":"Patient"}'))
    expect(await failure(fhirSearch(session, 'Observation', { patient: 'p1' }))).toMatchObject({ kind: 'malformed', message: 'Expected a search Bundle', url: `${BASE}/Observation` })
  })

  it('says how long it waited when an attempt times out, and a network error keeps the browser’s words', async () => {
    vi.useFakeTimers()
    fetchMock.mockImplementation((_input, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))))
    const read = failure(fhirRead(session, 'Patient', 'p1', { timeoutMs: 2500 }))
    await vi.advanceTimersByTimeAsync(2500)
    expect(await read).toMatchObject({ kind: 'timeout', message: 'No answer within 2.5 s', url: `${BASE}/Patient/p1` })
    vi.useRealTimers()
    fetchMock.mockReset()
    fetchMock.mockRejectedValue('offline')
    expect(await failure(fhirRead(session, 'Patient', 'p1'))).toMatchObject({ kind: 'network', message: 'offline', status: 0 })
  })

  it('a read that answers JSON null or a JSON string is not the resource', async () => {
    fetchMock.mockResolvedValueOnce(reply(200, 'null')).mockResolvedValueOnce(reply(200, '"Patient"'))
    expect(await failure(fhirRead(session, 'Patient', 'p1'))).toMatchObject({ kind: 'malformed', message: 'Expected a Patient', url: `${BASE}/Patient/p1` })
    expect(await failure(fhirRead(session, 'Patient', 'p1'))).toMatchObject({ kind: 'malformed', message: 'Expected a Patient' })
  })

  it('an origin is the scheme, host and port; an unreadable URL is never the same origin', () => {
    expect(sameOrigin(`${BASE}/Observation?page=2`, BASE)).toBe(true)
    expect(sameOrigin('https://fhir.example.org:8443/r4/Observation', BASE)).toBe(false)
    expect(sameOrigin('http://fhir.example.org/r4/Observation', BASE)).toBe(false)
    expect(sameOrigin('not a url', BASE)).toBe(false)
  })
})
