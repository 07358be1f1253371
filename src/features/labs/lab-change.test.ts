// Previous value and change on hand-made groups, for the cases the seeded patients do not line up:
// a retracted result right before the latest, a unit change, a censored value, a text result.
import { describe, expect, it } from 'vitest'
import type { LabResult } from '../../domain/observation.ts'
import type { ObservationValue } from '../../domain/observation-value.ts'
import { labChange } from './lab-change.ts'
import { groupLabs } from './lab-groups.ts'
import { sparkValues } from './sparkline.tsx'

const provenance = { resourceType: 'Observation', fields: {}, dropped: [] }

const q = (value: number, unit?: string, extra: Partial<Extract<ObservationValue, { kind: 'quantity' }>> = {}): ObservationValue => ({
  kind: 'quantity',
  value,
  ...(unit !== undefined && { unit }),
  alternates: [],
  ...extra,
})

function lab(id: string, effective: string, value: ObservationValue, status: LabResult['status'] = 'final'): LabResult {
  return { id, loinc: '2823-3', name: 'Potassium', status, categories: ['laboratory'], effective, value, provenance }
}

/** The one group made of `results`, built the way the screen builds it. */
const group = (...results: LabResult[]) => {
  const [g] = groupLabs({ items: results })
  if (!g) throw new Error('no group')
  return g
}

describe('labChange', () => {
  it('compares the latest with the one before it, at the precision the lab reported', () => {
    const change = labChange(group(lab('a', '2026-01-01', q(5.3, 'mmol/L')), lab('b', '2026-03-01', q(4.7, 'mmol/L')), lab('c', '2025-06-01', q(4.1, 'mmol/L'))))
    expect(change).toMatchObject({ kind: 'compared', delta: -0.6, unit: 'mmol/L' })
    expect(change.kind !== 'no-previous' && change.previous.id).toBe('a')
  })

  it('a rise of a whole number and no change at all', () => {
    expect(labChange(group(lab('a', '2026-01-01', q(128, 'mg/dL')), lab('b', '2026-03-01', q(140, 'mg/dL'))))).toMatchObject({ kind: 'compared', delta: 12 })
    expect(labChange(group(lab('a', '2026-01-01', q(1.02, 'mg/dL')), lab('b', '2026-03-01', q(1.02, 'mg/dL'))))).toMatchObject({ kind: 'compared', delta: 0 })
  })

  it('a single result has no previous', () => {
    expect(labChange(group(lab('a', '2026-01-01', q(4.7, 'mmol/L'))))).toEqual({ kind: 'no-previous' })
  })

  it('skips a retracted or cancelled result: the previous is the last one that counted', () => {
    const change = labChange(
      group(
        lab('old', '2026-01-01', q(4.0, 'mmol/L')),
        lab('wrong', '2026-02-01', q(7.9, 'mmol/L'), 'entered-in-error'),
        lab('void', '2026-02-15', q(2.1, 'mmol/L'), 'cancelled'),
        lab('new', '2026-03-01', q(4.5, 'mmol/L')),
      ),
    )
    expect(change).toMatchObject({ kind: 'compared', delta: 0.5, previous: { id: 'old' } })
  })

  it('a retracted newest result is neither the latest nor the previous', () => {
    const change = labChange(group(lab('a', '2026-01-01', q(4.0, 'mmol/L')), lab('b', '2026-02-01', q(4.4, 'mmol/L')), lab('x', '2026-03-01', q(9, 'mmol/L'), 'entered-in-error')))
    expect(change).toMatchObject({ kind: 'compared', delta: 0.4, previous: { id: 'a' } })
  })

  it('only the retracted ones before the latest: no previous', () => {
    expect(labChange(group(lab('x', '2026-01-01', q(4.0, 'mmol/L'), 'entered-in-error'), lab('b', '2026-02-01', q(4.4, 'mmol/L'))))).toEqual({ kind: 'no-previous' })
  })

  it('different units are not compared, even when they could be converted', () => {
    const change = labChange(group(lab('a', '2026-01-01', q(110, 'umol/L')), lab('b', '2026-03-01', q(1.02, 'mg/dL'))))
    expect(change).toMatchObject({ kind: 'not-compared', reason: 'other-unit', previous: { id: 'a' } })
  })

  it('a unit against no unit is not compared; two unitless numbers are', () => {
    expect(labChange(group(lab('a', '2026-01-01', q(1.015)), lab('b', '2026-03-01', q(1.02, '1'))))).toMatchObject({ kind: 'not-compared', reason: 'other-unit' })
    expect(labChange(group(lab('a', '2026-01-01', q(1.015)), lab('b', '2026-03-01', q(1.02))))).toMatchObject({ kind: 'compared', delta: 0.005 })
  })

  it('a printed unit without a UCUM code still counts as the unit', () => {
    const a = lab('a', '2026-01-01', q(6, undefined, { unitDisplay: 'units' }))
    const b = lab('b', '2026-03-01', q(9, undefined, { unitDisplay: 'U' }))
    expect(labChange(group(a, b))).toMatchObject({ kind: 'not-compared', reason: 'other-unit' })
  })

  it('text results and limits ("<5") are not numbers to subtract', () => {
    const text = labChange(group(lab('a', '2026-01-01', { kind: 'text', text: 'Yellow' }), lab('b', '2026-03-01', { kind: 'text', text: 'Dark yellow' })))
    expect(text).toMatchObject({ kind: 'not-compared', reason: 'not-numeric' })
    const mixed = labChange(group(lab('a', '2026-01-01', { kind: 'absent', reason: 'masked' }), lab('b', '2026-03-01', q(4, 'mmol/L'))))
    expect(mixed).toMatchObject({ kind: 'not-compared', reason: 'not-numeric' })
    const censored = labChange(group(lab('a', '2026-01-01', q(5, 'mg/dL', { comparator: '<' })), lab('b', '2026-03-01', q(7, 'mg/dL'))))
    expect(censored).toMatchObject({ kind: 'not-compared', reason: 'censored' })
  })

  it('every result retracted: nothing to compare', () => {
    expect(labChange(group(lab('x', '2026-01-01', q(4.0, 'mmol/L'), 'entered-in-error')))).toEqual({ kind: 'no-previous' })
  })
})

describe('sparkValues', () => {
  it('draws the exact values in the latest unit, oldest first, leaving out retracted results, limits and other units', () => {
    const g = group(
      lab('a', '2026-01-01', q(4.1, 'mmol/L')),
      lab('b', '2026-02-01', q(9.9, 'mmol/L'), 'entered-in-error'),
      lab('c', '2026-03-01', q(2, 'mmol/L', { comparator: '<' })),
      lab('d', '2026-04-01', q(40, 'mg/dL')),
      lab('e', '2026-05-01', { kind: 'text', text: 'hemolyzed' }),
      lab('f', '2026-06-01', q(5.3, 'mmol/L')),
      lab('g', '2026-07-01', q(4.7, 'mmol/L')),
    )
    expect(sparkValues(g)).toEqual([4.1, 5.3, 4.7])
  })

  it('nothing to draw when the latest is not a number', () => {
    expect(sparkValues(group(lab('a', '2026-01-01', q(4.1, 'mmol/L')), lab('b', '2026-02-01', { kind: 'text', text: 'Yellow' })))).toEqual([])
  })
})
