// The authorization code exchange, sent here instead of inside fhirclient's ready(): fhirclient gives
// that request no time limit (sign-in would wait for a hung server forever) and reads a refusal into an
// English message with the endpoint's URL, dropping `error_uri`. The request is still the one fhirclient
// builds; the token is stored where fhirclient keeps it, so ready() then resumes from it.
import FHIR from 'fhirclient'
import { getAccessTokenExpiration } from 'fhirclient/lib/lib'
import { buildTokenRequest } from 'fhirclient/lib/smart'
import type { fhirclient } from 'fhirclient/lib/types'
import { LaunchError } from './launch-error.ts'
import { launchErrorFromTokenResponse, tokenEndpointSilent } from './oauth-errors.ts'
import { TOKEN_TIMEOUT_MS, tokenDeadline } from './token-timeout.ts'

/**
 * Exchanges `code` for the launch stored under `stateKey`; throws a LaunchError when that fails. A
 * state that is missing, has no token endpoint, or already holds a token is left to ready().
 */
export async function exchangeCode(stateKey: string, code: string, timeoutMs = TOKEN_TIMEOUT_MS): Promise<void> {
  const state = storedState(stateKey)
  if (!state?.tokenUri || state.tokenResponse?.access_token) return
  // fhirclient's browser adapter, which its request builder and expiry reader take.
  const env = FHIR.client(state).environment
  let request: RequestInit
  try {
    request = await buildTokenRequest(env, { code, state, privateKey: state.clientPrivateJwk })
  } catch {
    // A launch state without its redirect URI or client id: nothing the health system can fix.
    throw new LaunchError('launchError.incomplete.title', 'launchError.incomplete.body')
  }
  const deadline = tokenDeadline(timeoutMs)
  let status: number
  let body: string
  try {
    // The body is read under the same deadline: a server can stall after the headers.
    const res = await fetch(state.tokenUri, {
      ...request,
      mode: 'cors',
      // fhirclient builds its headers as a plain object.
      headers: { accept: 'application/json', ...(request.headers as Record<string, string>) },
      signal: deadline.signal,
    })
    status = res.status
    body = await res.text()
  } catch {
    throw tokenEndpointSilent(state.tokenUri)
  } finally {
    deadline.clear()
  }
  if (status < 200 || status > 299) throw launchErrorFromTokenResponse(status, body)
  const token = tokenResponse(body)
  if (!token) throw new LaunchError('launchError.incomplete.title', 'launchError.incomplete.body')
  const expiresAt = getAccessTokenExpiration(token, env)
  sessionStorage.setItem(stateKey, JSON.stringify({ ...state, tokenResponse: token, expiresAt }))
}

function storedState(key: string): fhirclient.ClientState | undefined {
  try {
    return (JSON.parse(sessionStorage.getItem(key) ?? 'null') ?? undefined) as fhirclient.ClientState | undefined
  } catch {
    return undefined
  }
}

function tokenResponse(body: string): fhirclient.TokenResponse | undefined {
  try {
    const parsed = JSON.parse(body) as fhirclient.TokenResponse | null
    return typeof parsed?.access_token === 'string' && parsed.access_token ? parsed : undefined
  } catch {
    return undefined
  }
}
