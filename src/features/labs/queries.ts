// Laboratory results. Normalized in the queryFn, so the cache holds app models, not vendor JSON.
import { queryOptions } from '@tanstack/react-query'
import { toLabResult, type LabResult } from '../../domain/observation.ts'
import { isImplausible } from '../../domain/plausibility.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { adapterFor } from '../../fhir/adapter.ts'
import type { Completeness } from '../../fhir/completeness.ts'
import { mapAll, unreadableWarnings } from '../../fhir/normalize.ts'
import { FHIR_STALE_TIME, fhirQueryKey, launchKey } from '../../fhir/query-key.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'

export const LAB_CATEGORY = 'laboratory'

export interface LabData {
  items: LabResult[]
  completeness: Completeness
  warnings: FhirWarning[]
}

async function fetchLabs(session: SmartSession, signal: AbortSignal): Promise<LabData> {
  const res = await adapterFor(session).observations(session, LAB_CATEGORY, { signal })
  const { items, unreadable } = mapAll(res.resources, (o) => toLabResult(o, undefined, { today: new Date() }))
  return { items, completeness: res.completeness, warnings: [...res.warnings, ...unreadableWarnings('Observation', unreadable)] }
}

export const labQueries = {
  all: (session: SmartSession) => [...fhirQueryKey(session, 'Observation'), LAB_CATEGORY] as const,
  list: (session: SmartSession) =>
    queryOptions({
      queryKey: [...labQueries.all(session), 'list', launchKey(session)],
      queryFn: ({ signal }) => fetchLabs(session, signal),
      staleTime: FHIR_STALE_TIME,
    }),
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0)

/** For `select`: the newest result of each test (by LOINC, else name), newest first; implausibly dated ones never count. */
export function latestLabs(data: LabData): LabResult[] {
  const newest = new Map<string, LabResult>()
  for (const lab of data.items) {
    if (isImplausible(lab)) continue
    const key = lab.loinc ?? lab.name ?? lab.id ?? ''
    const seen = newest.get(key)
    if (!seen || time(lab.effective) > time(seen.effective)) newest.set(key, lab)
  }
  return [...newest.values()].sort((a, b) => time(b.effective) - time(a.effective))
}
