import { authorize } from '../../core/auth/authorize.ts'
import { jwks } from '../../core/auth/jwt.ts'
import { SMART_STYLE } from '../../core/auth/registry.ts'
import { introspect, revoke, token } from '../../core/auth/token.ts'
import { escapeHtml, html, json, page } from '../../core/http.ts'
import type { SandboxState } from '../../core/state.ts'
import { cernerAuthPersonality as personality } from './auth-personality.ts'
import { CERNER_AUTH_PATH } from './config.ts'
import { cernerUrls, type Persona } from './urls.ts'

// Every type Millennium R4 serves. Production patient bases list 100–199 scopes and provider bases
// 200–399 (§8.1): each type in v1 and v2 syntax, patient-context only or patient + user.
const MILLENNIUM_TYPES = [
  'Account', 'AllergyIntolerance', 'Appointment', 'Binary', 'CarePlan', 'CareTeam', 'ChargeItem', 'Communication',
  'Condition', 'Consent', 'Coverage', 'Device', 'DiagnosticReport', 'DocumentReference', 'Encounter', 'FamilyMemberHistory',
  'Goal', 'Immunization', 'InsurancePlan', 'Location', 'Media', 'MedicationAdministration', 'MedicationDispense',
  'MedicationRequest', 'NutritionOrder', 'Observation', 'Organization', 'Patient', 'Person', 'Practitioner',
  'Procedure', 'Provenance', 'Questionnaire', 'QuestionnaireResponse', 'RelatedPerson', 'Schedule', 'ServiceRequest', 'Slot',
]

function resourceScopes(persona: Persona): string[] {
  const contexts = persona === 'patient' ? ['patient'] : ['patient', 'user']
  return contexts.flatMap((c) => MILLENNIUM_TYPES.flatMap((t) => [`${c}/${t}.read`, `${c}/${t}.rs`, `${c}/${t}.r`]))
}

function smartConfiguration(origin: string, persona: Persona) {
  const u = cernerUrls(origin)
  return {
    issuer: u.issuer,
    authorization_endpoint: u.authorize(persona),
    token_endpoint: u.token(persona),
    revocation_endpoint: u.revoke,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS384', 'ES384'],
    jwks_uri: u.jwks,
    grant_types_supported: ['authorization_code', 'client_credentials'],
    // Millennium lists every per-resource scope in both syntaxes.
    scopes_supported: [
      'fhirUser',
      'launch',
      persona === 'patient' ? 'launch/patient' : 'launch/encounter',
      'offline_access',
      'online_access',
      'openid',
      'profile',
      ...resourceScopes(persona),
    ],
    response_types_supported: ['code'],
    management_endpoint: u.management(persona),
    introspection_endpoint: u.introspect,
    capabilities: [
      'authorize-post',
      'launch-ehr',
      'launch-standalone',
      'client-public',
      'client-confidential-asymmetric',
      'client-confidential-symmetric',
      'sso-openid-connect',
      'context-banner',
      'context-style',
      persona === 'patient' ? 'context-standalone-patient' : 'context-ehr-encounter',
      'context-ehr-patient',
      'permission-patient',
      'permission-user',
      'permission-offline',
      'permission-online',
      'permission-v1',
      'permission-v2',
      // Every Oracle endpoint advertises SMART Health Cards.
      'health-cards',
    ],
    code_challenge_methods_supported: ['S256'],
  }
}

const AUTHORIZE = new RegExp(`^${CERNER_AUTH_PATH}/protocols/oauth2/profiles/smart-v1/personas/(patient|provider)/authorize`)

export const cernerAuth = {
  async handle(req: Request, url: URL, state: SandboxState): Promise<Response | undefined> {
    const o = url.origin
    const u = cernerUrls(o)
    const p = url.pathname
    const a = AUTHORIZE.exec(p)
    if (a) {
      const persona = a[1] as Persona
      return authorize(req, url, state, { personality, persona, url: u.authorize(persona), fhirBase: u.fhirBase(persona) })
    }
    if (p === new URL(u.revoke).pathname) return revoke(req, state)
    if (p === new URL(u.token('patient')).pathname || p === new URL(u.token('provider')).pathname) {
      return token(req, url, state, personality)
    }
    if (p === new URL(u.introspect).pathname) return introspect(req, url, state, personality)
    if (p === new URL(u.jwks).pathname) return json(jwks())
    if (p === new URL(u.idTokenIssuer).pathname + '.well-known/openid-configuration') {
      return json({ issuer: u.idTokenIssuer, jwks_uri: u.jwks, id_token_signing_alg_values_supported: ['RS256'] })
    }
    if (p === new URL(u.style).pathname) return json(SMART_STYLE)
    if (p.startsWith('/cerner/authorization/errors/')) {
      const urn = decodeURIComponent(p.split('/')[4] ?? '')
      return html(page('Authorization error', `<main><h1>Authorization error</h1><p><code>${escapeHtml(urn)}</code></p></main>`))
    }
    return undefined
  },
  /** `.well-known/smart-configuration` exists only under a secure service root. */
  discovery(_req: Request, url: URL, rest: string, _base: string, persona: Persona): Response {
    if (rest === '.well-known/smart-configuration') return json(smartConfiguration(url.origin, persona))
    return json({ error: 'not_found' }, { status: 404 })
  },
}
