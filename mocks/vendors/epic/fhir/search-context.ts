// Plumbing shared by every Epic search: parameters (GET query or POST _search form), the
// patient-compartment check, `_summary=count`, `_count` and sessionID continuation.
import type { FhirResource, OperationOutcomeIssue } from 'fhir/r4'
import type { FhirRequest } from '../../../core/fhir-gate.ts'
import { formBody } from '../../../core/http.ts'
import { mayAccessPatient, personaWarnings, sessionOwner } from './access.ts'
import { continueSession, countBundle, DEFAULT_PAGE_SIZE, searchPage, selfUrl, type SearchResult } from './bundle.ts'
import { badRequest, invalidParam, userNotAllowed } from './errors.ts'
import { respond } from './negotiate.ts'
import { issues } from './outcomes.ts'
import { patientParam } from './params.ts'
import { recordFor, type EpicRecord } from './records.ts'

export interface SearchContext extends FhirRequest {
  params: URLSearchParams
}

export async function searchContext(r: FhirRequest): Promise<SearchContext> {
  const params = new URLSearchParams(r.url.search)
  if (r.req.method === 'POST') for (const [k, v] of await formBody(r.req)) params.append(k, v)
  return { ...r, params }
}

/** The patient a compartment search targets, or the error Epic answers instead. */
export function compartment(ctx: SearchContext): { record?: EpicRecord } | Response {
  const id = patientParam(ctx.params)
  if (id === undefined) return badRequest(ctx.req, issues.required('Must have patient or subject.', 'patient'))
  if (!mayAccessPatient(ctx.grant, id)) return userNotAllowed(ctx.req)
  return { record: recordFor(id) }
}

const COMMON_PARAMS = ['_count', '_id', '_include', '_revinclude', '_summary', '_format', '_lastUpdated', 'sessionID', 'patient', 'subject', 'subject:Patient']
const PARAMS: Record<string, string[]> = {
  Observation: ['category', 'code', 'date', 'status', 'issued', 'based-on', 'encounter'],
  MedicationRequest: ['status', 'intent', 'category', 'date', 'authoredon', 'encounter'],
  AllergyIntolerance: ['clinical-status'],
  Patient: ['family', 'given', 'identifier', 'birthdate', 'name', 'gender', 'address', 'address-city', 'address-postalcode', 'address-state', 'telecom', 'phone', 'email', 'own-name', 'own-prefix', 'partner-name', 'partner-prefix', 'legal-sex'],
  Medication: [],
}

/** 59100 "Unknown parameter: X. Parameter has been ignored." for every parameter Epic does not know. */
export function unknownParameters(ctx: SearchContext): OperationOutcomeIssue[] {
  const known = new Set([...COMMON_PARAMS, ...(PARAMS[ctx.resourceType] ?? [])])
  const names = [...new Set([...ctx.params.keys()])].filter((k) => !known.has(k) && !known.has(k.split(':')[0] ?? k))
  return names.map((n) => issues.unknownParameter(n))
}

/**
 * The sub-type Epic names in the "suppressed" warning it puts on every search (§8.3): 59204 on the
 * clinical lists; searches without clinical sub-types get the 59205 variant naming SmartData Elements.
 */
const ALWAYS_SUPPRESSED: Record<string, { code: '59204' | '59205'; subType: string }> = {
  Observation: { code: '59204', subType: 'Outside Record Results' },
  AllergyIntolerance: { code: '59204', subType: 'Outside Record' },
  MedicationRequest: { code: '59204', subType: 'Outside Record' },
}
const OTHER_SUPPRESSED = { code: '59205', subType: 'SmartData Elements' } as const

/**
 * Renders the first page (or the count) of a search, adding the patient-facing warning, the 59204/59205
 * "suppressed" warning Epic puts on every search, empty or not, and 59100 for unknown parameters.
 */
export function finish(ctx: SearchContext, result: Omit<SearchResult, 'owner' | 'resourceType'>): Response {
  const { code, subType } = ALWAYS_SUPPRESSED[ctx.resourceType] ?? OTHER_SUPPRESSED
  const suppressed = result.warnings.some((w) => w.diagnostics?.includes(`${ctx.resourceType} - ${subType}.`))
    ? []
    : [issues.suppressed(ctx.resourceType, subType, code)]
  const full: SearchResult = {
    ...result,
    resourceType: ctx.resourceType,
    owner: sessionOwner(ctx.grant),
    warnings: [...result.warnings, ...suppressed, ...unknownParameters(ctx), ...personaWarnings(ctx.grant)],
  }
  const self = selfUrl(ctx.baseUrl, ctx.resourceType, ctx.params)
  if (ctx.params.get('_summary') === 'count') return respond(ctx.req, 200, countBundle(self, full.matches.length))
  const count = Number(ctx.params.get('_count'))
  const pageSize = Number.isInteger(count) && count > 0 ? count : DEFAULT_PAGE_SIZE
  return respond(ctx.req, 200, searchPage(ctx.state, ctx.baseUrl, self, full, pageSize))
}

/** `?sessionID=`: the next page of an earlier search, or 400 when the session is unknown. */
export function nextPage(ctx: SearchContext, sessionID: string): Response {
  const bundle = continueSession(ctx.state, ctx.baseUrl, ctx.resourceType, sessionID, sessionOwner(ctx.grant))
  if (!bundle) return invalidParam(ctx.req, 'sessionID', `Invalid session ID: ${sessionID}`)
  return respond(ctx.req, 200, bundle)
}

export const byId = <T extends FhirResource>(resources: T[], ids: string[]): T[] =>
  ids.length ? resources.filter((r) => r.id !== undefined && ids.includes(r.id)) : resources
