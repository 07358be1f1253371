// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ageOn } from './age.ts'
import { toPatientSummary } from './patient.ts'
import { type PatientKey, patientOf, VENDORS } from './test-fixtures.ts'

const today = new Date('2026-11-25T12:00:00Z')

const cases: Array<{
  key: PatientKey
  displayName: string
  mrn: string
  birthDate: string
  years: number
  sex: string
  language: string
  phone: string
  contacts: Array<[string, string]>
}> = [
  {
    key: 'lorraine', displayName: 'Lorraine Folake Adeyemi', mrn: '4820137', birthDate: '1968-03-22', years: 58,
    sex: 'female', language: 'en', phone: '+16085550143', contacts: [['SPS', 'Olumide Adeyemi']],
  },
  {
    key: 'mateo', displayName: 'Mateo Andrés Ríos Castillo', mrn: '4820294', birthDate: '1991-07-09', years: 35,
    sex: 'male', language: 'en', phone: '+14805550117', contacts: [['SPS', 'Lucía Morales Vega']],
  },
  {
    key: 'sofia', displayName: 'Sofía Isabel Ríos Morales', mrn: '4820295', birthDate: '2019-04-17', years: 7,
    sex: 'female', language: 'es', phone: '+14805550118',
    contacts: [['MTH', 'Lucía Morales Vega'], ['FTH', 'Mateo Andrés Ríos Castillo']],
  },
  {
    key: 'walter', displayName: 'Walter Ingvald Lindqvist Sr.', mrn: '893058', birthDate: '1948-09-30', years: 78,
    sex: 'male', language: 'en', phone: '+12185550162', contacts: [['', 'Karin Lindqvist-Moore']],
  },
  {
    key: 'hana', displayName: 'Hana Mei Takahashi', mrn: '5037712', birthDate: '2002-02-11', years: 24,
    sex: 'female', language: 'en', phone: '+15035550129', contacts: [['', 'Yuki Takahashi']],
  },
]

const table = VENDORS.flatMap((vendor) => cases.map((c) => ({ vendor, ...c })))

describe('toPatientSummary', () => {
  it.each(table)('$vendor $key: banner facts', async (c) => {
    const p = toPatientSummary(await patientOf(c.vendor, c.key), { today })
    expect(p).not.toBeNull()
    expect(p).toMatchObject({
      // Cerner prints suffixes in capitals ("SR."); the app shows them as given.
      displayName: c.vendor === 'cerner' ? c.displayName.replace(/Sr\.$/, 'SR.') : c.displayName,
      mrn: c.mrn,
      birthDate: c.birthDate,
      age: { years: c.years },
      sex: c.sex,
      language: { code: c.language },
    })
    expect(p?.phone?.normalized).toBe(c.phone)
  })

  it.each(table)('$vendor $key: contacts by relationship code', async (c) => {
    const p = toPatientSummary(await patientOf(c.vendor, c.key), { today })
    const contacts = (p?.contacts ?? []).map((x) => x.name)
    // Epic sends no contacts; Cerner sends ended ones too, which are not current contacts.
    expect(contacts).toEqual(c.vendor === 'epic' ? [] : c.contacts.map(([, name]) => name))
    for (const [code, name] of c.vendor === 'epic' ? [] : c.contacts) {
      if (code) expect(p?.contacts.find((x) => x.name === name)?.relationshipCode).toBe(code)
    }
  })

  it('cerner: ended contacts are skipped, with a rule saying so', async () => {
    const p = toPatientSummary(await patientOf('cerner', 'lorraine'), { today })
    expect(p?.contacts.map((x) => x.name)).toEqual(['Olumide Adeyemi'])
    expect(p?.provenance.fields.contacts?.rules).toContain('contact.skip-ended')
  })

  it('cerner: the primary phone is the home number, not the temporary ones ranked alike before it', async () => {
    const p = toPatientSummary(await patientOf('cerner', 'lorraine'), { today })
    expect(p?.phone?.use).toBe('home')
    expect(p?.phone?.normalized).toBe('+16085550143')
  })

  it.each(VENDORS)('%s: a name suffix is kept', async (vendor) => {
    const p = toPatientSummary(await patientOf(vendor, 'walter'), { today })
    expect(p?.displayName).toMatch(/^Walter Ingvald Lindqvist (Sr\.|SR\.)$/)
    expect(p?.provenance.fields.displayName?.rules ?? p?.provenance.fields.name?.rules).toContain('name.suffix-kept')
  })

  it.each(table)('$vendor $key: the MRN is picked by type, not position', async (c) => {
    const p = toPatientSummary(await patientOf(c.vendor, c.key), { today })
    expect(p?.provenance.fields.mrn?.rules).toContain('identifier.mrn-by-type')
    expect(p?.identifiers.filter((i) => i.mrn)).toHaveLength(1)
    // Every record carries other identifiers first (enterprise ids or a community MRN).
    expect(p?.identifiers[0]?.mrn).toBe(false)
  })

  it.each(VENDORS)('%s: old names and ended MRNs are history, not the banner', async (vendor) => {
    const p = toPatientSummary(await patientOf(vendor, 'lorraine'), { today })
    expect(p?.displayName).not.toMatch(/ADEYEMI/)
    expect(p?.identifiers.some((i) => i.value === '9820137' && i.mrn)).toBe(false)
  })

  it('a birth date with no such day (Feb 30, month 13) is dropped with a reason, and no age is made up', () => {
    for (const birthDate of ['1990-02-30', '1990-13-01', '1990-04-31']) {
      const p = toPatientSummary({ resourceType: 'Patient', id: 'p', birthDate }, { today })
      expect(p?.birthDate).toBeUndefined()
      expect(p?.age).toBeUndefined()
      expect(p?.provenance.dropped).toContainEqual(expect.objectContaining({ path: 'birthDate', reason: 'not a valid FHIR date' }))
    }
    expect(toPatientSummary({ resourceType: 'Patient', id: 'p', birthDate: '1992-02-29' }, { today })?.age).toBeDefined()
  })

  it('is total on non-patients', () => {
    const warnings: Array<{ ref: string; message: string }> = []
    expect(toPatientSummary({ resourceType: 'Observation' } as never, { warnings })).toBeNull()
    expect(warnings[0]?.message).toMatch(/not a Patient/)
  })
})

describe('ageOn', () => {
  it.each([
    ['2019-04-17', '2026-04-16T12:00:00', 6, 83],
    ['2019-04-17', '2026-04-17T12:00:00', 7, 84],
    ['2026-10-01', '2026-11-25T12:00:00', 0, 1],
    ['1968', '2026-11-25T12:00:00', undefined, undefined],
    ['2030-01-01', '2026-11-25T12:00:00', undefined, undefined],
  ])('%s on %s', (birth, on, years, months) => {
    const age = ageOn(birth, new Date(on))
    expect(age?.years).toBe(years)
    expect(age?.months).toBe(months)
  })
})
