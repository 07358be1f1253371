import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TokenTimeoutError, tokenDeadline } from './token-timeout.ts'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('tokenDeadline', () => {
  it('aborts at the deadline with a TokenTimeoutError that says how long it waited', () => {
    const { signal } = tokenDeadline(30_000)
    vi.advanceTimersByTime(29_999)
    expect(signal.aborted).toBe(false)
    vi.advanceTimersByTime(1)
    expect(signal.aborted).toBe(true)
    expect(signal.reason).toBeInstanceOf(TokenTimeoutError)
    expect((signal.reason as Error).name).toBe('TokenTimeoutError')
    expect((signal.reason as Error).message).toBe('The token endpoint did not answer within 30 s')
  })

  it('never aborts once cleared', () => {
    const deadline = tokenDeadline(1_000)
    deadline.clear()
    vi.advanceTimersByTime(60_000)
    expect(deadline.signal.aborted).toBe(false)
  })
})
