// Epic's FHIR R4 server: routes reads and searches to the Epic-shaped handlers and answers
// token, scope and routing failures the way fhir.epic.com does.
import type { FhirPersonality, FhirRequest } from '../../../core/fhir-gate.ts'
import { capabilityStatement } from './capability.ts'
import { forbidden, unauthorized, unknownType } from './errors.ts'
import { respond } from './negotiate.ts'
import { outcome } from './outcomes.ts'
import { read } from './read.ts'
import { nextPage, searchContext, type SearchContext } from './search-context.ts'
import { searchObservations } from './search-observation.ts'
import { searchAllergies, searchMedicationRequests, searchMedications, searchPatients } from './search-others.ts'

const SEARCHES: Record<string, (ctx: SearchContext) => Response> = {
  Patient: searchPatients,
  Observation: searchObservations,
  MedicationRequest: searchMedicationRequests,
  AllergyIntolerance: searchAllergies,
  Medication: searchMedications,
}

async function handle(r: FhirRequest): Promise<Response> {
  // Operations and sub-paths are not routed on the sandbox, which answers with the IIS page.
  if (r.path.length > 2) return unknownType()
  const postSearch = r.req.method === 'POST' && r.id === '_search'
  if (r.req.method !== 'GET' && r.req.method !== 'HEAD' && !postSearch) {
    const diagnostics = `${r.req.method} is not supported.`
    return respond(r.req, 405, outcome({ severity: 'fatal', code: 'not-supported', diagnostics }))
  }
  if (r.id !== undefined && !postSearch) return read(r, r.id)
  const search = SEARCHES[r.resourceType]
  if (!search) return unknownType()
  const ctx = await searchContext(r)
  const sessionID = ctx.params.get('sessionID')
  return sessionID ? nextPage(ctx, sessionID) : search(ctx)
}

export const epicFhir: FhirPersonality = {
  supportedTypes: new Set(Object.keys(SEARCHES)),
  metadata: (baseUrl, req) => respond(req, 200, capabilityStatement(baseUrl)),
  unauthorized: () => unauthorized(),
  forbidden: () => forbidden(),
  unknownType: () => unknownType(),
  handle,
}
