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
