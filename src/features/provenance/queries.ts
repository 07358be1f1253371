// The original resource behind a shown value, read once when the drawer opens. The cache holds the
// server's JSON as sent, under the same server + patient + launch key scheme as the chart's data.
import { queryOptions } from '@tanstack/react-query'
import { fhirRead } from '../../fhir/http.ts'
import { FHIR_STALE_TIME, fhirQueryKey, launchKey } from '../../fhir/query-key.ts'
import type { SmartSession } from '../../launch/smart-session.ts'

/** The types whose models carry provenance; anything else is not read from here. */
const READABLE = ['Patient', 'Observation', 'MedicationRequest', 'AllergyIntolerance', 'Medication'] as const
export type ReadableType = (typeof READABLE)[number]

export function readableType(type: string): ReadableType | undefined {
  return READABLE.find((t) => t === type)
}

export const sourceQueries = {
  read: (session: SmartSession, type: ReadableType, id: string) =>
    queryOptions({
      queryKey: [...fhirQueryKey(session, type), 'read', id, launchKey(session)],
      // No retries: the drawer shows the error with its own "try again" at once.
      queryFn: ({ signal }) => fhirRead(session, type, id, { signal }) as Promise<object>,
      staleTime: FHIR_STALE_TIME,
      retry: false,
    }),
}
