import type { Grant } from '../core/grants.ts'
import { issueAccessToken } from '../core/state.ts'
import type { Sandbox } from '../sandbox.ts'
import { CERNER_PATIENT_FHIR_PATH, CERNER_PROVIDER_FHIR_PATH } from '../vendors/cerner/config.ts'
import { EPIC_FHIR_PATH } from '../vendors/epic/config.ts'

export type BaseName = 'epic' | 'cerner' | 'cerner-provider'

export const BASE_PATHS: Record<BaseName, string> = {
  epic: EPIC_FHIR_PATH,
  cerner: CERNER_PATIENT_FHIR_PATH,
  'cerner-provider': CERNER_PROVIDER_FHIR_PATH,
}

export interface MintOptions {
  patientId?: string
  /** Space-separated or array; defaults to read+search on the US Core types. */
  scope?: string | string[]
  persona?: 'patient' | 'provider'
  fhirUser?: string
  ttlSeconds?: number
}

const DEFAULT_SCOPE =
  'patient/Patient.read patient/Observation.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

/** Issues a token directly, skipping the sign-in pages (for FHIR-level tests only). */
export function mintToken(sandbox: Sandbox, origin: string, name: BaseName, o: MintOptions = {}): string {
  const scope = Array.isArray(o.scope) ? o.scope : (o.scope ?? DEFAULT_SCOPE).split(' ')
  const grant: Grant = {
    vendor: name === 'epic' ? 'epic' : 'cerner',
    clientId: 'test-client',
    scope,
    persona: o.persona ?? (name === 'cerner-provider' ? 'provider' : 'patient'),
    patientId: o.patientId,
    fhirUser: o.fhirUser ?? (o.patientId ? `Patient/${o.patientId}` : 'Practitioner/test'),
    username: 'test',
    aud: origin + BASE_PATHS[name],
  }
  return issueAccessToken(sandbox.state, grant, o.ttlSeconds ?? 3600)
}
