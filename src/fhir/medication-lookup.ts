// MedicationRequests that point at a Medication resource need that resource to show a drug name.
// `_include` brings most of them along; whatever is still missing is read in batches
// (`Medication?_id=a,b,c`), never one request per row.
import type { FhirResource, Medication, MedicationRequest } from 'fhir/r4'
import type { AdapterSession, FetchOptions } from './adapter.ts'
import type { AdapterRules } from './adapter-rules.ts'
import { searchGranted } from './completeness.ts'
import { isAbortError } from './errors.ts'
import { listSearch } from './list-search.ts'
import { clientWarning, type FhirWarning } from './warnings.ts'

/**
 * The id of a Medication on this server, or undefined for contained (`#x`) references, which
 * the request carries itself, and for absolute references to other servers, which are not followed.
 */
export function localMedicationId(reference: string | undefined, fhirBase: string): string | undefined {
  if (!reference) return undefined
  const base = fhirBase.replace(/\/+$/, '') + '/'
  const path = reference.startsWith(base) ? reference.slice(base.length) : reference
  const m = /^Medication\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(path)
  return m?.[1]
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface ResolvedMedications {
  medications: Medication[]
  warnings: FhirWarning[]
}

export async function resolveMedications(
  session: AdapterSession,
  rules: AdapterRules,
  requests: MedicationRequest[],
  included: FhirResource[],
  options: FetchOptions,
): Promise<ResolvedMedications> {
  const known = new Map<string, Medication>()
  for (const r of included) if (r.resourceType === 'Medication' && r.id) known.set(r.id, r)
  const wanted = new Set<string>()
  for (const req of requests) {
    const id = localMedicationId(req.medicationReference?.reference, session.fhirBase)
    if (id !== undefined) wanted.add(id)
  }
  const missing = [...wanted].filter((id) => !known.has(id))
  const warnings: FhirWarning[] = []
  if (missing.length && rules.medicationBatchSize > 0 && searchGranted(session.grants, 'Medication')) {
    const batches = chunks(missing, rules.medicationBatchSize)
    // A failed batch only costs its drugs their details: the prescriptions still show.
    const results = await Promise.all(
      batches.map((ids) =>
        listSearch(session, rules, 'Medication', { _id: ids.join(',') }, options).catch((e: unknown) => {
          if (isAbortError(e)) throw e
          warnings.push(clientWarning('medication-lookup', e instanceof Error ? e.message : String(e), 'Medication'))
          return undefined
        }),
      ),
    )
    for (const res of results) for (const m of res?.resources ?? []) if (m.id) known.set(m.id, m)
  }
  const unresolved = missing.filter((id) => !known.has(id)).length
  if (unresolved) {
    warnings.push(clientWarning('medication-missing', `Details of ${unresolved} medication(s) could not be loaded; their names come from the prescription.`, 'Medication'))
  }
  return { medications: [...known.values()], warnings }
}
