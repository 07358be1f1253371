import { describe, expect, it } from 'vitest'
import { modeFor, parseBannerFlag, toLaunchContext } from './launch-context.ts'

describe('launch context', () => {
  it.each([
    ['boolean false', false, false],
    ['"false" string (Epic)', 'false', false],
    ['boolean true', true, true],
    ['"true" string', 'true', true],
    ['absent means show a banner', undefined, true],
  ])('need_patient_banner %s', (_n, value, expected) => {
    expect(parseBannerFlag(value)).toBe(expected)
  })

  it.each([
    ['Patient/1', 'patient'],
    ['https://ehr.example/fhir/Practitioner/abc', 'clinician'],
    ['PractitionerRole/9', 'clinician'],
    ['RelatedPerson/7', 'proxy'],
    ['Person/7', 'proxy'],
  ])('fhirUser %s → %s mode', (fhirUser, mode) => {
    expect(modeFor(fhirUser.split('/').slice(-2).join('/'), 'standalone')).toBe(mode)
  })

  it('keeps vendor extras and always shows a banner in standalone launches', () => {
    const ctx = toLaunchContext(
      { access_token: 'secret', patient: 'p1', need_patient_banner: 'false', tenant: 't1', '__epic.dstu2.patient': 'T1', user: 'u' },
      'https://x/fhir/Patient/p1',
      'standalone',
    )
    expect(ctx).toMatchObject({ patientId: 'p1', needPatientBanner: true, tenant: 't1', fhirUser: 'Patient/p1', mode: 'patient' })
    expect(ctx.extras).toEqual({ '__epic.dstu2.patient': 'T1', user: 'u' })
  })
})

describe('launch context details', () => {
  it.each([' FALSE ', 'False'])('need_patient_banner %j hides the app banner', (value) => {
    expect(parseBannerFlag(value)).toBe(false)
  })

  it.each([
    [undefined, 'ehr', 'clinician'],
    [undefined, 'standalone', 'patient'],
    ['Device/1', 'ehr', 'clinician'],
    ['Device/1', 'standalone', 'patient'],
    ['RelatedPerson/7', 'ehr', 'proxy'],
    ['Patient/1', 'ehr', 'patient'],
    ['Practitioner/1', 'standalone', 'clinician'],
  ] as const)('fhirUser %s in a %s launch → %s', (fhirUser, kind, mode) => {
    expect(modeFor(fhirUser, kind)).toBe(mode)
  })

  it('follows the EHR’s banner flag, and keeps string context fields only', () => {
    const ctx = toLaunchContext(
      { patient: 'p1', encounter: 'e1', need_patient_banner: false, smart_style_url: 'https://ehr/style.json', tenant: 't' },
      undefined,
      'ehr',
    )
    expect(ctx).toEqual({
      patientId: 'p1', encounterId: 'e1', needPatientBanner: false, smartStyleUrl: 'https://ehr/style.json',
      fhirUser: undefined, mode: 'clinician', tenant: 't', extras: {},
    })
    const odd = toLaunchContext({ patient: 'p1', encounter: 5, smart_style_url: {}, tenant: 7 }, undefined, 'ehr')
    expect(odd).toMatchObject({ encounterId: undefined, smartStyleUrl: undefined, tenant: undefined, needPatientBanner: true })
    expect(toLaunchContext({}, undefined, 'ehr').patientId).toBe('')
  })
})
