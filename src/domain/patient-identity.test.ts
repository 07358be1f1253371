// @vitest-environment node
// Whose record is on screen: the name, birth date, age and sex the banner shows.
import type { Patient } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { ageOn } from './age.ts'
import { chooseName, normalizePhone } from './patient-names.ts'
import { toPatientSummary } from './patient.ts'

const today = new Date(2026, 10, 25, 12)
const summary = (p: Record<string, unknown>) => {
  const s = toPatientSummary({ resourceType: 'Patient', id: 'p1', ...p } as Patient, { today })
  if (!s) throw new Error('not mapped')
  return s
}

describe('chooseName', () => {
  it('prefers the current official name over usual, nickname and maiden ones, wherever it is', () => {
    const names = [
      { use: 'maiden', family: 'Okafor', given: ['Lorraine'] },
      { use: 'nickname', given: ['Rainey'] },
      { use: 'usual', given: ['Lorrie'], family: 'Adeyemi' },
      { use: 'official', given: ['Lorraine', 'A.'], family: 'Adeyemi' },
    ]
    expect(chooseName(names, today)).toEqual({
      name: { display: 'Lorraine A. Adeyemi', given: ['Lorraine', 'A.'], family: 'Adeyemi' },
      index: 3,
      rules: ['name.prefer-official', 'name.composed'],
    })
    expect(chooseName(names.slice(0, 3), today)?.index).toBe(2)
    expect(chooseName(names.slice(0, 2), today)?.index).toBe(1)
  })

  it('ranks a name without use above nickname and maiden, and those above unknown uses', () => {
    expect(chooseName([{ use: 'nickname', text: 'N' }, { text: 'Plain' }], today)?.name.display).toBe('Plain')
    expect(chooseName([{ use: 'anonymous', text: 'X' }, { use: 'maiden', text: 'M' }], today)?.name.display).toBe('M')
  })

  it('skips old names and ended periods, and says so', () => {
    const r = chooseName(
      [
        { use: 'official', text: 'Old Name', period: { end: '2020-01-01' } },
        { use: 'old', text: 'Older' },
        { use: 'usual', text: 'Current Name' },
      ],
      today,
    )
    expect(r).toEqual({ name: { display: 'Current Name', given: [] }, index: 2, rules: ['name.skip-old', 'name.prefer-official'] })
  })

  it('falls back to an old name rather than showing none', () => {
    expect(chooseName([{ use: 'old', text: 'Only Name' }], today)?.name.display).toBe('Only Name')
  })

  it('has no name for empty entries', () => {
    expect(chooseName([{ use: 'official' }, { given: ['  '] }], today)).toBeUndefined()
    expect(chooseName(undefined, today)).toBeUndefined()
  })
})

describe('toPatientSummary identity', () => {
  it.each(['female', 'male', 'other', 'unknown', ' Female '])('keeps administrative gender %j', (gender) => {
    expect(summary({ gender }).sex).toBe(gender.trim().toLowerCase())
  })

  it('drops a gender outside the code set', () => {
    const s = summary({ gender: 'f' })
    expect(s).not.toHaveProperty('sex')
    expect(s.provenance.dropped).toContainEqual({ path: 'gender', reason: 'not an administrative gender code' })
  })

  it('shows the birth date and the age it gives today', () => {
    expect(summary({ birthDate: '1968-03-09' })).toMatchObject({ birthDate: '1968-03-09', age: { years: 58 } })
    expect(summary({ birthDate: '1968' })).toMatchObject({ birthDate: '1968' })
    expect(summary({ birthDate: '1968' })).not.toHaveProperty('age')
  })

  it('drops a birth date that is a date-time or not a date', () => {
    for (const birthDate of ['1968-03-09T10:00:00Z', '09/03/1968']) {
      const s = summary({ birthDate })
      expect(s).not.toHaveProperty('birthDate')
      expect(s.provenance.dropped).toContainEqual({ path: 'birthDate', reason: 'not a valid FHIR date' })
    }
  })

  it('says deceased for a date or a flag', () => {
    expect(summary({ deceasedDateTime: '2026-01-01' })).toMatchObject({ deceased: true })
    expect(summary({ deceasedBoolean: false })).toMatchObject({ deceased: false })
    expect(summary({}).deceased).toBeUndefined()
  })
})

describe('ageOn', () => {
  it.each([
    ['2026-11-25', 0, 0],
    ['2026-10-25', 0, 1],
    ['2026-10-26', 0, 0],
    ['2025-11-25', 1, 12],
    ['2025-11-26', 0, 11],
    ['1968-03-09', 58, 704],
  ])('born %s: %i years (%i months)', (birth, years, months) => {
    expect(ageOn(birth, today)).toEqual({ years, months })
  })

  it('has no age for a future or partial birth date', () => {
    expect(ageOn('2026-11-26', today)).toBeUndefined()
    expect(ageOn('1968-03', today)).toBeUndefined()
    expect(ageOn(undefined, today)).toBeUndefined()
  })
})

describe('normalizePhone', () => {
  it.each([
    ['(608) 555-0142', '+16085550142'],
    ['1-608-555-0142', '+16085550142'],
    ['+44 20 7946 0958', '+442079460958'],
    ['555-0142', undefined],
    ['2-608-555-0142', undefined],
    ['+1234567', undefined],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164)
  })
})
