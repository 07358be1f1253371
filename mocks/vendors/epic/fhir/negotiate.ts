// Epic's content negotiation: JSON only when the Accept header (or _format) names a JSON type;
// missing, */* or anything else gets XML. Every FHIR answer goes through `respond`.
import { toFhirXml } from './xml.ts'

export type Format = 'fhir+json' | 'json' | 'json+fhir' | 'xml' | 'default-xml'

// Every Epic body says `; charset=utf-8`. XML is `application/fhir+xml` only when asked for; the
// fallback for a missing or unknown Accept is plain `application/xml` without an `<?xml` prolog.
const CONTENT_TYPES: Record<Format, string> = {
  'fhir+json': 'application/fhir+json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  'json+fhir': 'application/json+fhir; charset=utf-8',
  xml: 'application/fhir+xml; charset=utf-8',
  'default-xml': 'application/xml; charset=utf-8',
}

function fromMime(mime: string): Format | undefined {
  const m = mime.split(';')[0]?.trim().toLowerCase()
  if (m === 'application/fhir+json') return 'fhir+json'
  if (m === 'application/json+fhir') return 'json+fhir'
  if (m === 'application/json' || m === 'json') return 'json'
  if (m === 'application/fhir+xml' || m === 'xml') return 'xml'
  if (m === 'application/xml') return 'default-xml'
  return undefined
}

export function negotiate(req: Request): Format {
  const format = new URL(req.url).searchParams.get('_format')
  if (format) return fromMime(format) ?? 'default-xml'
  const accept = req.headers.get('accept') ?? ''
  // First listed type wins; quality values are ignored, as the recordings suggest.
  for (const part of accept.split(',')) {
    const f = fromMime(part)
    if (f) return f
  }
  return 'default-xml'
}

export const NO_CACHE = 'no-cache,no-store'

/** A FHIR body in the negotiated format, with Epic's cache headers. */
export function respond(req: Request, status: number, body: object, headers: Record<string, string> = {}): Response {
  const format = negotiate(req)
  const h = new Headers(headers)
  h.set('content-type', CONTENT_TYPES[format])
  h.set('cache-control', NO_CACHE)
  const text = format === 'xml' ? toFhirXml(body) : format === 'default-xml' ? toFhirXml(body, false) : JSON.stringify(body)
  return new Response(text, { status, headers: h })
}
