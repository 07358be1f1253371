// Shared by the features' query factories. Every FHIR query key starts with the server and the
// patient, so one patient's data can never be served from the cache for another.
import type { SmartSession } from '../launch/smart-session.ts'
import type { ResourceType } from './resource-types.ts'

export type KeySession = Pick<SmartSession, 'fhirBase'> & { context: Pick<SmartSession['context'], 'patientId'> }

export function fhirQueryKey<K extends ResourceType>(session: KeySession, type: K) {
  return ['fhir', session.fhirBase, session.context.patientId, type] as const
}

/**
 * Ends every leaf key. Two launches for the same patient can carry different grants, so one
 * launch's answer (data, or "not shared") must not be served to the other from the cache.
 */
export const launchKey = (session: Pick<SmartSession, 'id'>) => ({ launch: session.id })

/**
 * Chart data changes rarely while a screen is open; five minutes keeps panels that share a query (the
 * summary and a detail view) from asking the server twice, which the EHRs' reviewers count.
 */
export const FHIR_STALE_TIME = 5 * 60_000
