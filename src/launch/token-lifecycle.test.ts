import type Client from 'fhirclient/lib/Client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getSessionStatus, setSessionStatus } from './session-status.ts'
import { scheduleRefresh, SessionExpiredError, stopRefresh, validAccessToken } from './token-lifecycle.ts'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const nowS = NOW / 1000

interface FakeState {
  expiresAt?: number
  tokenResponse?: Record<string, unknown>
}

/** The part of fhirclient's Client these functions use; refresh issues a new token valid for an hour. */
function client(state: FakeState, refreshFails = false) {
  const c = {
    state,
    refresh: vi.fn(async () => {
      if (refreshFails) throw new Error('invalid_grant')
      c.state = { expiresAt: Date.now() / 1000 + 3600, tokenResponse: { ...state.tokenResponse, access_token: 'fresh' } }
    }),
  }
  return c
}
const asClient = (c: ReturnType<typeof client>) => c as unknown as Client
const refreshable = { access_token: 'old', refresh_token: 'r1', scope: 'launch offline_access patient/Patient.rs' }

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
  setSessionStatus('active')
})
afterEach(() => {
  stopRefresh()
  vi.useRealTimers()
})

describe('validAccessToken', () => {
  it('returns the current token while it is valid for more than a minute', async () => {
    const c = client({ expiresAt: nowS + 61, tokenResponse: refreshable })
    await expect(validAccessToken(asClient(c))).resolves.toBe('old')
    expect(c.refresh).not.toHaveBeenCalled()
  })

  it('returns the token when the server gave no expiry', async () => {
    const c = client({ tokenResponse: { access_token: 'old' } })
    await expect(validAccessToken(asClient(c))).resolves.toBe('old')
  })

  it.each([
    ['within the last minute', 59],
    ['exactly one minute before expiry', 60],
    ['after expiry', -5],
  ])('refreshes first %s when a refresh token and offline/online access were granted', async (_n, left) => {
    const c = client({ expiresAt: nowS + left, tokenResponse: refreshable })
    await expect(validAccessToken(asClient(c))).resolves.toBe('fresh')
    expect(c.refresh).toHaveBeenCalledTimes(1)
  })

  it('refreshes with online_access too', async () => {
    const c = client({ expiresAt: nowS + 10, tokenResponse: { ...refreshable, scope: 'online_access' } })
    await expect(validAccessToken(asClient(c))).resolves.toBe('fresh')
  })

  it('keeps using a token that expires soon but cannot be refreshed', async () => {
    const c = client({ expiresAt: nowS + 30, tokenResponse: { access_token: 'old', refresh_token: 'r1', scope: 'patient/Patient.rs' } })
    await expect(validAccessToken(asClient(c))).resolves.toBe('old')
    expect(c.refresh).not.toHaveBeenCalled()
  })

  it.each([
    ['no refresh token', { access_token: 'old', scope: 'offline_access' }],
    ['no offline/online access granted', { access_token: 'old', refresh_token: 'r1', scope: 'patient/Patient.rs' }],
    ['a scope that only contains the word', { access_token: 'old', refresh_token: 'r1', scope: 'xoffline_accessx' }],
  ])('ends the session at expiry with %s', async (_n, tokenResponse) => {
    const c = client({ expiresAt: nowS, tokenResponse })
    await expect(validAccessToken(asClient(c))).rejects.toBeInstanceOf(SessionExpiredError)
    expect(c.refresh).not.toHaveBeenCalled()
    expect(getSessionStatus()).toBe('expired')
  })

  it('ends the session when the refresh is refused', async () => {
    const c = client({ expiresAt: nowS + 10, tokenResponse: refreshable }, true)
    await expect(validAccessToken(asClient(c))).rejects.toThrow('The session has expired.')
    expect(getSessionStatus()).toBe('expired')
  })
})

describe('scheduleRefresh', () => {
  it('refreshes in the background one minute before expiry, then again before the new expiry', async () => {
    const c = client({ expiresAt: nowS + 600, tokenResponse: refreshable })
    scheduleRefresh(asClient(c))
    await vi.advanceTimersByTimeAsync(539_000)
    expect(c.refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(c.refresh).toHaveBeenCalledTimes(1)
    expect(getSessionStatus()).toBe('active')
    await vi.advanceTimersByTimeAsync(3_540_000)
    expect(c.refresh).toHaveBeenCalledTimes(2)
  })

  it('marks the session expired at expiry when it cannot refresh', async () => {
    const c = client({ expiresAt: nowS + 600, tokenResponse: { access_token: 'old' } })
    scheduleRefresh(asClient(c))
    await vi.advanceTimersByTimeAsync(599_000)
    expect(getSessionStatus()).toBe('active')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(getSessionStatus()).toBe('expired')
    expect(c.refresh).not.toHaveBeenCalled()
  })

  it('marks the session expired when the background refresh fails', async () => {
    const c = client({ expiresAt: nowS + 120, tokenResponse: refreshable }, true)
    scheduleRefresh(asClient(c))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(getSessionStatus()).toBe('expired')
  })

  it('schedules nothing without an expiry', async () => {
    const c = client({ tokenResponse: refreshable })
    scheduleRefresh(asClient(c))
    await vi.advanceTimersByTimeAsync(10 * 3600_000)
    expect(c.refresh).not.toHaveBeenCalled()
    expect(getSessionStatus()).toBe('active')
  })

  it('replaces the earlier timer, and stopRefresh cancels it', async () => {
    const first = client({ expiresAt: nowS + 100, tokenResponse: { access_token: 'a' } })
    const second = client({ expiresAt: nowS + 7200, tokenResponse: { access_token: 'b' } })
    scheduleRefresh(asClient(first))
    scheduleRefresh(asClient(second))
    await vi.advanceTimersByTimeAsync(200_000)
    expect(getSessionStatus()).toBe('active')
    stopRefresh()
    await vi.advanceTimersByTimeAsync(7200_000)
    expect(getSessionStatus()).toBe('active')
  })

  it('caps a far-away expiry at the longest timer the browser allows instead of firing at once', async () => {
    const c = client({ expiresAt: nowS + 40 * 24 * 3600, tokenResponse: { access_token: 'a' } })
    scheduleRefresh(asClient(c))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(getSessionStatus()).toBe('active')
  })
})
