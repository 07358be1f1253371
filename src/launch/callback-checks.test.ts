// @vitest-environment jsdom
import type Client from 'fhirclient/lib/Client'
import { afterEach, describe, expect, it } from 'vitest'
import { loadLaunchMeta, saveLaunchMeta, type LaunchMeta } from './launch-meta.ts'
import { checkIssuer, retireState } from './session.ts'

const meta = (extra: Partial<LaunchMeta> = {}): LaunchMeta => ({ endpointId: 'e', kind: 'standalone', requestedScope: 's', ...extra })

describe('callback iss (RFC 9207)', () => {
  it('accepts the advertised issuer and refuses any other', () => {
    const m = meta({ issuer: 'https://as.example/oauth2', issRequired: true })
    expect(() => checkIssuer({ iss: 'https://as.example/oauth2' }, m)).not.toThrow()
    expect(() => checkIssuer({ iss: 'https://evil.example/oauth2' }, m)).toThrow('did not come from the health system')
  })

  it('a server that promised iss must send it', () => {
    expect(() => checkIssuer({}, meta({ issuer: 'https://as.example', issRequired: true }))).toThrow('not used')
    expect(() => checkIssuer({}, meta({ issuer: 'https://as.example' }))).not.toThrow()
  })

  it('an iss sent without an advertised issuer must be the authorization endpoint’s origin', () => {
    const m = meta({ authorizeOrigin: 'https://as.example' })
    expect(() => checkIssuer({ iss: 'https://as.example/tenant/1' }, m)).not.toThrow()
    expect(() => checkIssuer({ iss: 'https://other.example' }, m)).toThrow()
    expect(() => checkIssuer({ iss: 'not a url' }, m)).toThrow()
  })

  it('an iss for a launch whose details were not saved is refused, never accepted or crashed on', () => {
    expect(() => checkIssuer({ iss: 'https://as.example' }, undefined)).toThrow('did not come from the health system')
    expect(() => checkIssuer({}, undefined)).not.toThrow()
  })
})

describe('state and verifier after the code exchange', () => {
  afterEach(() => sessionStorage.clear())

  it('the used state no longer exists, the verifier is gone, and the session lives on under a new key', () => {
    const used = 'state-123'
    const state = { key: used, serverUrl: 'https://fhir.example/r4', codeVerifier: 'secret-verifier', tokenResponse: { access_token: 'a' } }
    sessionStorage.setItem(used, JSON.stringify(state))
    sessionStorage.setItem('SMART_KEY', JSON.stringify(used))
    saveLaunchMeta(used, meta())
    retireState({ state } as unknown as Client, used)
    expect(sessionStorage.getItem(used)).toBeNull()
    expect(loadLaunchMeta(used)).toBeUndefined()
    const fresh = JSON.parse(sessionStorage.getItem('SMART_KEY') ?? '""') as string
    expect(fresh).not.toBe(used)
    const stored = JSON.parse(sessionStorage.getItem(fresh) ?? '{}') as Record<string, unknown>
    expect(stored).toMatchObject({ key: fresh, tokenResponse: { access_token: 'a' } })
    expect(stored).not.toHaveProperty('codeVerifier')
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-verifier')
    expect(loadLaunchMeta(fresh)).toEqual(meta())
  })
})
