// Allergies. The list state ("not shared", "never asked", "none known", a list) comes from the
// domain; it is only meaningful when the list actually loaded.
import { queryOptions } from '@tanstack/react-query'
import { allergyListState, type AllergyListState } from '../../domain/allergy-list.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { adapterFor } from '../../fhir/adapter.ts'
import type { Completeness } from '../../fhir/completeness.ts'
import { FHIR_STALE_TIME, fhirQueryKey, launchKey } from '../../fhir/query-key.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'

export interface AllergyData {
  /** Undefined when the list failed or the server cannot search it: then nothing is known. */
  list?: AllergyListState
  completeness: Completeness
  warnings: FhirWarning[]
}

async function fetchAllergies(session: SmartSession, signal: AbortSignal): Promise<AllergyData> {
  const res = await adapterFor(session).allergies(session, { signal })
  const { state } = res.completeness
  const known = state === 'shown' || state === 'empty' || state === 'not-shared'
  const list = known ? allergyListState(res.resources, { shared: state !== 'not-shared' }) : undefined
  return { ...(list && { list }), completeness: res.completeness, warnings: res.warnings }
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
