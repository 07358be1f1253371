import { escapeHtml as e, html, page } from '../core/http.ts'
import { clinicians } from '../data/clinicians.ts'
import { patientLogins } from '../data/logins.ts'
import { patientByKey } from '../data/patients.ts'
import { CERNER_PATIENT_FHIR_PATH, CERNER_PROVIDER_FHIR_PATH } from '../vendors/cerner/config.ts'
import { EPIC_FHIR_PATH } from '../vendors/epic/config.ts'

/** Landing page: what the sandbox serves and who can sign in. */
export function homePage(url: URL): Response {
  const o = url.origin
  const logins = patientLogins
    .map((l) => {
      const records = l.patientKeys.map((k) => patientByKey(k)).map((p) => (p ? `${p.name.given[0]} ${p.name.family}` : '?'))
      return `<tr><td><code>${e(l.username)}</code></td><td><code>${e(l.password)}</code></td><td>${e(records.join(', '))}</td></tr>`
    })
    .join('')
  const docs = clinicians.map((c) => `<li>${e(c.name.given.join(' '))} ${e(c.name.family)} (${e(c.role)})</li>`).join('')
  return html(
    page(
      'Local Epic + Cerner sandbox',
      `<main><h1>Local Epic + Cerner sandbox</h1>
<h2>FHIR bases</h2><ul>
<li>Epic: <code>${e(o + EPIC_FHIR_PATH)}</code></li>
<li>Cerner, patient portal: <code>${e(o + CERNER_PATIENT_FHIR_PATH)}</code></li>
<li>Cerner, provider (EHR launch): <code>${e(o + CERNER_PROVIDER_FHIR_PATH)}</code></li></ul>
<h2>Patient sign-ins</h2><table><thead><tr><th>Username</th><th>Password</th><th>Records</th></tr></thead><tbody>${logins}</tbody></table>
<h2>Clinicians (EHR launch)</h2><ul>${docs}</ul>
<p><a href="/ehr">Open the EHR simulator</a></p></main>`,
      'main{max-width:48rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}',
    ),
  )
}
