// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Flag } from '../../domain/interpretation.ts'
import type { LabResult } from '../../domain/observation.ts'
import { recentCriticals } from './recent-criticals.ts'

const NOW = new Date('2026-06-01T12:00:00Z')
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString()

function lab(id: string, interpretation: Flag | undefined, effective: string | undefined, status: LabResult['status'] = 'final'): LabResult {
  return {
    id, status, categories: ['laboratory'], value: { kind: 'quantity', value: 1, unit: 'mmol/L', alternates: [] },
    ...(interpretation && { interpretation }), ...(effective && { effective }),
    provenance: { resourceType: 'Observation', fields: {}, dropped: [] },
  }
}

describe('recentCriticals', () => {
  it('keeps HH, LL and AA results of the last 90 days, newest first', () => {
    const items = [lab('ll', 'LL', daysBefore(30)), lab('hh', 'HH', daysBefore(2)), lab('aa', 'AA', daysBefore(60))]
    expect(recentCriticals(items, NOW).map((l) => l.id)).toEqual(['hh', 'll', 'aa'])
  })

  it('counts a result taken exactly 90 days ago, not one taken 91 days ago', () => {
    const items = [lab('day90', 'HH', daysBefore(90)), lab('day91', 'HH', daysBefore(91))]
    expect(recentCriticals(items, NOW).map((l) => l.id)).toEqual(['day90'])
  })

  it('leaves out flags that are not critical, retracted results and results with no date', () => {
    const items = [
      lab('high', 'H', daysBefore(1)), lab('abnormal', 'A', daysBefore(1)), lab('none', undefined, daysBefore(1)),
      lab('retracted', 'HH', daysBefore(1), 'entered-in-error'), lab('cancelled', 'LL', daysBefore(1), 'cancelled'),
      lab('undated', 'HH', undefined),
    ]
    expect(recentCriticals(items, NOW)).toEqual([])
  })

  it('is measured from the given now, not the wall clock', () => {
    const items = [lab('old', 'HH', '2020-01-10T00:00:00Z')]
    expect(recentCriticals(items, new Date('2020-02-01T00:00:00Z'))).toHaveLength(1)
    expect(recentCriticals(items, new Date('2020-06-01T00:00:00Z'))).toHaveLength(0)
  })
})
