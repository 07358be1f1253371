import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clinicianByKey } from '../data/clinicians.ts'
import { patientByKey } from '../data/patients.ts'
import { startSandbox, type RunningSandbox } from '../testing/harness.ts'
import { decodeJwt, discover, exchange, pkce, REDIRECT_URI } from '../testing/oauth-client.ts'

let sb: RunningSandbox
beforeAll(async () => {
  sb = await startSandbox({ appUrl: 'http://localhost:4173' })
})
afterAll(() => sb.close())

const port = () => new URL(sb.origin).port

/** Opens the simulator like a clinician and returns the URL it frames. */
async function simulate(vendor: string, patient: string, extra = '') {
  const res = await fetch(`http://127.0.0.1:${port()}/ehr/launch?vendor=${vendor}&clinician=kaur&patient=${patient}&mode=iframe${extra}`)
  const html = await res.text()
  const src = /<iframe[^>]*src="([^"]+)"/.exec(html)?.[1]?.replace(/&#38;/g, '&')
  if (!src) throw new Error('no iframe: ' + html.slice(0, 200))
  return { url: new URL(src), html }
}

async function ehrLaunch(vendor: string, clientId: string) {
  const { url } = await simulate(vendor, 'lorraine')
  const iss = url.searchParams.get('iss')!
  const cfg = await discover(iss)
  const { verifier, challenge } = pkce()
  const authorize = new URL(cfg.authorization_endpoint)
  const params = {
    response_type: 'code', client_id: clientId, redirect_uri: REDIRECT_URI, launch: url.searchParams.get('launch')!,
    scope: 'launch openid fhirUser patient/Patient.rs patient/Observation.rs', state: 'ehr', aud: iss,
    code_challenge: challenge, code_challenge_method: 'S256',
  }
  Object.entries(params).forEach(([k, v]) => authorize.searchParams.set(k, v))
  const res = await fetch(authorize, { redirect: 'manual' })
  expect(res.status).toBe(302)
  const code = new URL(res.headers.get('location')!).searchParams.get('code')!
  const t = await exchange(cfg, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: clientId, code_verifier: verifier })
  return { iss, cfg, t, authorize }
}

describe('EHR simulator', () => {
  it('is served on 127.0.0.1 so the app frame is cross-site', async () => {
    const res = await fetch(`http://localhost:${port()}/ehr`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toContain('127.0.0.1')
  })

  it('frames the app with iss and launch', async () => {
    const { url } = await simulate('epic', 'lorraine')
    expect(url.origin + url.pathname).toBe('http://localhost:4173/launch')
    expect(url.searchParams.get('iss')).toBe(`http://localhost:${port()}/epic/api/FHIR/R4`)
    expect(url.searchParams.get('launch')).toMatch(/^[\w-]{10,}$/)
  })

  it('Epic EHR launch: no sign-in page, string need_patient_banner, style URL, Practitioner fhirUser', async () => {
    const { t, iss } = await ehrLaunch('epic', 'epic-sandbox-app')
    expect(t.body.patient).toBe(patientByKey('lorraine')!.ids.epic)
    expect(t.body.need_patient_banner).toBe('false')
    expect(String(t.body.smart_style_url)).toMatch(/^http/)
    expect(decodeJwt(String(t.body.id_token)).payload.fhirUser).toBe(`${iss}/Practitioner/${clinicianByKey('kaur')!.ids.epic}`)
    const style = await fetch(String(t.body.smart_style_url))
    expect(await style.json()).toHaveProperty('color_background')
  })

  it('Cerner EHR launch: boolean banner, tenant and user in the token response', async () => {
    const { t } = await ehrLaunch('cerner', 'cerner-sandbox-provider-app')
    expect(t.body.need_patient_banner).toBe(true)
    expect(t.body.tenant).toMatch(/^[0-9a-f-]{36}$/)
    expect(t.body.user).toBe(clinicianByKey('kaur')!.ids.cerner)
    expect(t.body.expires_in).toBe(570)
  })

  it('a launch the simulator never issued is refused', async () => {
    const { authorize } = await ehrLaunch('epic', 'epic-sandbox-app')
    authorize.searchParams.set('launch', 'forged-launch-code')
    const res = await fetch(authorize, { redirect: 'manual' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Something went wrong')
  })
})
