// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sessionStorageUsable } from './storage.ts'

afterEach(() => vi.restoreAllMocks())

describe('sessionStorageUsable', () => {
  it('is true where sessionStorage works, and leaves nothing behind', () => {
    sessionStorage.clear()
    expect(sessionStorageUsable()).toBe(true)
    expect(sessionStorage.length).toBe(0)
  })

  it('is false where the browser blocks storage in a cross-site frame', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(sessionStorageUsable()).toBe(false)
  })

  it('is false where writing is refused', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    expect(sessionStorageUsable()).toBe(false)
  })
})
