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

  it('never calls a value "within" a range that came with only one limit and no text, as Oracle sends its labs', () => {
    const hemoglobin = (value: number, referenceRange: LabResult['referenceRange']) =>
      potassium(value, { loinc: '718-7', value: { kind: 'quantity', value, unit: 'g/dL', alternates: [] }, referenceRange })
    const upperOnly = { high: 17.5, unit: 'g/dL' }
    expect(resultWords(fmt(), hemoglobin(6, upperOnly), 'patient')).toEqual([
      'Your result is not above the upper limit (≤ 17.5 g/dL). The lab sent no lower limit, so this app cannot tell whether it is too low.',
    ])
    expect(resultWords(fmt(), hemoglobin(6, upperOnly), 'clinician')).toEqual(['Not above the upper limit (≤ 17.5 g/dL); no lower limit was sent.'])
    expect(resultWords(fmt('es'), hemoglobin(6, upperOnly), 'clinician')).toEqual(['No supera el límite superior (≤ 17.5 g/dL); no se envió límite inferior.'])
    expect(resultWords(fmt(), hemoglobin(20, { low: 12, unit: 'g/dL' }), 'patient')).toEqual([
      'Your result is not below the lower limit (≥ 12 g/dL). The lab sent no upper limit, so this app cannot tell whether it is too high.',
    ])
    // A one-sided range the lab wrote out is the whole range.
    expect(resultWords(fmt(), hemoglobin(6, { high: 17.5, unit: 'g/dL', text: '<=17.5' }), 'patient')).toEqual(['Your result is within the usual range (<=17.5).'])
    expect(resultWords(fmt(), hemoglobin(13, { low: 12, high: 17.5, unit: 'g/dL' }), 'patient')).toEqual(['Your result is within the usual range (12–17.5 g/dL).'])
  })

  it('never calls a value "within" a range it cannot be compared with', () => {
    expect(isWithinRange(potassium(4.4, { referenceRange: { low: 3.5, high: 5.1, unit: 'mg/dL' } }))).toBe(false)
    expect(isWithinRange(potassium(5.2))).toBe(false)
    expect(isWithinRange(potassium(5.6, { referenceRange: { text: '<5.7' } }))).toBe(true)
    expect(isWithinRange(potassium(5.7, { referenceRange: { text: '<5.7' } }))).toBe(false)
    expect(isWithinRange(potassium(4.4, { referenceRange: undefined }))).toBe(false)
    expect(isWithinRange(potassium(4.4, { referenceRange: {} }))).toBe(false)
    expect(isWithinRange(potassium(4.4, { referenceRange: { text: 'see report' } }))).toBe(false)
  })

  it('counts both limits as inside, and a value below the lower limit as outside', () => {
    expect(isWithinRange(potassium(3.5))).toBe(true)
    expect(isWithinRange(potassium(5.1))).toBe(true)
    expect(isWithinRange(potassium(3.4))).toBe(false)
  })

  it('compares a number with a range when either side leaves its unit out', () => {
    expect(isWithinRange(potassium(4.4, { referenceRange: { low: 3.5, high: 5.1 } }))).toBe(true)
    expect(isWithinRange(potassium(4.4, { value: { kind: 'quantity', value: 4.4, alternates: [] } }))).toBe(true)
  })

  it('reads the limits of a range sent only as text, inclusive or not', () => {
    const within = (value: number, text: string) => isWithinRange(potassium(value, { referenceRange: { text } }))
    expect(within(12, '>=12')).toBe(true)
    expect(within(11.9, '>=12')).toBe(false)
    expect(within(12, '>12')).toBe(false)
    expect(within(12.1, '>12')).toBe(true)
    expect(within(5.7, '<=5.7')).toBe(true)
    expect(within(5.8, '<=5.7')).toBe(false)
    expect(within(3.5, '3.5-5.1')).toBe(true)
    expect(within(5.1, '3.5-5.1')).toBe(true)
    expect(within(3.4, '3.5-5.1')).toBe(false)
    expect(within(5.2, '3.5-5.1')).toBe(false)
  })

  it('puts a range in brackets only when it has a number: a flagged "Negative" is not bracketed', () => {
    const protein: LabResult = { ...potassium(0, {}, 'N'), loinc: '20454-5', value: { kind: 'text', text: 'Negative' }, referenceRange: { text: 'Negative' } }
    expect(resultWords(fmt(), protein, 'patient')).toEqual(['Your result is within the usual range.'])
    expect(resultWords(fmt(), { ...protein, interpretation: 'H' }, 'clinician')).toEqual(['Above the reference range.'])
  })

  it('speaks Spanish', () => {
    expect(resultWords(fmt('es'), potassium(5.5, {}, 'H'), 'patient')).toEqual(['Su resultado está por encima del rango habitual (3.5–5.1 mmol/L).'])
  })
})
