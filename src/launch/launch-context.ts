import type { LaunchContext, UserMode } from './smart-session.ts'

const TOKEN_FIELDS = new Set(['access_token', 'refresh_token', 'id_token', 'token_type', 'expires_in', 'scope', 'patient', 'encounter', 'need_patient_banner', 'smart_style_url', 'tenant'])

/** Epic sends the banner flag as the string "false"; others as a boolean; absent means show one. */
export function parseBannerFlag(value: unknown): boolean {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') return value.trim().toLowerCase() !== 'false'
  return true
}

export function modeFor(fhirUser: string | undefined, kind: 'ehr' | 'standalone'): UserMode {
  const type = fhirUser?.split('/').at(-2)
  if (type === 'Patient') return 'patient'
  if (type === 'RelatedPerson' || type === 'Person') return 'proxy'
  if (type === 'Practitioner' || type === 'PractitionerRole') return 'clinician'
  return kind === 'ehr' ? 'clinician' : 'patient'
}

export function toLaunchContext(token: Record<string, unknown>, fhirUser: string | undefined, kind: 'ehr' | 'standalone'): LaunchContext {
  const extras = Object.fromEntries(Object.entries(token).filter(([k]) => !TOKEN_FIELDS.has(k)))
  const relativeUser = fhirUser?.split('/').slice(-2).join('/')
  return {
    patientId: String(token.patient ?? ''),
    encounterId: typeof token.encounter === 'string' ? token.encounter : undefined,
    // A patient who signs in on their own always gets a banner: nothing else shows whose record it is.
    needPatientBanner: kind === 'standalone' ? true : parseBannerFlag(token.need_patient_banner),
    smartStyleUrl: typeof token.smart_style_url === 'string' ? token.smart_style_url : undefined,
    fhirUser: relativeUser,
    mode: modeFor(relativeUser, kind),
    tenant: typeof token.tenant === 'string' ? token.tenant : undefined,
    extras,
  }
}
