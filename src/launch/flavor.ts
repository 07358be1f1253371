// Which vendor runs a FHIR server, so that the right adapter and client id are used. Decided once per
// launch from what is known without a request (the directory, the URL), then from the CapabilityStatement
// fetched alongside discovery (in parallel, never as an extra sequential step).
import type { DirectoryVendor, Persona } from './brands.ts'
import type { ServerFlavor } from './smart-session.ts'

export interface FlavorGuess {
  flavor: ServerFlavor
  /** Oracle Health registers one app per persona; its host says which one a base serves. */
  persona?: Persona
  /** How the flavor was decided, for the data & sources view and for debugging. */
  by: 'directory' | 'url' | 'capability' | 'none'
}

/** Oracle's Millennium bases: fhir-ehr(-code|-<region>)… for providers, fhir-myrecord… for patients. */
const ORACLE_HOST = /^fhir-(ehr|myrecord|open)(-[a-z0-9-]+)?\.cerner\.com$/

export function flavorFromUrl(base: string): FlavorGuess | undefined {
  let url: URL
  try {
    url = new URL(base)
  } catch {
    return undefined
  }
  const host = url.hostname
  const oracle = ORACLE_HOST.exec(host)
  if (oracle) return { flavor: 'cerner', persona: oracle[1] === 'ehr' ? 'provider' : 'patient', by: 'url' }
  if (host.endsWith('.cerner.com')) return { flavor: 'cerner', by: 'url' }
  if (host === 'fhir.epic.com' || url.pathname.includes('/interconnect-fhir-oauth/')) return { flavor: 'epic', persona: 'both', by: 'url' }
  // Epic customers publish their own hosts, but every published base ends in Interconnect's /api/FHIR/R4
  // (in whatever letter case the customer configured).
  if (/\/api\/fhir\/r4\/?$/i.test(url.pathname)) return { flavor: 'epic', persona: 'both', by: 'url' }
  return undefined
}

export function decideFlavor(base: string, directory?: { vendor: DirectoryVendor; persona: Persona }): FlavorGuess {
  const fromUrl = flavorFromUrl(base)
  if (directory && directory.vendor !== 'generic') return { flavor: directory.vendor, persona: directory.persona, by: 'directory' }
  return fromUrl ?? { flavor: 'generic', by: 'none' }
}

/** CapabilityStatement.software.name: Epic reports "Epic <release>"; Oracle reports none. */
export function flavorFromCapability(capability: unknown): ServerFlavor | undefined {
  const name = (capability as { software?: { name?: unknown } } | undefined)?.software?.name
  if (typeof name !== 'string') return undefined
  if (/^epic\b/i.test(name)) return 'epic'
  if (/\b(cerner|millennium|oracle)\b/i.test(name)) return 'cerner'
  return undefined
}

/** Fetched only for servers nothing else identifies, and in parallel with discovery. */
export async function fetchCapabilityFlavor(base: string, signal: AbortSignal = AbortSignal.timeout(15_000)): Promise<ServerFlavor | undefined> {
  try {
    const res = await fetch(`${base}/metadata`, { headers: { accept: 'application/fhir+json' }, signal })
    return res.ok ? flavorFromCapability(await res.json()) : undefined
  } catch {
    return undefined
  }
}
