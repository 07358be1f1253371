// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { tokenClient, withTokenTestState } from './testing/token-client.ts'
import { getSessionStatus } from './session-status.ts'
import { backoffDelay, MIN_GAP_MS, refreshDelay, renewAfterUnauthorized, scheduleRefresh, validAccessToken } from './token-lifecycle.ts'

/** The token endpoint issues `ttl`-second tokens, with an online_access grant, or fails. */
const fakeClient = (ttl: number, opts: { refreshable?: boolean; fail?: () => unknown } = {}) =>
  tokenClient(ttl, { scope: 'patient/*.rs online_access', refreshToken: opts.refreshable, fail: opts.fail })

withTokenTestState()

describe('refresh timing', () => {
  it('a minute early for long tokens, at half-life for short ones, never under the floor', () => {
    expect(refreshDelay(3600_000, 3600_000)).toBe(3540_000)
    expect(refreshDelay(30_000, 30_000)).toBe(15_000)
    expect(refreshDelay(60_000, 60_000)).toBe(30_000)
    expect(refreshDelay(3_000, 3_000)).toBe(MIN_GAP_MS)
    // Resumed after a reload with 100 s left of an hour: a minute before the end.
    expect(refreshDelay(3600_000, 100_000)).toBe(40_000)
  })

  it('backoff grows with jitter and stays within the token’s life', () => {
    expect(backoffDelay(1, 600_000, () => 0)).toBe(MIN_GAP_MS)
    expect(backoffDelay(4, 600_000, () => 1)).toBe(16_000)
    expect(backoffDelay(4, 600_000, () => 0)).toBe(8_000)
    expect(backoffDelay(10, 20_000, () => 1)).toBe(10_000)
  })

  it.each([30, 60, 10, 1])('a %i-second token refreshes at most once per half lifetime (and never loops)', async (ttl) => {
    const { client, refresh } = fakeClient(ttl)
    scheduleRefresh(client)
    await vi.advanceTimersByTimeAsync(60_000)
    const ceiling = Math.floor(60_000 / Math.max(MIN_GAP_MS, (ttl * 1000) / 2))
    expect(refresh.mock.calls.length).toBeGreaterThan(0)
    expect(refresh.mock.calls.length).toBeLessThanOrEqual(ceiling)
    if (ttl === 30) expect(refresh.mock.calls.length).toBeLessThanOrEqual(4)
    expect(getSessionStatus()).toBe('active')
  })
})

describe('failure ends the session cleanly', () => {
  it('a refused refresh (400 invalid_grant) clears the tab and shows "expired"', async () => {
    const { client, refresh } = fakeClient(30, { fail: () => Object.assign(new Error('invalid_grant'), { status: 400 }) })
    scheduleRefresh(client)
    await vi.advanceTimersByTimeAsync(16_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(getSessionStatus()).toBe('expired')
    expect(sessionStorage.length).toBe(0)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('a network failure backs off and tries again while the token still works, then gives up', async () => {
    const { client, refresh } = fakeClient(600, { fail: () => new TypeError('Failed to fetch') })
    scheduleRefresh(client)
    await vi.advanceTimersByTimeAsync(540_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(getSessionStatus()).toBe('active')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(refresh.mock.calls.length).toBeLessThanOrEqual(3)
    expect(getSessionStatus()).toBe('expired')
    expect(sessionStorage.length).toBe(0)
  })

  it('an expired token without a refresh token ends the session on the next request', async () => {
    const { client } = fakeClient(3, { refreshable: false })
    vi.advanceTimersByTime(4000)
    await expect(validAccessToken(client)).rejects.toThrow('expired')
    expect(getSessionStatus()).toBe('expired')
    expect(sessionStorage.length).toBe(0)
  })

  it('a 401 refreshes once; a 401 for the new token ends the session', async () => {
    const { client, refresh } = fakeClient(3600)
    await expect(Promise.all([renewAfterUnauthorized(client), renewAfterUnauthorized(client)])).resolves.toEqual([true, true])
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(await renewAfterUnauthorized(client, true)).toBe(false)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(getSessionStatus()).toBe('expired')
  })

  it('a 401 without a refresh token ends the session at once', async () => {
    const { client, refresh } = fakeClient(3600, { refreshable: false })
    expect(await renewAfterUnauthorized(client)).toBe(false)
    expect(refresh).not.toHaveBeenCalled()
    expect(getSessionStatus()).toBe('expired')
  })
})
