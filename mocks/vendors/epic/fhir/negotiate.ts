// Epic's content negotiation: JSON only when the Accept header (or _format) names a JSON type;
// missing, */* or anything else gets XML. Every FHIR answer goes through `respond`.
import { toFhirXml } from './xml.ts'

export type Format = 'fhir+json' | 'json' | 'json+fhir' | 'xml'

const CONTENT_TYPES: Record<Format, string> = {
  'fhir+json': 'application/fhir+json',
  json: 'application/json',
  'json+fhir': 'application/json+fhir; charset=utf-8',
  xml: 'application/fhir+xml',
}

function fromMime(mime: string): Format | undefined {
  const m = mime.split(';')[0]?.trim().toLowerCase()
  if (m === 'application/fhir+json') return 'fhir+json'
  if (m === 'application/json+fhir') return 'json+fhir'
  if (m === 'application/json' || m === 'json') return 'json'
  if (m === 'application/fhir+xml' || m === 'application/xml' || m === 'xml') return 'xml'
  return undefined
}

export function negotiate(req: Request): Format {
  const format = new URL(req.url).searchParams.get('_format')
  if (format) return fromMime(format) ?? 'xml'
  const accept = req.headers.get('accept') ?? ''
  // First listed type wins; quality values are ignored, as the recordings suggest.
  for (const part of accept.split(',')) {
    const f = fromMime(part)
    if (f) return f
  }
  return 'xml'
}

export const NO_CACHE = 'no-cache,no-store'

/** A FHIR body in the negotiated format, with Epic's cache headers. */
export function respond(req: Request, status: number, body: object, headers: Record<string, string> = {}): Response {
  const format = negotiate(req)
  const h = new Headers(headers)
  h.set('content-type', CONTENT_TYPES[format])
  h.set('cache-control', NO_CACHE)
  const text = format === 'xml' ? toFhirXml(body) : JSON.stringify(body)
  return new Response(text, { status, headers: h })
}
