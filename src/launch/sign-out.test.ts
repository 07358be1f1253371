// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testSession } from '../fhir/testing/test-session.ts'
import { saveLaunchMeta } from './launch-meta.ts'
import { getSessionStatus, setSessionStatus } from './session-status.ts'
import { signOut } from './sign-out.ts'

const session = testSession({ id: 'state-1', fhirBase: 'https://a.example/fhir', flavor: 'generic', patientId: 'p1', scope: 'patient/Patient.rs', token: 'access-1' })
const fetchMock = vi.fn(async (..._args: Parameters<typeof fetch>) => new Response(null, { status: 200 }))

function storeSession(tokenResponse: Record<string, string>, revocationEndpoint?: string) {
  sessionStorage.setItem('state-1', JSON.stringify({ serverUrl: session.fhirBase, tokenResponse }))
  sessionStorage.setItem('SMART_KEY', JSON.stringify('state-1'))
  saveLaunchMeta('state-1', { endpointId: 'a', kind: 'ehr', requestedScope: 'launch', revocationEndpoint })
}

beforeEach(() => {
  sessionStorage.clear()
  setSessionStatus('active')
  fetchMock.mockClear()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

const revokedToken = () => {
  const [url, init] = fetchMock.mock.calls[0]
  expect(url).toBe('https://a.example/revoke')
  expect(init?.method).toBe('POST')
  expect(new Headers(init?.headers).get('content-type')).toBe('application/x-www-form-urlencoded')
  return new URLSearchParams(String(init?.body)).get('token')
}

describe('signOut', () => {
  it('revokes the refresh token (which ends the whole grant), clears the tab and says signed out', async () => {
    storeSession({ access_token: 'access-1', refresh_token: 'refresh-1' }, 'https://a.example/revoke')
    await signOut(session)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(revokedToken()).toBe('refresh-1')
    expect(sessionStorage.length).toBe(0)
    expect(getSessionStatus()).toBe('signed-out')
  })

  it('revokes the access token when there is no refresh token', async () => {
    storeSession({ access_token: 'access-1' }, 'https://a.example/revoke')
    await signOut(session)
    expect(revokedToken()).toBe('access-1')
  })

  it('still signs out when revocation fails', async () => {
    storeSession({ access_token: 'access-1' }, 'https://a.example/revoke')
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await signOut(session)
    expect(sessionStorage.length).toBe(0)
    expect(getSessionStatus()).toBe('signed-out')
  })

  it('makes no request where the server advertises no revocation, and clears the tab', async () => {
    storeSession({ access_token: 'access-1', refresh_token: 'refresh-1' })
    await signOut(session)
    expect(fetchMock).not.toHaveBeenCalled()
    expect(sessionStorage.length).toBe(0)
  })

  it('makes no request when no token is stored', async () => {
    saveLaunchMeta('state-1', { endpointId: 'a', kind: 'ehr', requestedScope: 'launch', revocationEndpoint: 'https://a.example/revoke' })
    await signOut(session)
    expect(fetchMock).not.toHaveBeenCalled()
    expect(getSessionStatus()).toBe('signed-out')
  })

  it('makes no request and still signs out when nothing about the launch was saved', async () => {
    sessionStorage.setItem('state-1', JSON.stringify({ tokenResponse: { access_token: 'access-1' } }))
    await signOut(session)
    expect(fetchMock).not.toHaveBeenCalled()
    expect(getSessionStatus()).toBe('signed-out')
  })

  it('says idle when the inactivity timer signed the user out', async () => {
    storeSession({ access_token: 'access-1' })
    await signOut(session, 'idle')
    expect(getSessionStatus()).toBe('idle')
  })
})
