// Merging page by page must give the very order a full sort gives, whatever the pages hold.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { VitalSign } from '../../domain/observation.ts'
import { mergeNewestFirst, newestFirst } from './vital-series.ts'

const reading = (id: number, effective: string | undefined) => ({ id: String(id), kind: 'heart-rate', effective }) as unknown as VitalSign

describe('mergeNewestFirst', () => {
  it('equals sorting everything received so far, after every page', () => {
    const effective = fc.option(fc.constantFrom('2024-01-01', '2024-01-01T08:00:00Z', '2023-05-02T10:30:00Z', '2025-12-31', 'not a date'), { nil: undefined })
    fc.assert(
      fc.property(fc.array(fc.array(effective, { maxLength: 12 }), { maxLength: 6 }), (pages) => {
        let id = 0
        let all: VitalSign[] = []
        let merged: VitalSign[] = []
        for (const page of pages) {
          const items = page.map((e) => reading(id++, e))
          all = all.concat(items)
          merged = mergeNewestFirst(merged, items)
          expect(merged.map((v) => v.id)).toEqual(newestFirst(all).map((v) => v.id))
        }
      }),
    )
  })
})
