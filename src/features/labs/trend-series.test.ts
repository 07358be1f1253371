// The trend's plotting rules on hand-made results, for cases the seeded patients do not have:
// a unit that cannot be converted, a censored value, a test without LOINC.
import { describe, expect, it } from 'vitest'
import type { LabResult } from '../../domain/observation.ts'
import { harmonize } from '../../domain/units.ts'
import { measurementsOf, trendSeries } from './trend-series.ts'

const provenance = { resourceType: 'Observation', fields: {}, dropped: [] }

function lab(id: string, effective: string, value: number, unit?: string, extra: Partial<LabResult> = {}): LabResult {
  return {
    id,
    loinc: '2345-7',
    name: 'Glucose',
    status: 'final',
    categories: ['laboratory'],
    effective,
    value: { kind: 'quantity', value, ...(unit !== undefined && { unit }), alternates: [] },
    referenceRange: { low: 70, high: 99, unit: 'mg/dL' },
    provenance,
    ...extra,
  }
}

describe('trendSeries', () => {
  it('converts what UCUM can, flags (and does not plot) units it cannot and censored values', async () => {
    const results = [
      lab('d', '2026-04-01T00:00:00Z', 5, 'mmol/L'),
      lab('c', '2026-03-01T00:00:00Z', 5, 'kg'),
      lab('b', '2026-02-01T00:00:00Z', 40, 'mg/dL', { value: { kind: 'quantity', value: 40, unit: 'mg/dL', comparator: '<', alternates: [] } }),
      lab('a', '2026-01-01T00:00:00Z', 100, 'mg/dL'),
    ]
    const series = trendSeries(results, await harmonize(measurementsOf(results, '2345-7'), '2345-7'))
    expect(series.unit).toBe('mg/dL')
    expect(series.rows.map((r) => r.state)).toEqual(['plotted', 'unconvertible', 'censored', 'plotted'])
    expect(series.plotted.map((p) => p.lab.id)).toEqual(['a', 'd'])
    expect(series.plotted[1]).toMatchObject({ converted: true })
    expect(series.plotted[1]?.value).toBeCloseTo(90.08, 1)
    expect(series.band).toEqual({ low: 70, high: 99 })
  })

  it('in original units plots only the most common unit', () => {
    const results = [lab('c', '2026-03-01T00:00:00Z', 5, 'mmol/L'), lab('b', '2026-02-01T00:00:00Z', 95, 'mg/dL'), lab('a', '2026-01-01T00:00:00Z', 100, 'mg/dL')]
    const series = trendSeries(results)
    expect(series.unit).toBe('mg/dL')
    expect(series.rows.map((r) => r.state)).toEqual(['other-unit', 'plotted', 'plotted'])
  })

  it('works for a test without LOINC, keyed by name', async () => {
    const results = [lab('b', '2026-02-01T00:00:00Z', 2), lab('a', '2026-01-01T00:00:00Z', 1)].map(({ loinc: _loinc, referenceRange: _r, ...r }) => r)
    const series = trendSeries(results, await harmonize(measurementsOf(results, 'Glucose'), 'Glucose'))
    expect(series.unit).toBeUndefined()
    expect(series.plotted.map((p) => p.value)).toEqual([1, 2])
    expect(series.band).toBeUndefined()
  })
})
