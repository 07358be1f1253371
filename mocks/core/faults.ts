// Test-only fault injection, off by default. Set through `PUT /_sandbox/faults` (JSON body).

/** How a forced error answer looks: a JSON OperationOutcome (default), nothing, a web server's HTML page, or XML. */
export type FaultBody = 'outcome' | 'empty' | 'html' | 'xml'

export interface ForcedStatus {
  status: 401 | 403 | 404 | 406 | 429 | 500 | 502 | 503
  /** Only requests whose path contains this string (e.g. "/Observation"); all FHIR requests if absent. */
  match?: string
  /** How many requests to affect; unlimited if absent. */
  times?: number
  retryAfter?: number
  body?: FaultBody
}

/** A fault on the token endpoints (code exchange and refresh), which the FHIR faults never touch. */
export interface TokenFault {
  /** `hang`: never answers (until the client gives up); a status: a gateway's HTML error page. */
  answer: 'hang' | 500 | 502 | 503 | 504
  /** Only token requests with this grant type; both kinds if absent. */
  grant?: 'authorization_code' | 'refresh_token'
  /** How many requests to affect; unlimited if absent. */
  times?: number
}

export interface Faults {
  /** Added to every FHIR response, in milliseconds. */
  latencyMs: number
  statuses: ForcedStatus[]
  /** Requests whose path contains this string never answer (until the client gives up). */
  hang?: string
  /** Responses whose path contains this string get a truncated JSON body. */
  malformedJson?: string
  /** Search bundles get a `next` link on another origin. */
  foreignNext: boolean
  /** Overrides the access-token lifetime (seconds) for tokens issued from now on. */
  tokenTtl?: number
  /** Successful answers on paths containing this string come back as XML instead of JSON. */
  xmlBody?: string
  /** Search bundles get a `next` link pointing back at the page itself. */
  selfNext?: boolean
  token?: TokenFault
}

export function noFaults(): Faults {
  return { latencyMs: 0, statuses: [], foreignNext: false }
}

export const FOREIGN_ORIGIN = 'http://127.0.0.2:4999'

export function parseFaults(body: unknown): Faults {
  if (typeof body !== 'object' || body === null) throw new Error('faults must be a JSON object')
  const b = body as Partial<Faults>
  const f = noFaults()
  if (b.latencyMs !== undefined) f.latencyMs = Number(b.latencyMs)
  if (Array.isArray(b.statuses)) f.statuses = b.statuses.map((s) => ({ ...s }))
  if (typeof b.hang === 'string') f.hang = b.hang
  if (typeof b.malformedJson === 'string') f.malformedJson = b.malformedJson
  if (b.foreignNext !== undefined) f.foreignNext = Boolean(b.foreignNext)
  if (b.tokenTtl !== undefined) f.tokenTtl = Number(b.tokenTtl)
  if (typeof b.xmlBody === 'string') f.xmlBody = b.xmlBody
  if (b.selfNext !== undefined) f.selfNext = Boolean(b.selfNext)
  if (b.token !== undefined) f.token = parseTokenFault(b.token)
  return f
}

function parseTokenFault(t: unknown): TokenFault {
  const { answer, grant, times } = (t ?? {}) as Partial<TokenFault>
  if (!['hang', 500, 502, 503, 504].includes(answer as never)) throw new Error('token.answer must be "hang", 500, 502, 503 or 504')
  if (grant !== undefined && grant !== 'authorization_code' && grant !== 'refresh_token') {
    throw new Error('token.grant must be "authorization_code" or "refresh_token"')
  }
  return { answer: answer as TokenFault['answer'], ...(grant && { grant }), ...(times !== undefined && { times: Number(times) }) }
}
