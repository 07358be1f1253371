import { describe, expect, it } from 'vitest'
import { en } from './catalog.ts'
import { es } from './catalog-es.ts'
import { translate } from './i18n.tsx'
import * as launch from './messages/launch.ts'
import * as start from './messages/start.ts'

describe('messages', () => {
  it('Spanish has every English key, none empty, and the same placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(es[key], key).toBeTruthy()
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(holes(es[key]), key).toEqual(holes(en[key]))
    }
  })

  // The Spanish-screens test finds English left in a page by its English wording; a Spanish entry
  // copied from English would hide from it, so around sign-in each one must be worded apart.
  it('every sign-in message has a Spanish wording of its own', () => {
    const same = [start, launch].flatMap((m) => (Object.keys(m.en) as Array<keyof typeof m.en>).filter((k) => m.en[k] === m.es[k]))
    expect(same).toEqual(['launchError.verbatim'])
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'state.failed', { message: 'timeout' })).toBe('No se pudo cargar: timeout')
    expect(translate('en', 'banner.age')).toBe('{age} y')
  })
})
