import { clinicianByKey } from '../../data/clinicians.ts'
import { findLogin, patientLogins } from '../../data/logins.ts'
import { patientByKey } from '../../data/patients.ts'
import type { Grant } from '../grants.ts'
import { formBody, redirect } from '../http.ts'
import { parseResourceScope, splitScope } from '../scopes.ts'
import { bag, randomToken, type SandboxState } from '../state.ts'
import { findLaunch } from './launches.ts'
import { chooserPage, consentPage, expiredPage, signInPage } from './pages.ts'
import type { AuthPersonality, AuthorizeProblem } from './personality.ts'
import type { AuthorizationCode, PendingAuthorization } from './types.ts'

const CODE_TTL_MS = 60_000
const PENDING_TTL_MS = 15 * 60_000

export interface AuthorizeEndpoint {
  personality: AuthPersonality
  /** Epic runs one server for both; the presence of `launch` decides. */
  persona: 'patient' | 'provider' | 'from-launch'
  /** Absolute URL of the authorize endpoint; sign-in pages post to sub-paths of it. */
  url: string
  /** The FHIR base this authorization server issues tokens for. */
  fhirBase: string
}

const pending = (s: SandboxState) => bag<PendingAuthorization>(s, 'pending-authorizations')
export const authorizationCodes = (s: SandboxState) => bag<AuthorizationCode>(s, 'authorization-codes')

/** GET or POST to the authorize endpoint and the sign-in pages below it. */
export async function authorize(req: Request, url: URL, state: SandboxState, ep: AuthorizeEndpoint): Promise<Response> {
  const sub = url.pathname.slice(new URL(ep.url).pathname.length)
  if (sub === '/signin') return signIn(await formBody(req), state, ep)
  if (sub === '/choose') return choose(await formBody(req), state, ep)
  if (sub === '/consent') return consent(await formBody(req), state, ep)
  if (sub !== '') {
    return ep.personality.authorizeError({ origin: url.origin, problem: 'unknown_client', description: 'Unknown page' })
  }
  const params = req.method === 'POST' ? await formBody(req) : url.searchParams
  return start(req.method, params, state, ep)
}

function start(method: string, q: URLSearchParams, state: SandboxState, ep: AuthorizeEndpoint): Response {
  const p = ep.personality
  const fail = (problem: AuthorizeProblem, description: string, canRedirect = true) =>
    p.authorizeError({
      origin: new URL(ep.url).origin,
      problem,
      description,
      clientId: client?.clientId,
      redirectUri: canRedirect ? redirectUri : undefined,
      state: q.get('state') ?? undefined,
    })
  const client = p.clients().find((c) => c.clientId === q.get('client_id'))
  if (!client) return fail('unknown_client', `Unknown client_id "${q.get('client_id') ?? ''}"`, false)
  const asked = q.get('redirect_uri')
  const redirectUri = asked ?? (client.redirectUris.length === 1 ? client.redirectUris[0] : undefined)
  if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
    return fail('bad_redirect_uri', `redirect_uri "${asked ?? ''}" is not registered for this client`, false)
  }
  const launchCode = q.get('launch')
  if (method === 'POST' && p.authorizePost === 'ehr-only' && !launchCode) {
    return fail('post_not_allowed', 'POST is only supported for EHR launches', false)
  }
  if (q.get('response_type') !== 'code') return fail('bad_response_type', 'response_type must be "code"')
  const aud = q.get('aud')
  if (!aud) return fail('missing_aud', 'The aud parameter is required')
  if (aud.replace(/\/$/, '') !== ep.fhirBase) return fail('wrong_aud', `aud "${aud}" is not this server's FHIR base`)
  const scope = splitScope(q.get('scope'))
  if (scope.length === 0) return fail('missing_scope', 'The scope parameter is required')
  const challenge = q.get('code_challenge') ?? undefined
  const method256 = q.get('code_challenge_method')
  if ((challenge || method256) && (method256 !== 'S256' || !challenge)) {
    return fail('bad_pkce_method', 'Only code_challenge_method=S256 is supported')
  }
  const persona = ep.persona === 'from-launch' ? (launchCode ? 'provider' : 'patient') : ep.persona
  if (!client.personas.includes(persona)) {
    return fail('persona_mismatch', `Client is not registered for the ${persona} persona`)
  }
  const tx: PendingAuthorization = {
    id: randomToken(18),
    vendor: p.vendor,
    persona,
    client,
    redirectUri,
    state: q.get('state') ?? undefined,
    aud: ep.fhirBase,
    requestedScope: scope,
    codeChallenge: challenge,
    createdAt: state.now(),
  }
  if (launchCode) {
    const launch = findLaunch(state, launchCode, state.now())
    if (!launch || launch.aud !== ep.fhirBase) return fail('invalid_launch', 'Unknown or expired launch')
    tx.launch = launch
    return approve(state, ep, tx, undefined)
  }
  if (persona === 'provider') return fail('invalid_launch', 'Provider sign-in requires an EHR launch')
  pending(state).set(tx.id, tx)
  return signInPage(p, tx, `${ep.url}/signin`)
}

function takePending(form: URLSearchParams, state: SandboxState): PendingAuthorization | undefined {
  const tx = pending(state).get(form.get('tx') ?? '')
  if (!tx || state.now() - tx.createdAt > PENDING_TTL_MS) return undefined
  return tx
}

function signIn(form: URLSearchParams, state: SandboxState, ep: AuthorizeEndpoint): Response {
  const tx = takePending(form, state)
  if (!tx) return expiredPage(ep.personality)
  const login = findLogin(form.get('username') ?? '', form.get('password') ?? '')
  if (!login) return signInPage(ep.personality, tx, `${ep.url}/signin`, 'Incorrect username or password.')
  tx.username = login.username
  if (login.patientKeys.length > 1) {
    const records = login.patientKeys.map((key) => ({ key, label: patientLabel(key) }))
    return chooserPage(ep.personality, tx, `${ep.url}/choose`, records)
  }
  tx.patientKey = login.patientKeys[0]
  return consentFor(tx, ep)
}

function choose(form: URLSearchParams, state: SandboxState, ep: AuthorizeEndpoint): Response {
  const tx = takePending(form, state)
  if (!tx?.username) return expiredPage(ep.personality)
  const login = patientLogins.find((l) => l.username === tx.username)
  const key = form.get('patient') ?? ''
  if (!login?.patientKeys.includes(key)) return expiredPage(ep.personality)
  tx.patientKey = key
  return consentFor(tx, ep)
}

function consentFor(tx: PendingAuthorization, ep: AuthorizeEndpoint): Response {
  const types = [...new Set(tx.requestedScope.map((s) => parseResourceScope(s)?.resourceType))].filter(
    (t): t is string => !!t && t !== '*',
  )
  return consentPage(ep.personality, tx, `${ep.url}/consent`, patientLabel(tx.patientKey ?? ''), types)
}

function consent(form: URLSearchParams, state: SandboxState, ep: AuthorizeEndpoint): Response {
  const tx = takePending(form, state)
  if (!tx?.patientKey) return expiredPage(ep.personality)
  pending(state).delete(tx.id)
  if (form.get('decision') !== 'allow') {
    return ep.personality.authorizeError({
      origin: new URL(ep.url).origin,
      problem: 'access_denied',
      description: 'The user denied the request',
      redirectUri: tx.redirectUri,
      state: tx.state,
      clientId: tx.client.clientId,
    })
  }
  const shared = new Set(form.getAll('share'))
  tx.requestedScope = tx.requestedScope.filter((s) => {
    const r = parseResourceScope(s)
    return !r || r.resourceType === '*' || shared.has(r.resourceType)
  })
  const duration = Number(form.get('duration'))
  return approve(state, ep, tx, Number.isFinite(duration) && duration > 0 ? duration : undefined)
}

function approve(state: SandboxState, ep: AuthorizeEndpoint, tx: PendingAuthorization, accessSeconds?: number): Response {
  const grant = grantFor(ep, tx)
  if (!grant) {
    return ep.personality.authorizeError({ origin: new URL(ep.url).origin, problem: 'invalid_launch', description: 'Unknown user or patient' })
  }
  const code = randomToken(24)
  authorizationCodes(state).set(code, {
    code,
    grant,
    clientId: tx.client.clientId,
    redirectUri: tx.redirectUri,
    codeChallenge: tx.codeChallenge,
    launch: tx.launch,
    accessSeconds,
    expiresAt: state.now() + CODE_TTL_MS,
    used: false,
  })
  const target = new URL(tx.redirectUri)
  target.searchParams.set('code', code)
  if (tx.state !== undefined) target.searchParams.set('state', tx.state)
  return redirect(target.toString())
}

function grantFor(ep: AuthorizeEndpoint, tx: PendingAuthorization): Grant | undefined {
  const vendor = ep.personality.vendor
  const scope = ep.personality.grantScopes(tx.requestedScope, tx.client, tx)
  const base = { vendor, clientId: tx.client.clientId, scope, aud: tx.aud }
  if (tx.launch) {
    const doctor = clinicianByKey(tx.launch.clinicianKey)
    const patient = patientByKey(tx.launch.patientKey)
    if (!doctor || !patient) return undefined
    return {
      ...base,
      persona: 'provider',
      patientId: patient.ids[vendor],
      encounterId: tx.launch.encounterId,
      fhirUser: `Practitioner/${doctor.ids[vendor]}`,
      username: doctor.username,
    }
  }
  const patient = patientByKey(tx.patientKey ?? '')
  const login = patientLogins.find((l) => l.username === tx.username)
  if (!patient || !login) return undefined
  const self = login.self ? patientByKey(login.self) : undefined
  const fhirUser =
    self && (self.key === patient.key || !login.relatedPerson)
      ? `Patient/${self.ids[vendor]}`
      : `RelatedPerson/${login.relatedPerson?.ids[vendor] ?? patient.ids[vendor]}`
  return { ...base, persona: 'patient', patientId: patient.ids[vendor], fhirUser, username: login.username }
}

function patientLabel(key: string): string {
  const p = patientByKey(key)
  return p ? `${p.name.given.join(' ')} ${p.name.family}` : key
}
