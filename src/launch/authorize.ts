import FHIR from 'fhirclient'
import type { fhirclient } from 'fhirclient/lib/types'
import { discover } from './discovery.ts'
import { rememberEndpoint, withCapabilityFlavor, type EndpointConfig } from './endpoints.ts'
import { fetchCapabilityFlavor } from './flavor.ts'
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
  allowed: EndpointConfig[] = [endpoint],
): Promise<void> {
  // StrictMode runs effects twice; one launch must produce one authorize redirect.
  inFlight ??= run(endpoint, kind, launch, allowed).finally(() => {
    inFlight = undefined
  })
  return inFlight
}

async function run(chosen: EndpointConfig, kind: 'ehr' | 'standalone', launch: string | undefined, allowedList: EndpointConfig[]) {
  // A server neither the directory nor its URL identifies is asked for its CapabilityStatement at the
  // same time as its SMART configuration, so knowing the vendor adds no wait.
  const [cfg, capabilityFlavor] = await Promise.all([
    discover(chosen.fhirBase),
    chosen.flavorBy === 'none' ? fetchCapabilityFlavor(chosen.fhirBase) : Promise.resolve(undefined),
  ])
  const endpoint = withCapabilityFlavor(chosen, capabilityFlavor)
  const allowed = allowedList.map((e) => (e === chosen ? endpoint : e))
  rememberEndpoint(endpoint)
  const scope = buildScope({
    kind,
    capabilities: cfg.capabilities ?? [],
    offline: import.meta.env.VITE_REQUEST_OFFLINE_ACCESS === '1',
  })
  // fhirclient's default state is 16 Math.random characters; SMART asks for ≥122 bits.
  const stateKey = crypto.randomUUID()
  const asMeta = cfg as typeof cfg & { issuer?: unknown; authorization_response_iss_parameter_supported?: unknown }
  saveLaunchMeta(stateKey, {
    endpointId: endpoint.id,
    kind,
    requestedScope: scope,
    revocationEndpoint: cfg.revocation_endpoint,
    ...(typeof asMeta.issuer === 'string' && { issuer: asMeta.issuer }),
    issRequired: asMeta.authorization_response_iss_parameter_supported === true,
    ...(cfg.authorization_endpoint && { authorizeOrigin: new URL(cfg.authorization_endpoint).origin }),
  })
  const params = new URLSearchParams({ iss: endpoint.fhirBase })
  if (launch) params.set('launch', launch)
  window.history.replaceState(null, '', `${window.location.pathname}?${params}`)
  await authorizeAny(authorizeConfigs(allowed, kind, scope, stateKey, window.location.origin))
}

/** One fhirclient config per allowed endpoint, each matching its own base exactly. */
export function authorizeConfigs(
  allowed: EndpointConfig[],
  kind: 'ehr' | 'standalone',
  scope: string,
  stateKey: string,
  appOrigin: string,
): fhirclient.AuthorizeParams[] {
  return allowed
    .filter((e) => e.clientId && e.launch.includes(kind))
    .map((e) => ({
      clientId: e.clientId,
      issMatch: e.fhirBase,
      scope,
      stateKey,
      redirectUri: new URL(REDIRECT_PATH, appOrigin).toString(),
      // discover() already refused servers that list methods without S256. fhirclient's 'required'
      // would also refuse `[]` or a missing list, and its default silently skips PKCE there;
      // 'unsafeV1' is the mode that always sends code_challenge_method=S256 (fhirclient never sends plain).
      pkceMode: 'unsafeV1' as const,
      completeInTarget: true,
    }))
}
