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
  /** Lifetime of the tokens a refresh hands out (default: the first one's). */
  nextTtl?: number
}

/** A client whose first token has `ttl` seconds left; refreshes issue t1, t2, … */
export function tokenClient(ttl: number, o: TokenClientOptions = {}) {
  let issued = 0
  const token = (ttlNow: number) => ({
    access_token: `t${issued}`,
    scope: o.scope ?? 'patient/*.rs offline_access',
    ...(o.refreshToken !== false && { refresh_token: 'r' }),
    ...('expiresIn' in o ? { expires_in: o.expiresIn } : { expires_in: ttlNow }),
  })
  const state = { expiresAt: Date.now() / 1000 + ttl, tokenResponse: token(ttl) as Record<string, unknown> }
  const refresh = vi.fn(async () => {
    // A real refresh is a request: the new token arrives later, never in the same turn.
    await Promise.resolve()
    const failure = o.fail?.(refresh.mock.calls.length)
    if (failure) throw failure
    issued += 1
    const next = o.nextTtl ?? ttl
    state.tokenResponse = token(next)
    state.expiresAt = Date.now() / 1000 + next
    return state
  })
  return { client: { state, refresh } as unknown as Client, refresh }
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
