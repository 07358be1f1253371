import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { discover, LaunchError } from './discovery.ts'

const BASE = 'https://fhir.example.org/api/FHIR/R4'
const GOOD = {
  authorization_endpoint: 'https://fhir.example.org/oauth2/authorize',
  token_endpoint: 'https://fhir.example.org/oauth2/token',
  code_challenge_methods_supported: ['S256'],
  capabilities: ['launch-ehr'],
}
const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

const answer = (body: unknown, status = 200) =>
  fetchMock.mockResolvedValue(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }))

async function refusal(): Promise<LaunchError> {
  const e = await discover(BASE).then(
    () => undefined,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(LaunchError)
  return e as LaunchError
}

describe('discover', () => {
  it('asks the base for its SMART configuration as JSON and returns it', async () => {
    answer(GOOD)
    await expect(discover(BASE)).resolves.toEqual(GOOD)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe(`${BASE}/.well-known/smart-configuration`)
    expect(new Headers(init?.headers).get('accept')).toBe('application/json')
  })

  it('names the host it could not reach', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const e = await refusal()
    expect(e.title).toBe('Server did not answer')
    expect(e.message).toContain('fhir.example.org')
  })

  it('reports the status of a failed configuration request', async () => {
    answer('not here', 404)
    const e = await refusal()
    // A dead directory entry answers 404 to discovery: the user is told the server did not answer.
    expect(e.title).toBe('Server did not answer')
    expect(e.message).toContain('404')
  })

  it.each([
    ['a body that is not JSON', '<html>'],
    ['no authorization endpoint', { ...GOOD, authorization_endpoint: undefined }],
    ['no token endpoint', { ...GOOD, token_endpoint: undefined }],
  ])('refuses %s', async (_n, body) => {
    answer(body)
    const e = await refusal()
    expect(e.title).toBe('Server not ready for SMART')
    expect(e.message).toContain('sign-in endpoints')
  })

  it.each([
    ['only plain', ['plain']],
    ['plain and another method but not S256', ['plain', 'S512']],
  ])('refuses a server that lists %s (S256 is required)', async (_n, methods) => {
    answer({ ...GOOD, code_challenge_methods_supported: methods })
    const e = await refusal()
    expect(e.title).toBe('Sign-in not secure enough')
    expect(e.message).toContain('S256')
  })

  // Many production servers publish [] or nothing although they accept S256; the app sends S256 anyway.
  it.each([
    ['no PKCE methods listed', undefined],
    ['an empty list', []],
  ])('proceeds with a server that publishes %s', async (_n, methods) => {
    answer({ ...GOOD, code_challenge_methods_supported: methods })
    await expect(discover(BASE)).resolves.toMatchObject({ token_endpoint: GOOD.token_endpoint })
  })
})
