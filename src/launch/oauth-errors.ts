import { LaunchError } from './launch-error.ts'
import type { RedirectParams } from './redirect-params.ts'

const READABLE: Record<string, [string, string]> = {
  access_denied: ['Access was not granted', 'You (or the server) declined to share your record with this app.'],
  unauthorized_client: ['App not allowed here', 'This app is not registered for this kind of sign-in at this health system.'],
  invalid_scope: ['Permissions refused', 'The health system refused the permissions this app asked for.'],
  invalid_request: ['Sign-in request refused', 'The health system could not accept the sign-in request.'],
  server_error: ['Health system error', 'The health system had a problem signing you in.'],
  temporarily_unavailable: ['Health system busy', 'The health system is temporarily unavailable. Try again in a few minutes.'],
}

/**
 * Turns an OAuth error redirect into plain text. Everything from the URL is treated as untrusted text
 * and only ever rendered as text; a Millennium error URN is reduced to its last part.
 */
export function launchErrorFromRedirect(p: RedirectParams): LaunchError {
  const code = (p.error ?? 'unknown').slice(0, 64)
  const [title, base] = READABLE[code] ?? ['Sign-in failed', 'The health system ended the sign-in with an error.']
  const details: string[] = []
  if (p.errorDescription) details.push(p.errorDescription.slice(0, 300))
  const urn = p.errorUri ? /urn(?:%3A|:)[^/?]*/i.exec(p.errorUri)?.[0] : undefined
  if (urn) details.push(`Reason: ${decodeURIComponent(urn).split(':').pop()}`)
  return new LaunchError(title, [base, ...details, `(error code: ${code})`].join(' '))
}
