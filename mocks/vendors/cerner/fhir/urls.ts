// FHIR-side view of Cerner's per-tenant, per-persona authorization URLs. The builders themselves live
// in ../urls.ts (shared with the OAuth side) so the CapabilityStatement and the token endpoint can
// never disagree; this file adds what only the FHIR server needs (persona of a base, 401 realm).
import { CERNER_PROVIDER_FHIR_PATH } from '../config.ts'
import { cernerUrls, PATIENT_TOKEN_HOST, type Persona } from '../urls.ts'

export type CernerPersona = Persona

/** Stand-ins for fhir-myrecord.cerner.com / fhir-ehr-code.cerner.com (token `/hosts/` segment, 401 realm). */
export const CERNER_PATIENT_HOST = PATIENT_TOKEN_HOST
export const CERNER_PROVIDER_HOST = 'fhir-ehr-code.sandbox.local'

export const cernerFhirBase = (origin: string, persona: CernerPersona) => cernerUrls(origin).fhirBase(persona)
export const cernerAuthorizeUrl = (origin: string, persona: CernerPersona) => cernerUrls(origin).authorize(persona)
/** Patient persona: `…/hosts/<fhir host>/…/token`; provider persona: no host segment. */
export const cernerTokenUrl = (origin: string, persona: CernerPersona) => cernerUrls(origin).token(persona)
export const cernerRevokeUrl = (origin: string) => cernerUrls(origin).revoke

/** Which persona a FHIR base (or any URL under it) belongs to. */
export function personaForUrl(url: string): CernerPersona {
  return new URL(url).pathname.startsWith(CERNER_PROVIDER_FHIR_PATH) ? 'provider' : 'patient'
}

/** The host Cerner names in `WWW-Authenticate: Bearer realm="…"`. */
export function realmFor(persona: CernerPersona): string {
  return persona === 'patient' ? CERNER_PATIENT_HOST : CERNER_PROVIDER_HOST
}
