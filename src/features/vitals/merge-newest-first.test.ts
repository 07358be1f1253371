// Folding page by page must give what a pass over everything gives, whatever the pages hold.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { VitalSign } from '../../domain/observation.ts'
import { addChunk, EMPTY_STREAM, latestVitals } from './queries.ts'
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

describe('addChunk', () => {
  it('keeps the newest reading per kind page by page, as a scan of every reading gives it', () => {
    const kinds = ['heart-rate', 'weight', 'blood-pressure'] as const
    const effective = fc.option(fc.constantFrom('2024-01-01', '2024-01-01T08:00:00Z', '2023-05-02T10:30:00Z', 'not a date'), { nil: undefined })
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.constantFrom(...kinds), effective), { maxLength: 10 }), { maxLength: 5 }), (pages) => {
        let id = 0
        let stream = EMPTY_STREAM
        for (const page of pages) {
          const items = page.map(([kind, e]) => ({ id: String(id++), kind, effective: e }) as unknown as VitalSign)
          stream = addChunk(stream, { items, unreadable: 0, warnings: [], loaded: id })
          expect(latestVitals(stream).map((v) => v.id)).toEqual(latestVitals({ items: stream.items }).map((v) => v.id))
        }
      }),
    )
  })
})

describe('latestVitals', () => {
  const at = (id: string, kind: string, effective: string, status = 'final') => ({ id, kind, effective, status }) as unknown as VitalSign

  it('never gives a withdrawn reading as the latest, whether read at once or page by page', () => {
    const items = [
      at('weight-ok', 'weight', '2026-03-01T09:00:00Z'),
      at('weight-wrong-patient', 'weight', '2026-06-01T09:00:00Z', 'entered-in-error'),
      at('pulse-ok', 'heart-rate', '2026-02-01T09:00:00Z'),
      at('pulse-cancelled', 'heart-rate', '2026-05-01T09:00:00Z', 'cancelled'),
      at('pulse-amended', 'heart-rate', '2026-04-01T09:00:00Z', 'amended'),
    ]
    expect(latestVitals({ items }).map((v) => v.id).sort()).toEqual(['pulse-amended', 'weight-ok'])
    const paged = addChunk(addChunk(EMPTY_STREAM, { items: items.slice(0, 1), unreadable: 0, warnings: [], loaded: 1 }), { items: items.slice(1), unreadable: 0, warnings: [], loaded: 5 })
    expect(latestVitals(paged).map((v) => v.id).sort()).toEqual(['pulse-amended', 'weight-ok'])
  })
})
