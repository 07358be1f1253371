// When and how long to wait before trying a GET again. Only 429 and 503 are retried: they are the
// answers that say "later"; other failures would just fail again and double the load.

export interface RetryPolicy {
  /** Total attempts, the first included. */
  tries: number
  /** Longest single wait; a Retry-After beyond it means "not within this screen's life", so give up. */
  maxWaitMs: number
  /** First backoff step when the server gives no Retry-After. */
  baseMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { tries: 3, maxWaitMs: 10_000, baseMs: 500 }

export const isRetryableStatus = (status: number) => status === 429 || status === 503

/**
 * The three HTTP-date forms (RFC 9110 §5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94
 * 08:49:37 GMT" and "Sun Nov  6 08:49:37 1994". Anything else goes nowhere near Date.parse, which reads
 * "in 5" or "5.5" as days in 2001: a retry at once, against a server that asked us to slow down.
 */
const HTTP_DATE = /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  if (!HTTP_DATE.test(v)) return undefined
  const at = Date.parse(v.endsWith('GMT') ? v : `${v} GMT`)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/**
 * The wait before attempt `attempt + 1`, or undefined when the server asks for more than the policy
 * allows. Jitter keeps many tabs (or the parallel queries of one screen) from retrying in lockstep.
 */
export function retryDelay(retryAfter: string | null, attempt: number, policy: RetryPolicy, random = Math.random): number | undefined {
  const asked = parseRetryAfter(retryAfter)
  if (asked !== undefined) {
    if (asked > policy.maxWaitMs) return undefined
    // Never earlier than asked; a little later spreads the retries out.
    return Math.min(policy.maxWaitMs, asked + random() * Math.min(1000, asked * 0.1 + 100))
  }
  const step = policy.baseMs * 2 ** (attempt - 1)
  return Math.min(policy.maxWaitMs, step / 2 + random() * (step / 2))
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
