// Compact form of a published endpoint directory: what the picker and the EHR-launch allowlist load on
// demand (never part of first-load JS). Built from the repo's snapshots by scripts/build-directory-index.ts.
import { foldForSearch, type DirectorySource, type DirectoryVendor, type HealthSystem, type Persona } from './brands.ts'

export interface DirectoryMeta {
  id: string
  title: string
  vendor: DirectoryVendor
  persona: Persona
  /** Where the directory is published. */
  source: string
  /** Date of the snapshot (YYYY-MM-DD). */
  retrieved: string
  licence: string
}

/** [name, address minus prefix, "City, ST" or ""]: one row per endpoint. */
export type IndexRow = [string, string, string]

export interface DirectoryIndex extends DirectoryMeta {
  format: 1
  /** Common start of every address (e.g. `https://fhir-myrecord.cerner.com/r4/`), stored once. */
  prefix: string
  rows: IndexRow[]
}

export function buildDirectoryIndex(meta: DirectoryMeta, systems: HealthSystem[]): DirectoryIndex {
  const rows: Array<[string, string, string]> = systems.flatMap((s) =>
    s.endpoints.map((e): [string, string, string] => [s.endpoints.length > 1 ? `${s.name} (${e.name})` : s.name, e.address, s.places[0] ?? '']),
  )
  const prefix = commonPrefix(rows.map((r) => r[1]))
  return { format: 1, ...meta, prefix, rows: rows.map(([n, a, p]) => [n, a.slice(prefix.length), p]) }
}

/** Refuses anything that is not an index of this format, so a wrong URL fails clearly. */
export function expandDirectoryIndex(index: unknown): HealthSystem[] {
  const ix = index as Partial<DirectoryIndex> | undefined
  if (ix?.format !== 1 || !Array.isArray(ix.rows) || typeof ix.prefix !== 'string' || !ix.id) {
    throw new Error('This is not a Chart Lens directory index (format 1).')
  }
  const directory: DirectorySource = { id: ix.id, vendor: ix.vendor ?? 'generic', persona: ix.persona ?? 'both' }
  return ix.rows.map(([name, rest, place]) => {
    const address = ix.prefix + rest
    const places = place ? [place] : []
    return { id: address, name, aliases: [], places, endpoints: [{ id: address, name, address }], searchText: foldForSearch([name, ...places].join(' ')), directory }
  })
}

function commonPrefix(values: string[]): string {
  if (values.length < 2) return ''
  let prefix = values[0]
  for (const v of values) {
    while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  // Cut at a path boundary so a row never starts mid-segment.
  return prefix.slice(0, prefix.lastIndexOf('/') + 1)
}
