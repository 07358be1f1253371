import { describe, expect, it } from 'vitest'
import { parseGrants } from '../launch/grants.ts'
import { completenessOf, incompleteOf, latestTrusted, notShared, readGranted, searchGranted } from './completeness.ts'
import { FhirError } from './errors.ts'
import { failureOf } from './failure.ts'
import { clientWarning, type FhirWarning } from './warnings.ts'

const err = (status: number, kind: FhirError['kind'], withOutcome = false) =>
  new FhirError({ status, kind, message: 'why', ...(withOutcome && { outcome: { resourceType: 'OperationOutcome', issue: [] } }) })

describe('completeness', () => {
  it('shown, empty, and empty with sub-types withheld (a caveat, never "not shared")', () => {
    const suppressed: FhirWarning = { source: 'server', severity: 'warning', code: 'suppressed', message: 'not authorized for Vital Signs' }
    expect(completenessOf(3)).toEqual({ state: 'shown', count: 3 })
    expect(completenessOf(0, [clientWarning('x', 'y')])).toEqual({ state: 'empty' })
    expect(completenessOf(0, [suppressed])).toEqual({ state: 'empty', withheld: true })
    expect(completenessOf(0, [clientWarning('withheld', 'some withheld')])).toEqual({ state: 'empty', withheld: true })
  })

  it('a list cut short says why, and whether its newest entries can be trusted', () => {
    const partial = completenessOf(5, [clientWarning('partial', 'page 2 failed')])
    expect(partial).toEqual({ state: 'shown', count: 5, incomplete: { reason: 'page-error', newestFirst: false } })
    expect(latestTrusted(partial)).toBe(false)
    const newestFirst = completenessOf(5, [clientWarning('paging-loop', 'loop')], true)
    expect(newestFirst).toEqual({ state: 'shown', count: 5, incomplete: { reason: 'loop', newestFirst: true } })
    expect(latestTrusted(newestFirst)).toBe(true)
    expect(latestTrusted(completenessOf(5))).toBe(true)
  })

  it('classifies failures into faults with the technical facts', () => {
    expect(failureOf(err(401, 'unauthorized'))).toEqual({ fault: 'session-ended', status: 401, diagnostic: 'why' })
    expect(failureOf(err(403, 'forbidden')).fault).toBe('forbidden')
    expect(failureOf(err(400, 'bad-request', true)).fault).toBe('not-supported')
    expect(failureOf(err(400, 'bad-request')).fault).toBe('bad-request')
    expect(failureOf(err(429, 'server')).fault).toBe('busy')
    expect(failureOf(err(500, 'server')).fault).toBe('server-error')
    expect(failureOf(err(503, 'server')).fault).toBe('unavailable')
    expect(failureOf(err(406, 'not-acceptable')).fault).toBe('not-acceptable')
    expect(failureOf(err(0, 'timeout')).fault).toBe('timeout')
    expect(failureOf(err(200, 'malformed')).fault).toBe('damaged')
    expect(failureOf(err(200, 'wrong-format')).fault).toBe('wrong-format')
    expect(failureOf(new FhirError({ status: 0, kind: 'network', message: 'Failed to fetch' }))).toEqual({ fault: 'network', status: 0 })
    expect(failureOf(new FhirError({ status: 503, kind: 'server', message: 'HTTP 503', correlationId: 'abc-1' }))).toEqual({ fault: 'unavailable', status: 503, correlationId: 'abc-1' })
  })

  it('grants: type, v1/v2, wildcard, and granular categories', () => {
    expect(searchGranted(parseGrants('patient/Observation.read'), 'Observation', 'vital-signs')).toBe(true)
    expect(searchGranted(parseGrants('patient/Observation.r'), 'Observation')).toBe(false)
    expect(searchGranted(parseGrants('patient/*.rs'), 'AllergyIntolerance')).toBe(true)
    const granular = parseGrants('patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory')
    expect(searchGranted(granular, 'Observation', 'laboratory')).toBe(true)
    expect(searchGranted(granular, 'Observation', 'vital-signs')).toBe(false)
  })

  it('only the client’s own stop notes cut a list short, the first one naming the reason; only the server’s "suppressed" means withheld', () => {
    const serverSaysPartial: FhirWarning = { source: 'server', severity: 'warning', code: 'partial', message: 'x' }
    expect(completenessOf(2, [serverSaysPartial])).toEqual({ state: 'shown', count: 2 })
    expect(incompleteOf(completenessOf(2, [clientWarning('other', 'x'), clientWarning('paging-max-pages', 'x'), clientWarning('paging-loop', 'y')]))?.reason).toBe('max-pages')
    expect(incompleteOf(completenessOf(2, [clientWarning('paging-foreign-next', 'x')]))?.reason).toBe('foreign-next')
    expect(incompleteOf(completenessOf(2, [clientWarning('paging-max-entries', 'x')]))?.reason).toBe('max-entries')
    expect(completenessOf(0, [clientWarning('suppressed', 'x')])).toEqual({ state: 'empty' })
    expect(completenessOf(0, [{ source: 'server', severity: 'information', code: 'informational', message: 'x' }])).toEqual({ state: 'empty' })
    expect(completenessOf(0, [clientWarning('partial', 'x')])).toEqual({ state: 'empty', incomplete: { reason: 'page-error', newestFirst: false } })
  })

  it('"not shared" is never trusted for a latest value and has no incompleteness', () => {
    expect(notShared()).toEqual({ state: 'not-shared' })
    expect(notShared('Lab results were not shared')).toEqual({ state: 'not-shared', message: 'Lab results were not shared' })
    expect(latestTrusted(notShared())).toBe(false)
    expect(latestTrusted(undefined)).toBe(false)
    expect(latestTrusted(completenessOf(0))).toBe(true)
    expect(incompleteOf(notShared())).toBeUndefined()
    expect(incompleteOf(undefined)).toBeUndefined()
    expect(incompleteOf(completenessOf(1, [clientWarning('partial', 'x')]))).toEqual({ reason: 'page-error', newestFirst: false })
  })

  it('granular grants: any of several categories, a category without a system, and read apart from search', () => {
    const several = parseGrants('patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory,vital-signs')
    expect(searchGranted(several, 'Observation', 'vital-signs')).toBe(true)
    expect(searchGranted(several, 'Observation', 'laboratory')).toBe(true)
    expect(searchGranted(several, 'Observation', 'social-history')).toBe(false)
    expect(searchGranted(several, 'Observation')).toBe(true)
    expect(searchGranted(several, 'AllergyIntolerance')).toBe(false)
    const cat = 'http://terminology.hl7.org/CodeSystem/observation-category'
    const twoScopes = parseGrants(`patient/Observation.rs?category=${cat}|laboratory patient/Observation.rs?category=${cat}|vital-signs`)
    expect(searchGranted(twoScopes, 'Observation', 'vital-signs')).toBe(true)
    expect(searchGranted(twoScopes, 'Observation', 'laboratory')).toBe(true)
    // A granular scope that filters on something other than the category leaves every category searchable.
    const byCode = parseGrants('patient/Observation.rs?code=http://loinc.org|2823-3')
    expect(searchGranted(byCode, 'Observation', 'laboratory')).toBe(true)
    expect(readGranted(parseGrants('patient/Patient.r'), 'Patient')).toBe(true)
    expect(readGranted(parseGrants('patient/Patient.s'), 'Patient')).toBe(false)
  })
})
