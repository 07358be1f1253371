// The app's own PKCE check before any authorize request: fhirclient would quietly skip PKCE on a server
// that does not list S256, so discover() decides. (The policy for servers that publish an empty list
// while accepting S256 is the deployment issue's; this pins the policy as it stands.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { discover, LaunchError } from './discovery.ts'

const BASE = 'https://fhir.example.org/r4'
const GOOD = {
  authorization_endpoint: 'https://fhir.example.org/oauth2/authorize',
  token_endpoint: 'https://fhir.example.org/oauth2/token',
  code_challenge_methods_supported: ['S256'],
}
const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

const answer = (body: unknown) => fetchMock.mockResolvedValue(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }))

describe('discover: PKCE', () => {
  it('accepts a server that lists S256', async () => {
    answer({ ...GOOD, code_challenge_methods_supported: ['plain', 'S256'] })
    await expect(discover(BASE)).resolves.toMatchObject({ token_endpoint: GOOD.token_endpoint })
    expect(fetchMock.mock.calls[0][0]).toBe(`${BASE}/.well-known/smart-configuration`)
  })

  it.each([
    ['only plain', ['plain']],
    ['an empty list', []],
    ['no list at all', undefined],
  ])('refuses a server that publishes %s, before any authorize request', async (_n, methods) => {
    answer({ ...GOOD, code_challenge_methods_supported: methods })
    const e = await discover(BASE).then(() => undefined, (err: unknown) => err)
    expect(e).toBeInstanceOf(LaunchError)
    expect((e as LaunchError).title).toBe('Sign-in not secure enough')
    expect((e as LaunchError).message).toContain('S256')
  })
})
