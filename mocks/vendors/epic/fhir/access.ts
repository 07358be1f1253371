// Who may see what: patient-persona tokens are pinned to their own record (4118 otherwise), and
// v2 granular scopes (`?category=`) silently drop sub-types with a 59204 warning, as Epic does.
import type { CodeableConcept, FhirResource, OperationOutcomeIssue } from 'fhir/r4'
import type { Grant } from '../../../core/grants.ts'
import { searchFilters } from '../../../core/scopes.ts'
import { issues } from './outcomes.ts'
import { listParam, matchesToken, tokenCode } from './params.ts'

/** Patient-persona tokens may only touch their own patient; provider tokens any patient. */
export function mayAccessPatient(grant: Grant, patientId: string): boolean {
  return grant.persona !== 'patient' || grant.patientId === patientId
}

/** Owner key of paging sessions. */
export const sessionOwner = (grant: Grant) => `${grant.aud} ${grant.clientId} ${grant.persona} ${grant.patientId ?? ''}`

function categories(r: FhirResource): CodeableConcept[] {
  return 'category' in r && Array.isArray(r.category) ? (r.category as CodeableConcept[]) : []
}

/** Epic names suppressed sub-types by their display, e.g. "Observation - Vital Signs". */
function label(r: FhirResource): string {
  const c = categories(r)[0]
  return c?.text ?? c?.coding?.[0]?.display ?? c?.coding?.[0]?.code ?? 'Other'
}

const tokens = (value: string) => listParam(new URLSearchParams({ v: value }), 'v')

function allowedBy(r: FhirResource, filter: Record<string, string>): boolean {
  return Object.entries(filter).every(([param, value]) => {
    if (param === 'category') return tokens(value).some((t) => matchesToken(categories(r), t))
    if (param === 'code' && 'code' in r) return tokens(value).some((t) => matchesToken([r.code as CodeableConcept], t))
    // Restrictions on parameters we do not model do not hide anything.
    return true
  })
}

export interface Granular {
  kept: FhirResource[]
  warnings: OperationOutcomeIssue[]
}

/** A sub-type the search asked for, with the label Epic would print for it. */
export interface RequestedCategory {
  token: string
  label: string
}

/** Applies the grant's granular search filters for `resourceType`. */
export function applyGranular(
  grant: Grant,
  resourceType: string,
  resources: FhirResource[],
  requested: RequestedCategory[] = [],
): Granular {
  const filters = searchFilters(grant.scope, resourceType)
  if (filters === 'unrestricted') return { kept: resources, warnings: [] }
  const suppressed = new Set<string>()
  const kept = resources.filter((r) => {
    const ok = filters.some((f) => allowedBy(r, f))
    if (!ok) suppressed.add(label(r))
    return ok
  })
  // A requested sub-type outside the grant is reported even when the patient has none of it.
  for (const { token, label: name } of requested) {
    const granted = filters.some(
      (f) => f.category === undefined || tokens(f.category).some((t) => tokenCode(t) === tokenCode(token)),
    )
    if (!granted) suppressed.add(name)
  }
  return { kept, warnings: [...suppressed].map((s) => issues.suppressed(resourceType, s)) }
}

/** 4119 on every patient-facing search. */
export function personaWarnings(grant: Grant): OperationOutcomeIssue[] {
  return grant.persona === 'patient' ? [issues.partialRecord()] : []
}
