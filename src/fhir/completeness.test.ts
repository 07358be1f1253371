import { describe, expect, it } from 'vitest'
import { parseGrants } from '../launch/grants.ts'
import { completenessFromError, completenessOf, searchGranted } from './completeness.ts'
import { FhirError } from './errors.ts'
import { clientWarning, type FhirWarning } from './warnings.ts'

const err = (status: number, kind: FhirError['kind'], withOutcome = false) =>
  new FhirError({ status, kind, message: 'why', ...(withOutcome && { outcome: { resourceType: 'OperationOutcome', issue: [] } }) })

describe('completeness', () => {
  it('shown, empty, and empty-because-suppressed', () => {
    const suppressed: FhirWarning = { source: 'server', severity: 'warning', code: 'suppressed', message: 'not authorized for Vital Signs' }
    expect(completenessOf(3)).toEqual({ state: 'shown', count: 3 })
    expect(completenessOf(0, [clientWarning('x', 'y')])).toEqual({ state: 'empty' })
    expect(completenessOf(0, [suppressed])).toEqual({ state: 'not-shared' })
  })

  it('maps failures: 401/403 not shared, 400 with an outcome not supported, the rest failed', () => {
    expect(completenessFromError(err(401, 'unauthorized'))).toEqual({ state: 'not-shared', message: 'why' })
    expect(completenessFromError(err(403, 'forbidden'))).toEqual({ state: 'not-shared', message: 'why' })
    expect(completenessFromError(err(400, 'bad-request', true))).toEqual({ state: 'not-supported', message: 'why' })
    expect(completenessFromError(err(400, 'bad-request'))).toEqual({ state: 'failed', message: 'why', kind: 'bad-request' })
    expect(completenessFromError(err(0, 'timeout'))).toEqual({ state: 'failed', message: 'why', kind: 'timeout' })
    expect(() => completenessFromError(new DOMException('stop', 'AbortError'))).toThrow('stop')
  })

  it('grants: type, v1/v2, wildcard, and granular categories', () => {
    expect(searchGranted(parseGrants('patient/Observation.read'), 'Observation', 'vital-signs')).toBe(true)
    expect(searchGranted(parseGrants('patient/Observation.r'), 'Observation')).toBe(false)
    expect(searchGranted(parseGrants('patient/*.rs'), 'AllergyIntolerance')).toBe(true)
    const granular = parseGrants('patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory')
    expect(searchGranted(granular, 'Observation', 'laboratory')).toBe(true)
    expect(searchGranted(granular, 'Observation', 'vital-signs')).toBe(false)
  })
})
