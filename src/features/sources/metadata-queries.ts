// The server's CapabilityStatement, reduced to the few facts the Data & sources panel shows. It is
// the same for every patient and launch on a server, so the key has the base only and the answer is
// kept for the whole visit.
import { queryOptions } from '@tanstack/react-query'
import { malformed } from '../../fhir/errors.ts'
import { fhirFetchJson, type FhirSession } from '../../fhir/http.ts'

export interface ServerFacts {
  softwareName?: string
  softwareVersion?: string
  fhirVersion?: string
  /** The server's own description of this endpoint, when it gives one. */
  description?: string
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

/** Pure, for tests: the facts from a parsed CapabilityStatement body. */
export function serverFactsOf(body: unknown): ServerFacts {
  const cs = body as { software?: { name?: unknown; version?: unknown }; fhirVersion?: unknown; implementation?: { description?: unknown } }
  const facts: ServerFacts = {
    softwareName: text(cs.software?.name),
    softwareVersion: text(cs.software?.version),
    fhirVersion: text(cs.fhirVersion),
    description: text(cs.implementation?.description),
  }
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as ServerFacts
}

async function fetchServerFacts(session: FhirSession, signal: AbortSignal): Promise<ServerFacts> {
  const url = `${session.fhirBase.replace(/\/+$/, '')}/metadata`
  // fhirFetchJson asks for application/fhir+json, which some servers need to not answer XML here.
  const body = await fhirFetchJson(session, url, {}, { signal })
  if ((body as { resourceType?: unknown } | null)?.resourceType !== 'CapabilityStatement') {
    throw malformed(200, 'Expected a CapabilityStatement', url)
  }
  return serverFactsOf(body)
}

/** FHIR release names people know, by version prefix. */
export function fhirRelease(version: string | undefined): string | undefined {
  if (!version) return undefined
  if (version.startsWith('4.0.')) return 'R4'
  if (version.startsWith('4.3.')) return 'R4B'
  if (version.startsWith('5.0.')) return 'R5'
  if (version.startsWith('3.0.')) return 'STU3'
  if (version.startsWith('1.0.')) return 'DSTU2'
  return undefined
}

export const metadataQueries = {
  all: (session: Pick<FhirSession, 'fhirBase'>) => ['fhir', session.fhirBase, 'metadata'] as const,
  facts: (session: FhirSession) =>
    queryOptions({
      queryKey: [...metadataQueries.all(session), 'facts'],
      queryFn: ({ signal }) => fetchServerFacts(session, signal),
      staleTime: 60 * 60_000,
    }),
}
