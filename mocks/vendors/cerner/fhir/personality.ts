// The Cerner (Oracle Health Millennium) R4 server: JSON-only, OperationOutcome errors, numeric ids,
// `-pageContext` paging and patient-persona masking. Both bases (patient and provider) serve the same
// data; the token's grant says which persona is asking.
import type { FhirPersonality, FhirRequest } from '../../../core/fhir-gate.ts'
import { mayAccess } from './access.ts'
import { readSearchQuery } from './bundle.ts'
import { capabilityStatement } from './capability.ts'
import { acceptsJson, fhirJson, notAcceptable } from './content.ts'
import { forbiddenPatient, forbiddenResource, insufficientScope, invalidSearch, notFound, unauthorized, unknownTenant } from './errors.ts'
import { renderMedicationRequest } from './medication-request.ts'
import { allergyById, medicationById, observationById, patientById } from './lookup.ts'
import { renderPatient } from './patient.ts'
import { personaForUrl } from './urls.ts'
import { searchAllergies, searchMedicationRequests, searchObservations, searchPatients } from './searches.ts'

/** Millennium types the patient portal does not let apps reach, even with a granted scope. */
const PORTAL_BLOCKED = new Set(['Account', 'ChargeItem', 'Communication', 'Schedule', 'Slot'])

const SEARCHES = {
  Patient: searchPatients,
  Observation: searchObservations,
  MedicationRequest: searchMedicationRequests,
  AllergyIntolerance: searchAllergies,
} as const

type RoutedType = keyof typeof SEARCHES

/** A read: the resource, 404 when unknown, 403 when a patient token reaches into another chart. */
function read(r: FhirRequest, type: RoutedType, id: string): Response {
  const found = lookup(r, type, id)
  if (!found) return notFound()
  if (!mayAccess(r.grant, found.patientId)) return forbiddenPatient()
  return fhirJson(found.render())
}

function lookup(r: FhirRequest, type: RoutedType, id: string): { patientId: string; render: () => unknown } | undefined {
  switch (type) {
    case 'Patient': {
      const p = patientById(id)
      return p && { patientId: p.ids.cerner, render: () => renderPatient(p) }
    }
    case 'Observation': {
      const row = observationById(id)
      const masked = r.grant.persona === 'patient' && row?.enteredInError === true
      return row && { patientId: row.patient.ids.cerner, render: () => row.render(masked) }
    }
    case 'MedicationRequest': {
      const row = medicationById(id)
      return row && { patientId: row.patient.ids.cerner, render: () => renderMedicationRequest(row.fact, row.patient) }
    }
    case 'AllergyIntolerance': {
      const row = allergyById(id)
      return row && { patientId: row.patient.ids.cerner, render: () => row.resource }
    }
  }
}

function handle(r: FhirRequest): Response {
  if (!acceptsJson(r.req)) return notAcceptable()
  if (r.req.method !== 'GET' && r.req.method !== 'HEAD') {
    const issue = { severity: 'error', code: 'not-supported', details: { text: 'Method Not Allowed' } }
    return fhirJson({ resourceType: 'OperationOutcome', issue: [issue] }, 405)
  }
  const type = r.resourceType as RoutedType
  if (r.path.length > 2) return notFound()
  if (r.id !== undefined) return read(r, type, r.id)
  const query = readSearchQuery(r.url)
  if (!query) return invalidSearch('-pageContext is invalid or expired')
  return SEARCHES[type](r, query)
}

export const cernerFhir: FhirPersonality & { unknownTenant(req: Request): Response } = {
  supportedTypes: new Set(Object.keys(SEARCHES)),
  metadata: (baseUrl, req) => (acceptsJson(req) ? fhirJson(capabilityStatement(baseUrl)) : notAcceptable()),
  unauthorized,
  forbidden: insufficientScope,
  unknownType: (req, type) => (personaForUrl(req.url) === 'patient' && PORTAL_BLOCKED.has(type) ? forbiddenResource() : notFound()),
  handle,
  unknownTenant: () => unknownTenant(),
}
