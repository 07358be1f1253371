import { describe, expect, it } from 'vitest'
import { en, es } from './catalog.ts'
import { translate } from './i18n.tsx'

describe('messages', () => {
  it('Spanish has every English key, none empty, and the same placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(es[key], key).toBeTruthy()
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(holes(es[key]), key).toEqual(holes(en[key]))
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'state.failed', { message: 'timeout' })).toBe('No se pudo cargar: timeout')
    expect(translate('en', 'banner.age')).toBe('{age} y')
  })
})
