import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, retryDelay, sleep } from './retry.ts'

describe('retry timing', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('2', now)).toBe(2000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  it('reads the two older HTTP-date forms, and nothing that only looks like a date to Date.parse', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:00:07 GMT', now)).toBe(7000)
    expect(parseRetryAfter('Thu Jan  1 00:00:09 2026', now)).toBe(9000)
    // Date.parse reads each of these as a day in 2001, which would mean "retry now".
    for (const v of ['in 5', '5.5', '-3', 'abc 2', '2026-01-01T00:00:05Z']) expect(parseRetryAfter(v, now)).toBeUndefined()
    // So a server that sends one of them gets the ordinary backoff, never an immediate retry.
    expect(retryDelay('in 5', 1, DEFAULT_RETRY, () => 0)).toBe(250)
  })

  it('waits at least Retry-After, gives up beyond the cap, and backs off with jitter otherwise', () => {
    expect(retryDelay('2', 1, DEFAULT_RETRY, () => 0)).toBe(2000)
    expect(retryDelay('2', 1, DEFAULT_RETRY, () => 1)).toBeLessThanOrEqual(2300)
    expect(retryDelay('11', 1, DEFAULT_RETRY)).toBeUndefined()
    expect(retryDelay(null, 1, DEFAULT_RETRY, () => 0)).toBe(250)
    expect(retryDelay(null, 2, DEFAULT_RETRY, () => 1)).toBe(1000)
    expect(retryDelay(null, 30, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.maxWaitMs)
  })
})

describe('retry timing, exactly', () => {
  const policy = { tries: 3, maxWaitMs: 10_000, baseMs: 500 }

  it('Retry-After: adds up to a tenth plus 100 ms of jitter, at most a second, and never passes the cap', () => {
    expect(retryDelay('2', 1, policy, () => 1)).toBe(2300)
    expect(retryDelay('2', 1, policy, () => 0.5)).toBe(2150)
    expect(retryDelay(' 0 ', 1, policy, () => 1)).toBe(100)
    expect(retryDelay(' 2 ', 1, policy, () => 1)).toBe(2300)
    expect(parseRetryAfter('2 seconds')).toBeUndefined()
    expect(retryDelay('10', 1, policy, () => 1)).toBe(10_000)
    expect(retryDelay('10', 1, { ...policy, maxWaitMs: 20_000 }, () => 1)).toBe(11_000)
    expect(retryDelay('10', 1, { ...policy, maxWaitMs: 9_999 })).toBeUndefined()
  })

  it('no Retry-After: half the doubling step plus up to another half', () => {
    expect(retryDelay(null, 1, policy, () => 1)).toBe(500)
    expect(retryDelay(null, 3, policy, () => 0)).toBe(1000)
    expect(retryDelay(null, 3, policy, () => 0.5)).toBe(1500)
    expect(retryDelay(null, 3, { ...policy, baseMs: 100 }, () => 1)).toBe(400)
  })

  it('only 429 and 503 are retried', () => {
    expect([429, 503, 500, 502, 504, 408, 400].filter(isRetryableStatus)).toEqual([429, 503])
  })
})

describe('sleep', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('resolves after the wait, not before', async () => {
    vi.useFakeTimers()
    let done = false
    const p = sleep(1000).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await p
    expect(done).toBe(true)
  })

  it('rejects with the signal’s reason at once when aborted, or when already aborted', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const p = sleep(60_000, controller.signal)
    controller.abort(new Error('left the screen'))
    await expect(p).rejects.toThrow('left the screen')
    expect(vi.getTimerCount()).toBe(0)
    await expect(sleep(10, controller.signal)).rejects.toThrow('left the screen')
  })

  it('stops listening to the signal once the wait is over', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const remove = vi.spyOn(controller.signal, 'removeEventListener')
    const p = sleep(10, controller.signal)
    await vi.advanceTimersByTimeAsync(10)
    await p
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
  })
})
