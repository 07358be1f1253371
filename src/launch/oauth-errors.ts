import { verbatim, type LaunchKey, type Text } from '../i18n/launch-text.ts'
import { LaunchError } from './launch-error.ts'
import type { RedirectParams } from './redirect-params.ts'

const READABLE: Record<string, [LaunchKey, LaunchKey]> = {
  access_denied: ['oauth.access_denied.title', 'oauth.access_denied.body'],
  unauthorized_client: ['oauth.unauthorized_client.title', 'oauth.unauthorized_client.body'],
  invalid_scope: ['oauth.invalid_scope.title', 'oauth.invalid_scope.body'],
  invalid_request: ['oauth.invalid_request.title', 'oauth.invalid_request.body'],
  server_error: ['oauth.server_error.title', 'oauth.server_error.body'],
  temporarily_unavailable: ['oauth.temporarily_unavailable.title', 'oauth.temporarily_unavailable.body'],
}

/**
 * Turns an OAuth error redirect into plain text. Everything from the URL is treated as untrusted text
 * and only ever rendered as text; a Millennium error URN is reduced to its last part.
 */
export function launchErrorFromRedirect(p: RedirectParams): LaunchError {
  const code = (p.error ?? 'unknown').slice(0, 64)
  const [title, base] = Object.hasOwn(READABLE, code) ? READABLE[code] : (['launchError.failed.title', 'launchError.failed.body'] as const)
  const details: Text[] = []
  if (p.errorDescription) details.push(verbatim(p.errorDescription.slice(0, 300)))
  const urn = p.errorUri ? /urn(?:%3A|:)[^/?]*/i.exec(p.errorUri)?.[0] : undefined
  if (urn) details.push({ key: 'launchError.reason', params: { reason: decodeURIComponent(urn).split(':').pop() ?? '' } })
  return new LaunchError(title, base, ...details, { key: 'launchError.code', params: { code } })
}
