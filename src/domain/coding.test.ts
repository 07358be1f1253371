// @vitest-environment node
// The small readers every mapper relies on. Inputs are cut from recorded vendor shapes.
import { describe, expect, it } from 'vitest'
import { codeGapRule, conceptText, isCodeNotACode, isDataAbsent, pickCoding, SYSTEMS } from './coding.ts'
import { normalizeDateTime } from './datetime.ts'
import { interpretationOf } from './interpretation.ts'
import { normalizeQuantity, unitOf } from './quantity.ts'
import { normalizeStatus } from './status.ts'

const tenant = 'https://tenant.example/codeSet/72'
const loinc = (code: string, display?: string) => ({ system: SYSTEMS.loinc, code, ...(display && { display }) })

describe('pickCoding', () => {
  it.each([
    ['LOINC after a local code', { coding: [{ system: tenant, code: '1810' }, loinc('718-7')] }, '718-7', 'code.prefer-loinc'],
    ['SNOMED over RxNorm', { coding: [{ system: SYSTEMS.rxnorm, code: '70618' }, { system: SYSTEMS.snomed, code: '91936005' }] }, '91936005', 'code.prefer-snomed'],
    ['an OID alias of LOINC', { coding: [{ system: tenant, code: 'x' }, { system: 'urn:oid:2.16.840.1.113883.6.1', code: '2345-7' }] }, '2345-7', 'code.prefer-loinc'],
    ['a local code when nothing standard exists', { coding: [{ system: tenant, code: '8222318' }] }, '8222318', 'code.other-system'],
    ['not a SNOMED "code" that is text', { coding: [{ system: SYSTEMS.snomed, code: 'Hives' }] }, undefined, undefined],
    ['not a data-absent placeholder', { coding: [{ system: SYSTEMS.dataAbsent, code: 'error' }] }, undefined, undefined],
  ])('picks %s', (_name, concept, code, rule) => {
    const picked = pickCoding(concept)
    expect(picked?.coding.code).toBe(code)
    expect(picked?.rule).toBe(rule)
  })

  it('is total on junk', () => {
    for (const junk of [null, 1, 'x', [], { coding: 'x' }, { coding: [null, 1, { code: 5 }] }]) expect(pickCoding(junk)).toBeUndefined()
  })
})

describe('conceptText', () => {
  it.each([
    ['text first', { text: 'Glucose', coding: [loinc('2345-7', 'Glucose [Mass/volume]')] }, 'Glucose', undefined],
    ['then the chosen display', { coding: [{ system: tenant, code: '1', display: 'Local' }, loinc('2345-7', 'Glucose [Mass/volume]')] }, 'Glucose [Mass/volume]', 'display.from-coding'],
    ['then the code', { coding: [loinc('2345-7')] }, '2345-7', 'display.from-code'],
    ['a text-in-code as a last resort', { coding: [{ system: SYSTEMS.snomed, code: 'Hives' }] }, 'Hives', 'display.from-code'],
  ])('%s', (_name, concept, text, rule) => {
    expect(conceptText(concept)).toEqual({ text, ...(rule && { rule }) })
  })
})

describe('code sanity', () => {
  it.each([
    [SYSTEMS.snomed, 'Hives', true], [SYSTEMS.snomed, '247472004', false], [SYSTEMS.loinc, '2345-7', false],
    [SYSTEMS.loinc, 'Glucose', true], [SYSTEMS.rxnorm, '70618', false], [tenant, 'anything', false],
  ])('%s %s not-a-code=%s', (system, code, expected) => expect(isCodeNotACode(system, code)).toBe(expected))

  it('recognises data-absent concepts (coding or extension)', () => {
    expect(isDataAbsent({ coding: [{ system: SYSTEMS.dataAbsent, code: 'error' }], text: 'Error' })).toBe(true)
    expect(isDataAbsent({ extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' }] })).toBe(true)
    expect(isDataAbsent({ coding: [loinc('718-7')] })).toBe(false)
  })
})

describe('units of a quantity', () => {
  it.each([
    ['UCUM code over a differing display', { value: 1, unit: 'mcmol/L', system: SYSTEMS.ucum, code: 'umol/L' }, 'umol/L', 'mcmol/L', 'unit.ucum-code-over-display'],
    ['same display and code', { value: 1, unit: 'mg/dL', system: SYSTEMS.ucum, code: 'mg/dL' }, 'mg/dL', 'mg/dL', undefined],
    ['printed alias without a system', { value: 1, unit: 'K/uL' }, '10*3/uL', 'K/uL', 'unit.display-alias'],
    ['bare UCUM without a system', { value: 1, unit: 'mg/dL' }, 'mg/dL', 'mg/dL', 'unit.display-is-ucum'],
    ['a unit that is not UCUM', { value: 1, unit: 'tablet' }, undefined, 'tablet', 'unit.not-ucum'],
    ['no unit at all', { value: 5.1 }, undefined, undefined, 'unit.missing'],
  ])('%s', (_name, q, unit, unitDisplay, rule) => {
    expect(unitOf(q)).toEqual({ unit, unitDisplay, rule })
  })

  it('exposes PQ translations as alternates', () => {
    const q = normalizeQuantity({
      value: 36.6, unit: 'degC', system: SYSTEMS.ucum, code: 'Cel',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation', valueQuantity: { value: 97.9, unit: 'degF', system: SYSTEMS.ucum, code: '[degF]' } }],
    })
    expect(q).toMatchObject({ value: 36.6, unit: 'Cel', unitDisplay: 'degC', alternates: [{ value: 97.9, unit: '[degF]', unitDisplay: 'degF' }] })
    expect(q?.rules).toEqual(['unit.ucum-code-over-display', 'value.translations'])
  })

  it('reads numbers sent as strings, rejects non-numbers', () => {
    expect(normalizeQuantity({ value: '6.4', unit: 'mmol/L' })).toMatchObject({ value: 6.4, rules: ['value.number-from-string', 'unit.display-is-ucum'] })
    expect(normalizeQuantity({ value: 'high' })).toBeUndefined()
    expect(normalizeQuantity({ value: Number.NaN })).toBeUndefined()
  })
})

describe('interpretation', () => {
  const v3 = (code: string) => ({ system: SYSTEMS.interpretation, code })
  it.each([
    ['v3 alone', [{ coding: [v3('HH')] }], 'HH', ['interpretation.from-v3']],
    ['v3 beside a tenant code', [{ coding: [{ system: tenant, code: '4551' }, v3('HH')], text: 'Critical High' }], 'HH', ['interpretation.v3-among-local']],
    ['"(NONE)" text', [{ text: '(NONE)' }], undefined, ['interpretation.none-text']],
    ['text only', [{ text: 'Low' }], 'L', ['interpretation.from-text']],
    ['critical low, v3', [{ coding: [v3('LL')] }], 'LL', ['interpretation.from-v3']],
    ['critical low, lower-case v3 beside a tenant code', [{ coding: [{ system: tenant, code: '4552' }, v3('ll')] }], 'LL', ['interpretation.v3-among-local']],
    ['critical low, text only', [{ text: 'Critical Low' }], 'LL', ['interpretation.from-text']],
    ['critical high, text only', [{ text: 'critical high' }], 'HH', ['interpretation.from-text']],
    ['v3 "LU" (significantly low) is low, never critical', [{ coding: [v3('LU')] }], 'L', ['interpretation.from-v3']],
    ['nothing', undefined, undefined, []],
  ])('%s', (_name, interpretation, flag, rules) => {
    const r = interpretationOf(interpretation)
    expect(r.flag).toBe(flag)
    expect(r.rules).toEqual(rules)
  })

  it('reports what it cannot map', () => {
    expect(interpretationOf([{ coding: [v3('POS')], text: 'Positive' }])).toEqual({ rules: [], unmapped: 'POS' })
  })
})

describe('statuses and times', () => {
  it.each([
    ['entered-in-error ', 'entered-in-error', ['status.trimmed']],
    ['final', 'final', []],
    ['FINAL', 'final', ['status.trimmed']],
    ['done', 'unknown', ['status.unknown']],
    [42, 'unknown', []],
  ])('status %j → %s', (raw, value, rules) => {
    expect(normalizeStatus(raw, ['final', 'entered-in-error'] as const)).toMatchObject({ value, rules })
  })

  it.each([
    ['2024-11-12T14:05:00Z', '2024-11-12T14:05:00.000Z', false],
    ['2024-11-12T14:05:00.000Z', '2024-11-12T14:05:00.000Z', false],
    ['2026-01-13T12:05:00.000-05:00', '2026-01-13T17:05:00.000Z', true],
    ['2024-11-12', '2024-11-12', false],
    ['1994', '1994', false],
  ])('date-time %s', (raw, value, changed) => {
    expect(normalizeDateTime(raw)).toEqual({ value, changed })
  })

  it.each(['yesterday', '2024-13-01', '2024-11-12T14:05', 12])('rejects %j', (raw) => expect(normalizeDateTime(raw)).toBeUndefined())
})

describe('codeGapRule', () => {
  const snomed = SYSTEMS.snomed
  it('names free text sent as a code, even when another coding was usable', () => {
    const concept = { coding: [{ system: snomed, code: 'Hives' }, { system: snomed, code: '126485001' }] }
    expect(codeGapRule(concept, pickCoding(concept))).toBe('code.not-a-code')
    expect(codeGapRule({ coding: [{ system: snomed, code: 'Hives' }] }, undefined)).toBe('code.not-a-code')
  })
  it('names a data-absent placeholder and a concept with only text; nothing for a clean pick or an empty concept', () => {
    expect(codeGapRule({ coding: [{ system: SYSTEMS.dataAbsent, code: 'unknown' }], text: 'Unknown' }, undefined)).toBe('code.data-absent')
    expect(codeGapRule({ text: ' Adhesive tape ' }, undefined)).toBe('code.text-only')
    const clean = { coding: [{ system: snomed, code: '126485001' }], text: 'Hives' }
    expect(codeGapRule(clean, pickCoding(clean))).toBeUndefined()
    expect(codeGapRule({ text: '  ' }, undefined)).toBeUndefined()
    expect(codeGapRule({ coding: [{ system: 'urn:local', code: 'X1' }, { system: SYSTEMS.dataAbsent, code: 'unknown' }] }, undefined)).toBeUndefined()
  })
})
