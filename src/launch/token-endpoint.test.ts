// @vitest-environment jsdom
// The code exchange and the refresh against the in-process sandbox: fhirclient's own authorize and
// client, the sandbox's real sign-in pages and token endpoint (its answers, its fault injection), over
// fetch through MSW. Nothing of fhirclient is stubbed.
import FHIR from 'fhirclient'
import type Client from 'fhirclient/lib/Client'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { patientByKey } from '../../mocks/data/patients.ts'
import { createSandbox } from '../../mocks/sandbox.ts'
import { IN_PROCESS_ORIGIN, sandboxHandlers } from '../../mocks/testing/msw.ts'
import { discover, signInAndConsent } from '../../mocks/testing/oauth-client.ts'
import { BASE_PATHS } from '../../mocks/testing/tokens.ts'
import { authorizeConfigs } from './authorize.ts'
import type { LaunchError } from './launch-error.ts'
import { saveLaunchMeta } from './launch-meta.ts'
import type { RedirectParams } from './redirect-params.ts'
import { buildScope } from './scopes.ts'

const sandbox = createSandbox()
const server = setupServer(...sandboxHandlers(sandbox))
// A redirect URI the sandbox's app registrations accept (jsdom's own origin is not one of them).
const APP_ORIGIN = 'http://localhost:5173'
const lorraine = patientByKey('lorraine')!

const VENDORS = {
  epic: { base: IN_PROCESS_ORIGIN + BASE_PATHS.epic, clientId: 'epic-sandbox-app' },
  cerner: { base: IN_PROCESS_ORIGIN + BASE_PATHS.cerner, clientId: 'cerner-sandbox-patient-app' },
} as const

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(() => {
  sessionStorage.clear()
  // completeLaunch and the refresh timer are once per page load: a fresh module per test.
  vi.resetModules()
})
afterEach(async () => {
  await setFaults({})
  vi.useRealTimers()
  ;(await import('./token-lifecycle.ts')).resetRefreshState()
})

async function setFaults(faults: Record<string, unknown>) {
  const res = await fetch(`${IN_PROCESS_ORIGIN}/_sandbox/faults`, { method: 'PUT', body: JSON.stringify(faults) })
  expect(res.ok).toBe(true)
}

/**
 * What beginLaunch does up to the authorize redirect (the same fhirclient configuration and launch
 * details), then the user's sign-in and consent on the sandbox's pages. Returns the callback's parameters.
 */
async function signIn(vendor: keyof typeof VENDORS, share?: string[]): Promise<RedirectParams> {
  const { base, clientId } = VENDORS[vendor]
  const cfg = (await discover(base)) as Awaited<ReturnType<typeof discover>> & { issuer?: string; authorization_response_iss_parameter_supported?: boolean }
  const scope = buildScope({ kind: 'standalone', capabilities: cfg.capabilities, offline: false })
  const stateKey = crypto.randomUUID()
  saveLaunchMeta(stateKey, {
    endpointId: vendor,
    kind: 'standalone',
    requestedScope: scope,
    issuer: cfg.issuer,
    issRequired: cfg.authorization_response_iss_parameter_supported === true,
    authorizeOrigin: new URL(cfg.authorization_endpoint).origin,
  })
  const [config] = authorizeConfigs([{ id: vendor, name: vendor, fhirBase: base, clientId, flavor: vendor, launch: ['standalone'] }], 'standalone', scope, stateKey, APP_ORIGIN)
  const href = await FHIR.oauth2.authorize({ ...config, iss: base, noRedirect: true })
  const back = await signInAndConsent(String(href), { username: 'lorraine', share })
  const get = (k: string) => back.searchParams.get(k) ?? undefined
  return { code: get('code'), state: get('state'), iss: get('iss') }
}

async function refusal(redirect: RedirectParams, timeoutMs?: number): Promise<LaunchError> {
  const { completeLaunch } = await import('./session.ts')
  return completeLaunch(redirect, timeoutMs).then(
    () => {
      throw new Error('expected the sign-in to fail')
    },
    (e: LaunchError) => e,
  )
}

/** Nothing of the endpoint's URL, status line or body reaches the page, in either language. */
function expectNoRawAnswer(e: LaunchError) {
  for (const w of Object.values(e.words)) {
    expect(`${w.title} ${w.message}`).not.toMatch(/https?:|\/token|<|error_uri|Bad Request|Gateway|Unavailable/i)
  }
}

describe('the code exchange', () => {
  it('signs in: the token lands where fhirclient keeps it, and the session reads with it', async () => {
    const redirect = await signIn('epic')
    const { completeLaunch } = await import('./session.ts')
    const session = await completeLaunch(redirect)
    expect(session.context.patientId).toBe(lorraine.ids.epic)
    const res = await fetch(`${session.fhirBase}/Patient/${lorraine.ids.epic}`, { headers: { authorization: `Bearer ${await session.accessToken()}` } })
    expect(res.status).toBe(200)
    // The used state is gone, and the stored session keeps no PKCE verifier.
    expect(sessionStorage.getItem(redirect.state!)).toBeNull()
    const stored = JSON.parse(sessionStorage.getItem(JSON.parse(sessionStorage.getItem('SMART_KEY')!))!)
    expect(stored.tokenResponse.access_token).toBe(await session.accessToken())
    expect(stored.codeVerifier).toBeUndefined()
    ;(await import('./token-lifecycle.ts')).stopRefresh()
  })

  it('Oracle refusing every permission (400 invalid_scope, empty-scopes) reads as "Permissions refused", in both languages', async () => {
    // Every kind of record unticked: the sandbox, like Oracle, answers the exchange with 400 invalid_scope.
    const e = await refusal(await signIn('cerner', []))
    expect(e.title).toBe('Permissions refused')
    expect(e.message).toBe(
      'The health system refused the permissions this app asked for. Reason: none of the permissions asked for could be granted, ' +
        'for example because every kind of record was unticked. (error code: invalid_scope)',
    )
    expect(e.words.es.title).toBe('Permisos rechazados')
    expect(e.words.es.message).toContain('se desmarcaron todos los tipos de datos')
    expectNoRawAnswer(e)
  })

  it('a code already spent (400 invalid_grant) reads as a sign-in no longer valid', async () => {
    const redirect = await signIn('epic')
    // Someone else presented the code first (the sandbox burns it even with the wrong verifier).
    const { token_endpoint } = await discover(VENDORS.epic.base)
    const body = new URLSearchParams({ grant_type: 'authorization_code', code: redirect.code!, client_id: VENDORS.epic.clientId, redirect_uri: `${APP_ORIGIN}/callback` })
    expect((await fetch(token_endpoint, { method: 'POST', body })).status).toBe(400)
    const e = await refusal(redirect)
    expect(e.title).toBe('Sign-in no longer valid')
    expect(e.message).toContain('(error code: invalid_grant)')
    expect(e.words.es.title).toBe('El inicio de sesión ya no es válido')
    expectNoRawAnswer(e)
  })

  it('a gateway’s 503 HTML page reads as "Server did not answer", without the page', async () => {
    const redirect = await signIn('cerner')
    await setFaults({ token: { answer: 503, grant: 'authorization_code' } })
    const e = await refusal(redirect)
    expect(e.title).toBe('Server did not answer')
    expect(e.message).toBe("This health system's sign-in server did not answer (it returned 503). Try signing in again in a few minutes.")
    expect(e.words.es.title).toBe('El servidor no respondió')
    expectNoRawAnswer(e)
  })

  it('a token endpoint that never answers ends at the deadline as "Server did not answer"', async () => {
    const redirect = await signIn('cerner')
    await setFaults({ token: { answer: 'hang', grant: 'authorization_code' } })
    const e = await refusal(redirect, 200)
    expect(e.title).toBe('Server did not answer')
    expect(e.message).toBe("This health system's sign-in server did not answer (localhost:4010). Try signing in again in a few minutes.")
    expectNoRawAnswer(e)
    expect(JSON.parse(sessionStorage.getItem(redirect.state!)!).tokenResponse?.access_token).toBeUndefined()
  })
})

describe('the refresh', () => {
  /** A signed-in Oracle session (570 s tokens with a refresh token) and fhirclient's client for it. */
  async function oracleClient(): Promise<Client> {
    const { completeLaunch } = await import('./session.ts')
    await completeLaunch(await signIn('cerner'))
    const lifecycle = await import('./token-lifecycle.ts')
    lifecycle.stopRefresh()
    const client = await FHIR.oauth2.ready()
    expect(client.state.tokenResponse?.refresh_token).toBeTruthy()
    return client
  }

  it('one that gets no answer is given up at the deadline and tried again with the same refresh token', async () => {
    const client = await oracleClient()
    const { scheduleRefresh, validAccessToken } = await import('./token-lifecycle.ts')
    const { getSessionStatus } = await import('./session-status.ts')
    const { TOKEN_TIMEOUT_MS } = await import('./token-timeout.ts')
    const first = client.state.tokenResponse?.access_token
    await setFaults({ token: { answer: 'hang', grant: 'refresh_token', times: 1 } })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    // A whole 570 s left (expiresAt is in seconds), so the refresh starts a minute before the end, at 510 s.
    vi.setSystemTime(client.state.expiresAt! * 1000 - 570_000)
    scheduleRefresh(client)
    await vi.advanceTimersByTimeAsync(510_000)
    let sent: string | undefined
    void validAccessToken(client).then((t) => (sent = t))
    await vi.advanceTimersByTimeAsync(TOKEN_TIMEOUT_MS - 1)
    expect(sent).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(() => expect(sent).toBe(first))
    expect(getSessionStatus()).toBe('active')
    expect(client.state.tokenResponse?.refresh_token).toBeTruthy()
    // The backoff's retry reaches the token endpoint again, which answers this time.
    await vi.advanceTimersByTimeAsync(20_000)
    await vi.waitFor(() => expect(client.state.tokenResponse?.access_token).not.toBe(first))
    expect(getSessionStatus()).toBe('active')
  })

  it('one the server refuses (400 invalid_grant) ends the session; a 502 does not', async () => {
    const client = await oracleClient()
    const { renewAfterUnauthorized, scheduleRefresh } = await import('./token-lifecycle.ts')
    const { getSessionStatus } = await import('./session-status.ts')
    await setFaults({ token: { answer: 502, grant: 'refresh_token', times: 1 } })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    scheduleRefresh(client)
    await vi.advanceTimersByTimeAsync(510_000)
    await vi.waitFor(() => expect(client.state.tokenResponse?.refresh_token).toBeTruthy())
    expect(getSessionStatus()).toBe('active')

    for (const t of sandbox.state.refreshTokens.values()) t.revoked = true
    vi.useRealTimers()
    expect(await renewAfterUnauthorized(client)).toBe(false)
    expect(getSessionStatus()).toBe('expired')
  })
})
