import type { Grant, VendorId } from '../grants.ts'

export interface ClientRegistration {
  clientId: string
  /** Exact strings; redirect_uri must match one of them character for character. */
  redirectUris: string[]
  /** Confidential clients authenticate at the token endpoint with this secret (HTTP Basic). */
  secret?: string
  /** Resource types whose APIs are enabled for the app; the grant never exceeds them. */
  apis: string[]
  /** Which persona the app was registered for (Cerner registers apps per persona). */
  personas: Array<'patient' | 'provider'>
  /** Cerner: scope syntax the registration uses; the other syntax is dropped silently. */
  scopeVersion?: 'v1' | 'v2'
  /** Cerner "Type of Access": online drops offline_access. Epic: whether a public client may refresh. */
  access: 'online' | 'offline' | 'none'
}

/** A launch the EHR simulator handed to the app (`launch` parameter). */
export interface EhrLaunch {
  code: string
  vendor: VendorId
  /** FHIR base the launch belongs to; must come back as `aud`. */
  aud: string
  clinicianKey: string
  patientKey: string
  encounterId?: string
  needPatientBanner: boolean
  issuedAt: number
}

/** Everything the authorize request carried, kept while the user signs in and consents. */
export interface PendingAuthorization {
  id: string
  vendor: VendorId
  persona: 'patient' | 'provider'
  client: ClientRegistration
  redirectUri: string
  state?: string
  aud: string
  requestedScope: string[]
  codeChallenge?: string
  launch?: EhrLaunch
  /** Set after sign-in. */
  username?: string
  patientKey?: string
  createdAt: number
}

export interface AuthorizationCode {
  code: string
  grant: Grant
  clientId: string
  redirectUri: string
  codeChallenge?: string
  /** The EHR launch that started this authorization, if any. */
  launch?: EhrLaunch
  /** Epic: the access duration the patient picked; bounds the refresh token. */
  accessSeconds?: number
  expiresAt: number
  used: boolean
}
