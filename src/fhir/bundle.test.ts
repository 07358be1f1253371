import { describe, expect, it } from 'vitest'
import { splitSearchBundle } from './bundle.ts'
import { belongsToPatient } from './patient-scope.ts'

const observation = (id: string, patient = 'p1') => ({
  resourceType: 'Observation' as const,
  id,
  status: 'final' as const,
  code: { text: 'x' },
  subject: { reference: `Patient/${patient}` },
})

describe('splitSearchBundle', () => {
  it('separates matches, includes and outcome entries, and keeps next verbatim', () => {
    const next = 'https://fhir.example.org/r4/Observation?sessionID=12-BED0&x=a%2Cb'
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      total: 2,
      link: [
        { relation: 'self', url: 'https://fhir.example.org/r4/Observation?patient=p1' },
        { relation: 'next', url: next },
      ],
      entry: [
        { resource: observation('o1'), search: { mode: 'match' } },
        { resource: { resourceType: 'Medication', id: 'm1' }, search: { mode: 'include' } },
        { resource: observation('o2') },
        { resource: { resourceType: 'Patient', id: 'p1' }, search: { mode: 'match' } },
        { fullUrl: 'urn:uuid:1', resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'processing' }] }, search: { mode: 'outcome' } },
        { fullUrl: 'https://fhir.example.org/r4/Observation/gone' },
      ],
    }
    const set = splitSearchBundle(bundle, 'Observation')
    expect(set.resources.map((r) => r.id)).toEqual(['o1', 'o2'])
    expect(set.included.map((r) => r.id)).toEqual(['m1'])
    expect(set.outcomes).toHaveLength(1)
    expect(set.next).toBe(next)
    expect(set.skipped).toBe(2)
  })

  it('tolerates a missing entry, a missing link and things that are not bundles', () => {
    expect(splitSearchBundle({ resourceType: 'Bundle', type: 'searchset' }, 'Observation')).toEqual({ resources: [], included: [], outcomes: [], skipped: 0 })
    expect(splitSearchBundle({ resourceType: 'Bundle', entry: 'nope', link: [{ relation: 'next' }] }).next).toBeUndefined()
    expect(splitSearchBundle(null).resources).toEqual([])
    expect(splitSearchBundle({ resourceType: 'OperationOutcome' }).resources).toEqual([])
  })
})

describe('belongsToPatient', () => {
  it('keeps the launch patient’s resources and those without a subject, drops another patient’s', () => {
    expect(belongsToPatient(observation('o1', 'p1'), 'p1')).toBe(true)
    expect(belongsToPatient(observation('o1', 'p2'), 'p1')).toBe(false)
    expect(belongsToPatient({ ...observation('o1'), subject: { reference: 'https://fhir.example.org/r4/Patient/p1/_history/3' } }, 'p1')).toBe(true)
    expect(belongsToPatient({ ...observation('o1'), subject: { display: 'someone' } }, 'p1')).toBe(true)
    expect(belongsToPatient({ resourceType: 'AllergyIntolerance', patient: { reference: 'Patient/p9' } }, 'p1')).toBe(false)
  })
})
