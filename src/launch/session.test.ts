// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LaunchError } from './launch-error.ts'
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
    ready.mockResolvedValue(fakeClient({ tokenResponse: { access_token: 'at', patient: 'p1' } }))
    const s = await complete({ code: 'c', state: STATE })
    expect(s.grants.resources.Observation?.search).toBe(true)
    expect(s.grants.resources.AllergyIntolerance).toBeUndefined()

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
    expect(s.requestedScope).toBe('launch/patient openid')
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
