// @vitest-environment jsdom
// The code exchange against answers the sandbox does not give: a launch state that cannot be used, and a
// 2xx whose body holds no usable token. The exchange over HTTP, refusals and time-outs included, is in
// token-endpoint.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exchangeCode } from './code-exchange.ts'
import type { LaunchError } from './launch-error.ts'

const KEY = 'c0ffee00-0000-4000-8000-00000000000e'
const fetchMock = vi.fn<typeof fetch>()

/** A launch state as fhirclient's authorize leaves it (the fields the exchange reads). */
function saveState(overrides: Record<string, unknown> = {}) {
  const state = {
    serverUrl: 'https://fhir.example.org/r4',
    clientId: 'app',
    redirectUri: 'https://app.example.org/callback',
    tokenUri: 'https://auth.example.org/token',
    codeVerifier: 'verifier',
    ...overrides,
  }
  sessionStorage.setItem(KEY, JSON.stringify(state))
}
const stored = () => JSON.parse(sessionStorage.getItem(KEY)!) as { tokenResponse?: { access_token?: unknown } }
const answer = (status: number, body: string) => fetchMock.mockResolvedValue(new Response(body, { status }))
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the exchange to fail')
    },
    (e: LaunchError) => e,
  )

beforeEach(() => {
  sessionStorage.clear()
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

describe('exchangeCode', () => {
  it('accepts a token in any 2xx answer, up to 299', async () => {
    saveState()
    answer(299, JSON.stringify({ access_token: 'at', token_type: 'bearer', expires_in: 300 }))
    await exchangeCode(KEY, 'code')
    expect(stored().tokenResponse?.access_token).toBe('at')
  })

  it('leaves a launch state that is missing or unreadable to fhirclient, without a token request', async () => {
    await expect(exchangeCode(KEY, 'code')).resolves.toBeUndefined()
    sessionStorage.setItem(KEY, '{not json')
    await expect(exchangeCode(KEY, 'code')).resolves.toBeUndefined()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('sends nothing for a launch state without its redirect URI: the sign-in did not complete', async () => {
    saveState({ redirectUri: undefined })
    const e = await failure(exchangeCode(KEY, 'code'))
    expect(e.title).toBe('Sign-in did not complete')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it.each([
    ['an HTML page', '<html><body>Welcome</body></html>'],
    ['JSON null', 'null'],
    ['no access token', '{"token_type":"bearer"}'],
    ['an empty access token', '{"access_token":""}'],
    ['an access token that is not text', '{"access_token":42}'],
  ])('a 200 with %s did not complete the sign-in, and no token is stored', async (_name, body) => {
    saveState()
    answer(200, body)
    const e = await failure(exchangeCode(KEY, 'code'))
    expect(e.title).toBe('Sign-in did not complete')
    expect(e.message).toBe("The health system's answer to the sign-in could not be used. Start again.")
    expect(stored().tokenResponse).toBeUndefined()
  })
})
