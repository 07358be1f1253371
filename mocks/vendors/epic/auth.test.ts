import { createPublicKey, createVerify } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../data/patients.ts'
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
import { startSandbox, type RunningSandbox } from '../../testing/harness.ts'

const SCOPE = 'launch/patient openid fhirUser patient/Patient.rs patient/Observation.rs patient/AllergyIntolerance.rs'
let sb: RunningSandbox
let cfg: SmartConfig
let base: string
let now = Date.now()
const lorraine = patientByKey('lorraine')!

beforeAll(async () => {
  sb = await startSandbox({ now: () => now })
  base = sb.base('epic')
  cfg = await discover(base)
})
afterAll(() => sb.close())

async function standalone(extra: Record<string, string> = {}, share?: string[], clientId = 'epic-sandbox-app') {
  const { verifier, challenge } = pkce()
  const href = authorizeUrl(cfg, {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    scope: SCOPE,
    state: 'st-123',
    aud: base,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  })
  const back = await signInAndConsent(href, { username: 'lorraine', share })
  return { back, verifier, code: back.searchParams.get('code') ?? '' }
}

const tokenParams = (code: string, verifier: string, clientId = 'epic-sandbox-app') => ({
  grant_type: 'authorization_code',
  code,
  redirect_uri: REDIRECT_URI,
  client_id: clientId,
  code_verifier: verifier,
})

const readPatient = (token: string) =>
  fetch(`${base}/Patient/${lorraine.ids.epic}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } })

describe('Epic authorization server', () => {
  it('discovery advertises S256 and lists no resource scopes', async () => {
    expect(cfg.code_challenge_methods_supported).toEqual(['S256'])
    expect(cfg.scopes_supported).toEqual(['epic.scanning.dmsusername', 'fhirUser', 'launch', 'openid', 'profile'])
    expect(cfg.capabilities).toContain('permission-v2')
    const xmlAccept = await fetch(`${base}/.well-known/smart-configuration`, { headers: { accept: 'application/xml' } })
    expect(xmlAccept.headers.get('content-type')).toContain('json')
  })

  it('standalone code flow with PKCE yields an Epic-shaped token response', async () => {
    const { back, code, verifier } = await standalone()
    expect(back.origin + back.pathname).toBe(REDIRECT_URI)
    expect(back.searchParams.get('state')).toBe('st-123')
    const t = await exchange(cfg, tokenParams(code, verifier))
    expect(t.status).toBe(200)
    expect(t.headers.get('cache-control')).toBe('no-store')
    expect(t.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, patient: lorraine.ids.epic })
    expect(t.body['__epic.dstu2.patient']).toBe(lorraine.epicDstu2Id)
    expect(t.body.refresh_token).toBeUndefined()
    expect(String(t.body.scope).split(' ')).toContain('patient/Observation.s')
    expect((await readPatient(String(t.body.access_token))).status).toBe(200)
  })

  it('access tokens are long opaque strings (~1,050 characters)', async () => {
    const { code, verifier } = await standalone()
    const t = await exchange(cfg, tokenParams(code, verifier))
    const token = String(t.body.access_token)
    expect(token.length).toBeGreaterThan(1000)
    expect(token.length).toBeLessThan(1100)
    expect(token).not.toContain('.')
  })

  it('v2 grants come back split per permission, not echoed as requested', async () => {
    const { code, verifier } = await standalone()
    const t = await exchange(cfg, tokenParams(code, verifier))
    const scope = String(t.body.scope).split(' ')
    expect(scope).toEqual(expect.arrayContaining(['patient/Observation.r', 'patient/Observation.s']))
    expect(scope.some((s) => /\.rs(\?|$)/.test(s))).toBe(false)
  })

  it('granular scopes keep their ?category= query on each split part', async () => {
    const labs = 'patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory'
    const { code, verifier } = await standalone({ scope: `launch/patient openid fhirUser patient/Patient.rs ${labs}` })
    const t = await exchange(cfg, tokenParams(code, verifier))
    const scope = String(t.body.scope).split(' ')
    const query = '?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory'
    expect(scope).toEqual(expect.arrayContaining([`patient/Observation.r${query}`, `patient/Observation.s${query}`]))
    expect(scope.filter((s) => s.startsWith('patient/Observation.'))).toHaveLength(2)
  })

  it('discovery lists grant types without token-exchange', async () => {
    expect(cfg.grant_types_supported).not.toContain('urn:ietf:params:oauth:grant-type:token-exchange')
    expect(cfg.grant_types_supported).toContain('authorization_code')
  })

  it('id_token is RS256, verifies against the JWKS and names the Patient as fhirUser', async () => {
    const { code, verifier } = await standalone()
    const t = await exchange(cfg, tokenParams(code, verifier))
    const jwt = String(t.body.id_token)
    const { header, payload } = decodeJwt(jwt)
    expect(header.alg).toBe('RS256')
    const { keys } = (await (await fetch(cfg.jwks_uri)).json()) as { keys: Array<Record<string, string>> }
    const key = createPublicKey({ key: keys.find((k) => k.kid === header.kid)!, format: 'jwk' })
    const [h, p, sig] = jwt.split('.')
    expect(createVerify('RSA-SHA256').update(`${h}.${p}`).verify(key, Buffer.from(sig, 'base64url'))).toBe(true)
    expect(payload.fhirUser).toBe(`${base}/Patient/${lorraine.ids.epic}`)
    expect(payload.aud).toBe('epic-sandbox-app')
  })

  it('a replayed code gets invalid_grant and revokes the token it issued', async () => {
    const { code, verifier } = await standalone()
    const first = await exchange(cfg, tokenParams(code, verifier))
    expect((await readPatient(String(first.body.access_token))).status).toBe(200)
    const second = await exchange(cfg, tokenParams(code, verifier))
    expect(second.status).toBe(400)
    expect(second.body.error).toBe('invalid_grant')
    expect((await readPatient(String(first.body.access_token))).status).toBe(401)
  })

  it('a wrong code_verifier gets invalid_grant', async () => {
    const { code } = await standalone()
    const t = await exchange(cfg, tokenParams(code, pkce().verifier))
    expect(t.body.error).toBe('invalid_grant')
  })

  it('a redirect_uri that differs at the token endpoint gets invalid_grant', async () => {
    const { code, verifier } = await standalone()
    const t = await exchange(cfg, { ...tokenParams(code, verifier), redirect_uri: 'http://localhost:4173/callback/' })
    expect(t.body.error).toBe('invalid_grant')
  })

  it('codes expire after about a minute', async () => {
    const { code, verifier } = await standalone()
    now += 61_000
    const t = await exchange(cfg, tokenParams(code, verifier))
    expect(t.body.error).toBe('invalid_grant')
  })

  it.each([
    ['missing aud', { aud: undefined }],
    ['aud of another server', { aud: 'http://localhost:9/fhir' }],
    ['unregistered redirect_uri', { redirect_uri: 'http://localhost:4173/elsewhere' }],
    ['unknown client_id', { client_id: 'nobody' }],
  ])('%s shows Epic\'s generic HTML error page', async (_name, override) => {
    const href = authorizeUrl(cfg, {
      response_type: 'code',
      client_id: 'epic-sandbox-app',
      redirect_uri: REDIRECT_URI,
      scope: SCOPE,
      state: 's',
      aud: base,
      ...override,
    })
    const res = await fetch(href, { redirect: 'manual' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('Something went wrong trying to authorize the client')
  })

  it('code_challenge_method=plain is refused with an error redirect', async () => {
    const href = authorizeUrl(cfg, {
      response_type: 'code', client_id: 'epic-sandbox-app', redirect_uri: REDIRECT_URI, scope: SCOPE,
      state: 's', aud: base, code_challenge: 'abc', code_challenge_method: 'plain',
    })
    const res = await fetch(href, { redirect: 'manual' })
    const loc = new URL(res.headers.get('location')!)
    expect(loc.searchParams.get('error')).toBe('invalid_request')
  })

  it('unticking a type on the consent page narrows the grant; that type then gets an empty-body 403', async () => {
    const { code, verifier } = await standalone({}, ['Patient', 'Observation'])
    const t = await exchange(cfg, tokenParams(code, verifier))
    expect(String(t.body.scope)).not.toContain('AllergyIntolerance')
    const res = await fetch(`${base}/AllergyIntolerance?patient=${lorraine.ids.epic}`, {
      headers: { authorization: `Bearer ${t.body.access_token}`, accept: 'application/fhir+json' },
    })
    expect(res.status).toBe(403)
    expect(await res.text()).toBe('')
    expect(res.headers.get('www-authenticate')).toContain('insufficient_scope')
  })

  it('denying consent redirects with error=access_denied and the state', async () => {
    const href = authorizeUrl(cfg, {
      response_type: 'code', client_id: 'epic-sandbox-app', redirect_uri: REDIRECT_URI, scope: SCOPE, state: 'deny-me', aud: base,
    })
    const back = await signInAndConsent(href, { username: 'lorraine', deny: true })
    expect(back.searchParams.get('error')).toBe('access_denied')
    expect(back.searchParams.get('state')).toBe('deny-me')
    expect(back.searchParams.get('code')).toBeNull()
  })

  it('an expired access token gets 401 with WWW-Authenticate', async () => {
    const { code, verifier } = await standalone()
    const t = await exchange(cfg, tokenParams(code, verifier))
    now += 3601_000
    const res = await readPatient(String(t.body.access_token))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('invalid_token')
  })

  it('a public client gets no refresh token even with offline_access', async () => {
    const { code, verifier } = await standalone({ scope: `${SCOPE} offline_access` })
    const t = await exchange(cfg, tokenParams(code, verifier))
    expect(t.body.refresh_token).toBeUndefined()
    expect(String(t.body.scope)).not.toContain('offline_access')
  })

  it('a confidential client refreshes and Epic rotates the refresh token', async () => {
    const id = 'epic-sandbox-confidential'
    const { code, verifier } = await standalone({ scope: `${SCOPE} offline_access`, client_id: id }, undefined, id)
    const basic = { authorization: `Basic ${Buffer.from(`${id}:sandbox-secret`).toString('base64')}` }
    const t = await exchange(cfg, tokenParams(code, verifier, id), basic)
    expect(t.body.refresh_token).toBeTruthy()
    const r = await exchange(cfg, { grant_type: 'refresh_token', refresh_token: String(t.body.refresh_token) }, basic)
    expect(r.status).toBe(200)
    expect(r.body.refresh_token).toBeTruthy()
    expect(r.body.refresh_token).not.toBe(t.body.refresh_token)
    const reuse = await exchange(cfg, { grant_type: 'refresh_token', refresh_token: String(t.body.refresh_token) }, basic)
    expect(reuse.body.error).toBe('invalid_grant')
  })

  it('introspection describes a MyChart token', async () => {
    const { code, verifier } = await standalone()
    const t = await exchange(cfg, tokenParams(code, verifier))
    const res = await fetch(cfg.introspection_endpoint!, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.body.access_token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: String(t.body.access_token) }),
    })
    expect(await res.json()).toMatchObject({ active: true, epic_user_type: 'WPR', patient: lorraine.ids.epic })
  })
})
