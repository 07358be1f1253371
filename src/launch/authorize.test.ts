// @vitest-environment jsdom
import FHIR from 'fhirclient'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { beginLaunch } from './authorize.ts'
import type { EndpointConfig } from './endpoints.ts'
import { loadLaunchMeta } from './launch-meta.ts'

vi.mock('fhirclient', () => ({ default: { oauth2: { authorize: vi.fn(async () => undefined) } } }))
const authorize = vi.mocked(FHIR.oauth2.authorize) as unknown as ReturnType<typeof vi.fn>

const ehr: EndpointConfig = { id: 'a', name: 'A', fhirBase: 'https://a.example/fhir', clientId: 'client-a', flavor: 'generic', launch: ['ehr', 'standalone'] }
const patientOnly: EndpointConfig = { id: 'b', name: 'B', fhirBase: 'https://b.example/fhir', clientId: 'client-b', flavor: 'generic', launch: ['standalone'] }
const noClient: EndpointConfig = { id: 'c', name: 'C', fhirBase: 'https://c.example/fhir', clientId: undefined, flavor: 'generic', launch: ['ehr', 'standalone'] }
const ALLOWED = [ehr, patientOnly, noClient]

// Discovery goes through fhirclient's request and cache (one request per launch), so it is answered
// over HTTP by MSW rather than by a stubbed global fetch.
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
const serveConfig = (extra: Record<string, unknown> = {}) =>
  server.use(
    http.get('*/.well-known/smart-configuration', () =>
      HttpResponse.json({
        authorization_endpoint: 'https://a.example/authorize',
        token_endpoint: 'https://a.example/token',
        code_challenge_methods_supported: ['S256'],
        capabilities: ['permission-v2', 'permission-offline', 'permission-online'],
        ...extra,
      }),
    ),
  )

interface AuthorizeConfig {
  clientId: string
  issMatch: string
  scope: string
  stateKey: string
  redirectUri: string
  pkceMode: string
  completeInTarget: boolean
}
const lastConfigs = () => authorize.mock.calls.at(-1)?.[0] as AuthorizeConfig[]

beforeEach(() => {
  authorize.mockClear()
  sessionStorage.clear()
  window.history.replaceState(null, '', '/launch?iss=https://a.example/fhir&launch=xyz&fhirServiceUrl=https://evil.test&clientId=evil')
  serveConfig({ revocation_endpoint: 'https://a.example/revoke' })
})
afterEach(() => {
  server.resetHandlers()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('beginLaunch', () => {
  it('hands fhirclient one exact-match config per endpoint that has a client id and takes this kind of launch', async () => {
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    const configs = lastConfigs()
    expect(configs.map((c) => [c.clientId, c.issMatch])).toEqual([['client-a', 'https://a.example/fhir']])
    const [c] = configs
    // fhirclient's 'required' mode refuses servers that publish no or an empty method list, and its
    // default mode drops PKCE there; 'unsafeV1' always sends S256, and discover() refuses the rest.
    expect(c.pkceMode).toBe('unsafeV1')
    expect(c.completeInTarget).toBe(true)
    expect(c.redirectUri).toBe(`${window.location.origin}/callback`)
  })

  it('offers standalone-only endpoints for standalone launches', async () => {
    await beginLaunch(patientOnly, 'standalone', undefined, ALLOWED)
    expect(lastConfigs().map((c) => c.issMatch)).toEqual(['https://a.example/fhir', 'https://b.example/fhir'])
  })

  it('rewrites the address to carry only iss and launch, so URL overrides cannot redirect the launch', async () => {
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    const q = new URLSearchParams(window.location.search)
    expect([...q.keys()].sort()).toEqual(['iss', 'launch'])
    expect(q.get('iss')).toBe('https://a.example/fhir')
    expect(q.get('launch')).toBe('xyz')
    expect(window.location.pathname).toBe('/launch')
  })

  it('leaves launch out of the address for a standalone launch', async () => {
    await beginLaunch(patientOnly, 'standalone', undefined, ALLOWED)
    expect([...new URLSearchParams(window.location.search).keys()]).toEqual(['iss'])
  })

  it('uses a fresh random UUID state per launch, even when Math.random is constant', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    const first = lastConfigs()[0].stateKey
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    const second = lastConfigs()[0].stateKey
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(second).not.toBe(first)
  })

  it('remembers what it asked for under the state, without any token', async () => {
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    const c = lastConfigs()[0]
    expect(loadLaunchMeta(c.stateKey)).toMatchObject({
      endpointId: 'a',
      kind: 'ehr',
      requestedScope: c.scope,
      revocationEndpoint: 'https://a.example/revoke',
    })
  })

  it('asks for scopes built from the server capabilities, online access by default', async () => {
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    const scopes = lastConfigs()[0].scope.split(' ')
    expect(scopes).toContain('patient/Observation.rs')
    expect(scopes).toContain('online_access')
    expect(scopes).not.toContain('offline_access')
  })

  it('asks for offline access when VITE_REQUEST_OFFLINE_ACCESS is 1', async () => {
    vi.stubEnv('VITE_REQUEST_OFFLINE_ACCESS', '1')
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    expect(lastConfigs()[0].scope.split(' ')).toContain('offline_access')
  })

  it('asks for v1 scopes when the server lists no capabilities', async () => {
    serveConfig({ capabilities: undefined })
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    expect(lastConfigs()[0].scope.split(' ')).toContain('patient/Observation.read')
  })

  it('redirects once when started twice at the same time (StrictMode), and again for a later launch', async () => {
    await Promise.all([beginLaunch(ehr, 'ehr', 'xyz', ALLOWED), beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)])
    expect(authorize).toHaveBeenCalledTimes(1)
    await beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)
    expect(authorize).toHaveBeenCalledTimes(2)
  })

  it('does not redirect when discovery refuses the server', async () => {
    serveConfig({ code_challenge_methods_supported: ['plain'] })
    await expect(beginLaunch(ehr, 'ehr', 'xyz', ALLOWED)).rejects.toThrow('S256')
    expect(authorize).not.toHaveBeenCalled()
  })
})
