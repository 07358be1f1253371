// Reads (`GET {type}/{id}`): 59008 OperationOutcome for unknown ids, 4118 when a patient-facing
// token reaches into another patient's record, and Epic's numeric `E-Tag` header.
import { createHash } from 'node:crypto'
import type { FhirRequest } from '../../../core/fhir-gate.ts'
import { mayAccessPatient } from './access.ts'
import { notFound, userNotAllowed } from './errors.ts'
import { respond } from './negotiate.ts'
import { locate } from './records.ts'

/** Epic sends a non-standard `E-Tag` of digits that changes with the content. */
function eTag(body: object): string {
  return String(createHash('sha256').update(JSON.stringify(body)).digest().readUInt32BE(0))
}

export function read(r: FhirRequest, id: string): Response {
  const found = locate(r.resourceType, id)
  if (!found) return notFound(r.req)
  // Medications are shared drug records, not part of any patient's compartment.
  if (r.resourceType !== 'Medication' && !mayAccessPatient(r.grant, found.record.patient.ids.epic)) {
    return userNotAllowed(r.req)
  }
  return respond(r.req, 200, found.resource, { 'e-tag': eTag(found.resource) })
}
