import FHIR from 'fhirclient'
import type { fhirclient } from 'fhirclient/lib/types'
import type { SmartEndpoint } from './endpoints.ts'
import { buildScope } from './scopes.ts'

const redirectUri = () => new URL('/callback', window.location.origin).toString()

function options(endpoint: SmartEndpoint, kind: 'ehr' | 'standalone') {
  return {
    clientId: endpoint.clientId,
    scope: buildScope(kind),
    redirectUri: redirectUri(),
    // fhirclient's default state is 16 Math.random characters; SMART asks for ≥122 bits.
    stateKey: crypto.randomUUID(),
    pkceMode: 'required' as const,
    completeInTarget: true,
  }
}

export function startStandalone(endpoint: SmartEndpoint): Promise<string | void> {
  return FHIR.oauth2.authorize({ ...options(endpoint, 'standalone'), iss: endpoint.fhirBase })
}

// The runtime accepts an array of configs (and honours issMatch only then); the typings omit it.
const authorizeAny = FHIR.oauth2.authorize as (
  o: fhirclient.AuthorizeParams | fhirclient.AuthorizeParams[],
) => Promise<string | void>

/** EHR launch: `iss` and `launch` come from the URL; issMatch pins the only server accepted. */
let ehrLaunch: Promise<string | void> | undefined

export function startEhrLaunch(endpoint: SmartEndpoint): Promise<string | void> {
  // StrictMode runs effects twice; one launch must produce one authorize redirect.
  return (ehrLaunch ??= authorizeAny([{ ...options(endpoint, 'ehr'), issMatch: (iss: string) => iss === endpoint.fhirBase }]))
}
