// Vital signs. `list` resolves once every page is in; `stream` puts each page in the cache as it
// arrives, so a history of thousands shows its first page (1,000 or 200 rows, by server) at once
// and a progress line while the rest loads.
import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query'
import { toVitalSign, type VitalSign } from '../../domain/observation.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import type { ObservationChunk } from '../../fhir/adapter.ts'
import { adapterFor } from '../../fhir/adapter.ts'
import type { Completeness } from '../../fhir/completeness.ts'
import { mapAll, unreadableWarnings } from '../../fhir/normalize.ts'
import { mapInSlices } from '../../lib/yield-to-main.ts'
import { FHIR_STALE_TIME, fhirQueryKey, launchKey } from '../../fhir/query-key.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'
import { canBeLatest, mergeNewestFirst, newestFirst } from './vital-series.ts'

export const VITAL_CATEGORY = 'vital-signs'

export interface VitalData {
  items: VitalSign[]
  completeness: Completeness
  warnings: FhirWarning[]
}

export interface VitalStream {
  items: VitalSign[]
  /** Observations received so far (including any that could not be read). */
  loaded: number
  /** All matches, when the server tells a number it means. */
  estimatedTotal?: number
  /** Set once the last page is in (or nothing could be fetched). */
  completeness?: Completeness
  warnings: FhirWarning[]
  unreadable: number
  /** `items` newest first, kept up to date page by page (absent: sort `items`). */
  newestFirst?: VitalSign[]
  /** `latestVitals(items)`, kept up to date page by page (absent: compute it). */
  latest?: VitalSign[]
}

async function fetchVitals(session: SmartSession, signal: AbortSignal): Promise<VitalData> {
  const res = await adapterFor(session).observations(session, VITAL_CATEGORY, { signal })
  const { items, unreadable } = mapAll(res.resources, (o) => toVitalSign(o, undefined, { today: new Date() }))
  return { items, completeness: res.completeness, warnings: [...res.warnings, ...unreadableWarnings('Observation', unreadable)] }
}

export const EMPTY_STREAM: VitalStream = { items: [], loaded: 0, warnings: [], unreadable: 0 }

/** A page of the history with its readings already mapped. */
export interface VitalChunk extends Omit<ObservationChunk, 'resources'> {
  items: VitalSign[]
  unreadable: number
}

/**
 * The pages of the history, each mapped in slices that yield to the browser in between: a
 * 1,000-reading page is then many short tasks instead of one long one. The page after is already
 * requested (read-ahead) while this one is mapped.
 */
export async function* vitalChunks(pages: AsyncIterable<ObservationChunk>): AsyncGenerator<VitalChunk, void, undefined> {
  for await (const { resources, ...page } of pages) {
    const today = new Date()
    const { items, unreadable } = await mapInSlices(resources, (o) => toVitalSign(o, undefined, { today }))
    yield { ...page, items, unreadable }
  }
}

/** Folds one page into the accumulated stream; pure, so it can be tested without a client. */
export function addChunk(acc: VitalStream, chunk: VitalChunk): VitalStream {
  const { items, unreadable } = chunk
  const total = acc.unreadable + unreadable
  const warnings = [...acc.warnings, ...chunk.warnings]
  return {
    items: acc.items.concat(items),
    newestFirst: mergeNewestFirst(acc.newestFirst ?? newestFirst(acc.items), items),
    // Only this page is scanned: the newest so far competes with the page's readings.
    latest: latestVitals({ items: [...(acc.latest ?? latestVitals(acc)), ...items] }),
    loaded: chunk.loaded,
    ...(chunk.estimatedTotal !== undefined && { estimatedTotal: chunk.estimatedTotal }),
    ...(chunk.completeness && { completeness: chunk.completeness }),
    // The count of unreadable rows is reported once, when the stream is complete.
    warnings: chunk.completeness ? [...warnings, ...unreadableWarnings('Observation', total)] : warnings,
    unreadable: total,
  }
}

export const vitalQueries = {
  all: (session: SmartSession) => [...fhirQueryKey(session, 'Observation'), VITAL_CATEGORY] as const,
  list: (session: SmartSession) =>
    queryOptions({
      queryKey: [...vitalQueries.all(session), 'list', launchKey(session)],
      queryFn: ({ signal }) => fetchVitals(session, signal),
      staleTime: FHIR_STALE_TIME,
    }),
  stream: (session: SmartSession) =>
    queryOptions({
      queryKey: [...vitalQueries.all(session), 'stream', launchKey(session)],
      queryFn: streamedQuery<VitalChunk, VitalStream>({
        streamFn: ({ signal }) => vitalChunks(adapterFor(session).observationChunks(session, VITAL_CATEGORY, { signal })),
        reducer: addChunk,
        initialValue: EMPTY_STREAM,
        // A refetch keeps showing the old history until the new one is complete.
        refetchMode: 'replace',
      }),
      // A stream cancelled part-way (its last viewer left) keeps its partial pages; treating them as
      // stale makes the next viewer fetch the whole history again instead of showing a stuck count.
      staleTime: (query) => (query.state.data?.completeness ? FHIR_STALE_TIME : 0),
      // Each page makes a new history object anyway; comparing thousands of readings with the
      // previous one, deep, on every page would only cost a long task per page.
      structuralSharing: false,
    }),
}

/** For `select`: the newest reading of each kind (the first of them on equal times), leaving out readings withdrawn (entered in error, cancelled) or whose date or value cannot be right. */
export function latestVitals(data: Pick<VitalStream, 'items' | 'latest'>): VitalSign[] {
  if (data.latest) return data.latest
  const newest = new Map<string, VitalSign>()
  const time = (v: VitalSign) => (v.effective ? Date.parse(v.effective) || 0 : 0)
  for (const v of data.items) {
    if (!canBeLatest(v)) continue
    const seen = newest.get(v.kind)
    if (!seen || time(v) > time(seen)) newest.set(v.kind, v)
  }
  return [...newest.values()]
}
