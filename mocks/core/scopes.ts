// SMART scope grammar, v1 (`patient/Observation.read`) and v2 (`patient/Observation.rs?category=…`).

export type Interaction = 'read' | 'search'

export interface ResourceScope {
  raw: string
  context: 'patient' | 'user' | 'system'
  resourceType: string
  read: boolean
  search: boolean
  version: 1 | 2
  /** v2 granular restriction, e.g. { category: 'http://…|laboratory' } */
  filter?: Record<string, string>
}

const RESOURCE_SCOPE = /^(patient|user|system)\/([A-Za-z*]+)\.([A-Za-z*]+)(\?.*)?$/

export function parseResourceScope(raw: string): ResourceScope | undefined {
  const m = RESOURCE_SCOPE.exec(raw)
  if (!m) return undefined
  const [, context, resourceType, perm, query] = m
  const p = perm.toLowerCase()
  let read = false
  let search = false
  let version: 1 | 2
  if (p === 'read' || p === '*') {
    read = search = true
    version = 1
  } else if (/^c?r?u?d?s?$/.test(p) && p.length > 0) {
    read = p.includes('r')
    search = p.includes('s')
    version = 2
  } else if (p === 'write') {
    version = 1
  } else {
    return undefined
  }
  const filter = query ? Object.fromEntries(new URLSearchParams(query.slice(1))) : undefined
  return { raw, context: context as ResourceScope['context'], resourceType, read, search, version, filter }
}

export function splitScope(scope: string | null | undefined): string[] {
  return (scope ?? '').split(/\s+/).filter(Boolean)
}

/** True when any granted scope lets the holder perform `interaction` on `resourceType`. */
export function allows(granted: string[], resourceType: string, interaction: Interaction): boolean {
  return granted.some((s) => {
    const r = parseResourceScope(s)
    if (!r) return false
    if (r.resourceType !== '*' && r.resourceType.toLowerCase() !== resourceType.toLowerCase()) return false
    return interaction === 'read' ? r.read : r.search
  })
}

/** Granular filters (v2 `?category=`) that restrict searches of a type; empty when unrestricted. */
export function searchFilters(granted: string[], resourceType: string): Record<string, string>[] | 'unrestricted' {
  const filters: Record<string, string>[] = []
  for (const s of granted) {
    const r = parseResourceScope(s)
    if (!r || !r.search) continue
    if (r.resourceType !== '*' && r.resourceType.toLowerCase() !== resourceType.toLowerCase()) continue
    if (!r.filter) return 'unrestricted'
    filters.push(r.filter)
  }
  return filters
}
