import { verbatim, type LaunchKey, type Text } from '../i18n/launch-text.ts'
import { NO_ANSWER } from './failure.ts'
import { LaunchError } from './launch-error.ts'
import type { RedirectParams } from './redirect-params.ts'

const READABLE: Record<string, [LaunchKey, LaunchKey]> = {
  access_denied: ['oauth.access_denied.title', 'oauth.access_denied.body'],
  unauthorized_client: ['oauth.unauthorized_client.title', 'oauth.unauthorized_client.body'],
  invalid_scope: ['oauth.invalid_scope.title', 'oauth.invalid_scope.body'],
  invalid_request: ['oauth.invalid_request.title', 'oauth.invalid_request.body'],
  server_error: ['oauth.server_error.title', 'oauth.server_error.body'],
  temporarily_unavailable: ['oauth.temporarily_unavailable.title', 'oauth.temporarily_unavailable.body'],
  // Only the token endpoint answers these two (RFC 6749 §5.2).
  invalid_grant: ['oauth.invalid_grant.title', 'oauth.invalid_grant.body'],
  invalid_client: ['oauth.invalid_client.title', 'oauth.invalid_client.body'],
}

/** Millennium error URNs whose last part has plain words of its own. */
const REASONS: Record<string, LaunchKey> = {
  // Oracle refuses the whole sign-in when every requested scope was dropped (vendors.md §8.1).
  'empty-scopes': 'oauth.reason.emptyScopes',
}

interface OAuthError {
  error?: string
  errorDescription?: string
  errorUri?: string
}

/**
 * Turns an OAuth error redirect into plain text. Everything from the URL is treated as untrusted text
 * and only ever rendered as text; a Millennium error URN is reduced to its last part.
 */
export function launchErrorFromRedirect(p: RedirectParams): LaunchError {
  return readable(p)
}

/**
 * A token endpoint's error answer, in the same words as an error redirect. Only the OAuth fields of a
 * JSON body are read: the endpoint's URL, the body itself and any HTML page are never shown. A 5xx is a
 * server that did not answer, whatever its body says.
 */
export function launchErrorFromTokenResponse(status: number, body: string): LaunchError {
  if (status >= 500) return new LaunchError(NO_ANSWER, { key: 'launchError.noAnswer.tokenStatus', params: { status } })
  const fields = jsonObject(body)
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
  return readable({
    error: text(fields.error) ?? String(status),
    errorDescription: text(fields.error_description),
    errorUri: text(fields.error_uri),
  })
}

/** No answer at all from the token endpoint: refused connection, DNS, CORS, or no answer in time. */
export function tokenEndpointSilent(tokenUri: string): LaunchError {
  let host = ''
  try {
    host = new URL(tokenUri).host
  } catch {
    // Not a URL: nothing to name.
  }
  return new LaunchError(NO_ANSWER, host ? { key: 'launchError.noAnswer.tokenHost', params: { host } } : 'launchError.noAnswer.token')
}

function readable(p: OAuthError): LaunchError {
  const code = (p.error ?? 'unknown').slice(0, 64)
  const [title, base] = Object.hasOwn(READABLE, code) ? READABLE[code] : (['launchError.failed.title', 'launchError.failed.body'] as const)
  const details: Text[] = []
  if (p.errorDescription) details.push(verbatim(p.errorDescription.slice(0, 300)))
  const urn = p.errorUri ? /urn(?:%3A|:)[^/?]*/i.exec(p.errorUri)?.[0] : undefined
  if (urn) {
    const reason = safeDecode(urn).split(':').pop() ?? ''
    details.push(Object.hasOwn(REASONS, reason) ? { key: REASONS[reason] } : { key: 'launchError.reason', params: { reason } })
  }
  return new LaunchError(title, base, ...details, { key: 'launchError.code', params: { code } })
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function jsonObject(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
