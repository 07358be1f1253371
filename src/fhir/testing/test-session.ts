// Test support (never imported by app code): the SmartSession a completed launch would produce,
// for a token minted directly in the sandbox.
import { parseGrants } from '../../launch/grants.ts'
import type { ServerFlavor, SmartSession, UserMode } from '../../launch/smart-session.ts'

export interface TestSessionInput {
  id: string
  fhirBase: string
  flavor: ServerFlavor
  patientId: string
  /** Granted scope; the token must carry the same. */
  scope: string
  token: string
  /** What the app asked for; defaults to the granted scope. */
  requested?: string
  mode?: UserMode
  endpointName?: string
  expiresAt?: number
}

export function testSession(i: TestSessionInput): SmartSession {
  return {
    id: i.id,
    fhirBase: i.fhirBase,
    flavor: i.flavor,
    endpointName: i.endpointName ?? `sandbox ${i.flavor}`,
    grants: parseGrants(i.scope),
    requestedScope: i.requested ?? i.scope,
    context: { patientId: i.patientId, needPatientBanner: true, mode: i.mode ?? 'patient', extras: {} },
    accessToken: async () => i.token,
    ...(i.expiresAt !== undefined && { expiresAt: i.expiresAt }),
  }
}
