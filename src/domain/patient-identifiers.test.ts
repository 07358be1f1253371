// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SYSTEMS } from './coding.ts'
import { identifiersOf } from './patient-identifiers.ts'

const today = new Date('2026-11-25T12:00:00Z')
const MR = { coding: [{ system: SYSTEMS.identifierType, code: 'MR', display: 'Medical record number' }] }

describe('identifiersOf', () => {
  it('chooses the MRN by its type, not by position', () => {
    const r = identifiersOf(
      [
        { system: 'urn:oid:1.2.3', value: 'E123', type: { text: 'EPIC' } },
        { system: 'urn:oid:1.2.4', value: ' 445566 ', type: MR, use: 'usual' },
      ],
      today,
    )
    expect(r.mrn).toEqual({ value: '445566', index: 1, rules: ['identifier.mrn-by-type', 'identifier.value-trimmed'] })
    expect(r.identifiers).toEqual([
      { type: 'EPIC', system: 'urn:oid:1.2.3', value: 'E123', current: true, mrn: false },
      { type: 'Medical record number', system: 'urn:oid:1.2.4', value: '445566', use: 'usual', current: true, mrn: true },
    ])
  })

  it('prefers an identifier labelled as the MRN over one only typed MR', () => {
    const r = identifiersOf([{ value: 'typed', type: MR }, { value: 'labelled', type: { text: ' mrn ' } }], today)
    expect(r.mrn?.value).toBe('labelled')
    expect(identifiersOf([{ value: 'a', type: MR }, { value: 'b', type: { coding: [{ code: 'X', display: 'EPI' }] } }], today).mrn?.value).toBe('b')
  })

  it('takes the first of equally good MRNs', () => {
    expect(identifiersOf([{ value: 'first', type: MR }, { value: 'second', type: MR }], today).mrn).toMatchObject({ value: 'first', index: 0 })
  })

  it('never picks a retired MRN, and says one was skipped', () => {
    const r = identifiersOf(
      [
        { value: 'old', type: MR, period: { end: '2020-01-01' } },
        { value: 'new', type: MR, period: { end: '2030-01-01' } },
      ],
      today,
    )
    expect(r.mrn).toEqual({ value: 'new', index: 1, rules: ['identifier.mrn-by-type', 'identifier.skip-ended'] })
    expect(r.identifiers.map((i) => i.current)).toEqual([false, true])
  })

  it('has no MRN when only a retired one or untyped ids exist', () => {
    expect(identifiersOf([{ value: 'old', type: MR, period: { end: '2020-01-01' } }], today).mrn).toBeUndefined()
    expect(identifiersOf([{ value: 'x', type: { coding: [{ system: 'urn:local', code: 'MR' }] } }, { value: 'y' }], today).mrn).toBeUndefined()
  })

  it('skips identifiers without a value', () => {
    const r = identifiersOf([{ type: MR }, { value: 'v', type: MR }], today)
    expect(r.identifiers).toHaveLength(1)
    expect(r.mrn).toMatchObject({ value: 'v', index: 1 })
  })
})
