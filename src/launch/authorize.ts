import FHIR from 'fhirclient'
import type { fhirclient } from 'fhirclient/lib/types'
import { discover } from './discovery.ts'
import { endpoints, type EndpointConfig } from './endpoints.ts'
import { saveLaunchMeta } from './launch-meta.ts'
import { buildScope } from './scopes.ts'

// The runtime accepts an array of configs (and honours issMatch only then); the typings omit it.
const authorizeAny = FHIR.oauth2.authorize as (o: fhirclient.AuthorizeParams[]) => Promise<string | void>

export const REDIRECT_PATH = '/callback'

let inFlight: Promise<void> | undefined

/**
 * Starts the code flow for an endpoint that already passed the allowlist. fhirclient lets URL
 * parameters (fhirServiceUrl, patientId, clientId) override options, so the URL is rewritten to carry
 * exactly `iss` (and `launch`) before it runs, and the config array matches `iss` exactly.
 */
export function beginLaunch(
  endpoint: EndpointConfig,
  kind: 'ehr' | 'standalone',
  launch?: string,
  allowed: EndpointConfig[] = endpoints,
): Promise<void> {
  // StrictMode runs effects twice; one launch must produce one authorize redirect.
  inFlight ??= run(endpoint, kind, launch, allowed).finally(() => {
    inFlight = undefined
  })
  return inFlight
}

async function run(endpoint: EndpointConfig, kind: 'ehr' | 'standalone', launch: string | undefined, allowed: EndpointConfig[]) {
  const cfg = await discover(endpoint.fhirBase)
  const scope = buildScope({
    kind,
    capabilities: cfg.capabilities ?? [],
    offline: import.meta.env.VITE_REQUEST_OFFLINE_ACCESS === '1',
  })
  // fhirclient's default state is 16 Math.random characters; SMART asks for ≥122 bits.
  const stateKey = crypto.randomUUID()
  saveLaunchMeta(stateKey, { endpointId: endpoint.id, kind, requestedScope: scope, revocationEndpoint: cfg.revocation_endpoint })
  const params = new URLSearchParams({ iss: endpoint.fhirBase })
  if (launch) params.set('launch', launch)
  window.history.replaceState(null, '', `${window.location.pathname}?${params}`)
  const configs = allowed
    .filter((e) => e.clientId && e.launch.includes(kind))
    .map((e) => ({
      clientId: e.clientId,
      issMatch: e.fhirBase,
      scope,
      stateKey,
      redirectUri: new URL(REDIRECT_PATH, window.location.origin).toString(),
      pkceMode: 'required' as const,
      completeInTarget: true,
    }))
  await authorizeAny(configs)
}
