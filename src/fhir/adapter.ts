// What the features ask the FHIR server for, independent of whose server it is. Each adapter knows
// one server family's rules (required parameters, page sizes, how medications are referenced); the
// session's flavor picks the adapter, once per session.
import type { SigTrailerParser } from '../domain/sig-trailer.ts'
import type { AllergyIntolerance, Medication, MedicationRequest, Observation, Patient } from 'fhir/r4'
import type { ServerFlavor, SmartSession } from '../launch/smart-session.ts'
import { ADAPTERS } from './adapters/registry.ts'
import type { Completeness } from './completeness.ts'
import type { FhirWarning } from './warnings.ts'

/** What a feature needs from its session: where, for whom, with which grants. */
export type AdapterSession = Pick<SmartSession, 'fhirBase' | 'accessToken' | 'grants' | 'flavor'> & {
  context: Pick<SmartSession['context'], 'patientId'>
}

export interface ResourceList<T> {
  resources: T[]
  completeness: Completeness
  warnings: FhirWarning[]
}

export interface MedicationList extends ResourceList<MedicationRequest> {
  /** Every Medication the requests reference that could be found (included or read in batches). */
  medications: Medication[]
}

export interface ObservationChunk {
  /** This page's observations only. */
  resources: Observation[]
  /** New warnings since the previous chunk. */
  warnings: FhirWarning[]
  loaded: number
  /** The server's count of all matches, when it tells one that can be trusted. */
  estimatedTotal?: number
  /** Set on the last chunk (or the only one, when nothing could be fetched). */
  completeness?: Completeness
}

export interface FetchOptions {
  signal?: AbortSignal
  timeoutMs?: number
}

export interface FhirAdapter {
  readonly flavor: ServerFlavor
  /** For the medication mapper: order-entry details this server appends to sig text. */
  readonly sigTrailer?: SigTrailerParser
  patient(session: AdapterSession, options?: FetchOptions): Promise<ResourceList<Patient>>
  /** One Observation category (`laboratory`, `vital-signs`, …), every page. */
  observations(session: AdapterSession, category: string, options?: FetchOptions): Promise<ResourceList<Observation>>
  /** Several categories at once, fetched in parallel, each with its own completeness. */
  observationsByCategory(
    session: AdapterSession,
    categories: readonly string[],
    options?: FetchOptions,
  ): Promise<Record<string, ResourceList<Observation>>>
  /** One category page by page, for long histories that should show before the last page arrives. */
  observationChunks(session: AdapterSession, category: string, options?: FetchOptions): AsyncGenerator<ObservationChunk, void, undefined>
  medicationRequests(session: AdapterSession, options?: FetchOptions): Promise<MedicationList>
  allergies(session: AdapterSession, options?: FetchOptions): Promise<ResourceList<AllergyIntolerance>>
}

const chosen = new WeakMap<object, FhirAdapter>()

/** The adapter for the session's server, chosen on first use and kept for the session's life. */
export function adapterFor(session: Pick<SmartSession, 'flavor'>): FhirAdapter {
  let adapter = chosen.get(session)
  if (!adapter) {
    adapter = ADAPTERS.find((a) => a.flavor === session.flavor) ?? ADAPTERS.find((a) => a.flavor === 'generic')
    if (!adapter) throw new Error('No generic FHIR adapter registered')
    chosen.set(session, adapter)
  }
  return adapter
}
