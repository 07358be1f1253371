import type { OperationOutcome } from 'fhir/r4'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FhirError, type FhirErrorKind } from './errors.ts'
import { failureOf, TRANSIENT } from './failure.ts'

const outcome: OperationOutcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-supported', diagnostics: 'Unknown search parameter' }] }
const err = (status: number, kind: FhirErrorKind, message = `HTTP ${status}`, more: Partial<ConstructorParameters<typeof FhirError>[0]> = {}) =>
  new FhirError({ status, kind, message, ...more })

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('failureOf: the fault a screen words', () => {
  it.each([
    [401, 'unauthorized', 'session-ended'],
    [403, 'forbidden', 'forbidden'],
    [404, 'not-found', 'not-found'],
    [410, 'not-found', 'not-found'],
    [406, 'not-acceptable', 'not-acceptable'],
    [415, 'not-acceptable', 'not-acceptable'],
    [429, 'server', 'busy'],
    [502, 'server', 'unavailable'],
    [503, 'server', 'unavailable'],
    [504, 'server', 'unavailable'],
    [500, 'server', 'server-error'],
    [501, 'server', 'server-error'],
    [400, 'bad-request', 'bad-request'],
    [422, 'bad-request', 'bad-request'],
  ] as const)('HTTP %i (%s) → %s', (status, kind, fault) => {
    expect(failureOf(err(status, kind))).toEqual({ fault, status })
  })

  it('an HTTP 408 is a timeout, whatever kind the error carries', () => {
    expect(failureOf(err(408, 'bad-request')).fault).toBe('timeout')
  })

  it('a 400 that carries an OperationOutcome is a request the server does not support; without one, a bad request', () => {
    expect(failureOf(err(400, 'bad-request', 'Unknown search parameter', { outcome })).fault).toBe('not-supported')
    expect(failureOf(err(422, 'bad-request', 'x', { outcome })).fault).toBe('bad-request')
  })

  it.each([
    ['timeout', 'timeout'],
    ['network', 'network'],
    ['malformed', 'damaged'],
    ['wrong-format', 'wrong-format'],
    ['refused', 'refused'],
  ] as const)('kind %s → %s, whatever the status', (kind, fault) => {
    expect(failureOf(err(200, kind, 'Something')).fault).toBe(fault)
  })

  it('a network failure while the browser is offline is "offline"', () => {
    vi.stubGlobal('navigator', { onLine: false })
    expect(failureOf(err(0, 'network', 'Failed to fetch'))).toEqual({ fault: 'offline', status: 0 })
    expect(failureOf(new TypeError('Failed to fetch'))).toMatchObject({ fault: 'offline', status: 0 })
    vi.stubGlobal('navigator', { onLine: true })
    expect(failureOf(err(0, 'network', 'Failed to fetch')).fault).toBe('network')
  })

  it('keeps the server’s own words and the correlation id, but not the texts the HTTP layer writes itself', () => {
    expect(failureOf(err(400, 'bad-request', 'Unknown search parameter', { correlationId: 'req-7' }))).toEqual({
      fault: 'bad-request', status: 400, diagnostic: 'Unknown search parameter', correlationId: 'req-7',
    })
    for (const own of ['HTTP 503 Service Unavailable', 'No answer within 30 s', 'Refused to send the token elsewhere', 'Failed to fetch', 'NetworkError when attempting to fetch', 'Load failed']) {
      expect(failureOf(err(503, 'server', own))).not.toHaveProperty('diagnostic')
    }
    // Only a leading "HTTP nnn" is the layer's own text.
    expect(failureOf(err(500, 'server', 'Upstream said HTTP 500')).diagnostic).toBe('Upstream said HTTP 500')
    expect(failureOf(err(500, 'server', 'HTTP 5000 things')).diagnostic).toBe('HTTP 5000 things')
  })

  it('anything that is not a FhirError is "unknown", with its message when it has one', () => {
    expect(failureOf(new Error('boom'))).toEqual({ fault: 'unknown', status: 0, diagnostic: 'boom' })
    expect(failureOf(new Error(''))).toEqual({ fault: 'unknown', status: 0 })
    expect(failureOf('boom')).toEqual({ fault: 'unknown', status: 0 })
  })
})

describe('TRANSIENT: faults worth trying again', () => {
  it('lists exactly the faults that may pass by themselves', () => {
    expect([...TRANSIENT].sort()).toEqual(['busy', 'damaged', 'network', 'offline', 'server-error', 'timeout', 'unavailable', 'unknown'])
  })
})
