import { describe, expect, it } from 'vitest'
import type { EndpointConfig } from './endpoints.ts'
import { checkIss } from './iss-allowlist.ts'

const allowed: EndpointConfig[] = [
  { id: 'a', name: 'Real', fhirBase: 'https://fhir.example.org/api/FHIR/R4', clientId: 'x', flavor: 'generic', launch: ['ehr'] },
  { id: 'k', name: 'Published in capitals', fhirBase: 'https://FHIR.KP.EXAMPLE/service/api/FHIR/R4/', clientId: 'z', flavor: 'epic', launch: ['ehr'] },
  { id: 'b', name: 'Local', fhirBase: 'http://localhost:4010/epic/api/FHIR/R4', clientId: 'y', flavor: 'generic', launch: ['ehr'] },
]

describe('checkIss', () => {
  it.each([
    ['exact https base', 'https://fhir.example.org/api/FHIR/R4'],
    ['one trailing slash', 'https://fhir.example.org/api/FHIR/R4/'],
    ['configured local http base', 'http://localhost:4010/epic/api/FHIR/R4'],
    ['default https port', 'https://fhir.example.org:443/api/FHIR/R4'],
    ['base published with a capitalised host', 'https://fhir.kp.example/service/api/FHIR/R4/'],
  ])('accepts %s', (_n, iss) => {
    expect(checkIss(iss, allowed).ok).toBe(true)
  })

  it.each([
    ['missing', null, 'no iss'],
    ['http downgrade', 'http://fhir.example.org/api/FHIR/R4', 'HTTPS'],
    ['userinfo trick', 'https://fhir.example.org@evil.test/api/FHIR/R4', 'user name'],
    ['userinfo with password', 'https://u:p@fhir.example.org/api/FHIR/R4', 'user name'],
    ['trailing dot host', 'https://fhir.example.org./api/FHIR/R4', 'dot'],
    ['host case', 'https://FHIR.example.org/api/FHIR/R4', 'letter case'],
    ['path case', 'https://fhir.example.org/API/FHIR/R4', 'letter case'],
    ['path prefix', 'https://fhir.example.org/api/FHIR', 'different path'],
    ['path extension', 'https://fhir.example.org/api/FHIR/R4/evil', 'different path'],
    ['other host', 'https://evil.test/fhir', 'not on the list'],
    ['lookalike suffix host', 'https://fhir.example.org.evil.test/api/FHIR/R4', 'not on the list'],
    ['not a URL', 'javascript:alert(1)', 'not'],
    ['non-default port', 'https://fhir.example.org:8443/api/FHIR/R4', 'not on the list'],
    ['two trailing slashes', 'https://fhir.example.org/api/FHIR/R4//', 'different path'],
    ['query string', 'https://fhir.example.org/api/FHIR/R4?x=1', 'different path'],
  ])('refuses %s with a specific reason', (_n, iss, reason) => {
    const r = checkIss(iss, allowed)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain(reason)
  })
})

describe('checkIss reasons', () => {
  it.each([
    ['text that is not a URL', 'not a url', 'not a valid URL'],
    ['an empty user name before the host', 'https://@fhir.example.org/api/FHIR/R4', 'user name'],
    ['a query on another server', 'https://other.example/fhir?x=1', 'query or fragment'],
    ['a fragment on another server', 'https://other.example/fhir#x', 'query or fragment'],
  ])('refuses %s with a specific reason', (_n, iss, reason) => {
    const r = checkIss(iss, allowed)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain(reason)
  })

  it('does not blame a user name for an @ after the host', () => {
    const r = checkIss('https://other.example/fhir/a@b', allowed)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toBe('This server is not on the list of EHRs this app is set up for.')
  })
})
