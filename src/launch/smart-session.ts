// What the rest of the app sees of a completed launch. Nothing outside src/launch touches fhirclient.
import type { Grants } from './grants.ts'

export type ServerFlavor = 'epic' | 'cerner' | 'generic'

export type UserMode = 'patient' | 'clinician' | 'proxy'

export interface LaunchContext {
  patientId: string
  encounterId?: string
  /** Absent means the EHR did not say; the app then shows its own banner. */
  needPatientBanner: boolean
  smartStyleUrl?: string
  /** `Patient/123`, `Practitioner/abc`, … (relative). */
  fhirUser?: string
  mode: UserMode
  tenant?: string
  /** Every other field of the token response that is not a token (vendor context extras). */
  extras: Record<string, unknown>
}

export interface SmartSession {
  /** Stable id for cache keys: differs per server and per launch. */
  id: string
  fhirBase: string
  /** From the endpoint configuration; the FHIR layer picks its adapter with it. */
  flavor: ServerFlavor
  endpointName: string
  grants: Grants
  requestedScope: string
  context: LaunchContext
  /** A valid access token, refreshed first when it is about to expire and a refresh token exists. */
  accessToken(): Promise<string>
  /**
   * Called when the FHIR server answers 401: refreshes once where possible and resolves true when a
   * new token is ready to retry with; otherwise (or when `retried`: the renewed token was refused
   * too) ends the session ("session ended") and resolves false.
   */
  renewAfterUnauthorized?(retried: boolean): Promise<boolean>
  /** How the app was launched; decides where "sign in again" leads. */
  launch?: 'ehr' | 'standalone'
  expiresAt?: number
}
