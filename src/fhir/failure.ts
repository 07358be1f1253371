// What went wrong with a request, in the few kinds a person can act on. Every screen that shows a
// failure says it through one of these (see components/ui/failure-notice.tsx), so each fault has one
// defined sentence in every language, plus a technical line for support.
import { isFhirError } from './errors.ts'

export type Fault =
  | 'session-ended'
  | 'forbidden'
  | 'not-found'
  | 'not-acceptable'
  | 'busy'
  | 'server-error'
  | 'unavailable'
  | 'timeout'
  | 'offline'
  | 'network'
  | 'damaged'
  | 'wrong-format'
  | 'not-supported'
  | 'bad-request'
  | 'refused'
  | 'unknown'

/** The state the screen shows for a failed request, with the technical facts support needs. */
export interface FailureInfo {
  fault: Fault
  /** 0 when no HTTP answer came. */
  status: number
  /** The server's own words (diagnostics, challenge, page title), when it sent any. */
  diagnostic?: string
  correlationId?: string
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false

function faultOfStatus(status: number, hasOutcome: boolean): Fault {
  if (status === 401) return 'session-ended'
  if (status === 403) return 'forbidden'
  if (status === 404 || status === 410) return 'not-found'
  if (status === 406 || status === 415) return 'not-acceptable'
  if (status === 429) return 'busy'
  if (status === 503 || status === 502 || status === 504) return 'unavailable'
  if (status >= 500) return 'server-error'
  if (status === 408) return 'timeout'
  return status === 400 && hasOutcome ? 'not-supported' : 'bad-request'
}

/** Generic texts the HTTP layer writes when the server said nothing itself; not worth repeating. */
const OWN_TEXT = /^(HTTP \d{3}\b|No answer within|Refused to send|Failed to fetch|NetworkError|Load failed)/

export function failureOf(e: unknown): FailureInfo {
  if (!isFhirError(e)) return { fault: isOffline() ? 'offline' : 'unknown', status: 0, ...(e instanceof Error && e.message && { diagnostic: e.message }) }
  const diagnostic = e.message && !OWN_TEXT.test(e.message) ? e.message : undefined
  const base = { status: e.status, ...(diagnostic && { diagnostic }), ...(e.correlationId && { correlationId: e.correlationId }) }
  switch (e.kind) {
    case 'timeout':
      return { fault: 'timeout', ...base }
    case 'network':
      return { fault: isOffline() ? 'offline' : 'network', ...base }
    case 'malformed':
      return { fault: 'damaged', ...base }
    case 'wrong-format':
      return { fault: 'wrong-format', ...base }
    case 'refused':
      return { fault: 'refused', ...base }
    default:
      return { fault: faultOfStatus(e.status, e.outcome !== undefined), ...base }
  }
}

/** Faults that trying again soon may fix; the others need someone to change something. */
export const TRANSIENT: ReadonlySet<Fault> = new Set(['busy', 'server-error', 'unavailable', 'timeout', 'offline', 'network', 'damaged', 'unknown'])
