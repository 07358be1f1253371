import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { discover } from './discovery.ts'
import { LaunchError } from './launch-error.ts'

const BASE = 'https://fhir.example.org/api/FHIR/R4'
const GOOD = {
  authorization_endpoint: 'https://fhir.example.org/oauth2/authorize',
  token_endpoint: 'https://fhir.example.org/oauth2/token',
  code_challenge_methods_supported: ['S256'],
  capabilities: ['launch-ehr'],
}
// Real HTTP through MSW: discover() goes through fhirclient's request and cache, which a stubbed
// global fetch would not reach.
const server = setupServer()
const seen: Request[] = []
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  seen.length = 0
})
afterAll(() => server.close())

const WELL_KNOWN = `${BASE}/.well-known/smart-configuration`
const answer = (body: unknown, status = 200) =>
  server.use(
    http.get(WELL_KNOWN, ({ request }) => {
      seen.push(request)
      return typeof body === 'string' ? new HttpResponse(body, { status, headers: { 'content-type': 'text/html' } }) : HttpResponse.json(body as Record<string, unknown>, { status })
    }),
  )

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
    expect(seen).toHaveLength(1)
    expect(seen[0].headers.get('accept')).toBe('application/json')
  })

  it('names the host it could not reach', async () => {
    server.use(http.get(WELL_KNOWN, () => HttpResponse.error()))
    const e = await refusal()
    expect(e.title).toBe('Server did not answer')
    expect(e.message).toContain('fhir.example.org')
  })

  it('gives up on a server that never answers, and says it did not answer', async () => {
    server.use(http.get(WELL_KNOWN, async () => {
      await delay('infinite')
      return HttpResponse.json(GOOD)
    }))
    const e = await discover(BASE, AbortSignal.timeout(50)).then(() => undefined, (err: unknown) => err)
    expect(e).toBeInstanceOf(LaunchError)
    expect((e as LaunchError).title).toBe('Server did not answer')
    expect((e as LaunchError).message).toContain('fhir.example.org')
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

describe('discover: answers that are not a configuration', () => {
  it('refuses JSON that does not parse', async () => {
    server.use(http.get(WELL_KNOWN, () => new HttpResponse('{"authorization_endpoint":', { headers: { 'content-type': 'application/json' } })))
    expect((await refusal()).title).toBe('Server not ready for SMART')
  })

  it('reports a 4xx other than 404 as a server not ready, with its status', async () => {
    answer({ error: 'forbidden' }, 403)
    const e = await refusal()
    expect(e.title).toBe('Server not ready for SMART')
    expect(e.message).toContain('403')
  })

  it('asks again on the next launch instead of replaying a failure', async () => {
    answer('down', 503)
    expect((await refusal()).title).toBe('Server did not answer')
    answer(GOOD)
    await expect(discover(BASE)).resolves.toEqual(GOOD)
  })
})
