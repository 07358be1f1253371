import type { OperationOutcome } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { clientWarning, dedupeWarnings, warningKey, warningsFromOutcomes } from './warnings.ts'

describe('warningsFromOutcomes', () => {
  it('one warning per issue with text, keeping severity, issue code, resource type and the detail codes', () => {
    const oo: OperationOutcome = {
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'information', code: 'informational', diagnostics: 'Results may not contain the entire record', details: { coding: [{ code: '4119' }, { display: 'no code' }] } },
        { severity: 'warning', code: 'suppressed', details: { text: 'Some sub-types were withheld', coding: [{ code: '59204' }] } },
        { severity: 'fatal', code: 'exception', diagnostics: 'Fatal' },
        { severity: 'error', code: 'processing', diagnostics: 'Error' },
        { severity: 'error', code: 'processing' },
      ],
    }
    expect(warningsFromOutcomes([oo], 'Observation')).toEqual([
      { source: 'server', severity: 'information', code: 'informational', message: 'Results may not contain the entire record', resourceType: 'Observation', detailCodes: ['4119'] },
      { source: 'server', severity: 'warning', code: 'suppressed', message: 'Some sub-types were withheld', resourceType: 'Observation', detailCodes: ['59204'] },
      { source: 'server', severity: 'error', code: 'exception', message: 'Fatal', resourceType: 'Observation', detailCodes: [] },
      { source: 'server', severity: 'error', code: 'processing', message: 'Error', resourceType: 'Observation', detailCodes: [] },
    ])
  })

  it('reads every outcome, tolerates one without issues, and names a missing issue code "unknown"', () => {
    const noCode = { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', diagnostics: 'No code' }] } as unknown as OperationOutcome
    const noIssues = { resourceType: 'OperationOutcome', issue: 'x' } as unknown as OperationOutcome
    const got = warningsFromOutcomes([noIssues, noCode, noCode])
    expect(got).toHaveLength(2)
    expect(got[0]).toMatchObject({ code: 'unknown', message: 'No code', resourceType: undefined })
  })
})

describe('dedupeWarnings', () => {
  it('keeps the first of warnings with the same source, code, resource type and message', () => {
    const a = clientWarning('partial', 'Stopped early', 'Observation')
    const sameAgain = { ...clientWarning('partial', 'Stopped early', 'Observation'), severity: 'error' as const }
    const otherType = clientWarning('partial', 'Stopped early', 'Condition')
    const noType = clientWarning('partial', 'Stopped early')
    const fromServer = { ...a, source: 'server' as const }
    const otherCode = clientWarning('paging-loop', 'Stopped early', 'Observation')
    const otherText = clientWarning('partial', 'Stopped later', 'Observation')
    expect(dedupeWarnings([a, sameAgain, otherType, noType, noType, fromServer, otherCode, otherText])).toEqual([a, otherType, noType, fromServer, otherCode, otherText])
    expect(warningKey(noType)).toBe('client|partial||Stopped early')
  })

  it('a client warning is a warning from the client', () => {
    expect(clientWarning('medication-lookup', 'Details missing')).toEqual({ source: 'client', severity: 'warning', code: 'medication-lookup', message: 'Details missing', resourceType: undefined })
  })
})
