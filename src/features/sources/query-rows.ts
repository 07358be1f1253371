// One row per request the chart makes, read from the very query options the other panels use, so
// this panel shares their cache: opening it after them asks the server for nothing new.
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { Completeness } from '../../fhir/completeness.ts'
import type { FhirWarning } from '../../fhir/warnings.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { allergyQueries } from '../allergies/queries.ts'
import { LAB_CATEGORY, labQueries } from '../labs/queries.ts'
import { medicationQueries } from '../medications/queries.ts'
import { patientQueries } from '../patient/queries.ts'
import { VITAL_CATEGORY, vitalQueries, type VitalStream } from '../vitals/queries.ts'

export type RowState =
  | { kind: 'loading'; loaded?: number; total?: number }
  | { kind: 'done'; completeness: Completeness; warnings: FhirWarning[] }
  /** Nothing loaded; `error` is what the request threw (a FhirError, usually). */
  | { kind: 'error'; error: unknown }

export interface QueryRow {
  id: string
  /** The FHIR request, as a clinician or an integration engineer would name it. */
  request: string
  /** Plain name for patients. */
  label: MessageKey
  state: RowState
  retry: () => void
}

interface Outcome {
  completeness: Completeness
  warnings: FhirWarning[]
}

const outcome = (d: Outcome): Outcome => ({ completeness: d.completeness, warnings: d.warnings })

function stateOf(q: UseQueryResult<Outcome>): RowState {
  if (q.data) return { kind: 'done', ...q.data }
  if (q.isError) return { kind: 'error', error: q.error }
  return { kind: 'loading' }
}

// A stream has data from its first page on; it is only "done" once the last page set completeness.
function streamState(q: UseQueryResult<VitalStream>): RowState {
  const d = q.data
  if (d?.completeness) return { kind: 'done', completeness: d.completeness, warnings: d.warnings }
  if (q.isError && !d?.loaded) return { kind: 'error', error: q.error }
  return { kind: 'loading', ...(d && d.loaded > 0 && { loaded: d.loaded }), ...(d?.estimatedTotal !== undefined && { total: d.estimatedTotal }) }
}

export function useQueryRows(session: SmartSession): QueryRow[] {
  // `select` keeps this panel from re-rendering on changes to the items it does not show.
  const patient = useQuery({ ...patientQueries.summary(session), select: outcome })
  const labs = useQuery({ ...labQueries.list(session), select: outcome })
  const vitals = useQuery(vitalQueries.stream(session))
  const meds = useQuery({ ...medicationQueries.list(session), select: outcome })
  const allergies = useQuery({ ...allergyQueries.list(session), select: outcome })
  const retry = (q: { refetch: () => unknown }) => () => void q.refetch()
  return [
    { id: 'patient', request: 'Patient', label: 'sources.query.Patient', state: stateOf(patient), retry: retry(patient) },
    { id: 'labs', request: `Observation · ${LAB_CATEGORY}`, label: 'sources.query.labs', state: stateOf(labs), retry: retry(labs) },
    { id: 'vitals', request: `Observation · ${VITAL_CATEGORY}`, label: 'sources.query.vitals', state: streamState(vitals), retry: retry(vitals) },
    { id: 'medications', request: 'MedicationRequest', label: 'sources.query.MedicationRequest', state: stateOf(meds), retry: retry(meds) },
    { id: 'allergies', request: 'AllergyIntolerance', label: 'sources.query.AllergyIntolerance', state: stateOf(allergies), retry: retry(allergies) },
  ]
}
