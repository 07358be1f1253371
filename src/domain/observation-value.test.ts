// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SYSTEMS } from './coding.ts'
import { valueOf } from './observation-value.ts'
import { provenanceOf } from './provenance.ts'
import { normalizeQuantity, numberOf, unitOf } from './quantity.ts'

const UCUM = SYSTEMS.ucum

/** The value a user sees, plus where the provenance drawer says it came from. */
function read(src: Record<string, unknown>) {
  const prov = provenanceOf(src)
  const value = valueOf(src, prov)
  const built = prov.build()
  return { value, from: built.fields.value, dropped: built.dropped }
}

describe('numberOf', () => {
  it.each([
    [5, 5, []],
    ['5', 5, ['value.number-from-string']],
    [' -1.5e2 ', -150, ['value.number-from-string']],
    ['+.5', 0.5, ['value.number-from-string']],
    ['7.', 7, ['value.number-from-string']],
  ] as const)('%j reads as %s', (raw, value, rules) => {
    expect(numberOf(raw)).toEqual({ value, rules })
  })

  it.each(['', 'abc', '5 mg', '1e999', '1,5', '.', '--5'])('%j is not a number', (raw) => {
    expect(numberOf(raw)).toEqual({ rules: [] })
  })
})

describe('unitOf', () => {
  it('takes the UCUM code over the vendor display, and says so when they differ', () => {
    expect(unitOf({ unit: 'mcmol/L', code: 'umol/L', system: UCUM })).toEqual({ unit: 'umol/L', unitDisplay: 'mcmol/L', rule: 'unit.ucum-code-over-display' })
    expect(unitOf({ unit: 'mg/dL', code: 'mg/dL', system: UCUM })).toEqual({ unit: 'mg/dL', unitDisplay: 'mg/dL', rule: undefined })
    expect(unitOf({ code: ' mg/dL ', system: 'urn:oid:2.16.840.1.113883.6.8' })).toEqual({ unit: 'mg/dL', unitDisplay: 'mg/dL', rule: undefined })
  })

  it('maps a known vendor display to UCUM only when no system is given', () => {
    expect(unitOf({ unit: 'K/uL' })).toEqual({ unit: '10*3/uL', unitDisplay: 'K/uL', rule: 'unit.display-alias' })
    expect(unitOf({ unit: 'K/uL', system: 'urn:local' })).toEqual({ unitDisplay: 'K/uL', rule: 'unit.not-ucum' })
  })

  it('accepts a display that is itself UCUM when no system is given', () => {
    expect(unitOf({ unit: 'mmol/L' })).toEqual({ unit: 'mmol/L', unitDisplay: 'mmol/L', rule: 'unit.display-is-ucum' })
    expect(unitOf({ unit: 'mmol/L', system: 'urn:local' })).toEqual({ unitDisplay: 'mmol/L', rule: 'unit.not-ucum' })
  })

  it('keeps a non-UCUM unit as printed text only', () => {
    expect(unitOf({ unit: 'puffs' })).toEqual({ unitDisplay: 'puffs', rule: 'unit.not-ucum' })
    expect(unitOf({ code: 'X1', system: 'urn:local' })).toEqual({ unitDisplay: 'X1', rule: 'unit.not-ucum' })
  })

  it('says when the unit is missing', () => {
    expect(unitOf({ value: 1 })).toEqual({ rule: 'unit.missing' })
    expect(unitOf({ system: UCUM })).toEqual({ rule: 'unit.missing' })
  })
})

describe('normalizeQuantity', () => {
  it('keeps the comparator of a censored value', () => {
    expect(normalizeQuantity({ value: 60, comparator: '>', unit: 'mL/min', code: 'mL/min', system: UCUM })).toEqual({
      value: 60, comparator: '>', unit: 'mL/min', unitDisplay: 'mL/min', alternates: [], rules: [],
    })
    for (const c of ['<', '<=', '>=', '>']) expect(normalizeQuantity({ value: 1, comparator: ` ${c} ` })?.comparator).toBe(c)
    expect(normalizeQuantity({ value: 1, comparator: 'ad' })).not.toHaveProperty('comparator')
  })

  it('exposes PQ translations as alternates and ignores other extensions or empty ones', () => {
    const q = normalizeQuantity({
      value: 110, unit: 'umol/L', code: 'umol/L', system: UCUM,
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation', valueQuantity: { value: 1.24, unit: 'mg/dL', code: 'mg/dL', system: UCUM } },
        { url: 'http://hl7.org/fhir/StructureDefinition/iso21090-PQ-translation', valueQuantity: { unit: 'mg/dL' } },
        { url: 'http://example.org/other', valueQuantity: { value: 9, unit: 'x' } },
      ],
    })
    expect(q).toEqual({
      value: 110, unit: 'umol/L', unitDisplay: 'umol/L',
      alternates: [{ value: 1.24, unit: 'mg/dL', unitDisplay: 'mg/dL' }],
      rules: ['value.translations'],
    })
  })

  it('is undefined without a numeric value', () => {
    expect(normalizeQuantity({ unit: 'mg/dL' })).toBeUndefined()
  })

  it('records both the string value and the unit rule', () => {
    expect(normalizeQuantity({ value: '4.5', unit: 'K/uL' })?.rules).toEqual(['value.number-from-string', 'unit.display-alias'])
  })
})

describe('valueOf', () => {
  it('reads a quantity', () => {
    const r = read({ valueQuantity: { value: 6.4, unit: 'mmol/L', code: 'mmol/L', system: UCUM } })
    expect(r.value).toEqual({ kind: 'quantity', value: 6.4, unit: 'mmol/L', unitDisplay: 'mmol/L', alternates: [] })
    expect(r.from).toEqual({ path: 'valueQuantity', rules: [] })
  })

  it('drops a quantity without a number and reads the next value type', () => {
    const r = read({ valueQuantity: { unit: 'mg' }, valueString: 'see note' })
    expect(r.value).toEqual({ kind: 'text', text: 'see note' })
    expect(r.dropped).toContainEqual({ path: 'valueQuantity', reason: 'quantity without a numeric value' })
  })

  it('reads an integer as a unitless quantity', () => {
    const r = read({ valueInteger: 3 })
    expect(r.value).toEqual({ kind: 'quantity', value: 3, alternates: [] })
    expect(r.from).toEqual({ path: 'valueInteger', rules: ['unit.missing'] })
  })

  it('reads a coded value with its text and code', () => {
    const r = read({ valueCodeableConcept: { coding: [{ system: SYSTEMS.snomed, code: '260385009', display: 'Negative' }] } })
    expect(r.value).toMatchObject({ kind: 'coded', text: 'Negative', code: { system: SYSTEMS.snomed, code: '260385009' } })
    expect(r.from?.path).toBe('valueCodeableConcept')
  })

  it('reads a text-only coded value', () => {
    expect(read({ valueCodeableConcept: { text: 'Positive' } }).value).toEqual({ kind: 'coded', text: 'Positive' })
  })

  it('skips an empty coded value', () => {
    expect(read({ valueCodeableConcept: {} }).value).toEqual({ kind: 'absent', reason: 'missing' })
  })

  it.each([
    [{ valueBoolean: false }, 'false', 'valueBoolean'],
    [{ valueDateTime: '2025-07-08T04:15:00Z' }, '2025-07-08T04:15:00.000Z', 'valueDateTime'],
    [{ valueTime: '08:30:00' }, '08:30:00', 'valueTime'],
  ])('reads %j as text', (src, text, path) => {
    const r = read(src)
    expect(r.value).toEqual({ kind: 'text', text })
    expect(r.from?.path).toBe(path)
  })

  it('reports an unsupported value type as absent, never as nothing', () => {
    const r = read({ valueRange: { low: { value: 1 } } })
    expect(r.value).toEqual({ kind: 'absent', reason: 'unsupported:valueRange' })
    expect(r.from).toEqual({ path: 'valueRange', rules: ['value.unsupported-type'] })
    expect(r.dropped).toContainEqual({ path: 'valueRange', reason: 'valueRange is not modelled' })
  })

  it('keeps the data-absent reason (code, else text, else unknown)', () => {
    expect(read({ dataAbsentReason: { coding: [{ system: SYSTEMS.dataAbsent, code: 'masked' }] } }).value).toEqual({ kind: 'absent', reason: 'masked' })
    expect(read({ dataAbsentReason: { text: ' Not performed ' } }).value).toEqual({ kind: 'absent', reason: 'Not performed' })
    const r = read({ dataAbsentReason: {} })
    expect(r.value).toEqual({ kind: 'absent', reason: 'unknown' })
    expect(r.from).toEqual({ path: 'dataAbsentReason', rules: ['value.data-absent'] })
  })

  it('says missing when there is no value at all', () => {
    expect(read({}).value).toEqual({ kind: 'absent', reason: 'missing' })
  })

  it('uses the component prefix in provenance', () => {
    const prov = provenanceOf({})
    valueOf({ valueQuantity: { value: 120, unit: 'mmHg' } }, prov, 'systolic', 'component[0].')
    expect(prov.build().fields.systolic).toEqual({ path: 'component[0].valueQuantity', rules: ['unit.display-alias'] })
  })
})
