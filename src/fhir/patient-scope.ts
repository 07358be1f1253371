// A patient-compartment search should only return the launch patient's data. If a server (or a
// proxy in between) slips in another patient's resource, showing it would be a privacy incident, so
// such resources are dropped and counted.
import type { FhirResource, Reference } from 'fhir/r4'

const PATIENT_REF = /(?:^|\/)Patient\/([^/]+)(?:\/_history\/[^/]+)?$/

function patientReference(resource: FhirResource): Reference | undefined {
  const r = resource as { subject?: Reference; patient?: Reference }
  return r.subject ?? r.patient
}

/** True unless the resource names a different Patient as its subject/patient. */
export function belongsToPatient(resource: FhirResource, patientId: string): boolean {
  if (resource.resourceType === 'Patient') return resource.id === patientId
  const ref = patientReference(resource)?.reference
  if (typeof ref !== 'string') return true
  const id = PATIENT_REF.exec(ref.trim())?.[1]
  return id === undefined || id === patientId || safeDecode(id) === patientId
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export function keepPatient<T extends FhirResource>(resources: T[], patientId: string): { kept: T[]; dropped: number } {
  const kept = resources.filter((r) => belongsToPatient(r, patientId))
  return { kept, dropped: resources.length - kept.length }
}
