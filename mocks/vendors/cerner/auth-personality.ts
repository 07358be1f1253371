import type { AuthPersonality, AuthorizeProblem } from '../../core/auth/personality.ts'
import { appRedirectUris, US_CORE_APIS } from '../../core/auth/registry.ts'
import { html, json, page, redirect } from '../../core/http.ts'
import { parseResourceScope } from '../../core/scopes.ts'
import { CERNER_TENANT, CERNER_TOKEN_TTL } from './config.ts'
import { cernerUrls } from './urls.ts'

const APIS = US_CORE_APIS.filter((a) => a !== 'Medication')

// Oracle registers an app per persona; one product that serves patients and clinicians has two client ids.
const clients = () => [
  { clientId: 'cerner-sandbox-patient-app', redirectUris: appRedirectUris(), apis: APIS, personas: ['patient' as const], scopeVersion: 'v2' as const, access: 'offline' as const },
  { clientId: 'cerner-sandbox-provider-app', redirectUris: appRedirectUris(), apis: APIS, personas: ['provider' as const], scopeVersion: 'v2' as const, access: 'online' as const },
  // Registered with v1 scopes and "Online" access, to reproduce what such registrations are granted.
  { clientId: 'cerner-sandbox-v1-online', redirectUris: appRedirectUris(), apis: APIS, personas: ['patient' as const], scopeVersion: 'v1' as const, access: 'online' as const },
]

const URN = 'urn:cerner:error:authorization-server:oauth2'
const GRANT_ERRORS: Partial<Record<AuthorizeProblem, [string, string]>> = {
  persona_mismatch: ['unauthorized_client', 'grant:client-persona-mismatch'],
  access_denied: ['access_denied', 'grant:denied-by-user'],
  missing_aud: ['invalid_request', 'grant:invalid-audience'],
  wrong_aud: ['invalid_request', 'grant:invalid-audience'],
  invalid_launch: ['invalid_request', 'grant:invalid-launch'],
  bad_pkce_method: ['invalid_request', 'grant:invalid-code-challenge-method'],
  missing_scope: ['invalid_scope', 'grant:empty-scopes'],
  bad_response_type: ['unsupported_response_type', 'grant:unsupported-response-type'],
}

const versionOf = (s: string) => parseResourceScope(s)?.version

export const cernerAuthPersonality: AuthPersonality = {
  vendor: 'cerner',
  brand: { name: 'Health Portal (Cerner sandbox)', color: '#1c5d8c', consentTitle: 'Allow access to your health record', chooserTitle: 'Allow access to the record(s) of:' },
  defaultTokenTtl: CERNER_TOKEN_TTL,
  clients,
  accessDurations: [],
  authorizePost: 'always',
  authorizeError(ctx) {
    const mapped = GRANT_ERRORS[ctx.problem]
    if (!ctx.redirectUri || !mapped) {
      return html(
        page('Authorization error', `<main><h1>Authorization error</h1><p class="error" role="alert">The application could not be authorized: the client or its redirect URI is not registered.</p></main>`),
        { status: 400 },
      )
    }
    const target = new URL(ctx.redirectUri)
    target.searchParams.set('error', mapped[0])
    target.searchParams.set('error_uri', cernerUrls(ctx.origin).errorUri(`${URN}:${mapped[1]}`, ctx.clientId ?? ''))
    if (ctx.state !== undefined) target.searchParams.set('state', ctx.state)
    return redirect(target.toString())
  },
  tokenError({ origin, status, error, detail, clientId }) {
    const errorUri = cernerUrls(origin).errorUri(`${URN}:token:${detail}`, clientId ?? '')
    // As recorded: no-store, no-cache and a wildcard CORS origin on every token error.
    return json({ error, error_uri: errorUri }, { status, headers: { 'cache-control': 'no-store', pragma: 'no-cache', 'access-control-allow-origin': '*' } })
  },
  refusesEmptyGrant: (scope) => !scope.some((s) => parseResourceScope(s) !== undefined),
  grantScopes(requested, client) {
    const apis = new Set(client.apis)
    return requested.filter((s) => {
      const r = parseResourceScope(s)
      if (r) {
        // No wildcards, no scopes in the other syntax, nothing the registration lacks: all dropped silently.
        if (r.resourceType === '*') return false
        if (client.scopeVersion && versionOf(s) !== Number(client.scopeVersion.slice(1))) return false
        return apis.has(r.resourceType)
      }
      if (s === 'offline_access') return client.access === 'offline'
      if (s === 'online_access') return client.access !== 'none'
      return true
    })
  },
  issuesRefreshToken: (client, scope) =>
    client.access !== 'none' && (scope.includes('offline_access') || scope.includes('online_access')),
  rotatesRefreshToken: false,
  tokenExtras({ grant, code }, origin) {
    const extras: Record<string, unknown> = {
      tenant: CERNER_TENANT,
      username: grant.username,
      need_patient_banner: code.launch ? code.launch.needPatientBanner : true,
      smart_style_url: cernerUrls(origin).style,
    }
    if (grant.patientId) extras.patient = grant.patientId
    if (grant.encounterId) extras.encounter = grant.encounterId
    if (grant.persona === 'provider') extras.user = grant.fhirUser.split('/')[1]
    return extras
  },
  refreshExtras: () => ({}),
  idTokenClaims(grant, clientId, origin, now) {
    const iat = Math.floor(now / 1000)
    const urls = cernerUrls(origin)
    return {
      iss: urls.idTokenIssuer,
      sub: grant.username,
      aud: clientId,
      iat,
      exp: iat + 300,
      name: grant.username,
      fhirUser: `${urls.fhirBase(grant.persona)}/${grant.fhirUser}`,
    }
  },
  introspection(grant, t) {
    return {
      scope: grant.scope.join(' '),
      client_id: grant.clientId,
      exp: Math.floor(t.expiresAt / 1000),
      sub: grant.username,
      tenant: CERNER_TENANT,
      patient: grant.patientId,
    }
  },
}
