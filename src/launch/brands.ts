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
  /** Folded name, aliases and places, precomputed so search stays instant on large bundles. */
  searchText: string
  /** The published directory this came from, when it says which vendor and persona its bases serve. */
  directory?: DirectorySource
}

export type DirectoryVendor = 'epic' | 'cerner' | 'generic'
export type Persona = 'patient' | 'provider' | 'both'

export interface DirectorySource {
  id: string
  vendor: DirectoryVendor
  persona: Persona
}

function isFhirRest(e: Endpoint): boolean {
  return e.status === 'active' && !!e.address && /^https?:\/\//.test(e.address)
}

/**
 * Reads both published shapes: SMART User-access Brands (Organization → Endpoint pairs, Oracle Health's
 * lists) and Epic's list (Endpoints only, each naming a *contained* Organization). Tolerates partial or odd
 * bundles: anything unusable is skipped, never thrown. An empty result is for the caller to report.
 */
export function parseBrands(bundle: unknown): HealthSystem[] {
  const entries = (bundle as Bundle<Endpoint | Organization> | undefined)?.entry
  if (!Array.isArray(entries)) return []
  const endpoints = new Map<string, BrandEndpoint>()
  const referenced = new Set<string>()
  const orgs: Organization[] = []
  const standalone: HealthSystem[] = []
  for (const entry of entries) {
    const r = entry?.resource
    if (r?.resourceType === 'Endpoint' && r.id && isFhirRest(r)) {
      const ep = { id: r.id, name: r.name ?? r.address, address: r.address.replace(/\/$/, '') }
      endpoints.set(r.id, ep)
      const owner = containedOwner(r)
      if (owner) standalone.push(system(r.id, owner, [ep]))
    } else if (r?.resourceType === 'Organization' && r.id && r.name) {
      orgs.push(r)
    }
  }
  const paired = orgs.flatMap((o) => {
    const eps = (o.endpoint ?? [])
      .map((ref) => ref.reference?.replace(/^Endpoint\//, '') ?? '')
      .map((id) => (referenced.add(id), endpoints.get(id)))
      .filter((e): e is BrandEndpoint => !!e)
    return eps.length === 0 ? [] : [system(o.id as string, o, eps)]
  })
  // An Endpoint that a top-level Organization already lists is not offered twice.
  return [...paired, ...standalone.filter((s) => !referenced.has(s.id))]
}

/** Epic's shape: the Endpoint's managingOrganization points at a contained Organization. */
function containedOwner(e: Endpoint): Organization | undefined {
  const ref = e.managingOrganization?.reference?.replace(/^#/, '')
  const org = (e.contained ?? []).find((c): c is Organization => c.resourceType === 'Organization' && (!ref || c.id === ref))
  return org?.name ? org : e.name ? { resourceType: 'Organization', name: e.name } : undefined
}

function system(id: string, o: Organization, endpoints: BrandEndpoint[]): HealthSystem {
  const aliases = (o.alias ?? []).filter((a) => typeof a === 'string')
  const places = (o.address ?? []).map((a) => [a.city, a.state].filter(Boolean).join(', ')).filter(Boolean)
  const name = o.name as string
  return { id, name, aliases, places, endpoints, searchText: foldForSearch([name, ...aliases, ...places].join(' ')) }
}

/** Lower case, no accents, no apostrophes, other punctuation as spaces: "St. Luke's" → "st lukes". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/['\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Every word of the query must match a word of the name, aliases or places: inside it, or with one typo
 * (for words of 4+ letters, not numbers). Ranked: whole name, name prefix, word prefixes, substrings, typos; then by name.
 */
export function searchHealthSystems(systems: HealthSystem[], query: string, limit = 50): HealthSystem[] {
  const q = foldForSearch(query)
  const words = q.split(' ').filter(Boolean)
  if (words.length === 0) return systems.slice(0, limit)
  // Each word is compared once with each distinct word of the list (not once per entry), and entries
  // hold their words as numbers, so a keystroke stays well under a frame on ~3,300 entries.
  const { vocabulary, entries } = indexOf(systems)
  const wordRanks = words.map((w) => {
    const ranks = new Uint8Array(vocabulary.length)
    const inside = w.length >= 3
    const typos = w.length >= 4 && /^\p{L}+$/u.test(w)
    for (let i = 0; i < vocabulary.length; i++) {
      const tok = vocabulary[i]
      if (tok.startsWith(w)) ranks[i] = 2
      else if (inside && tok.includes(w)) ranks[i] = 3
      else if (typos && (withinOneEdit(w, tok) || (tok.length > w.length && withinOneEdit(w, tok.slice(0, w.length))))) ranks[i] = 4
    }
    return ranks
  })
  const hits: Array<{ s: HealthSystem; rank: number; name: string }> = []
  for (let n = 0; n < systems.length; n++) {
    const e = entries[n]
    let worst = 0
    for (const ranks of wordRanks) {
      let best = 9
      for (let k = 0; k < e.tokens.length; k++) {
        const r = ranks[e.tokens[k]]
        if (r && r < best) best = r
      }
      if (best > worst) worst = best
      if (worst === 9) break
    }
    if (worst === 9) continue
    hits.push({ s: systems[n], rank: e.name === q ? 0 : e.name.startsWith(q) ? 1 : worst, name: e.name })
  }
  // Folded names compare as plain strings: localeCompare over thousands of hits costs a frame.
  hits.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return hits.slice(0, limit).map((h) => h.s)
}

/** Builds the search index of this list ahead of the first search (it is kept per list). */
export function prepareSearch(systems: HealthSystem[]): void {
  indexOf(systems)
}

interface SearchIndex {
  vocabulary: string[]
  entries: Array<{ name: string; tokens: Uint32Array }>
}

const indexCache = new WeakMap<HealthSystem[], SearchIndex>()

function indexOf(systems: HealthSystem[]): SearchIndex {
  let ix = indexCache.get(systems)
  if (!ix) {
    const ids = new Map<string, number>()
    const entries = systems.map((s) => {
      const tokens = [...new Set(s.searchText.split(' '))].map((t) => {
        let id = ids.get(t)
        if (id === undefined) ids.set(t, (id = ids.size))
        return id
      })
      return { name: foldForSearch(s.name), tokens: Uint32Array.from(tokens) }
    })
    ix = { vocabulary: [...ids.keys()], entries }
    indexCache.set(systems, ix)
  }
  return ix
}

/** One insertion, deletion, substitution or swap of neighbours (Damerau, restricted). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
