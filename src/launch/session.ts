import FHIR from 'fhirclient'
import type Client from 'fhirclient/lib/Client'
import { audit, serverOf } from './audit.ts'
import { exchangeCode } from './code-exchange.ts'
import { LaunchError } from './launch-error.ts'
import { endpointByBase } from './endpoints.ts'
import { parseGrants } from './grants.ts'
import { toLaunchContext } from './launch-context.ts'
import { loadLaunchMeta, removeLaunchMeta, saveLaunchMeta, type LaunchMeta } from './launch-meta.ts'
import { launchErrorFromRedirect } from './oauth-errors.ts'
import type { RedirectParams } from './redirect-params.ts'
import { sessionStorageUsable } from './storage.ts'
import { renewAfterUnauthorized, scheduleRefresh, validAccessToken } from './token-lifecycle.ts'
import { TOKEN_TIMEOUT_MS } from './token-timeout.ts'
import type { SmartSession } from './smart-session.ts'

let pending: Promise<SmartSession> | undefined

/**
 * Completes the redirect, or resumes the tab's session on reload. Runs once per page load: a code can
 * be exchanged only once, and React StrictMode would otherwise do it twice.
 */
export function completeLaunch(redirect: RedirectParams, tokenTimeoutMs = TOKEN_TIMEOUT_MS): Promise<SmartSession> {
  pending ??= complete(redirect, tokenTimeoutMs)
  return pending
}

async function complete(redirect: RedirectParams, tokenTimeoutMs: number): Promise<SmartSession> {
  if (redirect.error) throw launchErrorFromRedirect(redirect)
  if (!sessionStorageUsable()) {
    throw new LaunchError('launchError.storage.title', 'launchError.storage.body')
  }
  if (redirect.state && !sessionStorage.getItem(redirect.state)) {
    // Unknown state: tampered, replayed from another tab, or expired. No token request is made.
    throw new LaunchError('launchError.badState.title', 'launchError.badState.body')
  }
  if (!redirect.state && !sessionStorage.getItem('SMART_KEY')) {
    throw new LaunchError('launchError.noSession.title', 'launchError.noSession.body')
  }
  if (redirect.state) checkIssuer(redirect, loadLaunchMeta(redirect.state))
  // A code only ever counts with the state this tab issued (checked above).
  if (redirect.state && redirect.code) await exchangeCode(redirect.state, redirect.code, tokenTimeoutMs)
  let client: Client
  try {
    // No code: the token is stored by now, and ready() only builds the client from it.
    client = await FHIR.oauth2.ready({ stateKey: redirect.state } as Parameters<typeof FHIR.oauth2.ready>[0])
  } catch {
    throw new LaunchError('launchError.incomplete.title', 'launchError.incomplete.body')
  }
  if (redirect.state) retireState(client, redirect.state)
  return toSession(client)
}

/**
 * RFC 9207 mix-up defence: the answer must come from the server the sign-in went to. Checked when the
 * server promised `iss` (authorization_response_iss_parameter_supported) and whenever `iss` is present.
 */
export function checkIssuer(redirect: Pick<RedirectParams, 'iss'>, meta: LaunchMeta | undefined): void {
  const refuse = () => {
    throw new LaunchError('launchError.untrusted.title', 'launchError.untrusted.body')
  }
  if (!redirect.iss) {
    if (meta?.issRequired) refuse()
    return
  }
  if (meta?.issuer !== undefined) {
    if (redirect.iss !== meta.issuer) refuse()
    return
  }
  let origin: string | undefined
  try {
    origin = new URL(redirect.iss).origin
  } catch {
    refuse()
  }
  if (!meta?.authorizeOrigin || origin !== meta.authorizeOrigin) refuse()
}

/**
 * A used `state` must not work twice, and the PKCE verifier has no use after the code exchange: the
 * session is moved to a fresh storage key (so a replayed callback finds no state) without the verifier.
 */
export function retireState(client: Client, used: string): void {
  const fresh = crypto.randomUUID()
  const meta = loadLaunchMeta(used)
  const state = client.state as typeof client.state & { codeVerifier?: string }
  delete state.codeVerifier
  state.key = fresh
  sessionStorage.setItem(fresh, JSON.stringify(state))
  sessionStorage.setItem('SMART_KEY', JSON.stringify(fresh))
  sessionStorage.removeItem(used)
  if (meta) saveLaunchMeta(fresh, meta)
  removeLaunchMeta(used)
}

function toSession(client: Client): SmartSession {
  const token = (client.state.tokenResponse ?? {}) as Record<string, unknown>
  const key = String(client.state.key ?? '')
  const meta = loadLaunchMeta(key)
  const kind = meta?.kind ?? (client.state.scope?.includes('launch/patient') ? 'standalone' : 'ehr')
  const endpoint = endpointByBase(client.state.serverUrl)
  const requestedScope = meta?.requestedScope ?? client.state.scope ?? ''
  // A token response may leave `scope` out when it grants exactly what was asked (RFC 6749 §5.1).
  // fhirclient reads the token's scope before it refreshes, so the grant is written where it looks.
  if (typeof token.scope !== 'string' && client.state.tokenResponse) client.state.tokenResponse.scope = requestedScope
  const session: SmartSession = {
    id: key,
    fhirBase: client.state.serverUrl,
    flavor: endpoint?.flavor ?? 'generic',
    endpointName: endpoint?.name ?? new URL(client.state.serverUrl).host,
    grants: parseGrants(String(token.scope ?? '')),
    requestedScope,
    context: toLaunchContext(token, client.getFhirUser() ?? undefined, kind),
    accessToken: () => validAccessToken(client),
    renewAfterUnauthorized: (retried) => renewAfterUnauthorized(client, retried),
    launch: kind,
    // Read through to the client: a refresh replaces the expiry.
    get expiresAt() {
      return client.state.expiresAt
    },
  }
  if (!session.context.patientId) throw new LaunchError('launchError.noPatient.title', 'launchError.noPatient.body')
  scheduleRefresh(client)
  // Once per page load: resuming a tab's session on reload is the same launch, reported again.
  audit({ type: 'launch', server: serverOf(session.fhirBase), launch: kind })
  return session
}
