import { describe, expect, it } from 'vitest'
import { viewsAnotherRecord } from './record-relation.ts'

describe('whose record the signed-in person is viewing', () => {
  it('a proxy, or a patient login that chose another record, views another person\'s record', () => {
    expect(viewsAnotherRecord({ mode: 'proxy', fhirUser: 'RelatedPerson/r1', patientId: 'sofia' })).toBe(true)
    expect(viewsAnotherRecord({ mode: 'patient', fhirUser: 'Patient/mateo', patientId: 'sofia' })).toBe(true)
  })

  it('their own record, a clinician, or a server that does not say who signed in: no marker', () => {
    expect(viewsAnotherRecord({ mode: 'patient', fhirUser: 'Patient/mateo', patientId: 'mateo' })).toBe(false)
    expect(viewsAnotherRecord({ mode: 'clinician', fhirUser: 'Practitioner/p1', patientId: 'sofia' })).toBe(false)
    expect(viewsAnotherRecord({ mode: 'patient', fhirUser: undefined, patientId: 'sofia' })).toBe(false)
    expect(viewsAnotherRecord({ mode: 'patient', fhirUser: 'Patient/mateo', patientId: '' })).toBe(false)
  })
})
