// The FHIR servers this app may talk to: the shipped brands bundle plus EHR-only (provider) bases.
// Vendor facts (client ids, flavours) live here and in src/fhir/adapters, nowhere else.
import { parseBrands, type HealthSystem } from './brands.ts'
import shippedBrands from './brands.json'
import type { ServerFlavor } from './smart-session.ts'

export interface EndpointConfig {
  id: string
  name: string
  fhirBase: string
  clientId: string | undefined
  flavor: ServerFlavor
  launch: Array<'ehr' | 'standalone'>
  /** Name of the env var that holds the client id, shown when it is missing. */
  clientIdEnv?: string
}

const BUNDLE_SANDBOX = 'http://localhost:4010'
export const SANDBOX_ORIGIN = (import.meta.env.VITE_SANDBOX_URL ?? BUNDLE_SANDBOX).replace(/\/$/, '')
const CERNER_TENANT = '3f7d9c2e-5b1a-4e8f-9d6c-0a2b4c6e8f10'
const ORACLE_SANDBOX_TENANT = 'ec2458f2-1e24-41c8-b71b-0e701af7583d'
const env = import.meta.env

/** The shipped bundle names the sandbox at its default port; the app follows VITE_SANDBOX_URL. */
function localize(address: string): string {
  return address.startsWith(BUNDLE_SANDBOX + '/') ? SANDBOX_ORIGIN + address.slice(BUNDLE_SANDBOX.length) : address
}

function classify(fhirBase: string): Pick<EndpointConfig, 'clientId' | 'flavor' | 'clientIdEnv'> {
  if (fhirBase.startsWith(`${SANDBOX_ORIGIN}/epic/`)) return { flavor: 'epic', clientId: 'epic-sandbox-app' }
  if (fhirBase.startsWith(`${SANDBOX_ORIGIN}/cerner/ehr/`)) return { flavor: 'cerner', clientId: 'cerner-sandbox-provider-app' }
  if (fhirBase.startsWith(`${SANDBOX_ORIGIN}/cerner/`)) return { flavor: 'cerner', clientId: 'cerner-sandbox-patient-app' }
  const host = new URL(fhirBase).hostname
  if (host === 'fhir.epic.com' || fhirBase.includes('/interconnect-fhir-oauth/')) {
    return { flavor: 'epic', clientId: env.VITE_EPIC_CLIENT_ID || undefined, clientIdEnv: 'VITE_EPIC_CLIENT_ID' }
  }
  if (host.startsWith('fhir-ehr') && host.endsWith('.cerner.com')) {
    return { flavor: 'cerner', clientId: env.VITE_CERNER_PROVIDER_CLIENT_ID || undefined, clientIdEnv: 'VITE_CERNER_PROVIDER_CLIENT_ID' }
  }
  if (host.endsWith('.cerner.com')) {
    return { flavor: 'cerner', clientId: env.VITE_CERNER_CLIENT_ID || undefined, clientIdEnv: 'VITE_CERNER_CLIENT_ID' }
  }
  // The SMART launcher accepts any client id.
  if (host === 'launch.smarthealthit.org') return { flavor: 'generic', clientId: 'chart-lens' }
  return { flavor: 'generic', clientId: env.VITE_CLIENT_ID || undefined, clientIdEnv: 'VITE_CLIENT_ID' }
}

export function endpointFromAddress(id: string, name: string, address: string, launch: EndpointConfig['launch']): EndpointConfig {
  const fhirBase = localize(address.replace(/\/$/, ''))
  return { id, name, fhirBase, launch, ...classify(fhirBase) }
}

export const healthSystems: HealthSystem[] = parseBrands(shippedBrands).map((s) => ({
  ...s,
  endpoints: s.endpoints.map((e) => ({ ...e, address: localize(e.address) })),
}))

const ehrOnly: EndpointConfig[] = [
  endpointFromAddress('local-cerner-provider', 'Lakeshore Medical PowerChart (local)', `${BUNDLE_SANDBOX}/cerner/ehr/r4/${CERNER_TENANT}`, ['ehr']),
  endpointFromAddress('oracle-sandbox-provider', 'Oracle Health sandbox, provider (R4)', `https://fhir-ehr-code.cerner.com/r4/${ORACLE_SANDBOX_TENANT}`, ['ehr']),
]

/** Patient-facing endpoints come from brands; Cerner's patient bases cannot take EHR launches. */
export const endpoints: EndpointConfig[] = [
  ...healthSystems.flatMap((s) =>
    s.endpoints.map((e) => {
      const cfg = endpointFromAddress(e.id, e.name, e.address, ['standalone'])
      if (cfg.flavor !== 'cerner') cfg.launch = ['ehr', 'standalone']
      return cfg
    }),
  ),
  ...ehrOnly,
]

export function endpointByBase(fhirBase: string): EndpointConfig | undefined {
  return endpoints.find((e) => e.fhirBase === fhirBase)
}
