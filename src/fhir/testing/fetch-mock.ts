// The stubbed global fetch the FHIR layer's unit tests answer by hand: reset and installed before each
// test, removed (with any fake timers) after it, so no answer or clock leaks into the next test.
import { afterEach, beforeEach, vi } from 'vitest'

export function mockFetch() {
  const fetchMock = vi.fn<typeof fetch>()
  beforeEach(() => {
    fetchMock.mockReset()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })
  return fetchMock
}
