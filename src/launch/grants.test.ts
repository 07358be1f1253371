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
