// @vitest-environment jsdom
import BrowserAdapter from 'fhirclient/lib/adapters/BrowserAdapter'
import type { fhirclient } from 'fhirclient/lib/types'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authorizeConfigs } from './authorize.ts'
import { discover } from './discovery.ts'
import type { EndpointConfig } from './endpoints.ts'

// Discovery documents that differ only in code_challenge_methods_supported; each lives on its own base
// because fhirclient caches discovery per URL for the life of the page.
const CASES: Record<string, string[] | undefined> = {
  s256: ['S256'],
  'plain-only': ['plain'],
  'plain-and-other': ['plain', 'S512'],
  empty: [],
  missing: undefined,
}
const base = (name: string) => `https://fhir.${name}.test/r4`

const server = setupServer(
  ...Object.entries(CASES).map(([name, methods]) =>
    http.get(`${base(name)}/.well-known/smart-configuration`, () =>
      HttpResponse.json({
        authorization_endpoint: `https://auth.${name}.test/authorize`,
        token_endpoint: `https://auth.${name}.test/token`,
        capabilities: ['launch-standalone', 'permission-v2'],
        ...(methods ? { code_challenge_methods_supported: methods } : {}),
      }),
    ),
  ),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

/** What the browser would be sent to: fhirclient's authorize URL, built from the app's own configs. */
async function authorizeUrl(name: string): Promise<URL> {
  const endpoint: EndpointConfig = { id: name, name, fhirBase: base(name), clientId: 'app', flavor: 'generic', launch: ['standalone'] }
  window.history.replaceState(null, '', `/?${new URLSearchParams({ iss: endpoint.fhirBase })}`)
  const configs = authorizeConfigs([endpoint], 'standalone', 'launch/patient openid', crypto.randomUUID(), 'https://app.test')
  // A fresh adapter per call: fhirclient reads the page URL (and its iss) once per adapter.
  const authorize = new BrowserAdapter().getSmartApi().authorize as (o: Array<fhirclient.AuthorizeParams & { noRedirect: boolean }>) => Promise<string>
  return new URL(await authorize(configs.map((c) => ({ ...c, noRedirect: true }))))
}

describe('PKCE policy', () => {
  it.each(['plain-only', 'plain-and-other'])('refuses a server that lists methods without S256 (%s) before any authorize request', async (name) => {
    await expect(discover(base(name))).rejects.toMatchObject({ title: 'Sign-in not secure enough' })
  })

  it.each(['s256', 'empty', 'missing'])('proceeds with an S256 challenge when the list is %s', async (name) => {
    await expect(discover(base(name))).resolves.toMatchObject({ token_endpoint: `https://auth.${name}.test/token` })
    const url = await authorizeUrl(name)
    expect(url.origin).toBe(`https://auth.${name}.test`)
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(url.search).not.toContain('plain')
  })
})
