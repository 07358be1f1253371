// Plumbing shared by every Epic search: parameters (GET query or POST _search form), the
// patient-compartment check, `_summary=count`, `_count` and sessionID continuation.
import type { FhirResource } from 'fhir/r4'
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

/** Renders the first page (or the count) of a search, adding the patient-facing warning. */
export function finish(ctx: SearchContext, result: Omit<SearchResult, 'owner' | 'resourceType'>): Response {
  const full: SearchResult = {
    ...result,
    resourceType: ctx.resourceType,
    owner: sessionOwner(ctx.grant),
    warnings: [...result.warnings, ...personaWarnings(ctx.grant)],
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
