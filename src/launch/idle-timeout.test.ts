// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watchIdle } from './idle-timeout.ts'

describe('watchIdle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('fires once after the idle period', () => {
    const onIdle = vi.fn()
    watchIdle(15, onIdle)
    vi.advanceTimersByTime(15 * 60_000 - 1)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    vi.advanceTimersByTime(60 * 60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('user input restarts the clock', () => {
    const onIdle = vi.fn()
    watchIdle(15, onIdle)
    vi.advanceTimersByTime(14 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown'))
    vi.advanceTimersByTime(14 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('stops watching when asked', () => {
    const onIdle = vi.fn()
    const stop = watchIdle(1, onIdle)
    stop()
    vi.advanceTimersByTime(5 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
  })
})
