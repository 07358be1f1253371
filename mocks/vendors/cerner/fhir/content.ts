// Cerner R4 speaks JSON only: no XML fallback, and a non-JSON Accept is refused with an empty 406.
import { json } from '../../../core/http.ts'

export const FHIR_JSON = 'application/fhir+json'

export function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return json(body, { status, headers }, FHIR_JSON)
}

/** True when the request may get JSON: no Accept, a wildcard, or any JSON media type. */
export function acceptsJson(req: Request): boolean {
  const accept = req.headers.get('accept')
  if (!accept || !accept.trim()) return true
  return accept
    .split(',')
    .map((part) => part.split(';')[0].trim().toLowerCase())
    .some((type) => type === '*/*' || type === 'application/*' || type.includes('json'))
}

/** 406 with `Content-Length: 0`, as Millennium answers `Accept: application/fhir+xml`. */
export function notAcceptable(): Response {
  return new Response(null, { status: 406 })
}
