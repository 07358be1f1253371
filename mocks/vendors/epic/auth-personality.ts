import { patientByVendorId } from '../../data/patients.ts'
import type { AuthPersonality } from '../../core/auth/personality.ts'
import { appRedirectUris, US_CORE_APIS } from '../../core/auth/registry.ts'
import { html, json, page, redirect } from '../../core/http.ts'
import { parseResourceScope } from '../../core/scopes.ts'
import { EPIC_FHIR_PATH, EPIC_OAUTH_PATH, EPIC_STYLE_PATH, EPIC_TOKEN_TTL } from './config.ts'

const clients = () => [
  // Public browser app: Epic issues no refresh token to it.
  { clientId: 'epic-sandbox-app', redirectUris: appRedirectUris(), apis: US_CORE_APIS, personas: ['patient', 'provider'] as const, access: 'none' as const },
  // Same app after dynamic client registration: may refresh.
  { clientId: 'epic-sandbox-app-persistent', redirectUris: appRedirectUris(), apis: US_CORE_APIS, personas: ['patient', 'provider'] as const, access: 'offline' as const },
  { clientId: 'epic-sandbox-confidential', secret: 'sandbox-secret', redirectUris: appRedirectUris(), apis: US_CORE_APIS, personas: ['patient', 'provider'] as const, access: 'offline' as const },
].map((c) => ({ ...c, personas: [...c.personas] }))

function errorPage(): Response {
  // Epic shows the same generic page for client, redirect and aud mistakes; the reason is not disclosed.
  return html(
    page(
      'OAuth2 Error',
      `<main><h1>OAuth2 Error</h1><p class="error" role="alert">Something went wrong trying to authorize the client. Please try logging in again.</p></main>`,
    ),
    { status: 400 },
  )
}

const PAGE_PROBLEMS = new Set(['unknown_client', 'bad_redirect_uri', 'missing_aud', 'wrong_aud', 'post_not_allowed', 'invalid_launch'])
const OAUTH_ERROR: Record<string, string> = {
  access_denied: 'access_denied',
  bad_response_type: 'unsupported_response_type',
  missing_scope: 'invalid_scope',
  bad_pkce_method: 'invalid_request',
  persona_mismatch: 'unauthorized_client',
}

/** Epic's opaque DSTU2 ids differ from the R4 ids of the same patient. */
function dstu2Id(r4Id: string | undefined): string | undefined {
  return r4Id ? patientByVendorId('epic', r4Id)?.epicDstu2Id : undefined
}

/**
 * Epic answers v2 grants one permission per scope (§8.1): `patient/Patient.rs` comes back as
 * `patient/Patient.r patient/Patient.s`, granular ones keep their query on each part.
 */
export function splitV2Permissions(scope: string[]): string {
  return scope
    .flatMap((s) => {
      const m = /^((?:patient|user|system)\/[A-Za-z*]+)\.([cruds]{2,5})(\?.*)?$/.exec(s)
      return m ? [...m[2]].map((p) => `${m[1]}.${p}${m[3] ?? ''}`) : [s]
    })
    .join(' ')
}

export const epicAuthPersonality: AuthPersonality = {
  vendor: 'epic',
  brand: { name: 'MyChart (Epic sandbox)', color: '#7a1f5c', consentTitle: 'What would you like to share?', chooserTitle: 'Whose record do you want to share?' },
  defaultTokenTtl: EPIC_TOKEN_TTL,
  clients,
  accessDurations: [
    { label: '1 hour', seconds: 3600 },
    { label: '1 day', seconds: 86_400 },
    { label: '1 week', seconds: 604_800 },
    { label: '1 month', seconds: 2_592_000 },
    { label: '3 months', seconds: 7_776_000 },
  ],
  authorizePost: 'ehr-only',
  authorizeError(ctx) {
    if (PAGE_PROBLEMS.has(ctx.problem) || !ctx.redirectUri) return errorPage()
    const target = new URL(ctx.redirectUri)
    target.searchParams.set('error', OAUTH_ERROR[ctx.problem] ?? 'invalid_request')
    target.searchParams.set('error_description', ctx.description)
    if (ctx.state !== undefined) target.searchParams.set('state', ctx.state)
    return redirect(target.toString())
  },
  tokenError({ status, error, description }) {
    return json({ error, error_description: description }, { status, headers: { 'cache-control': 'no-store' } })
  },
  grantScopes(requested, client) {
    const apis = new Set(client.apis.map((a) => a.toLowerCase()))
    const out: string[] = []
    for (const s of requested) {
      const r = parseResourceScope(s)
      if (r?.resourceType === '*') {
        // The grant is bounded by the APIs enabled on the app, so a wildcard becomes the enabled list.
        for (const api of client.apis) out.push(`${r.context}/${api}.${r.version === 1 ? 'read' : 'rs'}`)
      } else if (r) {
        if (apis.has(r.resourceType.toLowerCase())) out.push(s)
      } else if (s === 'offline_access' || s === 'online_access') {
        if (client.access !== 'none' || client.secret) out.push(s)
      } else {
        out.push(s)
      }
    }
    return [...new Set(out)]
  },
  issuesRefreshToken: (client, scope, authenticated) =>
    (authenticated || client.access === 'offline') && scope.includes('offline_access'),
  rotatesRefreshToken: true,
  // ~1,050 base64url characters, like Epic's opaque access tokens.
  accessTokenBytes: 788,
  scopeText: splitV2Permissions,
  tokenExtras({ grant, code }, origin) {
    const extras: Record<string, unknown> = {}
    if (grant.patientId) {
      extras.patient = grant.patientId
      extras['__epic.dstu2.patient'] = dstu2Id(grant.patientId)
    }
    if (code.launch) {
      if (grant.encounterId) extras.encounter = grant.encounterId
      // Epic sends the banner flag as a string.
      extras.need_patient_banner = String(code.launch.needPatientBanner)
      extras.smart_style_url = `${origin}${EPIC_STYLE_PATH}`
    }
    return extras
  },
  refreshExtras: (grant) => (grant.patientId ? { patient: grant.patientId, '__epic.dstu2.patient': dstu2Id(grant.patientId) } : {}),
  idTokenClaims(grant, clientId, origin, now) {
    const iat = Math.floor(now / 1000)
    const claims: Record<string, unknown> = {
      iss: `${origin}${EPIC_OAUTH_PATH}`,
      sub: grant.fhirUser.split('/')[1],
      aud: clientId,
      iat,
      exp: iat + 300,
      fhirUser: `${origin}${EPIC_FHIR_PATH}/${grant.fhirUser}`,
    }
    if (grant.scope.includes('profile')) claims.preferred_username = grant.username.toUpperCase()
    return claims
  },
  introspection(grant, t, origin) {
    return {
      scope: grant.scope.join(' '),
      client_id: grant.clientId,
      username: grant.username.toUpperCase(),
      exp: Math.floor(t.expiresAt / 1000),
      sub: grant.fhirUser.split('/')[1],
      iss: `${origin}${EPIC_OAUTH_PATH}`,
      epic_user_type: grant.persona === 'patient' ? 'WPR' : 'EMP',
      patient: grant.patientId,
      fhirUser: `${origin}${EPIC_FHIR_PATH}/${grant.fhirUser}`,
    }
  },
}

