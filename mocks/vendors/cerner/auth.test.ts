import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../data/patients.ts'
import { startSandbox, type RunningSandbox } from '../../testing/harness.ts'
import {
  authorizeUrl,
  decodeJwt,
  discover,
  exchange,
  pkce,
  REDIRECT_URI,
  signInAndConsent,
  type SmartConfig,
} from '../../testing/oauth-client.ts'

const APP = 'cerner-sandbox-patient-app'
const SCOPE = 'launch/patient openid fhirUser offline_access patient/Patient.rs patient/Observation.rs patient/AllergyIntolerance.rs'
let sb: RunningSandbox
let cfg: SmartConfig
let base: string

beforeAll(async () => {
  sb = await startSandbox()
  base = sb.base('cerner')
  cfg = await discover(base)
})
afterAll(() => sb.close())

async function standalone(o: { scope?: string; client?: string; username?: string; record?: string } = {}) {
  const { verifier, challenge } = pkce()
  const client = o.client ?? APP
  const href = authorizeUrl(cfg, {
    response_type: 'code', client_id: client, redirect_uri: REDIRECT_URI, scope: o.scope ?? SCOPE,
    state: 'c-state', aud: base, code_challenge: challenge, code_challenge_method: 'S256',
  })
  const back = await signInAndConsent(href, { username: o.username ?? 'lorraine', record: o.record })
  const code = back.searchParams.get('code') ?? ''
  return exchange(cfg, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: client, code_verifier: verifier })
}

const get = (path: string, token: unknown) =>
  fetch(`${base}/${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } })

describe('Cerner authorization server', () => {
  it('discovery points at per-tenant, per-persona endpoints and advertises S256', async () => {
    expect(cfg.authorization_endpoint).toMatch(/\/tenants\/[0-9a-f-]{36}\/protocols\/oauth2\/profiles\/smart-v1\/personas\/patient\/authorize$/)
    expect(cfg.token_endpoint).toMatch(/\/tenants\/[0-9a-f-]{36}\/hosts\/[^/]+\/protocols\/oauth2\/profiles\/smart-v1\/token$/)
    expect(cfg.code_challenge_methods_supported).toEqual(['S256'])
    expect(cfg.scopes_supported).toEqual(expect.arrayContaining(['patient/Observation.read', 'patient/Observation.rs']))
    const provider = await discover(sb.base('cerner-provider'))
    expect(provider.authorization_endpoint).toMatch(/personas\/provider\/authorize$/)
    expect(provider.token_endpoint).not.toContain('/hosts/')
  })

  it('standalone flow: 570 s token, tenant, boolean banner, refresh token for a public client', async () => {
    const t = await standalone()
    expect(t.status).toBe(200)
    expect(t.body).toMatchObject({ token_type: 'Bearer', expires_in: 570, need_patient_banner: true, patient: patientByKey('lorraine')!.ids.cerner })
    expect(t.body.tenant).toMatch(/^[0-9a-f-]{36}$/)
    expect(t.body.refresh_token).toBeTruthy()
    expect((await get(`Patient/${t.body.patient}`, t.body.access_token)).status).toBe(200)
  })

  it('refresh works without client authentication and returns no new refresh token', async () => {
    const t = await standalone()
    const r = await exchange(cfg, { grant_type: 'refresh_token', refresh_token: String(t.body.refresh_token) })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ token_type: 'Bearer', expires_in: 570 })
    expect(r.body.refresh_token).toBeUndefined()
    expect((await get(`Patient/${t.body.patient}`, r.body.access_token)).status).toBe(200)
  })

  it('a login that covers several records shows the record chooser; the chosen record becomes the patient', async () => {
    const t = await standalone({ username: 'mateo', record: 'sofia' })
    expect(t.body.patient).toBe(patientByKey('sofia')!.ids.cerner)
    expect(decodeJwt(String(t.body.id_token)).payload.fhirUser).toBe(`${base}/Patient/${patientByKey('mateo')!.ids.cerner}`)
  })

  it('a v2-registered app silently loses v1 .read scopes, and the type then answers 403', async () => {
    const t = await standalone({ scope: 'launch/patient openid fhirUser patient/Patient.rs patient/Observation.read' })
    expect(String(t.body.scope)).not.toContain('Observation')
    const res = await get(`Observation?patient=${t.body.patient}`, t.body.access_token)
    expect(res.status).toBe(403)
  })

  it('wildcard scopes are dropped whole', async () => {
    const t = await standalone({ scope: 'launch/patient openid patient/*.rs patient/Patient.rs' })
    expect(String(t.body.scope).split(' ').sort()).toEqual(['launch/patient', 'openid', 'patient/Patient.rs'])
  })

  it('when every requested scope is dropped the token endpoint answers 400 invalid_scope empty-scopes', async () => {
    const t = await standalone({ scope: 'launch/patient openid patient/*.rs patient/Observation.read' })
    expect(t.status).toBe(400)
    expect(t.body.error).toBe('invalid_scope')
    expect(String(t.body.error_uri)).toMatch(/oauth2%3Atoken%3Aempty-scopes\/instances\/[0-9a-f-]{36}\?client=.+&tenant=/)
    expect(t.headers.get('cache-control')).toBe('no-store')
    expect(t.headers.get('pragma')).toBe('no-cache')
    expect(t.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('discovery lists health-cards and 100–199 scopes on the patient base, 200–399 on the provider base', async () => {
    expect(cfg.capabilities).toContain('health-cards')
    expect(cfg.scopes_supported?.length).toBeGreaterThanOrEqual(100)
    expect(cfg.scopes_supported?.length).toBeLessThan(200)
    const provider = await discover(sb.base('cerner-provider'))
    expect(provider.capabilities).toContain('health-cards')
    expect(provider.scopes_supported?.length).toBeGreaterThanOrEqual(200)
    expect(provider.scopes_supported?.length).toBeLessThan(400)
  })

  it('an app registered for online access loses offline_access', async () => {
    const t = await standalone({ client: 'cerner-sandbox-v1-online', scope: 'launch/patient openid offline_access online_access patient/Patient.read' })
    expect(String(t.body.scope)).not.toContain('offline_access')
    expect(String(t.body.scope)).toContain('patient/Patient.read')
    expect(t.body.refresh_token).toBeTruthy()
  })

  it('a patient app sent to the provider persona gets client-persona-mismatch', async () => {
    const provider = await discover(sb.base('cerner-provider'))
    const href = authorizeUrl(provider, {
      response_type: 'code', client_id: APP, redirect_uri: REDIRECT_URI, scope: SCOPE, state: 'pm', aud: sb.base('cerner-provider'),
    })
    const res = await fetch(href, { redirect: 'manual' })
    const loc = new URL(res.headers.get('location')!)
    expect(loc.searchParams.get('error')).toBe('unauthorized_client')
    expect(decodeURIComponent(loc.searchParams.get('error_uri')!)).toContain('urn:cerner:error:authorization-server:oauth2:grant:client-persona-mismatch')
    expect(loc.searchParams.get('state')).toBe('pm')
  })

  it('missing aud is an error redirect with a Cerner error URN', async () => {
    const href = authorizeUrl(cfg, { response_type: 'code', client_id: APP, redirect_uri: REDIRECT_URI, scope: SCOPE, state: 'a' })
    const loc = new URL((await fetch(href, { redirect: 'manual' })).headers.get('location')!)
    expect(loc.searchParams.get('error')).toBe('invalid_request')
    expect(loc.searchParams.get('error_uri')).toContain('urn%3Acerner%3Aerror')
  })

  it('token errors carry error and error_uri, and a replayed code is invalid_grant', async () => {
    const { verifier, challenge } = pkce()
    const href = authorizeUrl(cfg, {
      response_type: 'code', client_id: APP, redirect_uri: REDIRECT_URI, scope: SCOPE, state: 'r', aud: base,
      code_challenge: challenge, code_challenge_method: 'S256',
    })
    const code = (await signInAndConsent(href, { username: 'lorraine' })).searchParams.get('code')!
    const params = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: APP, code_verifier: verifier }
    const first = await exchange(cfg, params)
    const replay = await exchange(cfg, params)
    expect(replay.status).toBe(400)
    expect(replay.body.error).toBe('invalid_grant')
    expect(String(replay.body.error_uri)).toContain('urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken')
    expect((await get(`Patient/${first.body.patient}`, first.body.access_token)).status).toBe(401)
  })

  it('revocation ends both the refresh token and its access tokens', async () => {
    const t = await standalone()
    const res = await fetch(cfg.revocation_endpoint!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: String(t.body.refresh_token) }),
    })
    expect(res.status).toBe(200)
    expect((await get(`Patient/${t.body.patient}`, t.body.access_token)).status).toBe(401)
    const r = await exchange(cfg, { grant_type: 'refresh_token', refresh_token: String(t.body.refresh_token) })
    expect(r.body.error).toBe('invalid_grant')
  })
})
