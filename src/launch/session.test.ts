// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LaunchError } from './launch-error.ts'
import { rememberEndpoint } from './endpoints.ts'
import { saveLaunchMeta } from './launch-meta.ts'
import type { RedirectParams } from './redirect-params.ts'
import { stopRefresh } from './token-lifecycle.ts'

const ready = vi.fn()
vi.mock('fhirclient', () => ({ default: { oauth2: { ready: (...a: unknown[]) => ready(...a) } } }))

const STATE = 'c0ffee00-0000-4000-8000-000000000001'
const SERVER = 'https://fhir.example.org/r4'

interface ClientState {
  key?: string
  serverUrl: string
  scope?: string
  expiresAt?: number
  tokenResponse?: Record<string, unknown>
}
function fakeClient(state: Partial<ClientState> = {}, fhirUser: string | null = 'Practitioner/dr1') {
  return {
    state: { key: STATE, serverUrl: SERVER, scope: 'launch openid fhirUser', tokenResponse: { access_token: 'at', patient: 'p1', scope: 'patient/Patient.rs openid' }, ...state },
    getFhirUser: () => fhirUser,
  }
}

// completeLaunch runs once per page load, so every test loads a fresh module.
async function complete(redirect: RedirectParams) {
  const { completeLaunch } = await import('./session.ts')
  return completeLaunch(redirect)
}
async function refusal(redirect: RedirectParams): Promise<LaunchError> {
  return complete(redirect).then(
    () => {
      throw new Error('expected the launch to be refused')
    },
    (e: LaunchError) => e,
  )
}

beforeEach(() => {
  vi.resetModules()
  ready.mockReset()
  sessionStorage.clear()
})
afterEach(() => {
  stopRefresh()
  vi.restoreAllMocks()
})

describe('completeLaunch', () => {
  it('makes no token request for a state this tab never issued', async () => {
    const e = await refusal({ code: 'c', state: 'forged' })
    expect(e.title).toBe('Sign-in link not valid here')
    expect(e.message).toContain('did not start in this browser tab')
    expect(ready).not.toHaveBeenCalled()
  })

  it('says there is no session when nothing was started in this tab', async () => {
    const e = await refusal({})
    expect(e.title).toBe('No active session')
    expect(e.message).toContain('Open the app again')
    expect(ready).not.toHaveBeenCalled()
  })

  it('turns an error redirect into a readable refusal without a token request', async () => {
    sessionStorage.setItem(STATE, '{}')
    const e = await refusal({ state: STATE, error: 'access_denied' })
    expect(e.title).toBe('Access was not granted')
    expect(ready).not.toHaveBeenCalled()
  })

  it('stops when storage is blocked in an embedded frame', async () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('insecure', 'SecurityError')
    })
    const e = await refusal({ code: 'c', state: STATE })
    expect(e.title).toBe('Storage blocked')
    expect(e.message).toContain('Open the app in its own window')
  })

  it('exchanges the code once for a known state and builds the session from the token response', async () => {
    sessionStorage.setItem(STATE, '{}')
    saveLaunchMeta(STATE, { endpointId: 'x', kind: 'ehr', requestedScope: 'launch patient/Patient.rs' })
    ready.mockResolvedValue(fakeClient({ expiresAt: 1e12 }))
    const { completeLaunch } = await import('./session.ts')
    const [a, b] = await Promise.all([completeLaunch({ code: 'c', state: STATE }), completeLaunch({ code: 'c', state: STATE })])
    expect(a).toBe(b)
    expect(ready).toHaveBeenCalledTimes(1)
    // A state without a token endpoint has nothing to exchange; ready() is never handed the code.
    expect(ready.mock.calls[0][0]).toEqual({ stateKey: STATE })
    expect(a).toMatchObject({
      fhirBase: SERVER,
      flavor: 'generic',
      endpointName: 'fhir.example.org',
      requestedScope: 'launch patient/Patient.rs',
      expiresAt: 1e12,
      context: { patientId: 'p1', mode: 'clinician', fhirUser: 'Practitioner/dr1' },
    })
    expect(a.grants.openid).toBe(true)
    expect(a.grants.resources.Patient?.read).toBe(true)
    await expect(a.accessToken()).resolves.toBe('at')
  })

  it('reads a token response without a scope as granting what was asked for, and an empty one as granting nothing', async () => {
    sessionStorage.setItem(STATE, '{}')
    saveLaunchMeta(STATE, { endpointId: 'x', kind: 'ehr', requestedScope: 'launch patient/Patient.rs patient/Observation.rs' })
    const client = fakeClient({ tokenResponse: { access_token: 'at', patient: 'p1', refresh_token: 'rt' } })
    ready.mockResolvedValue(client)
    const s = await complete({ code: 'c', state: STATE })
    expect(s.grants.resources.Observation?.search).toBe(true)
    expect(s.grants.resources.AllergyIntolerance).toBeUndefined()
    // fhirclient refreshes only a token whose scope it can read.
    expect(client.state.tokenResponse?.scope).toBe('launch patient/Patient.rs patient/Observation.rs')

    vi.resetModules()
    stopRefresh()
    sessionStorage.setItem(STATE, '{}')
    saveLaunchMeta(STATE, { endpointId: 'x', kind: 'ehr', requestedScope: 'launch patient/Patient.rs patient/Observation.rs' })
    ready.mockResolvedValue(fakeClient({ tokenResponse: { access_token: 'at', patient: 'p1', scope: '' } }))
    const none = await complete({ code: 'c', state: STATE })
    expect(none.grants.resources.Observation).toBeUndefined()
  })

  it('resumes the tab’s session on reload (no state, SMART_KEY present)', async () => {
    sessionStorage.setItem('SMART_KEY', JSON.stringify(STATE))
    ready.mockResolvedValue(fakeClient({ scope: 'launch/patient openid' }, null))
    const s = await complete({})
    expect(s.context.mode).toBe('patient')
    expect(s.launch).toBe('standalone')
    expect(s.requestedScope).toBe('launch/patient openid')
  })

  it('on reload, the session stays under its key with the launch details saved for it', async () => {
    sessionStorage.setItem('SMART_KEY', JSON.stringify(STATE))
    saveLaunchMeta(STATE, { endpointId: 'x', kind: 'standalone', requestedScope: 'launch/patient patient/Patient.rs' })
    ready.mockResolvedValue(fakeClient({ scope: 'openid' }, null))
    const s = await complete({})
    expect(s.id).toBe(STATE)
    expect(JSON.parse(sessionStorage.getItem('SMART_KEY')!)).toBe(STATE)
    expect(s.launch).toBe('standalone')
    expect(s.requestedScope).toBe('launch/patient patient/Patient.rs')
  })

  it('refuses an answer that names another issuer, before any token request', async () => {
    sessionStorage.setItem(STATE, '{}')
    saveLaunchMeta(STATE, { endpointId: 'x', kind: 'ehr', requestedScope: 'launch', issuer: 'https://as.example.org', issRequired: true })
    const e = await refusal({ code: 'c', state: STATE, iss: 'https://evil.example' })
    expect(e.title).toBe('Sign-in answer not trusted')
    expect(ready).not.toHaveBeenCalled()
  })

  it('makes no token request for a callback with a state but neither a code nor an error', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    sessionStorage.setItem(STATE, JSON.stringify({ serverUrl: SERVER, clientId: 'app', redirectUri: 'https://app.example/callback', tokenUri: 'https://as.example.org/token' }))
    ready.mockRejectedValue(new Error('No code'))
    const e = await refusal({ state: STATE })
    expect(e.title).toBe('Sign-in did not complete')
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('names the health system the user chose, with its flavor', async () => {
    rememberEndpoint({ id: 'mercy', name: 'Mercy Health', fhirBase: SERVER, clientId: 'app', flavor: 'epic', launch: ['standalone'] })
    sessionStorage.setItem(STATE, '{}')
    ready.mockResolvedValue(fakeClient())
    const s = await complete({ code: 'c', state: STATE })
    expect(s.flavor).toBe('epic')
    expect(s.endpointName).toBe('Mercy Health')
  })

  it('reports the launch to the audit log: the server’s host and the kind of launch', async () => {
    const { setAuditSink } = await import('./audit.ts')
    const events: unknown[] = []
    setAuditSink((e) => events.push(e))
    sessionStorage.setItem(STATE, '{}')
    saveLaunchMeta(STATE, { endpointId: 'x', kind: 'ehr', requestedScope: 'launch patient/Patient.rs' })
    ready.mockResolvedValue(fakeClient())
    await complete({ code: 'c', state: STATE })
    expect(events).toEqual([{ type: 'launch', at: expect.any(String), server: 'fhir.example.org', launch: 'ehr' }])
  })

  it('a 401 the session cannot renew (no refresh token) ends it', async () => {
    const { getSessionStatus } = await import('./session-status.ts')
    sessionStorage.setItem(STATE, '{}')
    ready.mockResolvedValue(fakeClient())
    const s = await complete({ code: 'c', state: STATE })
    await expect(s.renewAfterUnauthorized?.(false)).resolves.toBe(false)
    expect(getSessionStatus()).toBe('expired')
  })

  it('treats a launch without saved details as EHR unless it asked for launch/patient', async () => {
    sessionStorage.setItem(STATE, '{}')
    ready.mockResolvedValue(fakeClient({}, null))
    const s = await complete({ code: 'c', state: STATE })
    expect(s.context.mode).toBe('clinician')
  })

  it('refuses a token response without a patient', async () => {
    sessionStorage.setItem(STATE, '{}')
    ready.mockResolvedValue(fakeClient({ tokenResponse: { access_token: 'at', scope: 'openid' } }))
    const e = await refusal({ code: 'c', state: STATE })
    expect(e.title).toBe('No patient selected')
    expect(e.message).toContain('whose record')
  })

  it('words a failure of fhirclient itself in both languages, without its English message', async () => {
    sessionStorage.setItem(STATE, '{}')
    ready.mockRejectedValue(new Error('No state found! Please (re)launch the app.'))
    const e = await refusal({ code: 'c', state: STATE })
    expect(e.title).toBe('Sign-in did not complete')
    expect(e.message).toBe("The health system's answer to the sign-in could not be used. Start again.")
    expect(e.words.es.title).toBe('El inicio de sesión no terminó')
  })
})
