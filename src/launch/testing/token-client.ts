// A fhirclient Client stand-in for the token lifecycle's tests, and the state every such test starts from.
import type Client from 'fhirclient/lib/Client'
import { afterEach, beforeEach, vi } from 'vitest'
import { setSessionStatus } from '../session-status.ts'
import { resetRefreshState } from '../token-lifecycle.ts'

export interface TokenClientOptions {
  scope?: string
  refreshToken?: boolean
  expiresIn?: unknown
  /** The nth refresh (1-based) fails with what this returns, when it returns something. */
  fail?: (n: number) => unknown
  /** The nth refresh gets no answer: it settles only when its request is aborted, as fetch does. */
  hang?: (n: number) => boolean
  /** Lifetime of the tokens a refresh hands out (default: the first one's). */
  nextTtl?: number
  /** The session's storage key: like fhirclient, every refresh then stores the state under it as it ends. */
  key?: string
}

/**
 * A client whose first token has `ttl` seconds left; refreshes issue t1, t2, … Like fhirclient's, its
 * refresh throws at once without a refresh token, and drops the refresh token when it fails.
 */
export function tokenClient(ttl: number, o: TokenClientOptions = {}) {
  let issued = 0
  const token = (ttlNow: number) => ({
    access_token: `t${issued}`,
    scope: o.scope ?? 'patient/*.rs offline_access',
    ...(o.refreshToken !== false && { refresh_token: 'r' }),
    ...('expiresIn' in o ? { expires_in: o.expiresIn } : { expires_in: ttlNow }),
  })
  const state = { key: o.key, expiresAt: Date.now() / 1000 + ttl, tokenResponse: token(ttl) as Record<string, unknown> }
  const refresh = vi.fn((options: RequestInit = {}) => {
    if (!state.tokenResponse.refresh_token) throw new Error('Unable to refresh. No refresh_token found.')
    return answer(refresh.mock.calls.length, options.signal)
  })
  const answer = async (n: number, signal?: AbortSignal | null) => {
    try {
      // A real refresh is a request: the new token arrives later, never in the same turn.
      await Promise.resolve()
      if (o.hang?.(n)) await aborted(signal)
      const failure = o.fail?.(n)
      if (failure) throw failure
      issued += 1
      const next = o.nextTtl ?? ttl
      state.tokenResponse = token(next)
      state.expiresAt = Date.now() / 1000 + next
      return state
    } catch (e) {
      delete state.tokenResponse.refresh_token
      throw e
    } finally {
      store()
    }
  }
  const store = () => {
    if (state.key) sessionStorage.setItem(state.key, JSON.stringify(state))
  }
  return { client: { state, refresh } as unknown as Client, refresh }
}

/** Rejects with the abort reason once `signal` aborts; never settles without one. */
function aborted(signal?: AbortSignal | null): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return
    if (signal.aborted) reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}

/** Fake timers, an active session with a stored key, and no refresh state left from another test. */
export function withTokenTestState(now?: Date): void {
  beforeEach(() => {
    vi.useFakeTimers()
    if (now) vi.setSystemTime(now)
    resetRefreshState()
    setSessionStatus('active')
    sessionStorage.setItem('SMART_KEY', '"k"')
  })
  afterEach(() => {
    resetRefreshState()
    vi.useRealTimers()
    sessionStorage.clear()
  })
}
