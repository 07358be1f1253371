import type { LaunchContext } from './smart-session.ts'

/**
 * True when the signed-in person is not the patient whose record is open: a proxy (RelatedPerson or
 * Person), or a patient login that chose someone else's record in the server's record chooser
 * (a parent opening a child's record: fhirUser is the parent's Patient, the context the child's).
 */
export function viewsAnotherRecord(ctx: Pick<LaunchContext, 'mode' | 'fhirUser' | 'patientId'>): boolean {
  if (ctx.mode === 'proxy') return true
  if (ctx.mode !== 'patient' || !ctx.fhirUser?.startsWith('Patient/') || !ctx.patientId) return false
  return ctx.fhirUser.slice('Patient/'.length) !== ctx.patientId
}
