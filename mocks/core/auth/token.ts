import type { Grant } from '../grants.ts'
import { formBody, json } from '../http.ts'
import { grantForRequest, issueAccessToken, randomToken, type SandboxState } from '../state.ts'
import { authorizationCodes } from './authorize.ts'
import { signJwt } from './jwt.ts'
import type { AuthPersonality } from './personality.ts'
import { verifierMatches } from './pkce.ts'
import type { ClientRegistration } from './types.ts'

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' }

interface ClientAuth {
  client?: ClientRegistration
  authenticated: boolean
  error?: string
}

function authenticateClient(req: Request, form: URLSearchParams, p: AuthPersonality, state: SandboxState): ClientAuth {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')
  let id = form.get('client_id') ?? undefined
  let secret: string | undefined
  if (basic) {
    const [u, s] = Buffer.from(basic[1], 'base64').toString().split(':')
    id = decodeURIComponent(u)
    secret = decodeURIComponent(s ?? '')
  }
  // A refresh request may carry no client identification at all (Cerner documents it that way).
  if (!id && form.get('grant_type') === 'refresh_token') {
    id = state.refreshTokens.get(form.get('refresh_token') ?? '')?.grant.clientId
  }
  const client = p.clients().find((c) => c.clientId === id)
  if (!client) return { authenticated: false, error: 'unknown client' }
  if (client.secret && client.secret !== secret) return { client, authenticated: false, error: 'bad client credentials' }
  return { client, authenticated: !!client.secret }
}

function ttl(state: SandboxState, p: AuthPersonality): number {
  return state.faults.tokenTtl ?? state.tokenTtl ?? p.defaultTokenTtl
}

export async function token(req: Request, url: URL, state: SandboxState, p: AuthPersonality): Promise<Response> {
  const origin = url.origin
  if (req.method !== 'POST') return p.tokenError({ origin, status: 405, error: 'invalid_request', description: 'Use POST', detail: 'method' })
  const form = await formBody(req)
  const auth = authenticateClient(req, form, p, state)
  if (!auth.client || auth.error) {
    return p.tokenError({ origin, status: 401, error: 'invalid_client', description: auth.error ?? 'invalid client', detail: 'invalid-client' })
  }
  const grantType = form.get('grant_type')
  if (grantType === 'authorization_code') return exchangeCode(form, state, p, auth, origin)
  if (grantType === 'refresh_token') return refresh(form, state, p, auth, origin)
  const description = `grant_type "${grantType ?? ''}" is not supported`
  return p.tokenError({ origin, status: 400, error: 'unsupported_grant_type', description, detail: 'unsupported-grant-type' })
}

function exchangeCode(form: URLSearchParams, state: SandboxState, p: AuthPersonality, auth: ClientAuth, origin: string) {
  const client = auth.client as ClientRegistration
  const codes = authorizationCodes(state)
  const code = codes.get(form.get('code') ?? '')
  const bad = (description: string, detail: string) =>
    p.tokenError({ origin, status: 400, error: 'invalid_grant', description, detail, clientId: client.clientId })
  if (!code) return bad('The authorization code is invalid', 'invalid-code')
  if (code.used) {
    revokeIssuedFrom(state, code.code)
    return bad('The authorization code has already been used', 'code-reused')
  }
  code.used = true
  if (code.expiresAt <= state.now()) return bad('The authorization code has expired', 'code-expired')
  if (code.clientId !== client.clientId) return bad('The code was issued to another client', 'client-mismatch')
  if (form.get('redirect_uri') !== code.redirectUri) return bad('redirect_uri does not match', 'redirect-mismatch')
  if (code.codeChallenge && !verifierMatches(form.get('code_verifier'), code.codeChallenge)) {
    return bad('PKCE verification failed', 'pkce-mismatch')
  }
  const grant = code.grant
  if (p.refusesEmptyGrant?.(grant.scope)) {
    return p.tokenError({ origin, status: 400, error: 'invalid_scope', description: 'No requested scope was granted', detail: 'empty-scopes', clientId: client.clientId })
  }
  const lifetime = ttl(state, p)
  const body: Record<string, unknown> = {
    access_token: issueAccessToken(state, grant, lifetime, code.code, p.accessTokenBytes),
    token_type: 'Bearer',
    expires_in: lifetime,
    scope: p.scopeText ? p.scopeText(grant.scope) : grant.scope.join(' '),
  }
  if (p.issuesRefreshToken(client, grant.scope, auth.authenticated)) {
    const refreshToken = randomToken()
    const end = code.accessSeconds ? state.now() + code.accessSeconds * 1000 : undefined
    state.refreshTokens.set(refreshToken, { grant, expiresAt: end, code: code.code })
    body.refresh_token = refreshToken
  }
  if (grant.scope.includes('openid')) body.id_token = signJwt(p.idTokenClaims(grant, client.clientId, origin, state.now()))
  Object.assign(body, p.tokenExtras({ state, client, grant, code }, origin))
  return json(body, { headers: NO_STORE })
}

function refresh(form: URLSearchParams, state: SandboxState, p: AuthPersonality, auth: ClientAuth, origin: string) {
  const client = auth.client as ClientRegistration
  const presented = form.get('refresh_token') ?? ''
  const rt = state.refreshTokens.get(presented)
  const bad = (description: string) =>
    p.tokenError({ origin, status: 400, error: 'invalid_grant', description, detail: 'invalid-refresh-token', clientId: client.clientId })
  if (!rt || rt.revoked || (rt.expiresAt !== undefined && rt.expiresAt <= state.now())) {
    return bad('The refresh token is invalid or expired')
  }
  if (rt.grant.clientId !== client.clientId) return bad('The refresh token was issued to another client')
  const narrower = form.get('scope')
  const grant: Grant = narrower
    ? { ...rt.grant, scope: rt.grant.scope.filter((s) => narrower.split(/\s+/).includes(s)) }
    : rt.grant
  const lifetime = ttl(state, p)
  const body: Record<string, unknown> = {
    access_token: issueAccessToken(state, grant, lifetime, rt.code),
    token_type: 'Bearer',
    expires_in: lifetime,
    scope: grant.scope.join(' '),
  }
  if (p.rotatesRefreshToken) {
    rt.revoked = true
    const next = randomToken()
    state.refreshTokens.set(next, { ...rt, grant, revoked: false })
    body.refresh_token = next
  }
  Object.assign(body, p.refreshExtras(grant))
  return json(body, { headers: NO_STORE })
}

/** RFC 6749 §4.1.2: a replayed code revokes everything it produced. */
function revokeIssuedFrom(state: SandboxState, code: string) {
  for (const t of state.accessTokens.values()) if (t.code === code) t.revoked = true
  for (const t of state.refreshTokens.values()) if (t.code === code) t.revoked = true
}

/** RFC 7009: always 200, whether or not the token existed. */
export async function revoke(req: Request, state: SandboxState): Promise<Response> {
  const form = await formBody(req)
  const t = form.get('token') ?? ''
  const access = state.accessTokens.get(t)
  if (access) access.revoked = true
  const refreshToken = state.refreshTokens.get(t)
  if (refreshToken) {
    refreshToken.revoked = true
    for (const a of state.accessTokens.values()) if (a.grant === refreshToken.grant) a.revoked = true
  }
  return new Response(null, { status: 200, headers: NO_STORE })
}

/** RFC 7662; the caller authenticates with a bearer token of its own. */
export async function introspect(req: Request, url: URL, state: SandboxState, p: AuthPersonality): Promise<Response> {
  if (!grantForRequest(state, req) && !/^Basic /i.test(req.headers.get('authorization') ?? '')) {
    return p.tokenError({ origin: url.origin, status: 401, error: 'invalid_client', description: 'Authentication required', detail: 'unauthenticated' })
  }
  const form = await formBody(req)
  const t = state.accessTokens.get(form.get('token') ?? '')
  if (!t || t.revoked || t.expiresAt <= state.now()) return json({ active: false }, { headers: NO_STORE })
  return json({ active: true, ...p.introspection(t.grant, t, url.origin) }, { headers: NO_STORE })
}
