import { describe, expect, it } from 'vitest'
import type { ServerFlavor } from '../launch/smart-session.ts'
import { adapterFor } from './adapter.ts'

describe('adapterFor', () => {
  it('picks the adapter from the session flavor, once per session', () => {
    const flavors: ServerFlavor[] = ['epic', 'cerner', 'generic']
    for (const flavor of flavors) {
      const session = { flavor }
      const adapter = adapterFor(session)
      expect(adapter.flavor).toBe(flavor)
      // A later change of the field does not switch adapters mid-session.
      ;(session as { flavor: ServerFlavor }).flavor = 'generic'
      expect(adapterFor(session)).toBe(adapter)
    }
  })
})
