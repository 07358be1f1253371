// SMART User-access Brands (SMART App Launch 2.2): Organizations that point at FHIR Endpoints.
import type { Bundle, Endpoint, Organization } from 'fhir/r4'

export interface BrandEndpoint {
  id: string
  name: string
  address: string
}

export interface HealthSystem {
  id: string
  name: string
  aliases: string[]
  /** "City, ST" for each address, for search and display. */
  places: string[]
  endpoints: BrandEndpoint[]
  /** Lower-cased name, aliases and places, precomputed so search stays instant on large bundles. */
  searchText: string
}

function isFhirRest(e: Endpoint): boolean {
  return e.status === 'active' && !!e.address && /^https?:\/\//.test(e.address)
}

/** Tolerates partial or odd bundles: anything unusable is skipped, never thrown. */
export function parseBrands(bundle: unknown): HealthSystem[] {
  const entries = (bundle as Bundle<Endpoint | Organization> | undefined)?.entry
  if (!Array.isArray(entries)) return []
  const endpoints = new Map<string, BrandEndpoint>()
  const orgs: Organization[] = []
  for (const entry of entries) {
    const r = entry?.resource
    if (r?.resourceType === 'Endpoint' && r.id && isFhirRest(r)) {
      endpoints.set(r.id, { id: r.id, name: r.name ?? r.address, address: r.address.replace(/\/$/, '') })
    } else if (r?.resourceType === 'Organization' && r.id && r.name) {
      orgs.push(r)
    }
  }
  return orgs.flatMap((o) => {
    const eps = (o.endpoint ?? [])
      .map((ref) => endpoints.get(ref.reference?.replace(/^Endpoint\//, '') ?? ''))
      .filter((e): e is BrandEndpoint => !!e)
    if (eps.length === 0) return []
    const aliases = (o.alias ?? []).filter((a) => typeof a === 'string')
    const places = (o.address ?? []).map((a) => [a.city, a.state].filter(Boolean).join(', ')).filter(Boolean)
    const name = o.name as string
    return [{ id: o.id as string, name, aliases, places, endpoints: eps, searchText: [name, ...aliases, ...places].join(' ').toLowerCase() }]
  })
}

/** Every word of the query must appear somewhere in name, aliases or places. */
export function searchHealthSystems(systems: HealthSystem[], query: string, limit = 50): HealthSystem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return systems.slice(0, limit)
  const out: HealthSystem[] = []
  for (const s of systems) {
    if (words.every((w) => s.searchText.includes(w))) out.push(s)
    if (out.length === limit) break
  }
  return out
}
