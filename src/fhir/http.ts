// The only place that calls fetch for FHIR data. It always asks for FHIR JSON (some servers fall back
// to XML otherwise), adds the bearer token only for the FHIR base's own origin, times out every
// attempt, retries GETs that were told to come back later, and turns every failure into a FhirError.
import type { SmartSession } from '../launch/smart-session.ts'
import { isBundle, splitSearchBundle, type SearchSet } from './bundle.ts'
import { errorFromResponse, FhirError, malformed } from './errors.ts'
import { toSearchParams, type ResourceOf, type ResourceType, type SearchParams } from './resource-types.ts'
import { DEFAULT_RETRY, isRetryableStatus, retryDelay, sleep, type RetryPolicy } from './retry.ts'

export const FHIR_JSON = 'application/fhir+json'
export const DEFAULT_TIMEOUT_MS = 30_000

/** What the FHIR layer needs of a session; a full SmartSession fits. */
export type FhirSession = Pick<SmartSession, 'fhirBase' | 'accessToken'> & Partial<Pick<SmartSession, 'renewAfterUnauthorized'>>

export interface RequestOptions {
  /** Cancels the request (and any retry wait); the abort reason is rethrown as is. */
  signal?: AbortSignal
  /** Per attempt, headers and body included. */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
}

export interface RawRequest {
  method?: 'GET' | 'POST'
  body?: string
  contentType?: string
}

const withoutQuery = (url: string) => url.split('?')[0]

/** True when `url` is on the same origin as the FHIR base, the only place the token may go. */
export function sameOrigin(url: string, fhirBase: string): boolean {
  try {
    return new URL(url).origin === new URL(fhirBase).origin
  } catch {
    return false
  }
}

async function attempt(url: string, init: RequestInit, timeoutMs: number, signal?: AbortSignal) {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  if (signal?.aborted) onAbort()
  try {
    const res = await fetch(url, { ...init, signal: controller.signal })
    // The body is read under the same timer: a server can stall after the headers.
    const body = await res.text()
    return { res, body }
  } catch (e) {
    if (timedOut) throw new FhirError({ status: 0, kind: 'timeout', message: `No answer within ${timeoutMs / 1000} s`, url: withoutQuery(url) })
    if (signal?.aborted) throw signal.reason
    throw new FhirError({ status: 0, kind: 'network', message: e instanceof Error ? e.message : String(e), url: withoutQuery(url) })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

function parseJson(status: number, headers: Headers, body: string, url: string): unknown {
  const text = body.trim()
  if (!text) throw malformed(status, 'The server answered with an empty body', url)
  if (text.startsWith('<')) {
    const type = headers.get('content-type') ?? 'markup'
    throw malformed(status, `The server answered ${type.split(';')[0]} instead of FHIR JSON`, url, 'wrong-format')
  }
  try {
    return JSON.parse(text)
  } catch {
    throw malformed(status, 'The server answered JSON that is cut off or invalid', url)
  }
}

/** One request to an absolute URL on the FHIR server; resolves with the parsed JSON body. */
export async function fhirFetchJson(session: FhirSession, url: string, request: RawRequest = {}, options: RequestOptions = {}): Promise<unknown> {
  const shortUrl = withoutQuery(url)
  if (!sameOrigin(url, session.fhirBase)) {
    // Defence in depth: paging checks links too, but no code path may leak the token off-origin.
    throw new FhirError({ status: 0, kind: 'refused', message: 'Refused to send credentials to another origin', url: shortUrl })
  }
  const method = request.method ?? 'GET'
  const policy = { ...DEFAULT_RETRY, ...options.retry }
  const tries = method === 'GET' ? Math.max(1, policy.tries) : 1
  // A 401 gets one more try with a renewed token, never more: a token the server keeps refusing ends
  // the session (renewAfterUnauthorized does that) instead of looping.
  let renewed = false
  for (let n = 1; ; n++) {
    const headers: Record<string, string> = {
      Accept: FHIR_JSON,
      Authorization: `Bearer ${await session.accessToken()}`,
    }
    if (request.contentType) headers['Content-Type'] = request.contentType
    const init: RequestInit = { method, headers, body: request.body, cache: 'no-store', credentials: 'omit' }
    const { res, body } = await attempt(url, init, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal)
    if (res.ok) return parseJson(res.status, res.headers, body, shortUrl)
    // Every 401 is reported: the first may refresh and retry once, a second one ends the session.
    if (res.status === 401 && session.renewAfterUnauthorized && (await session.renewAfterUnauthorized(renewed)) && !renewed) {
      renewed = true
      n--
      continue
    }
    const wait = n < tries && isRetryableStatus(res.status) ? retryDelay(res.headers.get('retry-after'), n, policy) : undefined
    if (wait === undefined) throw errorFromResponse(res.status, res.statusText, res.headers, body, shortUrl)
    await sleep(wait, options.signal)
  }
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`
}

/** `GET [base]/{type}/{id}`, typed by `type`. */
export async function fhirRead<K extends ResourceType>(
  session: FhirSession,
  type: K,
  id: string,
  options?: RequestOptions,
): Promise<ResourceOf<K>> {
  const url = joinUrl(session.fhirBase, `${type}/${encodeURIComponent(id)}`)
  const body = await fhirFetchJson(session, url, {}, options)
  if (typeof body !== 'object' || body === null || (body as { resourceType?: unknown }).resourceType !== type) {
    throw malformed(200, `Expected a ${type}`, withoutQuery(url))
  }
  return body as ResourceOf<K>
}

export function searchUrl(session: FhirSession, type: ResourceType, params: SearchParams): string {
  const query = toSearchParams(params).toString()
  return joinUrl(session.fhirBase, type) + (query ? `?${query}` : '')
}

/** One page of a search at an absolute URL (a first page or a server-given `next` link), cleaned. */
export async function fhirSearchUrl<K extends ResourceType>(
  session: FhirSession,
  type: K,
  url: string,
  options?: RequestOptions,
): Promise<SearchSet<ResourceOf<K>>> {
  const body = await fhirFetchJson(session, url, {}, options)
  if (!isBundle(body)) throw malformed(200, 'Expected a search Bundle', withoutQuery(url))
  return splitSearchBundle(body, type)
}

/** `GET [base]/{type}?params`: the first page only; see paging.ts for the rest. */
export function fhirSearch<K extends ResourceType>(
  session: FhirSession,
  type: K,
  params: SearchParams,
  options?: RequestOptions,
): Promise<SearchSet<ResourceOf<K>>> {
  return fhirSearchUrl(session, type, searchUrl(session, type, params), options)
}
