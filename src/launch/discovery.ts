import { getAndCache } from 'fhirclient/lib/lib'
import { NO_ANSWER } from './failure.ts'
import { LaunchError } from './launch-error.ts'

export interface SmartConfiguration {
  authorization_endpoint?: string
  token_endpoint?: string
  revocation_endpoint?: string
  capabilities?: string[]
  code_challenge_methods_supported?: string[]
  scopes_supported?: string[]
}

export async function discover(fhirBase: string, signal: AbortSignal = AbortSignal.timeout(15_000)): Promise<SmartConfiguration> {
  // fhirclient reads this document again before its authorize redirect, through its in-memory cache.
  // Filling that cache here (forced: a fresh copy for every launch, so a failed try is not replayed)
  // makes one request per launch instead of two, and the same URL fhirclient will look up.
  const url = `${fhirBase.replace(/\/*$/, '/')}.well-known/smart-configuration`
  let cfg: SmartConfiguration | undefined
  try {
    cfg = (await getAndCache(url, { signal }, true)) as SmartConfiguration | undefined
  } catch (e) {
    throw discoveryError(e, fhirBase)
  }
  if (typeof cfg !== 'object' || !cfg?.authorization_endpoint || !cfg.token_endpoint) {
    throw new LaunchError('launchError.notReady.title', 'launchError.notReady.noEndpoints')
  }
  if (!acceptsS256(cfg.code_challenge_methods_supported)) {
    throw new LaunchError('launchError.insecure.title', 'launchError.insecure.body')
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

function discoveryError(e: unknown, fhirBase: string): LaunchError {
  const status = (e as { status?: unknown } | undefined)?.status
  if (typeof status === 'number') {
    if (status === 404 || status >= 500) {
      return new LaunchError(NO_ANSWER, { key: 'launchError.noAnswer.status', params: { status } })
    }
    return new LaunchError('launchError.notReady.title', { key: 'launchError.notReady.status', params: { status } })
  }
  // A JSON content type with a body that is not JSON.
  if (e instanceof SyntaxError) return new LaunchError('launchError.notReady.title', 'launchError.notReady.noEndpoints')
  // DNS, TLS, refused connection, CORS and timeouts all look the same from a browser.
  return new LaunchError(NO_ANSWER, { key: 'launchError.noAnswer.host', params: { host: new URL(fhirBase).host } })
}
