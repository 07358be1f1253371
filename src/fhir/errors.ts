// The one error the FHIR layer throws. Servers answer failures in many shapes (a JSON
// OperationOutcome, an empty body with only WWW-Authenticate, a web server's HTML page, XML, a cut-off
// body); callers should never need to know which, so every shape is folded into status + kind + text.
import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r4'

export type FhirErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'not-acceptable'
  | 'server'
  | 'timeout'
  | 'network'
  | 'malformed'
  /** A 2xx answer in another format (XML, an HTML page) than the FHIR JSON asked for. */
  | 'wrong-format'
  /** The app itself refused the request (a link to another origin): nothing was sent. */
  | 'refused'

export interface FhirErrorInit {
  status: number
  kind: FhirErrorKind
  message: string
  outcome?: OperationOutcome
  url?: string
  /** The server's request or correlation id, when it sends one (for support). */
  correlationId?: string
}

export class FhirError extends Error {
  readonly status: number
  readonly kind: FhirErrorKind
  readonly outcome?: OperationOutcome
  /** The request URL without its query, which may carry identifiers. */
  readonly url?: string
  readonly correlationId?: string

  constructor(init: FhirErrorInit) {
    super(init.message)
    this.name = 'FhirError'
    this.status = init.status
    this.kind = init.kind
    this.outcome = init.outcome
    this.url = init.url
    this.correlationId = init.correlationId
  }
}

export function isFhirError(e: unknown): e is FhirError {
  return e instanceof FhirError
}

/** A cancellation (the caller's signal), which is not a failure and must reach the query layer as is. */
export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError'
}

export function kindForStatus(status: number): FhirErrorKind {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404 || status === 410) return 'not-found'
  if (status === 406 || status === 415) return 'not-acceptable'
  if (status === 408) return 'timeout'
  // 429 only reaches callers after the retries ran out: a server-side condition, not the request's fault.
  if (status === 429 || status >= 500) return 'server'
  return 'bad-request'
}

/** The human-readable text of an OperationOutcome's issues, most severe first. */
export function outcomeText(outcome: OperationOutcome): string | undefined {
  const rank = { fatal: 0, error: 1, warning: 2, information: 3 } as const
  const issues = [...(outcome.issue ?? [])].sort((a, b) => (rank[a.severity] ?? 4) - (rank[b.severity] ?? 4))
  const texts = issues.map((i) => i.diagnostics?.trim() || i.details?.text?.trim() || i.details?.coding?.[0]?.display)
  const unique = [...new Set(texts.filter((t): t is string => Boolean(t)))]
  return unique.length ? unique.join('; ') : undefined
}

export function isOperationOutcome(v: unknown): v is OperationOutcome {
  return typeof v === 'object' && v !== null && (v as { resourceType?: unknown }).resourceType === 'OperationOutcome'
}

/** `error_description` (else `error`) from a Bearer challenge, per RFC 6750 §3. */
export function challengeText(header: string | null): string | undefined {
  if (!header) return undefined
  const param = (name: string) => new RegExp(`${name}="([^"]*)"`, 'i').exec(header)?.[1]
  return param('error_description') || param('error') || undefined
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

const attr = (xml: string, element: string) => {
  const v = new RegExp(`<${element}\\s+value="([^"]*)"`, 'i').exec(xml)?.[1]
  return v === undefined ? undefined : decodeEntities(v)
}

/** The issues of an XML OperationOutcome (what some servers send when they fall back to XML). */
export function outcomeFromXml(body: string): OperationOutcome | undefined {
  if (!/<OperationOutcome[\s>]/.test(body)) return undefined
  const blocks = body.match(/<issue>[\s\S]*?<\/issue>/g) ?? []
  const issue = blocks.map((b): OperationOutcomeIssue => {
    const details = /<details>([\s\S]*?)<\/details>/.exec(b)?.[1] ?? ''
    const text = attr(details, 'text')
    return {
      severity: (attr(b, 'severity') ?? 'error') as OperationOutcomeIssue['severity'],
      code: (attr(b, 'code') ?? 'unknown') as OperationOutcomeIssue['code'],
      ...(attr(b, 'diagnostics') ? { diagnostics: attr(b, 'diagnostics') } : {}),
      ...(text ? { details: { text } } : {}),
    }
  })
  return issue.length ? { resourceType: 'OperationOutcome', issue } : undefined
}

/** Text an HTML page offers: its title, else its first heading. */
function pageText(body: string): string | undefined {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim()
  if (title) return decodeEntities(title)
  const h1 = /<h[12][^>]*>([^<]*)<\/h[12]>/i.exec(body)?.[1]?.trim()
  return h1 ? decodeEntities(h1) : undefined
}

const describe = (status: number, statusText: string) => `HTTP ${status}${statusText ? ' ' + statusText : ''}`

/** Headers servers and gateways use for a request id that support staff can look up. */
const CORRELATION_HEADERS = ['x-correlation-id', 'x-request-id', 'correlation-id', 'request-id', 'opc-request-id', 'x-amzn-requestid']

export function correlationIdOf(headers: Headers): string | undefined {
  for (const h of CORRELATION_HEADERS) {
    const v = headers.get(h)?.trim()
    // Only short, plain ids are shown: a header is server-controlled input.
    if (v && /^[\w.:@/+=-]{1,128}$/.test(v)) return v
  }
  return undefined
}

/** Builds the error for a non-2xx response whose body has already been read as text. */
export function errorFromResponse(status: number, statusText: string, headers: Headers, body: string, url?: string): FhirError {
  const kind = kindForStatus(status)
  // Epic answers a bad token with the two characters `""`: a blank JSON string or `{}` says nothing.
  const trimmed = /^("\s*"|\{\s*\}|null)$/.test(body.trim()) ? '' : body.trim()
  const fallback = challengeText(headers.get('www-authenticate')) ?? describe(status, statusText)
  const correlationId = correlationIdOf(headers)
  const make = (message: string, outcome?: OperationOutcome) =>
    new FhirError({ status, kind, message, url, ...(outcome && { outcome }), ...(correlationId && { correlationId }) })
  // Epic's 401 body is the two characters `""`: no message there.
  if (!trimmed || trimmed === '""') return make(fallback)
  if (trimmed.startsWith('{')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch {
      return make(`${fallback} (unreadable error body)`)
    }
    if (isOperationOutcome(parsed)) return make(outcomeText(parsed) ?? fallback, parsed)
    return make(fallback)
  }
  if (trimmed.startsWith('<')) {
    const outcome = outcomeFromXml(trimmed)
    if (outcome) return make(outcomeText(outcome) ?? fallback, outcome)
    return make(pageText(trimmed) ?? fallback)
  }
  return make(trimmed.length <= 200 ? trimmed : fallback)
}

/** A 2xx answer that is not the JSON we asked for: cut off, XML, or the wrong resource. */
export function malformed(status: number, message: string, url?: string, kind: 'malformed' | 'wrong-format' = 'malformed'): FhirError {
  return new FhirError({ status, kind, message, url })
}
