import { describe, expect, it } from 'vitest'
import { DEFAULT_RETRY, parseRetryAfter, retryDelay } from './retry.ts'

describe('retry timing', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('2', now)).toBe(2000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
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
