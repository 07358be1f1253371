// The retracted entries (entered in error, refuted) that the main list hides. The list query only
// counts them, so they are fetched again, and only when the user asks to see them.
import { queryOptions } from '@tanstack/react-query'
import { isHiddenAllergy, toAllergy, type AllergyItem } from '../../domain/allergy.ts'
import { adapterFor } from '../../fhir/adapter.ts'
import { mapAll } from '../../fhir/normalize.ts'
import { FHIR_STALE_TIME, launchKey } from '../../fhir/query-key.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { allergyQueries } from './queries.ts'

async function fetchHidden(session: SmartSession, signal: AbortSignal): Promise<AllergyItem[]> {
  const res = await adapterFor(session).allergies(session, { signal })
  return mapAll(res.resources, (r) => toAllergy(r)).items.filter((a) => a.statement === undefined && isHiddenAllergy(a))
}

export const hiddenAllergiesQuery = (session: SmartSession) =>
  queryOptions({
    queryKey: [...allergyQueries.all(session), 'hidden', launchKey(session)],
    queryFn: ({ signal }) => fetchHidden(session, signal),
    staleTime: FHIR_STALE_TIME,
  })
