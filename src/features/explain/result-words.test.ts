// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Flag } from '../../domain/interpretation.ts'
import type { LabResult } from '../../domain/observation.ts'
import { translate } from '../../i18n/i18n.tsx'
import type { Locale } from '../../i18n/locale.ts'
import { isWithinRange, resultWords } from './result-words.ts'

const fmt = (locale: Locale = 'en') => ({ locale, t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(locale, k, p), number: (v: number) => String(v) })

function potassium(value: number, extra: Partial<LabResult> = {}, flag?: Flag): LabResult {
  return {
    status: 'final', categories: ['laboratory'], loinc: '2823-3',
    value: { kind: 'quantity', value, unit: 'mmol/L', alternates: [] },
    referenceRange: { low: 3.5, high: 5.1, unit: 'mmol/L' },
    ...(flag && { interpretation: flag }),
    provenance: { resourceType: 'Observation', fields: {}, dropped: [] },
    ...extra,
  }
}

describe('resultWords', () => {
  it('says where the lab’s flag puts the value, with the range', () => {
    expect(resultWords(fmt(), potassium(5.5, {}, 'H'), 'patient')).toEqual(['Your result is above the usual range (3.5–5.1 mmol/L).'])
    expect(resultWords(fmt(), potassium(3.1, {}, 'L'), 'patient')).toEqual(['Your result is below the usual range (3.5–5.1 mmol/L).'])
    expect(resultWords(fmt(), potassium(6.4, {}, 'HH'), 'patient')).toEqual(['Your result is far above the usual range (3.5–5.1 mmol/L), and the lab marked it as critical.'])
    expect(resultWords(fmt(), potassium(4.4, {}, 'N'), 'patient')).toEqual(['Your result is within the usual range (3.5–5.1 mmol/L).'])
    expect(resultWords(fmt(), potassium(6.4, {}, 'HH'), 'clinician')).toEqual(['Critically high, flagged by the lab (3.5–5.1 mmol/L).'])
  })

  it('names a flag the app computed as the app’s, not the lab’s', () => {
    const lab = potassium(5.5, { derivedFlag: { flag: 'H', rule: 'flag.derived-numeric', basis: '> 5.1' } })
    expect(resultWords(fmt(), lab, 'patient')).toEqual([
      'Your result is above the usual range (3.5–5.1 mmol/L).',
      'The lab did not mark it; this app compared it with the range.',
    ])
  })

  it('with no flag: within a comparable range, an expected text, or no range at all', () => {
    expect(resultWords(fmt(), potassium(4.4), 'patient')).toEqual(['Your result is within the usual range (3.5–5.1 mmol/L).'])
    const colour: LabResult = { ...potassium(0), value: { kind: 'text', text: 'Yellow' }, referenceRange: { text: 'Yellow' } }
    expect(resultWords(fmt(), colour, 'patient')).toEqual(['The usual result is “Yellow”.'])
    const { referenceRange: _r, ...bare } = potassium(4.4)
    expect(resultWords(fmt(), bare, 'patient')).toEqual(['No usual range came with this result, so this app cannot compare it.'])
    expect(resultWords(fmt(), bare, 'clinician')).toEqual(['No reference range was sent.'])
  })

  it('never calls a value "within" a range it cannot be compared with', () => {
    expect(isWithinRange(potassium(4.4, { referenceRange: { low: 3.5, high: 5.1, unit: 'mg/dL' } }))).toBe(false)
    expect(isWithinRange(potassium(5.2))).toBe(false)
    expect(isWithinRange(potassium(5.6, { referenceRange: { text: '<5.7' } }))).toBe(true)
    expect(isWithinRange(potassium(5.7, { referenceRange: { text: '<5.7' } }))).toBe(false)
  })

  it('speaks Spanish', () => {
    expect(resultWords(fmt('es'), potassium(5.5, {}, 'H'), 'patient')).toEqual(['Su resultado está por encima del rango habitual (3.5–5.1 mmol/L).'])
  })
})
