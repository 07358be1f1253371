export interface SmartConfiguration {
  authorization_endpoint?: string
  token_endpoint?: string
  revocation_endpoint?: string
  capabilities?: string[]
  code_challenge_methods_supported?: string[]
  scopes_supported?: string[]
}

export class LaunchError extends Error {
  readonly title: string
  constructor(title: string, message: string) {
    super(message)
    this.title = title
  }
}

/** Shown as its own page: the health system's server, not the app or the user, is the problem. */
export const NO_ANSWER = 'Server did not answer'

export async function discover(fhirBase: string, signal: AbortSignal = AbortSignal.timeout(15_000)): Promise<SmartConfiguration> {
  let res: Response
  try {
    res = await fetch(`${fhirBase}/.well-known/smart-configuration`, { headers: { accept: 'application/json' }, signal })
  } catch {
    // DNS, TLS, refused connection, CORS and timeouts all look the same from a browser.
    throw new LaunchError(NO_ANSWER, `This health system's server did not answer (${new URL(fhirBase).host}). It may be down or no longer in service.`)
  }
  if (res.status === 404 || res.status >= 500) {
    throw new LaunchError(NO_ANSWER, `This health system's server did not answer its sign-in settings request (it returned ${res.status}). It may be down or no longer in service.`)
  }
  if (!res.ok) throw new LaunchError('Server not ready for SMART', `The server answered ${res.status} to its SMART configuration request.`)
  const cfg = (await res.json().catch(() => undefined)) as SmartConfiguration | undefined
  if (!cfg?.authorization_endpoint || !cfg.token_endpoint) {
    throw new LaunchError('Server not ready for SMART', 'The server does not publish its sign-in endpoints.')
  }
  if (!acceptsS256(cfg.code_challenge_methods_supported)) {
    throw new LaunchError('Sign-in not secure enough', 'The server does not support PKCE with S256, which this app requires.')
  }
  return cfg
}

/**
 * The app always sends an S256 challenge. Many production servers publish `[]` or omit the field yet
 * accept S256 (a quarter of Oracle's, a few Epic ones), so only a server that lists methods without S256
 * (say only `plain`) is refused. `plain` is never sent.
 */
export function acceptsS256(methods: unknown): boolean {
  if (!Array.isArray(methods) || methods.length === 0) return true
  return methods.includes('S256')
}
