// A token endpoint's error answers, worded like error redirects. The answers as they arrive over HTTP
// are in token-endpoint.test.ts; these are the shapes the sandbox does not produce.
import { describe, expect, it } from 'vitest'
import { isNoAnswer } from './failure.ts'
import { launchErrorFromRedirect, launchErrorFromTokenResponse, tokenEndpointSilent } from './oauth-errors.ts'

const CERNER_EMPTY_SCOPES =
  'https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken%3Aempty-scopes/instances/0b8f3c1e-7a52-4d0f-9f5e-2c1d8e6a4b3f?client=c&tenant=t'

describe('launchErrorFromTokenResponse', () => {
  it('reads the OAuth fields of a JSON refusal, description included, and recognises empty-scopes', () => {
    const e = launchErrorFromTokenResponse(400, JSON.stringify({ error: 'invalid_scope', error_description: 'Nothing granted', error_uri: CERNER_EMPTY_SCOPES }))
    expect(e.title).toBe('Permissions refused')
    expect(e.message).toBe(
      'The health system refused the permissions this app asked for. Nothing granted Reason: none of the permissions asked for could be ' +
        'granted, for example because every kind of record was unticked. (error code: invalid_scope)',
    )
  })

  it('names other Millennium reasons by their last part, as redirects do', () => {
    const e = launchErrorFromTokenResponse(401, JSON.stringify({ error: 'invalid_client', error_uri: 'https://x.test/urn%3Acerner%3Aerror%3Aoauth2%3Atoken%3Ainvalid-client/i' }))
    expect(e.title).toBe('App not recognised')
    expect(e.message).toContain('Reason: invalid-client (error code: invalid_client)')
  })

  it.each([
    ['an HTML page', '<html><body><h1>Not Found</h1></body></html>'],
    ['JSON without an OAuth error', '{"message":"no"}'],
    ['a JSON array', '["invalid_scope"]'],
    ['JSON null', 'null'],
    ['nothing', ''],
  ])('a 4xx with %s says the sign-in failed and gives the status as its code, nothing of the body', (_name, body) => {
    const e = launchErrorFromTokenResponse(404, body)
    expect(e.title).toBe('Sign-in failed')
    expect(e.message).toBe('The health system ended the sign-in with an error. (error code: 404)')
  })

  it('a 5xx did not answer, even when its body is an OAuth error', () => {
    for (const body of ['<html>502 Bad Gateway</html>', '{"error":"temporarily_unavailable"}']) {
      const e = launchErrorFromTokenResponse(503, body)
      expect(isNoAnswer(e)).toBe(true)
      expect(e.message).toBe("This health system's sign-in server did not answer (it returned 503). Try signing in again in a few minutes.")
      expect(e.words.es.message).toContain('(devolvió 503)')
    }
  })

  it('a 500 did not answer either: the 5xx range starts at 500', () => {
    const e = launchErrorFromTokenResponse(500, '{"error":"server_error"}')
    expect(isNoAnswer(e)).toBe(true)
    expect(e.message).toContain('(it returned 500)')
  })

  it('an error code or description that is not text is ignored', () => {
    const e = launchErrorFromTokenResponse(400, JSON.stringify({ error: { nested: true }, error_description: 42 }))
    expect(e.message).toBe('The health system ended the sign-in with an error. (error code: 400)')
  })
})

describe('tokenEndpointSilent', () => {
  it('names the host only, never the URL', () => {
    const e = tokenEndpointSilent('https://authorization.cerner.com/tenants/t/protocols/oauth2/profiles/smart-v1/token?x=1')
    expect(isNoAnswer(e)).toBe(true)
    expect(e.message).toBe("This health system's sign-in server did not answer (authorization.cerner.com). Try signing in again in a few minutes.")
  })

  it('names no host when the token endpoint is not a URL', () => {
    const e = tokenEndpointSilent('http://')
    expect(isNoAnswer(e)).toBe(true)
    expect(e.message).toContain('did not answer')
    expect(e.message).not.toMatch(/\(.*\)/)
    expect(e.message).toBe("This health system's sign-in server did not answer. Try signing in again in a few minutes.")
  })
})

describe('an error redirect', () => {
  it('recognises empty-scopes too', () => {
    const e = launchErrorFromRedirect({ error: 'invalid_scope', errorUri: 'urn:cerner:error:authorization-server:oauth2:grant:empty-scopes' })
    expect(e.message).toContain('every kind of record was unticked')
  })

  it('keeps a malformed escape in an error URI as it came rather than failing', () => {
    const e = launchErrorFromRedirect({ error: 'access_denied', errorUri: 'https://x.test/urn%3Acerner%3Abad%E0%A4' })
    expect(e.title).toBe('Access was not granted')
    expect(e.message).toContain('Reason: urn%3Acerner%3Abad%E0%A4 (error code: access_denied)')
  })
})
