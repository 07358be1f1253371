// Loads the health systems a deployment offers, on demand: shipped directory indexes, extra brands
// bundles, configured organizations and (when enabled) the sandboxes. Fetched, never bundled, so none of
// it is in first-load JS.
import { foldForSearch, parseBrands, type HealthSystem } from './brands.ts'
import type { DeployConfig } from './deploy-config.ts'
import { expandDirectoryIndex } from './directory-index.ts'
import { sandboxSystems } from './endpoints.ts'
import { flavorFromUrl } from './flavor.ts'

export interface Directory {
  systems: HealthSystem[]
  /** Sources that could not be used, each with its reason; the rest still works. */
  problems: string[]
}

/** Shipped directories by the persona their bases serve: the picker never needs the provider list. */
const SHIPPED_PERSONA: Record<string, 'patient' | 'provider' | 'both'> = { 'epic-r4': 'both', 'oracle-patient-r4': 'patient', 'oracle-provider-r4': 'provider' }

const cache = new Map<string, Promise<HealthSystem[]>>()

/** The index's own refusal does not say which source it was; with several configured, the deployer needs to know. */
function indexOf(body: unknown, label: string): HealthSystem[] {
  try {
    return expandDirectoryIndex(body)
  } catch {
    throw new Error(`${label} could not be loaded: it claims to be a directory index (format 1) but is not a valid one.`)
  }
}

async function fetchSource(url: string, label: string): Promise<HealthSystem[]> {
  let res: Response
  try {
    res = await fetch(new URL(url, window.location.href), { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(20_000) })
  } catch (e) {
    const why = e instanceof DOMException && e.name === 'TimeoutError' ? 'it did not answer within 20 s' : 'it could not be reached (network, address or security policy)'
    throw new Error(`${label} could not be loaded: ${why}.`, { cause: e })
  }
  if (!res.ok) throw new Error(`${label} could not be loaded: the server answered ${res.status}.`)
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new Error(`${label} could not be loaded: it is not JSON.`)
  }
  const systems = (body as { format?: unknown })?.format === 1 ? indexOf(body, label) : parseBrands(body)
  if (systems.length === 0) throw new Error(`${label} yielded 0 health systems: it is neither a brands bundle nor an endpoint list this app can read.`)
  return systems
}

function load(url: string, label: string): Promise<HealthSystem[]> {
  let p = cache.get(url)
  if (!p) {
    p = fetchSource(url, label)
    // A failure is not cached: the user may retry once the network is back.
    p.catch(() => cache.delete(url))
    cache.set(url, p)
  }
  return p
}

export async function loadDirectory(config: DeployConfig, purpose: 'standalone' | 'ehr'): Promise<Directory> {
  const wanted = config.directories.filter((d) => {
    const persona = SHIPPED_PERSONA[d]
    return !persona || persona === 'both' || persona === (purpose === 'ehr' ? 'provider' : 'patient')
  })
  const sources = [
    ...wanted.map((d) => (SHIPPED_PERSONA[d] ? { url: `/directories/${d}.json`, label: `The directory ${d}` } : { url: d, label: `The directory ${d}` })),
    ...config.brandsBundles.map((url) => ({ url, label: `The brands bundle ${url}` })),
  ]
  const settled = await Promise.allSettled(sources.map((s) => load(s.url, s.label)))
  const problems = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []))
  const loaded = settled.flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
  return { systems: [...configured(config), ...(config.sandbox ? sandboxSystems() : []), ...loaded], problems }
}

function configured(config: DeployConfig): HealthSystem[] {
  return config.organizations.map((o) => {
    const places = o.place ? [o.place] : []
    const directory = o.vendor ? { id: 'config', vendor: o.vendor, persona: o.persona ?? flavorFromUrl(o.fhirBase)?.persona ?? (o.vendor === 'cerner' ? 'patient' : 'both') } : undefined
    return { id: o.fhirBase, name: o.name, aliases: [], places, endpoints: [{ id: o.fhirBase, name: o.name, address: o.fhirBase }], searchText: foldForSearch([o.name, ...places].join(' ')), directory }
  })
}
