// Who may see which chart: a patient-persona token is bound to its own patient (403 otherwise);
// provider tokens see everyone. Entered-in-error data is masked only for the patient persona.
import type { Grant } from '../../../core/grants.ts'

export function mayAccess(grant: Grant, patientId: string): boolean {
  return grant.persona === 'provider' || grant.patientId === patientId
}

export function masksErrors(grant: Grant): boolean {
  return grant.persona === 'patient'
}
