export type VendorId = 'epic' | 'cerner'

/** What an access token stands for. Ids are the vendor's FHIR ids. */
export interface Grant {
  vendor: VendorId
  clientId: string
  /** Granted scopes, exactly as returned in the token response. */
  scope: string[]
  persona: 'patient' | 'provider'
  patientId?: string
  encounterId?: string
  /** Relative reference of the signed-in user, e.g. `Patient/123` or `Practitioner/abc`. */
  fhirUser: string
  username: string
  /** Absolute FHIR base the token was issued for (`aud`). */
  aud: string
}
