// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { translate } from '../../i18n/i18n.tsx'
import { loadCatalog } from '../../i18n/catalogs.ts'
import type { Locale } from '../../i18n/locale.ts'
import { plainRange } from './lab-text.ts'

const fmt = (locale: Locale) => ({ t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(locale, k, p), number: (v: number) => String(v) })

beforeAll(() => loadCatalog('es'))

describe('plainRange', () => {
  it.each([
    ['<100', 'under 100', 'menos de 100'],
    ['> 60', 'over 60', 'más de 60'],
    ['≤ 5.1 mmol/L', '5.1 mmol/L or less', '5.1 mmol/L o menos'],
    ['<=200 mg/dL', '200 mg/dL or less', '200 mg/dL o menos'],
    ['≥ 40 mg/dL', '40 mg/dL or more', '40 mg/dL o más'],
    ['>=1.2', '1.2 or more', '1.2 o más'],
  ])('%s reads "%s" (Spanish "%s")', (range, en, es) => {
    expect(plainRange(fmt('en'), range)).toBe(en)
    expect(plainRange(fmt('es'), range)).toBe(es)
  })

  it('leaves two-sided and worded ranges as the lab wrote them', () => {
    expect(plainRange(fmt('en'), '3.5–5.1 mmol/L')).toBe('3.5–5.1 mmol/L')
    expect(plainRange(fmt('en'), 'Negative')).toBe('Negative')
    expect(plainRange(fmt('en'), '<Negative>')).toBe('<Negative>')
  })
})
