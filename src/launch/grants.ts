// The token response's `scope` is what was granted; it may be narrower than requested, v1 or v2,
// and in any case (Epic echoes `Patient.Read` and `Patient.read` side by side).

export interface ResourceGrant {
  read: boolean
  search: boolean
  /** v2 granular restrictions, e.g. [{ category: 'http://…|laboratory' }]; empty = unrestricted. */
  searchFilters: Array<Record<string, string>>
}

export interface Grants {
  scopes: string[]
  /** Keyed by resource type as the FHIR server spells it (`Observation`). */
  resources: Record<string, ResourceGrant>
  /** `*` scopes (patient/*.rs) apply to every type. */
  wildcard?: ResourceGrant
  openid: boolean
  fhirUser: boolean
  offlineAccess: boolean
  onlineAccess: boolean
  launch: boolean
}

const SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([A-Za-z*]+)(\?(.*))?$/

function permissions(perm: string): { read: boolean; search: boolean } | undefined {
  const p = perm.toLowerCase()
  if (p === 'read' || p === '*') return { read: true, search: true }
  if (p === 'write') return { read: false, search: false }
  if (/^c?r?u?d?s?$/.test(p) && p) return { read: p.includes('r'), search: p.includes('s') }
  return undefined
}

export function parseGrants(scope: string | undefined | null): Grants {
  const scopes = (scope ?? '').split(/\s+/).filter(Boolean)
  const lower = new Set(scopes.map((s) => s.toLowerCase()))
  const resources: Record<string, ResourceGrant> = {}
  let wildcard: ResourceGrant | undefined
  for (const s of scopes) {
    const m = SCOPE.exec(s)
    if (!m) continue
    const perm = permissions(m[3])
    if (!perm) continue
    const type = m[2] === '*' ? '*' : m[2][0].toUpperCase() + m[2].slice(1)
    const target = type === '*' ? (wildcard ??= empty()) : (resources[type] ??= empty())
    const filter = m[5] ? Object.fromEntries(new URLSearchParams(m[5])) : undefined
    target.read ||= perm.read
    if (perm.search) {
      // An unrestricted search scope wins over granular ones for the same type.
      if (!filter) target.searchFilters = []
      else if (!target.search || target.searchFilters.length) target.searchFilters.push(filter)
      target.search = true
    }
  }
  return {
    scopes,
    resources,
    wildcard,
    openid: lower.has('openid'),
    fhirUser: lower.has('fhiruser'),
    offlineAccess: lower.has('offline_access'),
    onlineAccess: lower.has('online_access'),
    launch: lower.has('launch') || [...lower].some((s) => s.startsWith('launch/')),
  }
}

function empty(): ResourceGrant {
  return { read: false, search: false, searchFilters: [] }
}

export function grantFor(grants: Grants, resourceType: string): ResourceGrant {
  const r = grants.resources[resourceType]
  const w = grants.wildcard
  if (!r) return w ?? empty()
  if (!w) return r
  return { read: r.read || w.read, search: r.search || w.search, searchFilters: w.search && !w.searchFilters.length ? [] : r.searchFilters }
}

export const canSearch = (g: Grants, type: string) => grantFor(g, type).search
export const canRead = (g: Grants, type: string) => grantFor(g, type).read
