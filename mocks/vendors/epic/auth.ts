import { authorize } from '../../core/auth/authorize.ts'
import { jwks } from '../../core/auth/jwt.ts'
import { SMART_STYLE } from '../../core/auth/registry.ts'
import { introspect, token } from '../../core/auth/token.ts'
import { json } from '../../core/http.ts'
import type { SandboxState } from '../../core/state.ts'
import { epicAuthPersonality as personality } from './auth-personality.ts'
import { EPIC_FHIR_PATH, EPIC_OAUTH_PATH, EPIC_STYLE_PATH } from './config.ts'

const oauth = (origin: string) => `${origin}${EPIC_OAUTH_PATH}`

function smartConfiguration(origin: string) {
  return {
    issuer: oauth(origin),
    jwks_uri: `${oauth(origin)}/jwks`,
    authorization_endpoint: `${oauth(origin)}/authorize`,
    token_endpoint: `${oauth(origin)}/token`,
    introspection_endpoint: `${oauth(origin)}/introspect`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic', 'private_key_jwt'],
    grant_types_supported: [
      'authorization_code',
      'refresh_token',
      'client_credentials',
      // 507 of 558 production endpoints list no token-exchange grant.
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
    ],
    // Epic lists no resource scopes, no launch/patient and no offline_access, yet honours them.
    scopes_supported: ['epic.scanning.dmsusername', 'fhirUser', 'launch', 'openid', 'profile'],
    response_types_supported: ['code'],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'client-public',
      'client-confidential-symmetric',
      'client-confidential-asymmetric',
      'context-banner',
      'context-style',
      'context-ehr-patient',
      'context-ehr-encounter',
      'context-standalone-patient',
      'permission-offline',
      'permission-patient',
      'permission-user',
      'permission-v1',
      'permission-v2',
      'sso-openid-connect',
      'authorize-post',
    ],
    code_challenge_methods_supported: ['S256'],
  }
}

function openidConfiguration(origin: string) {
  return {
    issuer: oauth(origin),
    authorization_endpoint: `${oauth(origin)}/authorize`,
    token_endpoint: `${oauth(origin)}/token`,
    jwks_uri: `${oauth(origin)}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'fhirUser', 'profile'],
    claims_supported: ['iss', 'sub', 'aud', 'exp', 'iat', 'fhirUser', 'preferred_username'],
  }
}

export const epicAuth = {
  async handle(req: Request, url: URL, state: SandboxState): Promise<Response | undefined> {
    const o = url.origin
    const p = url.pathname
    if (p === EPIC_STYLE_PATH) return json(SMART_STYLE)
    if (p.startsWith(`${EPIC_OAUTH_PATH}/authorize`)) {
      return authorize(req, url, state, {
        personality,
        persona: 'from-launch',
        url: `${oauth(o)}/authorize`,
        fhirBase: o + EPIC_FHIR_PATH,
      })
    }
    if (p === `${EPIC_OAUTH_PATH}/token`) return token(req, url, state, personality)
    if (p === `${EPIC_OAUTH_PATH}/introspect`) return introspect(req, url, state, personality)
    if (p === `${EPIC_OAUTH_PATH}/jwks`) return json(jwks())
    if (p === `${EPIC_OAUTH_PATH}/.well-known/openid-configuration`) return json(openidConfiguration(o))
    return undefined
  },
  /** `.well-known` documents under the FHIR base; JSON whatever the Accept header says. */
  discovery(_req: Request, url: URL, rest: string, _base: string): Response {
    if (rest === '.well-known/smart-configuration') return json(smartConfiguration(url.origin))
    if (rest === '.well-known/openid-configuration') return json(openidConfiguration(url.origin))
    return json({ error: 'not_found' }, { status: 404 })
  },
}
