// Every Cerner error is a JSON OperationOutcome; these mirror the recorded ones (400 invalid,
// 401 login, 403 insufficient scope / tenant, 404 "Not Found" for bad ids *and* unknown types).
import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r4'
import { fhirJson } from './content.ts'
import { personaForUrl, realmFor } from './urls.ts'

function outcome(status: number, issue: OperationOutcomeIssue, headers: Record<string, string> = {}): Response {
  const body: OperationOutcome = { resourceType: 'OperationOutcome', issue: [issue] }
  return fhirJson(body, status, headers)
}

/** 400: a search without its required parameter, or with one Millennium cannot parse. */
export function invalidSearch(text: string): Response {
  return outcome(400, { severity: 'error', code: 'invalid', details: { text } })
}

export function requiredOneOf(params: string[]): Response {
  return invalidSearch(`at least one of ${params.join(', ')}, or -pageContext must be provided`)
}

export function notFound(): Response {
  return outcome(404, { severity: 'error', code: 'not-found', details: { text: 'Not Found' } })
}

/** 401 with the realm of the FHIR host; RFC 6750 omits `error` when no token was sent at all. */
export function unauthorized(req: Request): Response {
  const realm = realmFor(personaForUrl(req.url))
  const sent = /^Bearer\s+\S+/i.test(req.headers.get('authorization') ?? '')
  const challenge = sent ? `Bearer realm="${realm}", error="invalid_token"` : `Bearer realm="${realm}"`
  return outcome(
    401,
    { severity: 'error', code: 'login', diagnostics: challenge, location: ['http.Authorization'] },
    { 'www-authenticate': challenge },
  )
}

/** 403 when the token's scopes do not cover the resource type. */
export function insufficientScope(req: Request, resourceType: string): Response {
  const realm = realmFor(personaForUrl(req.url))
  const challenge = `Bearer realm="${realm}", error="insufficient_scope"`
  return outcome(
    403,
    {
      severity: 'error',
      code: 'forbidden',
      details: { text: `insufficient_scope: no_scope_for_resource_path (${resourceType})` },
      diagnostics: challenge,
    },
    { 'www-authenticate': challenge },
  )
}

/** 403 when a patient-persona token reaches for someone else's chart. */
export function forbiddenPatient(): Response {
  return outcome(403, { severity: 'error', code: 'forbidden', details: { text: 'Forbidden' } })
}

export function unknownTenant(): Response {
  return outcome(403, { severity: 'error', code: 'forbidden', details: { text: 'Tenant not valid or accessible' } })
}

/** 403 from the patient portal's per-resource allowlist, which applies whatever scope was granted. */
export function forbiddenResource(): Response {
  return outcome(403, { severity: 'error', code: 'forbidden', details: { text: 'Forbidden resource' } })
}
