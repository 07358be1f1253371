// The medication list. The adapter brings each request's Medication along (included or read in
// batches), so the mapper gets a lookup instead of making requests of its own.
import { queryOptions } from '@tanstack/react-query'
import type { Medication } from 'fhir/r4'
import { isActiveMedication, toMedication, type MedicationItem } from '../../domain/medication.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { adapterFor } from '../../fhir/adapter.ts'
import type { Completeness } from '../../fhir/completeness.ts'
import { mapAll, unreadableWarnings } from '../../fhir/normalize.ts'
import { FHIR_STALE_TIME, fhirQueryKey, launchKey } from '../../fhir/query-key.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'

export interface MedicationData {
  items: MedicationItem[]
  completeness: Completeness
  warnings: FhirWarning[]
}

function lookupOf(medications: Medication[]) {
  const byRef = new Map(medications.filter((m) => m.id).map((m) => [`Medication/${m.id}`, m]))
  return (ref: string) => byRef.get(ref)
}

async function fetchMedications(session: SmartSession, signal: AbortSignal): Promise<MedicationData> {
  const adapter = adapterFor(session)
  const res = await adapter.medicationRequests(session, { signal })
  const lookup = lookupOf(res.medications)
  const { items, unreadable } = mapAll(res.resources, (r) => toMedication(r, lookup, undefined, { sigTrailer: adapter.sigTrailer }))
  return { items, completeness: res.completeness, warnings: [...res.warnings, ...unreadableWarnings('MedicationRequest', unreadable)] }
}

export const medicationQueries = {
  all: (session: SmartSession) => fhirQueryKey(session, 'MedicationRequest'),
  list: (session: SmartSession) =>
    queryOptions({
      queryKey: [...medicationQueries.all(session), 'list', launchKey(session)],
      queryFn: ({ signal }) => fetchMedications(session, signal),
      staleTime: FHIR_STALE_TIME,
    }),
}

/** For `select`: only what the patient is taking now. */
export function activeMedications(data: MedicationData): MedicationItem[] {
  return data.items.filter((m) => isActiveMedication(m))
}
