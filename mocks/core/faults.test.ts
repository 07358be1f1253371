// The sandbox's fault injection, over real HTTP: each switch does what tests elsewhere rely on.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../data/patients.ts'
import { startSandbox, type RunningSandbox } from '../testing/harness.ts'
import { CERNER_AUTH_PATH } from '../vendors/cerner/config.ts'
import { FOREIGN_ORIGIN } from './faults.ts'

let sb: RunningSandbox
const lorraine = patientByKey('lorraine')!

beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(() => sb.close())
afterEach(() => fetch(`${sb.origin}/_sandbox/faults`, { method: 'DELETE' }))

const setFaults = (body: unknown) =>
  fetch(`${sb.origin}/_sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

function search(path = `AllergyIntolerance?patient=${lorraine.ids.cerner}`, signal?: AbortSignal) {
  const token = sb.mintToken('cerner', { patientId: lorraine.ids.cerner })
  return fetch(`${sb.base('cerner')}/${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' }, signal })
}

describe('fault injection', () => {
  it('is off by default', async () => {
    expect(await (await fetch(`${sb.origin}/_sandbox/faults`)).json()).toEqual({ latencyMs: 0, statuses: [], foreignNext: false })
    expect((await search()).status).toBe(200)
  })

  it('forced 429 carries Retry-After and stops after `times` requests', async () => {
    await setFaults({ statuses: [{ status: 429, match: '/AllergyIntolerance', times: 1, retryAfter: 2 }] })
    const first = await search()
    expect(first.status).toBe(429)
    expect(first.headers.get('retry-after')).toBe('2')
    expect((await search()).status).toBe(200)
  })

  it('forced statuses only hit matching paths', async () => {
    await setFaults({ statuses: [{ status: 503, match: '/Observation' }] })
    expect((await search()).status).toBe(200)
    expect((await search(`Observation?patient=${lorraine.ids.cerner}`)).status).toBe(503)
  })

  it('latency delays each FHIR answer', async () => {
    await setFaults({ latencyMs: 150 })
    const t0 = performance.now()
    await search()
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140)
  })

  it('a hanging path never answers until the client gives up', async () => {
    await setFaults({ hang: '/AllergyIntolerance' })
    await expect(search(undefined, AbortSignal.timeout(200))).rejects.toThrow()
  })

  it('malformed JSON cuts the body in half', async () => {
    await setFaults({ malformedJson: '/AllergyIntolerance' })
    const text = await (await search()).text()
    expect(() => JSON.parse(text)).toThrow()
  })

  it('foreignNext points the next link at another origin', async () => {
    await setFaults({ foreignNext: true })
    const bundle = (await (await search()).json()) as { link: Array<{ relation: string; url: string }> }
    expect(bundle.link.find((l) => l.relation === 'next')?.url.startsWith(FOREIGN_ORIGIN)).toBe(true)
  })

  it('rejects a body that is not an object', async () => {
    expect((await setFaults('nope')).status).toBe(400)
  })
})

describe('token endpoint faults', () => {
  const tokenRequest = (grant: string, signal?: AbortSignal) =>
    fetch(`${sb.origin}${CERNER_AUTH_PATH}/protocols/oauth2/profiles/smart-v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: grant, code: 'x', refresh_token: 'x', client_id: 'cerner-sandbox-provider-app' }),
      signal,
    })

  it('a status answers with a gateway’s HTML page, for the grant type named, `times` times', async () => {
    await setFaults({ token: { answer: 502, grant: 'authorization_code', times: 1 } })
    expect((await tokenRequest('refresh_token')).status).toBe(400)
    const res = await tokenRequest('authorization_code')
    expect([res.status, res.headers.get('content-type')]).toEqual([502, 'text/html'])
    expect(await res.text()).toContain('<title>502 Bad Gateway</title>')
    expect((await tokenRequest('authorization_code')).status).toBe(400)
  })

  it('a hanging token endpoint never answers until the client gives up; FHIR requests are not affected', async () => {
    await setFaults({ token: { answer: 'hang', grant: 'refresh_token' } })
    await expect(tokenRequest('refresh_token', AbortSignal.timeout(200))).rejects.toThrow()
    expect((await search()).status).toBe(200)
  })

  it('FHIR faults leave the token endpoint alone', async () => {
    await setFaults({ statuses: [{ status: 503 }], hang: '/token' })
    expect((await tokenRequest('authorization_code')).status).toBe(400)
  })

  it('rejects an answer or grant type it does not know', async () => {
    expect((await setFaults({ token: { answer: 418 } })).status).toBe(400)
    expect((await setFaults({ token: { answer: 'hang', grant: 'password' } })).status).toBe(400)
  })
})

describe('fault shapes real servers send', () => {
  it('403 with an empty body and only the Bearer challenge (Epic, API not enabled)', async () => {
    await setFaults({ statuses: [{ status: 403, match: '/AllergyIntolerance', body: 'empty' }] })
    const res = await search()
    expect(res.status).toBe(403)
    expect(await res.text()).toBe('')
    expect(res.headers.get('www-authenticate')).toMatch(/insufficient_scope/)
    expect(res.headers.get('x-request-id')).toMatch(/^fault-\d+$/)
  })

  it('404 as a web server’s HTML page', async () => {
    await setFaults({ statuses: [{ status: 404, match: '/AllergyIntolerance', body: 'html' }] })
    const res = await search()
    expect([res.status, res.headers.get('content-type')]).toEqual([404, 'text/html'])
    expect(await res.text()).toContain('<title>404 - File or directory not found.</title>')
  })

  it('406 as an XML OperationOutcome', async () => {
    await setFaults({ statuses: [{ status: 406, match: '/AllergyIntolerance', body: 'xml' }] })
    const res = await search()
    expect(res.status).toBe(406)
    expect(await res.text()).toMatch(/^<OperationOutcome xmlns="http:\/\/hl7.org\/fhir">/)
  })

  it('xmlBody answers a successful search in XML', async () => {
    await setFaults({ xmlBody: '/AllergyIntolerance' })
    const res = await search()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+xml/)
    expect(await res.text()).toMatch(/^<Bundle /)
  })

  it('selfNext links a search back to the page itself', async () => {
    await setFaults({ selfNext: true })
    const res = await search()
    const bundle = (await res.json()) as { link: Array<{ relation: string; url: string }> }
    const next = bundle.link.filter((l) => l.relation === 'next')
    expect(next).toHaveLength(1)
    expect(next[0].url).toBe(`${sb.base('cerner')}/AllergyIntolerance?patient=${lorraine.ids.cerner}`)
  })
})
