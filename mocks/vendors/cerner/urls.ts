import { CERNER_AUTH_PATH, CERNER_PATIENT_FHIR_PATH, CERNER_PROVIDER_FHIR_PATH, CERNER_TENANT } from './config.ts'

export type Persona = 'patient' | 'provider'

/** Patient-persona tokens are minted per FHIR host, as Millennium's token URL shows. */
export const PATIENT_TOKEN_HOST = 'fhir-myrecord.sandbox.local'
const PROFILE = 'protocols/oauth2/profiles/smart-v1'

export const cernerUrls = (origin: string) => ({
  fhirBase: (persona: Persona) => origin + (persona === 'patient' ? CERNER_PATIENT_FHIR_PATH : CERNER_PROVIDER_FHIR_PATH),
  issuer: `${origin}${CERNER_AUTH_PATH}`,
  authorize: (persona: Persona) => `${origin}${CERNER_AUTH_PATH}/${PROFILE}/personas/${persona}/authorize`,
  token: (persona: Persona) =>
    persona === 'patient'
      ? `${origin}${CERNER_AUTH_PATH}/hosts/${PATIENT_TOKEN_HOST}/${PROFILE}/token`
      : `${origin}${CERNER_AUTH_PATH}/${PROFILE}/token`,
  revoke: `${origin}${CERNER_AUTH_PATH}/${PROFILE}/token/revoke`,
  management: (persona: Persona) => `${origin}${CERNER_AUTH_PATH}/personas/${persona}/my-authorizations`,
  introspect: `${origin}/cerner/authorization/tokeninfo`,
  jwks: `${origin}/cerner/authorization/jwk`,
  idTokenIssuer: `${origin}${CERNER_AUTH_PATH}/oidc/idsps/sandbox-idsp/`,
  style: `${origin}/cerner/styles/smart-v1.json`,
  errorUri: (urn: string, clientId: string) =>
    `${origin}/cerner/authorization/errors/${encodeURIComponent(urn)}/instances/${crypto.randomUUID()}?client=${encodeURIComponent(clientId)}&tenant=${CERNER_TENANT}`,
})
