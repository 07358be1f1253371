// Cleans a searchset page. Servers mix three things into `entry`: the matches, `_include`d resources
// and OperationOutcome entries (`search.mode: outcome`, which some servers add to every page). Only
// the matches of the expected type are results; `Bundle.total` is ignored because some servers
// report the page size there.
import type { Bundle, BundleEntry, FhirResource, OperationOutcome } from 'fhir/r4'
import type { ResourceOf, ResourceType } from './resource-types.ts'

export interface SearchSet<T extends FhirResource = FhirResource> {
  resources: T[]
  included: FhirResource[]
  outcomes: OperationOutcome[]
  /** The `next` link exactly as the server wrote it. */
  next?: string
  /** `Bundle.total` as sent; some servers put the page size here, so adapters decide whether to trust it. */
  total?: number
  /** Entries that were neither results, includes nor outcomes (no resource, another patient's type…). */
  skipped: number
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

export function isBundle(v: unknown): v is Bundle {
  return isObject(v) && v.resourceType === 'Bundle'
}

function nextLink(bundle: Bundle): string | undefined {
  const links = Array.isArray(bundle.link) ? bundle.link : []
  const next = links.find((l) => isObject(l) && l.relation === 'next' && typeof l.url === 'string' && l.url.trim())
  return next?.url.trim()
}

export function splitSearchBundle(bundle: unknown): SearchSet
export function splitSearchBundle<K extends ResourceType>(bundle: unknown, expected: K): SearchSet<ResourceOf<K>>
export function splitSearchBundle(bundle: unknown, expected?: ResourceType): SearchSet {
  const out: SearchSet = { resources: [], included: [], outcomes: [], skipped: 0 }
  if (!isBundle(bundle)) return out
  out.next = nextLink(bundle)
  if (typeof bundle.total === 'number') out.total = bundle.total
  const entries: unknown[] = Array.isArray(bundle.entry) ? bundle.entry : []
  for (const raw of entries) {
    const entry = isObject(raw) ? (raw as BundleEntry) : undefined
    const resource = entry?.resource as unknown
    if (!isObject(resource) || typeof resource.resourceType !== 'string') {
      out.skipped++
      continue
    }
    const mode = entry?.search?.mode
    const r = resource as unknown as FhirResource
    if (mode === 'outcome' || (r.resourceType === 'OperationOutcome' && expected !== 'OperationOutcome')) {
      out.outcomes.push(r as OperationOutcome)
    } else if (mode === 'include') {
      out.included.push(r)
    } else if (expected === undefined || r.resourceType === expected) {
      out.resources.push(r)
    } else if (mode === undefined) {
      // Servers that leave out search.mode put includes next to matches; keep them for lookups.
      out.included.push(r)
    } else {
      out.skipped++
    }
  }
  return out
}
