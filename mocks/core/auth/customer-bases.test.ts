import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientByKey } from '../../data/patients.ts'
import { createSandbox } from '../../sandbox.ts'
import { startSandbox, type RunningSandbox } from '../../testing/harness.ts'
import { authorizeUrl, discover, exchange, pkce, REDIRECT_URI, signInAndConsent } from '../../testing/oauth-client.ts'
import { CERNER_EHR_SHAPED_FHIR_PATH, CERNER_MYRECORD_SHAPED_FHIR_PATH } from '../../vendors/cerner/config.ts'
import { EPIC_CUSTOMER_FHIR_PATH, EPIC_EMPTY_PKCE_PREFIXES } from '../../vendors/epic/config.ts'

const O = 'http://localhost:4010'
const sandbox = createSandbox()
const get = async (path: string) => (await sandbox.handle(new Request(O + path))).json()

describe('real-looking bases', () => {
  it('an Epic customer-shaped base publishes its OAuth endpoints under the same FHIRProxy prefix', async () => {
    const cfg = await get(`${EPIC_CUSTOMER_FHIR_PATH}/.well-known/smart-configuration`)
    expect(cfg.authorization_endpoint).toBe(`${O}/northfield-health/FHIRProxy/oauth2/authorize`)
    expect(cfg.code_challenge_methods_supported).toEqual(['S256'])
    expect(JSON.stringify(cfg)).not.toContain(`${O}/epic/`)
  })

  it('the fhir-myrecord-shaped base publishes an empty PKCE method list; the fhir-ehr-shaped one lists S256', async () => {
    expect((await get(`${CERNER_MYRECORD_SHAPED_FHIR_PATH}/.well-known/smart-configuration`)).code_challenge_methods_supported).toEqual([])
    expect((await get(`${CERNER_EHR_SHAPED_FHIR_PATH}/.well-known/smart-configuration`)).code_challenge_methods_supported).toEqual(['S256'])
  })

  it('FHIR answers under an alias carry only alias URLs', async () => {
    const res = await sandbox.handle(new Request(`${O}${EPIC_CUSTOMER_FHIR_PATH}/metadata`))
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).not.toContain(`${O}/epic/`)
  })
})

describe('bases publishing an empty PKCE method list', () => {
  let sb: RunningSandbox
  beforeAll(async () => {
    sb = await startSandbox()
  })
  afterAll(() => sb.close())

  /** A full standalone launch with an S256 challenge, then a read of the patient's own record. */
  async function launchWithS256(base: string, clientId: string, patientId: string) {
    const cfg = await discover(base)
    const { verifier, challenge } = pkce()
    const href = authorizeUrl(cfg, {
      response_type: 'code', client_id: clientId, redirect_uri: REDIRECT_URI, scope: 'launch/patient openid fhirUser patient/Patient.rs',
      state: 'pkce-state', aud: base, code_challenge: challenge, code_challenge_method: 'S256',
    })
    const back = await signInAndConsent(href, { username: 'lorraine' })
    const code = back.searchParams.get('code') ?? ''
    const wrong = await exchange(cfg, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: clientId, code_verifier: pkce().verifier })
    const again = await signInAndConsent(href, { username: 'lorraine' })
    const t = await exchange(cfg, {
      grant_type: 'authorization_code', code: again.searchParams.get('code') ?? '', redirect_uri: REDIRECT_URI, client_id: clientId, code_verifier: verifier,
    })
    const read = await fetch(`${base}/Patient/${patientId}`, { headers: { authorization: `Bearer ${String(t.body.access_token)}`, accept: 'application/fhir+json' } })
    return { methods: cfg.code_challenge_methods_supported, wrongVerifier: wrong.status, status: t.status, patient: t.body.patient, read: read.status }
  }

  it('Oracle: a PKCE flow through the empty-PKCE-list alias base succeeds with S256', async () => {
    const lorraine = patientByKey('lorraine')!
    const r = await launchWithS256(sb.origin + CERNER_MYRECORD_SHAPED_FHIR_PATH, 'cerner-sandbox-patient-app', lorraine.ids.cerner)
    expect(r.methods).toEqual([])
    // The challenge is checked, not ignored: a wrong verifier is refused.
    expect(r.wrongVerifier).toBe(400)
    expect(r).toMatchObject({ status: 200, patient: lorraine.ids.cerner, read: 200 })
  })

  it('a few Epic customer-shaped bases publish an empty PKCE method list and still accept S256', async () => {
    const lorraine = patientByKey('lorraine')!
    expect(EPIC_EMPTY_PKCE_PREFIXES.length).toBeGreaterThan(1)
    for (const prefix of EPIC_EMPTY_PKCE_PREFIXES) {
      const r = await launchWithS256(`${sb.origin}${prefix}/api/FHIR/R4`, 'epic-sandbox-app', lorraine.ids.epic)
      expect(r.methods).toEqual([])
      expect(r.wrongVerifier).toBe(400)
      expect(r).toMatchObject({ status: 200, patient: lorraine.ids.epic, read: 200 })
    }
  })
})
