// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { captureRedirectParams, resetCapturedRedirect } from './redirect-params.ts'
import { launchErrorFromRedirect } from './oauth-errors.ts'

beforeEach(() => resetCapturedRedirect())

describe('captureRedirectParams', () => {
  it('reads the answer once and removes code and state from the address bar', () => {
    window.history.replaceState(null, '', '/callback?code=abc&state=s1')
    expect(captureRedirectParams()).toEqual({ code: 'abc', state: 's1', error: undefined, errorDescription: undefined, errorUri: undefined })
    expect(window.location.href).toBe(`${window.location.origin}/callback`)
    // A second read in the same page load returns the first answer, not the cleaned URL.
    expect(captureRedirectParams().code).toBe('abc')
  })

  it('reads OAuth error fields', () => {
    window.history.replaceState(null, '', '/callback?error=access_denied&error_description=no&error_uri=https://e/x')
    expect(captureRedirectParams()).toMatchObject({ error: 'access_denied', errorDescription: 'no', errorUri: 'https://e/x' })
  })

  it('leaves other pages’ addresses alone', () => {
    window.history.replaceState(null, '', '/launch?iss=https://a.example/fhir')
    captureRedirectParams()
    expect(window.location.search).toBe('?iss=https://a.example/fhir')
  })
})

describe('launchErrorFromRedirect', () => {
  it.each([
    ['access_denied', 'Access was not granted'],
    ['unauthorized_client', 'App not allowed here'],
    ['invalid_scope', 'Permissions refused'],
    ['invalid_request', 'Sign-in request refused'],
    ['server_error', 'Health system error'],
    ['temporarily_unavailable', 'Health system busy'],
    ['something_else', 'Sign-in failed'],
  ])('%s → %s', (error, title) => {
    const e = launchErrorFromRedirect({ error })
    expect(e.title).toBe(title)
    expect(e.message).toContain(`(error code: ${error})`)
  })

  it('adds the description and the last part of a Millennium error URN', () => {
    const e = launchErrorFromRedirect({
      error: 'access_denied',
      errorDescription: 'User declined',
      errorUri: 'https://errors.example/urn%3Acerner%3Aerror%3Aauthorization-server%3Aconsent-denied?x=1',
    })
    expect(e.message).toBe(
      'You (or the server) declined to share your record with this app. User declined Reason: consent-denied (error code: access_denied)',
    )
  })

  it('caps untrusted text from the URL', () => {
    const e = launchErrorFromRedirect({ error: 'x'.repeat(100), errorDescription: 'y'.repeat(400) })
    expect(e.message).toContain(`(error code: ${'x'.repeat(64)})`)
    expect(e.message).not.toContain('x'.repeat(65))
    expect(e.message).toContain('y'.repeat(300))
    expect(e.message).not.toContain('y'.repeat(301))
  })

  it('adds no reason when the error URI carries no URN', () => {
    const e = launchErrorFromRedirect({ error: 'server_error', errorUri: 'https://errors.example/help' })
    expect(e.message).toBe('The health system had a problem signing you in. (error code: server_error)')
  })

  it('explains an unknown error in plain words', () => {
    expect(launchErrorFromRedirect({ error: 'odd' }).message).toBe('The health system ended the sign-in with an error. (error code: odd)')
  })

  it('names an unknown error when the server sent none', () => {
    expect(launchErrorFromRedirect({}).message).toContain('(error code: unknown)')
  })
})
