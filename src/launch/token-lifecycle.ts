// Keeps the access token valid, and ends the session cleanly when it cannot. Refreshing is rate
// limited by construction: a scheduled refresh waits at least half the token's lifetime (never less
// than MIN_GAP_MS), requests never refresh a token that is still valid, and a failed refresh either
// backs off with jitter (a transient failure, while the token still works) or ends the session. A
// token that lives 60 s or less therefore refreshes at most every 30 s, and can never loop. A refresh
// that gets no answer within TOKEN_TIMEOUT_MS is a transient failure like a 5xx: every request waits for
// a refresh under way, so one must not be able to wait forever.
import type Client from 'fhirclient/lib/Client'
import { audit } from './audit.ts'
import { setSessionStatus } from './session-status.ts'
import { TOKEN_TIMEOUT_MS, tokenDeadline } from './token-timeout.ts'

/** Refresh this long before expiry when the token lives long enough for it to matter. */
const EARLY_MS = 60_000
/** No two refreshes closer than this, whatever the server says about lifetimes. */
export const MIN_GAP_MS = 5_000
/** Transient refresh failures tried again at most this many times before the session ends. */
const MAX_FAILURES = 3
const MAX_TIMER_MS = 2 ** 31 - 1

export class SessionExpiredError extends Error {
  constructor() {
    super('The session has expired.')
  }
}

let timer: ReturnType<typeof setTimeout> | undefined
let inflight: Promise<boolean> | undefined
let lastRefreshAt = 0
let failures = 0

export function stopRefresh(): void {
  clearTimeout(timer)
  timer = undefined
}

/** The "session ended" path: like sign-out, nothing of the session is left in this tab. */
export function expireSession(): void {
  stopRefresh()
  audit({ type: 'expiry' })
  try {
    sessionStorage.clear()
  } catch {
    // Storage blocked: nothing was kept there either.
  }
  setSessionStatus('expired')
}

function canRefresh(client: Client): boolean {
  const t = client.state.tokenResponse
  return !!t?.refresh_token && /\b(offline_access|online_access)\b/.test(String(t.scope ?? ''))
}

/** The token's lifetime as issued (expires_in), else what is left of it. */
function lifetimeMs(client: Client, now: number): number | undefined {
  const expiresIn = Number(client.state.tokenResponse?.expires_in)
  if (Number.isFinite(expiresIn) && expiresIn > 0) return expiresIn * 1000
  const expiresAt = client.state.expiresAt
  return expiresAt ? Math.max(0, expiresAt * 1000 - now) : undefined
}

/**
 * When to refresh a token with `remaining` ms left of `lifetime`: a minute before expiry for
 * long-lived tokens, at half-life for short ones (so never more than once per half lifetime), and
 * never sooner than MIN_GAP_MS. Pure, for tests.
 */
export function refreshDelay(lifetime: number, remaining: number): number {
  return Math.max(MIN_GAP_MS, remaining - Math.min(lifetime / 2, EARLY_MS))
}

/** Backoff after the n-th transient failure: exponential from 2 s with full jitter, within the token's life. */
export function backoffDelay(n: number, remaining: number, random = Math.random): number {
  const step = 2000 * 2 ** (n - 1)
  return Math.max(MIN_GAP_MS, Math.min(remaining / 2, step / 2 + random() * (step / 2)))
}

/** A refresh that failed because the grant is gone (4xx from the token endpoint), not the network. */
function definitive(e: unknown): boolean {
  const status = (e as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

/**
 * client.refresh() with a deadline. fhirclient drops the refresh token on any failure; a timeout or a
 * 5xx says nothing about the grant, so the token is put back (and stored again) for the next try.
 */
async function boundedRefresh(client: Client): Promise<void> {
  const kept = client.state.tokenResponse?.refresh_token
  const deadline = tokenDeadline(TOKEN_TIMEOUT_MS)
  try {
    // The signal reaches fetch, so a timed-out request settles (rejects) at the deadline.
    await client.refresh({ signal: deadline.signal })
  } catch (e) {
    if (!definitive(e) && kept && client.state.tokenResponse) {
      client.state.tokenResponse.refresh_token = kept
      if (client.state.key) sessionStorage.setItem(client.state.key, JSON.stringify(client.state))
    }
    throw e
  } finally {
    deadline.clear()
  }
}

function refresh(client: Client): Promise<boolean> {
  inflight ??= boundedRefresh(client)
    .then(() => {
      lastRefreshAt = Date.now()
      failures = 0
      scheduleRefresh(client)
      return true
    })
    .catch((e: unknown) => {
      failures += 1
      const remaining = (client.state.expiresAt ?? 0) * 1000 - Date.now()
      if (definitive(e) || failures >= MAX_FAILURES || remaining <= MIN_GAP_MS) {
        expireSession()
        return false
      }
      arm(backoffDelay(failures, remaining), () => void refresh(client))
      return false
    })
    .finally(() => {
      inflight = undefined
    })
  return inflight
}

function arm(delay: number, run: () => void) {
  stopRefresh()
  timer = setTimeout(run, Math.min(Math.max(delay, 0), MAX_TIMER_MS))
}

/** Refreshes in the background before expiry, or ends the session at expiry when it cannot. */
export function scheduleRefresh(client: Client): void {
  const expiresAt = client.state.expiresAt
  if (!expiresAt) return stopRefresh()
  const now = Date.now()
  const remaining = expiresAt * 1000 - now
  if (!canRefresh(client)) return arm(remaining, expireSession)
  const lifetime = lifetimeMs(client, now) ?? remaining
  arm(refreshDelay(lifetime, remaining), () => void refresh(client))
}

/** The current access token; refreshed first only when it has already expired. */
export async function validAccessToken(client: Client): Promise<string> {
  if (inflight) await inflight
  const expiresAt = client.state.expiresAt ?? Infinity
  if (expiresAt * 1000 <= Date.now()) {
    if (!canRefresh(client)) {
      expireSession()
      throw new SessionExpiredError()
    }
    // Refreshed moments ago and still expired (a server issuing near-zero lifetimes): send it anyway
    // and let a 401 end the session, rather than refresh on every request.
    if (Date.now() - lastRefreshAt >= MIN_GAP_MS && !(await refresh(client))) throw new SessionExpiredError()
  }
  return String(client.state.tokenResponse?.access_token ?? '')
}

/**
 * The FHIR server answered 401. The first time, refresh (when possible) and let the caller retry
 * once; a 401 for the renewed token, a 401 right after another refresh, or no way to refresh ends
 * the session. Parallel requests that hit the same 401 share one refresh.
 */
export async function renewAfterUnauthorized(client: Client, retried = false): Promise<boolean> {
  if (!retried) {
    if (inflight) return inflight
    // Refreshed moments ago: the refused request carried the old token, so retry with the new one.
    if (Date.now() - lastRefreshAt < MIN_GAP_MS) return true
    if (canRefresh(client) && (await refresh(client))) return true
  }
  expireSession()
  return false
}

/** For tests: forget the module's refresh history. */
export function resetRefreshState(): void {
  stopRefresh()
  inflight = undefined
  lastRefreshAt = 0
  failures = 0
}
