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

export async function discover(fhirBase: string, signal?: AbortSignal): Promise<SmartConfiguration> {
  let res: Response
  try {
    res = await fetch(`${fhirBase}/.well-known/smart-configuration`, { headers: { accept: 'application/json' }, signal })
  } catch {
    throw new LaunchError('Server unreachable', `Could not reach ${new URL(fhirBase).host}. Check the connection and try again.`)
  }
  if (!res.ok) throw new LaunchError('Server not ready for SMART', `The server answered ${res.status} to its SMART configuration request.`)
  const cfg = (await res.json().catch(() => undefined)) as SmartConfiguration | undefined
  if (!cfg?.authorization_endpoint || !cfg.token_endpoint) {
    throw new LaunchError('Server not ready for SMART', 'The server does not publish its sign-in endpoints.')
  }
  if (!cfg.code_challenge_methods_supported?.includes('S256')) {
    throw new LaunchError('Sign-in not secure enough', 'The server does not support PKCE with S256, which this app requires.')
  }
  return cfg
}
