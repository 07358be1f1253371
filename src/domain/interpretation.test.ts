// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SYSTEMS } from './coding.ts'
import { interpretationOf, isAbnormal, isCritical } from './interpretation.ts'
import { normalizeStatus } from './status.ts'

const v3 = (code: string) => ({ system: SYSTEMS.interpretation, code })

describe('interpretationOf', () => {
  it.each([
    ['H', 'H'], ['L', 'L'], ['HH', 'HH'], ['LL', 'LL'], ['A', 'A'], ['AA', 'AA'], ['N', 'N'],
    // Outside the core set: to the nearest core flag, never up to critical.
    ['HU', 'H'], ['LU', 'L'], ['ll', 'LL'],
  ])('v3 %s shows as %s', (code, flag) => {
    expect(interpretationOf([{ coding: [v3(code)] }])).toEqual({
      flag,
      path: 'interpretation[0].coding[0]',
      rules: ['interpretation.from-v3'],
    })
  })

  it('critical abnormal (AA) stays critical, never softened to abnormal', () => {
    expect(interpretationOf([{ text: 'Critical abnormal' }]).flag).toBe('AA')
    expect(isCritical('AA')).toBe(true)
    expect(isCritical('HH')).toBe(true)
    expect(isCritical('LL')).toBe(true)
    expect(isCritical('A')).toBe(false)
    expect(isCritical('H')).toBe(false)
    expect(isCritical(undefined)).toBe(false)
  })

  it('keeps critical low apart from low', () => {
    expect(interpretationOf([{ coding: [v3('LL')] }]).flag).toBe('LL')
    expect(interpretationOf([{ text: 'Critical low' }]).flag).toBe('LL')
  })

  it('finds the v3 coding among local codes, under the old system URL too', () => {
    const r = interpretationOf([{ coding: [{ system: 'urn:oid:1.2.3', code: 'CRIT' }, { system: 'http://hl7.org/fhir/v3/ObservationInterpretation', code: 'HH' }] }])
    expect(r).toEqual({ flag: 'HH', path: 'interpretation[0].coding[1]', rules: ['interpretation.v3-among-local'] })
  })

  it.each([
    ['High', 'H'], ['low', 'L'], ['critical high', 'HH'], ['Critical Low', 'LL'], ['Abnormal', 'A'], ['normal', 'N'],
    [' h ', 'H'], ['l', 'L'], ['hh', 'HH'], ['LL', 'LL'], ['a', 'A'], ['n', 'N'],
  ])('text %j shows as %s', (text, flag) => {
    expect(interpretationOf([{ text }])).toEqual({ flag, path: 'interpretation[0].text', rules: ['interpretation.from-text'] })
  })

  it.each(['(NONE)', 'none', ' None '])('text %j means no flag, not an unmapped one', (text) => {
    expect(interpretationOf([{ text }])).toEqual({ path: 'interpretation[0].text', rules: ['interpretation.none-text'] })
  })

  it('reports an interpretation it cannot map instead of dropping it', () => {
    expect(interpretationOf([{ coding: [v3('XYZ')] }])).toEqual({ rules: [], unmapped: 'XYZ' })
    expect(interpretationOf([{ text: 'Borderline' }])).toEqual({ rules: [], unmapped: 'borderline' })
    expect(interpretationOf([{ coding: [{ system: 'urn:local', code: 'B' }] }])).toEqual({ rules: [], unmapped: 'B' })
  })

  it('prefers the v3 code over the text when both are unmappable', () => {
    expect(interpretationOf([{ coding: [v3('XYZ')], text: 'odd' }]).unmapped).toBe('XYZ')
  })

  it('takes the first interpretation that maps, and reports the first unmapped one otherwise', () => {
    expect(interpretationOf([{ text: 'weird' }, { coding: [v3('L')] }])).toMatchObject({ flag: 'L', path: 'interpretation[1].coding[0]' })
    expect(interpretationOf([{ text: 'first' }, { text: 'second' }])).toEqual({ rules: [], unmapped: 'first' })
  })

  it('has nothing to say about absent or empty interpretations', () => {
    expect(interpretationOf(undefined)).toEqual({ rules: [] })
    expect(interpretationOf([{}])).toEqual({ rules: [] })
  })

  it.each([
    ['H', true], ['LL', true], ['A', true], ['N', false], [undefined, false],
  ] as const)('isAbnormal(%s) is %s', (flag, abnormal) => {
    expect(isAbnormal(flag)).toBe(abnormal)
  })
})

describe('normalizeStatus', () => {
  const allowed = ['active', 'stopped', 'entered-in-error'] as const
  it('accepts a status from the value set as is', () => {
    expect(normalizeStatus('stopped', allowed)).toEqual({ value: 'stopped', rules: [] })
  })
  it('trims padding and case, and says so', () => {
    expect(normalizeStatus(' Entered-In-Error ', allowed)).toEqual({ value: 'entered-in-error', rules: ['status.trimmed'] })
  })
  it('turns anything else into unknown and keeps the original', () => {
    expect(normalizeStatus('paused', allowed)).toEqual({ value: 'unknown', rules: ['status.unknown'], rejected: 'paused' })
    expect(normalizeStatus(' Paused', allowed)).toEqual({ value: 'unknown', rules: ['status.trimmed', 'status.unknown'], rejected: ' Paused' })
    expect(normalizeStatus(undefined, allowed)).toEqual({ value: 'unknown', rules: [] })
  })
})
