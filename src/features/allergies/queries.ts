// Allergies. The list state ("not shared", "withheld", "never asked", "none known", a list) comes
// from the domain, for a list that loaded; a failed request is the query's error, never a list state.
import { queryOptions } from '@tanstack/react-query'
import { allergyListState, type AllergyListState } from '../../domain/allergy-list.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { adapterFor } from '../../fhir/adapter.ts'
import { isWithheldNote, type Completeness } from '../../fhir/completeness.ts'
import { FHIR_STALE_TIME, fhirQueryKey, launchKey } from '../../fhir/query-key.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'

export interface AllergyData {
  list: AllergyListState
  completeness: Completeness
  warnings: FhirWarning[]
}

async function fetchAllergies(session: SmartSession, signal: AbortSignal): Promise<AllergyData> {
  const res = await adapterFor(session).allergies(session, { signal })
  // A failed request throws (the adapter does not catch it), so the last good list stays in the cache.
  const list = allergyListState(res.resources, { shared: res.completeness.state !== 'not-shared', withheld: res.warnings.some(isWithheldNote) })
  return { list, completeness: res.completeness, warnings: res.warnings }
}

export const allergyQueries = {
  all: (session: SmartSession) => fhirQueryKey(session, 'AllergyIntolerance'),
  list: (session: SmartSession) =>
    queryOptions({
      queryKey: [...allergyQueries.all(session), 'list', launchKey(session)],
      queryFn: ({ signal }) => fetchAllergies(session, signal),
      staleTime: FHIR_STALE_TIME,
    }),
}
