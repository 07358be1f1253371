// The FHIR servers this app may talk to, and how: client id, adapter flavor, launch kinds. Vendor facts
// (client ids, flavors) live here, in flavor.ts and in src/fhir/adapters, nowhere else.
import { parseBrands, type HealthSystem, type Persona } from './brands.ts'
import shippedBrands from './brands.json'
import type { ClientIds, DeployConfig } from './deploy-config.ts'
import { decideFlavor, type FlavorGuess } from './flavor.ts'
import type { ServerFlavor } from './smart-session.ts'

export interface EndpointConfig {
  id: string
  name: string
  fhirBase: string
  clientId: string | undefined
  flavor: ServerFlavor
  launch: Array<'ehr' | 'standalone'>
  /** Where the missing client id is set, for developer hints only. */
  clientIdSetting?: string
  persona?: Persona
  flavorBy?: FlavorGuess['by']
  /** For a server nothing identifies yet: the Epic client id, used if its CapabilityStatement says Epic. */
  epicClientId?: string
}

const BUNDLE_SANDBOX = 'http://localhost:4010'
export const SANDBOX_ORIGIN = (import.meta.env.VITE_SANDBOX_URL ?? BUNDLE_SANDBOX).replace(/\/$/, '')
const CERNER_TENANT = '3f7d9c2e-5b1a-4e8f-9d6c-0a2b4c6e8f10'
const ORACLE_SANDBOX_TENANT = 'ec2458f2-1e24-41c8-b71b-0e701af7583d'

/**
 * The one normalization applied to configured bases and to `iss`: scheme and host lower case (URL
 * parsing does it), default port dropped, one trailing slash ignored. The path keeps its letter case:
 * the `aud` sent must be the base the server knows, Epic's own list carries /api/FHIR/R4, /api/fhir/R4
 * and /api/fhir/r4 as different customers' spellings, and Oracle tenant ids are case-sensitive
 * (`…/r4/-KzIoYV6gk…`), so folding could join two tenants. Unparsable input is returned unchanged.
 */
export function canonicalBase(address: string): string {
  const trimmed = address.trim()
  try {
    const u = new URL(trimmed)
    if (u.search || u.hash || u.username || u.password) return trimmed.replace(/\/$/, '')
    return `${u.protocol}//${u.host}${u.pathname}`.replace(/\/$/, '')
  } catch {
    return trimmed.replace(/\/$/, '')
  }
}

/** The shipped bundle names the sandbox at its default port; the app follows VITE_SANDBOX_URL. */
function localize(address: string): string {
  return address.startsWith(BUNDLE_SANDBOX + '/') ? SANDBOX_ORIGIN + address.slice(BUNDLE_SANDBOX.length) : address
}

/** The local sandbox and the vendors' public sandboxes: offered only when the deployment says so. */
export function sandboxSystems(): HealthSystem[] {
  return parseBrands(shippedBrands).map((s) => ({ ...s, endpoints: s.endpoints.map((e) => ({ ...e, address: localize(e.address) })) }))
}

function sandboxEhrOnly(ids: ClientIds): EndpointConfig[] {
  return [
    endpointFromAddress('local-cerner-provider', 'Lakeshore Medical PowerChart (local)', `${SANDBOX_ORIGIN}/cerner/ehr/r4/${CERNER_TENANT}`, ids),
    endpointFromAddress('oracle-sandbox-provider', 'Oracle Health sandbox, provider (R4)', `https://fhir-ehr-code.cerner.com/r4/${ORACLE_SANDBOX_TENANT}`, ids),
  ]
}

function clientFor(guess: FlavorGuess, ids: ClientIds): Pick<EndpointConfig, 'clientId' | 'clientIdSetting' | 'launch'> {
  if (guess.flavor === 'epic') return { clientId: ids.epic, clientIdSetting: 'clientIds.epic (VITE_EPIC_CLIENT_ID)', launch: ['ehr', 'standalone'] }
  if (guess.flavor === 'cerner' && guess.persona === 'provider') {
    return { clientId: ids.oracleProvider, clientIdSetting: 'clientIds.oracleProvider (VITE_CERNER_PROVIDER_CLIENT_ID)', launch: ['ehr'] }
  }
  if (guess.flavor === 'cerner') return { clientId: ids.oraclePatient, clientIdSetting: 'clientIds.oraclePatient (VITE_CERNER_CLIENT_ID)', launch: ['standalone'] }
  return { clientId: ids.other, clientIdSetting: 'clientIds.other (VITE_CLIENT_ID)', launch: ['ehr', 'standalone'] }
}

/** Sandbox registrations are fixed; everything else follows the flavor and the deploy-time client ids. */
export function endpointFromAddress(id: string, name: string, address: string, ids: ClientIds, directory?: HealthSystem['directory']): EndpointConfig {
  const fhirBase = canonicalBase(localize(address))
  const base = { id, name, fhirBase }
  if (fhirBase.startsWith(`${SANDBOX_ORIGIN}/epic/`)) return { ...base, flavor: 'epic', clientId: 'epic-sandbox-app', launch: ['ehr', 'standalone'], flavorBy: 'url' }
  if (fhirBase.startsWith(`${SANDBOX_ORIGIN}/cerner/ehr/`)) return { ...base, flavor: 'cerner', clientId: 'cerner-sandbox-provider-app', launch: ['ehr'], persona: 'provider', flavorBy: 'url' }
  if (fhirBase.startsWith(`${SANDBOX_ORIGIN}/cerner/`)) return { ...base, flavor: 'cerner', clientId: 'cerner-sandbox-patient-app', launch: ['standalone'], persona: 'patient', flavorBy: 'url' }
  // The SMART launcher accepts any client id.
  if (new URL(fhirBase).hostname === 'launch.smarthealthit.org') return { ...base, flavor: 'generic', clientId: 'chart-lens', launch: ['ehr', 'standalone'], flavorBy: 'none' }
  const guess = decideFlavor(fhirBase, directory)
  const unknown = guess.by === 'none' ? { epicClientId: ids.epic } : {}
  return { ...base, flavor: guess.flavor, persona: guess.persona, flavorBy: guess.by, ...clientFor(guess, ids), ...unknown }
}

/** The adapter and the client id follow what the CapabilityStatement said (Epic names itself there; Oracle does not). */
export function withCapabilityFlavor(e: EndpointConfig, flavor: ServerFlavor | undefined): EndpointConfig {
  if (flavor !== 'epic' || e.flavorBy !== 'none') return e
  return { ...e, flavor: 'epic', flavorBy: 'capability', clientId: e.epicClientId ?? e.clientId, clientIdSetting: 'clientIds.epic (VITE_EPIC_CLIENT_ID)' }
}

export function endpointForSystem(system: HealthSystem, index: number, config: Pick<DeployConfig, 'clientIds'>): EndpointConfig {
  const e = system.endpoints[index]
  return endpointFromAddress(e.id, system.name, e.address, config.clientIds, system.directory)
}

/** Every base that may start an EHR launch: the loaded directories, configured organizations, sandboxes. */
export function ehrEndpoints(systems: HealthSystem[], config: Pick<DeployConfig, 'clientIds' | 'sandbox'>): EndpointConfig[] {
  const all = systems.flatMap((s) => s.endpoints.map((_, i) => endpointForSystem(s, i, config)))
  if (config.sandbox) all.push(...sandboxEhrOnly(config.clientIds))
  return all.filter((e) => e.launch.includes('ehr'))
}

// The chosen endpoint is remembered for this tab so that the session view names the organization and
// picks the adapter without loading any directory again.
const chosenKey = (fhirBase: string) => `chart-lens:endpoint:${fhirBase}`

export function rememberEndpoint(e: EndpointConfig): void {
  sessionStorage.setItem(chosenKey(e.fhirBase), JSON.stringify({ id: e.id, name: e.name, flavor: e.flavor, fhirBase: e.fhirBase }))
}

/** The endpoint chosen at launch; a session begun without that record still gets its flavor from the URL. */
export function endpointByBase(fhirBase: string): Pick<EndpointConfig, 'id' | 'name' | 'flavor' | 'fhirBase'> | undefined {
  const base = canonicalBase(fhirBase)
  try {
    const chosen = JSON.parse(sessionStorage.getItem(chosenKey(base)) ?? 'null')
    if (chosen) return chosen
  } catch {
    // Unreadable record: fall through to what the URL says.
  }
  try {
    const e = endpointFromAddress(base, new URL(base).host, base, {})
    return { id: e.id, name: e.name, flavor: e.flavor, fhirBase: e.fhirBase }
  } catch {
    return undefined
  }
}
