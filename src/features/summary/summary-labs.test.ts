// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Flag } from '../../domain/interpretation.ts'
import type { LabResult } from '../../domain/observation.ts'
import { summaryLabs } from './summary-labs.ts'

const NOW = new Date('2026-06-01T12:00:00Z')

function lab(id: string, loinc: string, flag: Flag | undefined, effective: string): LabResult {
  return {
    id, loinc, status: 'final', categories: ['laboratory'], effective, ...(flag && { interpretation: flag }),
    value: { kind: 'quantity', value: 1, unit: 'mmol/L', alternates: [] }, provenance: { resourceType: 'Observation', fields: {}, dropped: [] },
  }
}

describe('summaryLabs', () => {
  it('lists a latest result that is critical once, among the critical results', () => {
    const items = [lab('k', '2823-3', 'HH', '2026-05-30T08:00:00Z'), lab('g', '2345-7', 'H', '2026-05-30T08:00:00Z')]
    const { critical, groups } = summaryLabs({ items }, NOW)
    expect(critical.map((l) => l.id)).toEqual(['k'])
    expect(groups.map((g) => g.latest?.id)).toEqual(['g'])
  })

  it('keeps a test in the abnormal list when its critical result is not the latest', () => {
    const items = [lab('k1', '2823-3', 'HH', '2026-05-19T08:00:00Z'), lab('k2', '2823-3', 'H', '2026-05-21T08:00:00Z')]
    const { critical, groups } = summaryLabs({ items }, NOW)
    expect(critical.map((l) => l.id)).toEqual(['k1'])
    expect(groups.map((g) => g.latest?.id)).toEqual(['k2'])
  })
})
