import { createLaunch } from '../core/auth/launches.ts'
import type { VendorId } from '../core/grants.ts'
import { escapeHtml as e, html, page, redirect } from '../core/http.ts'
import type { SandboxState } from '../core/state.ts'
import { clinicians } from '../data/clinicians.ts'
import { patients } from '../data/patients.ts'
import { CERNER_PROVIDER_FHIR_PATH } from '../vendors/cerner/config.ts'
import { EPIC_FHIR_PATH } from '../vendors/epic/config.ts'

const VENDORS: Record<VendorId, { label: string; fhirPath: string; chrome: string; ownBanner: boolean }> = {
  epic: { label: 'Epic Hyperspace', fhirPath: EPIC_FHIR_PATH, chrome: '#7a1f5c', ownBanner: true },
  cerner: { label: 'Cerner PowerChart', fhirPath: CERNER_PROVIDER_FHIR_PATH, chrome: '#1c5d8c', ownBanner: false },
}

const name = (n: { given: string[]; family: string }) => `${n.given.join(' ')} ${n.family}`

/** The simulator must be cross-site to the app (like a real EHR frame), so it lives on 127.0.0.1. */
function crossSite(url: URL): Response | undefined {
  if (url.hostname !== 'localhost') return undefined
  const target = new URL(url)
  target.hostname = '127.0.0.1'
  return redirect(target.toString())
}

export function ehrSimulator(_req: Request, url: URL, state: SandboxState, appUrl: string): Response {
  const moved = crossSite(url)
  if (moved) return moved
  if (url.pathname === '/ehr/launch') return launch(url, state, appUrl)
  return html(page('EHR simulator', form(appUrl), 'main{max-width:36rem}'))
}

function form(appUrl: string): string {
  const options = (items: Array<{ value: string; label: string }>) =>
    items.map((i) => `<option value="${e(i.value)}">${e(i.label)}</option>`).join('')
  return `<main><h1>EHR simulator</h1>
<p>Opens <code>${e(appUrl)}/launch</code> with <code>iss</code> and <code>launch</code>, as an EHR does.</p>
<form method="get" action="/ehr/launch">
<label for="vendor">EHR</label><select id="vendor" name="vendor">${options(
    Object.entries(VENDORS).map(([value, v]) => ({ value, label: v.label })),
  )}</select>
<label for="clinician">Clinician</label><select id="clinician" name="clinician">${options(
    clinicians.map((c) => ({ value: c.key, label: `${name(c.name)} (${c.role})` })),
  )}</select>
<label for="patient">Patient</label><select id="patient" name="patient">${options(
    patients.map((p) => ({ value: p.key, label: `${name(p.name)}, born ${p.birthDate}` })),
  )}</select>
<label for="mode">Open the app</label><select id="mode" name="mode">
<option value="iframe">Embedded in the EHR (iframe)</option><option value="window">In a new window</option></select>
<label for="banner">Patient banner</label><select id="banner" name="banner">
<option value="default">As this EHR usually does (Hyperspace shows its own; PowerChart asks the app)</option>
<option value="ehr">The EHR shows it (need_patient_banner false)</option>
<option value="app">The app must show it (need_patient_banner true)</option></select>
<button class="primary" type="submit">Launch app</button>
</form></main>`
}

function launch(url: URL, state: SandboxState, appUrl: string): Response {
  const q = url.searchParams
  const vendor = (q.get('vendor') ?? 'epic') as VendorId
  const v = VENDORS[vendor]
  const clinician = clinicians.find((c) => c.key === q.get('clinician'))
  const patient = patients.find((p) => p.key === q.get('patient'))
  if (!v || !clinician || !patient) return html(page('EHR simulator', '<main><p class="error">Unknown EHR, clinician or patient.</p></main>'), { status: 400 })
  const iss = `http://localhost:${url.port || 80}${v.fhirPath}`
  const banner = q.get('banner')
  const ownBanner = banner === 'ehr' ? true : banner === 'app' ? false : v.ownBanner
  const l = createLaunch(state, { vendor, aud: iss, clinicianKey: clinician.key, patientKey: patient.key, needPatientBanner: !ownBanner })
  const target = `${appUrl}/launch?${new URLSearchParams({ iss, launch: l.code })}`
  const bannerHtml = ownBanner
    ? `<div class="banner">${e(name(patient.name))} · ${e(patient.sex)} · DOB ${e(patient.birthDate)} · MRN ${e(patient.mrn)}</div>`
    : ''
  const app =
    q.get('mode') === 'window'
      ? `<p><a class="primary" href="${e(target)}" target="_blank">Open the app in a new window</a></p>`
      : `<iframe title="SMART app" src="${e(target)}"></iframe>`
  return html(
    page(
      `${v.label} – ${name(patient.name)}`,
      `<div class="ehr"><div class="bar">${e(v.label)} — ${e(name(clinician.name))}</div>${bannerHtml}${app}</div>`,
      `.bar{background:${v.chrome};color:#fff;padding:.5rem 1rem;font-weight:700}.banner{background:#fff8d6;padding:.5rem 1rem;border-bottom:1px solid #ccc}
iframe{width:100%;height:calc(100vh - 5rem);border:0;background:#fff}.ehr{min-height:100vh}`,
    ),
  )
}
