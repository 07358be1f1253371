// @vitest-environment jsdom
// The token lifecycle's less common paths: a request that finds its token expired, a refresh already
// under way, refresh tokens that do not come with an offline/online scope, lifetimes the server did
// not state, which token-endpoint failures end the session at once, and a token endpoint that never answers.
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_TIMEOUT_MS } from '../fhir/http.ts'
import { tokenClient as client, withTokenTestState } from './testing/token-client.ts'
import { getSessionStatus, setSessionStatus } from './session-status.ts'
import { renewAfterUnauthorized, resetRefreshState, scheduleRefresh, SessionExpiredError, stopRefresh, validAccessToken } from './token-lifecycle.ts'
import { TOKEN_TIMEOUT_MS } from './token-timeout.ts'

// A whole second, so "expires now" is exactly now (expiresAt is kept in seconds).
withTokenTestState(new Date('2026-11-30T10:00:00.000Z'))

describe('a request that finds its token expired', () => {
  it('refreshes first and sends the new token', async () => {
    const { client: c, refresh } = client(-1)
    await expect(validAccessToken(c)).resolves.toBe('t1')
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('sends a still-valid token as it is, without refreshing', async () => {
    const { client: c, refresh } = client(3600)
    await expect(validAccessToken(c)).resolves.toBe('t0')
    expect(refresh).not.toHaveBeenCalled()
  })

  it('a token expiring this very millisecond counts as expired', async () => {
    const { client: c, refresh } = client(0)
    await expect(validAccessToken(c)).resolves.toBe('t1')
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('ends the session when the refresh is refused', async () => {
    const { client: c } = client(-1, { fail: () => Object.assign(new Error('invalid_grant'), { status: 400 }) })
    await expect(validAccessToken(c)).rejects.toBeInstanceOf(SessionExpiredError)
    expect(getSessionStatus()).toBe('expired')
  })

  it('refreshed moments ago and expired again (a server issuing near-zero lifetimes): sent as it is, no second refresh', async () => {
    const { client: c, refresh } = client(-1, { nextTtl: 0 })
    await expect(validAccessToken(c)).resolves.toBe('t1')
    vi.advanceTimersByTime(1000)
    await expect(validAccessToken(c)).resolves.toBe('t1')
    expect(refresh).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5000)
    await expect(validAccessToken(c)).resolves.toBe('t2')
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('expired again exactly five seconds after the last refresh: refreshes again', async () => {
    const { client: c, refresh } = client(-1, { nextTtl: 0 })
    await expect(validAccessToken(c)).resolves.toBe('t1')
    // The clock moves without running the background refresh due at the same moment.
    vi.setSystemTime(Date.now() + 4_999)
    await expect(validAccessToken(c)).resolves.toBe('t1')
    vi.setSystemTime(Date.now() + 1)
    await expect(validAccessToken(c)).resolves.toBe('t2')
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('waits for a refresh already under way and sends its token', async () => {
    const { client: c, refresh } = client(3600)
    const renewing = renewAfterUnauthorized(c)
    await expect(validAccessToken(c)).resolves.toBe('t1')
    await expect(renewing).resolves.toBe(true)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('without a refresh token, or with one but no offline/online scope, the session ends instead', async () => {
    for (const o of [{ refreshToken: false }, { scope: 'patient/*.rs' }, { scope: 'patient/*.rs offline_accessx' }]) {
      setSessionStatus('active')
      const { client: c, refresh } = client(-1, o)
      await expect(validAccessToken(c), JSON.stringify(o)).rejects.toBeInstanceOf(SessionExpiredError)
      expect(refresh).not.toHaveBeenCalled()
      expect(getSessionStatus()).toBe('expired')
    }
    setSessionStatus('active')
    const { client: online, refresh } = client(-1, { scope: 'launch/patient online_access' })
    await expect(validAccessToken(online)).resolves.toBe('t1')
    expect(refresh).toHaveBeenCalledTimes(1)
  })
})

describe('background refresh', () => {
  it('without expires_in, or with one that is no positive number, times the refresh from what is left', async () => {
    for (const expiresIn of [undefined, 0, -5, 'soon']) {
      resetRefreshState()
      const { client: c, refresh } = client(600, { expiresIn })
      scheduleRefresh(c)
      // 600 s left, taken as the lifetime: a minute before the end.
      await vi.advanceTimersByTimeAsync(539_000)
      expect(refresh, String(expiresIn)).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1_000)
      expect(refresh, String(expiresIn)).toHaveBeenCalledTimes(1)
    }
  })

  it('without expires_in and 100 s left, takes those 100 s as the lifetime and refreshes at half of them', async () => {
    const { client: c, refresh } = client(100, { expiresIn: undefined })
    scheduleRefresh(c)
    await vi.advanceTimersByTimeAsync(49_000)
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('a token that lives longer than a timer can wait (40 days) is not refreshed at once', async () => {
    const { client: c, refresh } = client(40 * 86_400)
    scheduleRefresh(c)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(refresh).not.toHaveBeenCalled()
  })

  it('after a reload, an hour-long token with 100 s left refreshes a minute before its end, not at half of what is left', async () => {
    const { client: c, refresh } = client(100, { expiresIn: 3600 })
    scheduleRefresh(c)
    await vi.advanceTimersByTimeAsync(39_000)
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('a token that cannot be refreshed ends the session at its expiry, not before', async () => {
    const { client: c } = client(120, { refreshToken: false })
    scheduleRefresh(c)
    await vi.advanceTimersByTimeAsync(119_000)
    expect(getSessionStatus()).toBe('active')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(getSessionStatus()).toBe('expired')
  })

  it('stopped (signing out), nothing refreshes later', async () => {
    const { client: c, refresh } = client(60)
    scheduleRefresh(c)
    stopRefresh()
    await vi.advanceTimersByTimeAsync(120_000)
    expect(refresh).not.toHaveBeenCalled()
  })

  it('a 4xx from the token endpoint ends the session at once; a 5xx backs off while the token works', async () => {
    const refused = client(600, { fail: () => Object.assign(new Error('x'), { status: 499 }) })
    scheduleRefresh(refused.client)
    await vi.advanceTimersByTimeAsync(540_000)
    expect(getSessionStatus()).toBe('expired')
    expect(refused.refresh).toHaveBeenCalledTimes(1)

    resetRefreshState()
    setSessionStatus('active')
    const down = client(600, { fail: (n) => (n === 1 ? Object.assign(new Error('x'), { status: 500 }) : undefined) })
    scheduleRefresh(down.client)
    await vi.advanceTimersByTimeAsync(540_000)
    expect(getSessionStatus()).toBe('active')
    await vi.advanceTimersByTimeAsync(30_000)
    expect(down.refresh).toHaveBeenCalledTimes(2)
    expect(getSessionStatus()).toBe('active')
  })

  it('a transient failure with five seconds or less left ends the session rather than retry', async () => {
    // A 10 s token refreshes at half-life: it fails with exactly 5 s left.
    const { client: c, refresh } = client(10, { fail: () => new TypeError('Failed to fetch') })
    scheduleRefresh(c)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(getSessionStatus()).toBe('expired')
  })
})

describe('a token endpoint that never answers', () => {
  it('gets as long as one FHIR request attempt', () => {
    expect(TOKEN_TIMEOUT_MS).toBe(DEFAULT_TIMEOUT_MS)
  })

  it('holds requests only until the deadline, then counts as a transient failure and is tried again', async () => {
    const { client: c, refresh } = client(600, { hang: (n) => n === 1 })
    scheduleRefresh(c)
    await vi.advanceTimersByTimeAsync(540_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    let sent: string | undefined
    void validAccessToken(c).then((t) => (sent = t))
    await vi.advanceTimersByTimeAsync(TOKEN_TIMEOUT_MS - 1)
    expect(sent).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    // The old token still works for another 30 s, so the waiting request goes out with it.
    expect(sent).toBe('t0')
    expect(getSessionStatus()).toBe('active')
    // fhirclient dropped the refresh token with the failed request; an unanswered request says
    // nothing about the grant, so the retry has it back.
    expect(c.state.tokenResponse?.refresh_token).toBe('r')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(refresh).toHaveBeenCalledTimes(2)
    await expect(validAccessToken(c)).resolves.toBe('t1')
    expect(getSessionStatus()).toBe('active')
  })

  it('with the token already expired, ends the session at the deadline instead of waiting on', async () => {
    const { client: c } = client(-1, { hang: () => true })
    const outcome = validAccessToken(c).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(TOKEN_TIMEOUT_MS)
    expect(await outcome).toBeInstanceOf(SessionExpiredError)
    expect(getSessionStatus()).toBe('expired')
  })

  it('a refused refresh keeps no refresh token; a 5xx keeps it for the retry', async () => {
    const refused = client(600, { fail: () => Object.assign(new Error('invalid_grant'), { status: 400 }) })
    await renewAfterUnauthorized(refused.client)
    expect(refused.client.state.tokenResponse?.refresh_token).toBeUndefined()

    resetRefreshState()
    setSessionStatus('active')
    const down = client(600, { fail: (n) => (n === 1 ? Object.assign(new Error('x'), { status: 503 }) : undefined) })
    scheduleRefresh(down.client)
    await vi.advanceTimersByTimeAsync(540_000)
    expect(down.client.state.tokenResponse?.refresh_token).toBe('r')
  })

  it('after a 5xx the stored session keeps the refresh token too, so a reload can still refresh', async () => {
    const { client: c } = client(600, { key: 'k', fail: (n) => (n === 1 ? Object.assign(new Error('x'), { status: 503 }) : undefined) })
    scheduleRefresh(c)
    await vi.advanceTimersByTimeAsync(540_000)
    expect(getSessionStatus()).toBe('active')
    expect(JSON.parse(sessionStorage.getItem('k')!).tokenResponse.refresh_token).toBe('r')
  })
})

describe('a 401 from the FHIR server', () => {
  it('exactly five seconds after a refresh, refreshes again', async () => {
    const { client: c, refresh } = client(3600)
    await expect(renewAfterUnauthorized(c)).resolves.toBe(true)
    vi.setSystemTime(Date.now() + 4_999)
    await expect(renewAfterUnauthorized(c)).resolves.toBe(true)
    expect(refresh).toHaveBeenCalledTimes(1)
    vi.setSystemTime(Date.now() + 1)
    await expect(renewAfterUnauthorized(c)).resolves.toBe(true)
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('ends the session when the refresh it asks for fails, even for a failure that is only transient', async () => {
    const { client: c } = client(3600, { fail: () => Object.assign(new Error('x'), { status: 503 }) })
    await expect(renewAfterUnauthorized(c)).resolves.toBe(false)
    expect(getSessionStatus()).toBe('expired')
  })

  it('right after a refresh, retries with the new token without refreshing again', async () => {
    const { client: c, refresh } = client(-1)
    await validAccessToken(c)
    vi.advanceTimersByTime(4_000)
    await expect(renewAfterUnauthorized(c)).resolves.toBe(true)
    expect(refresh).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1_000)
    await expect(renewAfterUnauthorized(c)).resolves.toBe(true)
    expect(refresh).toHaveBeenCalledTimes(2)
  })
})
