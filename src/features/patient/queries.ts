// The launch patient's demographics, for the banner and the summary.
import { queryOptions } from '@tanstack/react-query'
import { toPatientSummary, type PatientSummary } from '../../domain/patient.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { adapterFor } from '../../fhir/adapter.ts'
import type { Completeness } from '../../fhir/completeness.ts'
import { malformed } from '../../fhir/errors.ts'
import { mapAll, unreadableWarnings } from '../../fhir/normalize.ts'
import { FHIR_STALE_TIME, fhirQueryKey, launchKey } from '../../fhir/query-key.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'

export interface PatientData {
  patient: PatientSummary | null
  completeness: Completeness
  warnings: FhirWarning[]
}

async function fetchPatient(session: SmartSession, signal: AbortSignal): Promise<PatientData> {
  const res = await adapterFor(session).patient(session, { signal })
  const { items, unreadable } = mapAll(res.resources, (p) => toPatientSummary(p))
  // A record that came back but cannot be read is a failure too: the banner keeps what it showed.
  if (unreadable && !items.length) throw malformed(200, 'The patient record could not be read.')
  return { patient: items[0] ?? null, completeness: res.completeness, warnings: [...res.warnings, ...unreadableWarnings('Patient', unreadable)] }
}

export const patientQueries = {
  all: (session: SmartSession) => fhirQueryKey(session, 'Patient'),
  summary: (session: SmartSession) =>
    queryOptions({
      queryKey: [...patientQueries.all(session), 'summary', launchKey(session)],
      queryFn: ({ signal }) => fetchPatient(session, signal),
      staleTime: FHIR_STALE_TIME,
    }),
}
