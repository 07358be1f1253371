import { describe, expect, it } from 'vitest'
import { canRead, canSearch, grantFor, parseGrants } from './grants.ts'

describe('parseGrants', () => {
  it.each([
    ['v2 read+search', 'patient/Observation.rs', 'Observation', true, true],
    ['v2 read only cannot search', 'patient/Observation.r', 'Observation', true, false],
    ['v2 search only cannot read', 'patient/Observation.s', 'Observation', false, true],
    ['v1 read covers both', 'patient/Observation.read', 'Observation', true, true],
    ['mixed case (Epic echoes .Read)', 'user/AllergyIntolerance.Read', 'AllergyIntolerance', true, true],
    ['lower-case type', 'patient/observation.rs', 'Observation', true, true],
    ['wildcard applies to every type', 'patient/*.rs', 'MedicationRequest', true, true],
    ['narrower grant leaves a type out', 'patient/Patient.rs patient/Observation.rs', 'AllergyIntolerance', false, false],
    ['write does not read', 'patient/Observation.write', 'Observation', false, false],
    ['empty grant', '', 'Patient', false, false],
    ['nonsense is ignored', 'patient/Observation.xyz launch', 'Observation', false, false],
  ])('%s', (_name, scope, type, read, search) => {
    const g = parseGrants(scope)
    expect(canRead(g, type)).toBe(read)
    expect(canSearch(g, type)).toBe(search)
  })

  it('keeps v2 granular category filters, and an unrestricted scope wins', () => {
    const lab = 'patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory'
    expect(grantFor(parseGrants(lab), 'Observation').searchFilters).toEqual([
      { category: 'http://terminology.hl7.org/CodeSystem/observation-category|laboratory' },
    ])
    expect(grantFor(parseGrants(`${lab} patient/Observation.rs`), 'Observation').searchFilters).toEqual([])
  })

  it('reads refresh and identity scopes case-insensitively', () => {
    const g = parseGrants('openid fhirUser Online_Access launch/patient')
    expect(g).toMatchObject({ openid: true, fhirUser: true, onlineAccess: true, offlineAccess: false, launch: true })
  })
})

describe('parseGrants edge cases', () => {
  it.each([
    ['v1 wildcard permission', 'patient/Observation.*', true, true],
    ['permissions out of order are not a grant', 'patient/Observation.sr', false, false],
    ['junk before valid letters is not a grant', 'patient/Observation.xrs', false, false],
    ['junk after valid letters is not a grant', 'patient/Observation.rsx', false, false],
    ['v2 cruds', 'patient/Observation.cruds', true, true],
  ])('%s', (_n, scope, read, search) => {
    const g = parseGrants(scope)
    expect(canRead(g, 'Observation')).toBe(read)
    expect(canSearch(g, 'Observation')).toBe(search)
  })

  it('lists the granted scopes without blanks', () => {
    expect(parseGrants('  openid   launch\tpatient/Patient.rs ').scopes).toEqual(['openid', 'launch', 'patient/Patient.rs'])
    expect(parseGrants('').scopes).toEqual([])
    expect(parseGrants(undefined).scopes).toEqual([])
  })

  it('keeps an unrestricted search when a granular one comes after it', () => {
    const g = parseGrants('patient/Observation.rs patient/Observation.rs?category=x|laboratory')
    expect(grantFor(g, 'Observation').searchFilters).toEqual([])
  })

  it('keeps several granular filters', () => {
    const g = parseGrants('patient/Observation.rs?category=x|laboratory patient/Observation.s?category=x|vital-signs')
    expect(grantFor(g, 'Observation').searchFilters).toEqual([{ category: 'x|laboratory' }, { category: 'x|vital-signs' }])
  })

  it('reads each identity and access flag on its own', () => {
    expect(parseGrants('openid')).toMatchObject({ openid: true, fhirUser: false, offlineAccess: false, onlineAccess: false, launch: false })
    expect(parseGrants('offline_access')).toMatchObject({ offlineAccess: true, onlineAccess: false, openid: false })
    expect(parseGrants('launch').launch).toBe(true)
    expect(parseGrants('launch/encounter').launch).toBe(true)
    expect(parseGrants('xlaunch/patient patient/Patient.rs').launch).toBe(false)
  })

  it('combines a type grant with a wildcard grant', () => {
    const readOnly = parseGrants('patient/*.s patient/Observation.r')
    expect(grantFor(readOnly, 'Observation')).toEqual({ read: true, search: true, searchFilters: [] })
    const narrow = parseGrants('patient/*.r patient/Observation.s?category=x|laboratory')
    expect(grantFor(narrow, 'Observation')).toEqual({ read: true, search: true, searchFilters: [{ category: 'x|laboratory' }] })
    const wideWildcard = parseGrants('patient/*.rs patient/Observation.s?category=x|laboratory')
    expect(grantFor(wideWildcard, 'Observation').searchFilters).toEqual([])
    const neither = parseGrants('patient/*.c patient/Observation.c')
    expect(grantFor(neither, 'Observation')).toEqual({ read: false, search: false, searchFilters: [] })
  })
})
